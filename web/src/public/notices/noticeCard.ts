/** One notice as an article: its kind, title, period and text in the reader's language. */
import type { NoticeKind } from "@domain/schema/notice.js";
import { h } from "../dom.js";
import { fill, formatInstant, type PublicLanguage } from "../language.js";
import { boardStrings, noticeKindNames } from "./strings.js";

/** A notice as the public functions send it (see `domain/householdPage/projection.ts`). */
export interface PublicNotice {
  id: string;
  kind: NoticeKind;
  title: Record<PublicLanguage, string | null>;
  body: Record<PublicLanguage, string | null>;
  startsAt: string;
  endsAt: string;
  phase: "upcoming" | "inEffect";
  critical: boolean;
}

/** The text in the reader's language, or the Traditional Chinese original. */
export function textIn(
  text: Record<PublicLanguage, string | null>,
  language: PublicLanguage,
): string {
  const wanted = text[language];
  return wanted !== null && wanted !== "" ? wanted : (text["zh-Hant"] ?? "");
}

/** The notice's article; `footer` is appended (the household page's confirmation). */
export function noticeCard(
  notice: PublicNotice,
  language: PublicLanguage,
  footer: Node | null = null,
): HTMLElement {
  const strings = boardStrings[language];
  const titleId = `notice-${notice.id}`;
  return h(
    "article",
    {
      class: `card notice-card${notice.critical ? " critical" : ""}`,
      "aria-labelledby": titleId,
      "data-notice": notice.id,
    },
    h(
      "p",
      { class: "tags" },
      h("span", { class: `tag kind-${notice.kind}` }, noticeKindNames[language][notice.kind]),
      h("span", { class: `tag phase-${notice.phase}` }, strings[notice.phase]),
      notice.critical && h("span", { class: "tag important" }, strings.critical),
    ),
    h("h3", { id: titleId }, textIn(notice.title, language)),
    h(
      "p",
      { class: "period" },
      fill(strings.period, {
        from: formatInstant(notice.startsAt, language),
        to: formatInstant(notice.endsAt, language),
      }),
    ),
    h("p", { class: "body" }, textIn(notice.body, language)),
    footer,
  );
}

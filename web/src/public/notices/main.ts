/**
 * The estate's public notice board (B.1.3), opened from the link or QR code posted in the lobby
 * `/n/<token>`: no account, no Firebase SDK. It polls `noticeBoard` every `refreshSeconds`
 * (15 s) with the version it shows, and skips polls while hidden.
 */
import { h } from "../dom.js";
import { callPublic, type Refusal } from "../endpoint.js";
import { tokenFromLocation } from "../linkToken.js";
import {
  fill,
  formatInstant,
  initialLanguage,
  rememberLanguage,
  type PublicLanguage,
  phoneStorage,
  prepareInstantFormat,
} from "../language.js";
import { languageSwitch } from "../languageSwitch.js";
import { noticeCard, type PublicNotice } from "./noticeCard.js";
import { boardStrings, type BoardStringKey } from "./strings.js";
import "../owner.css";

interface Board {
  estateName: string;
  dutyPhone: string;
  refreshSeconds: number;
  notices: PublicNotice[];
}

type BoardAnswer =
  | { ok: true; unchanged: true; version: string }
  | { ok: true; unchanged: false; version: string; board: Board };

const storage = phoneStorage();

const state: {
  language: PublicLanguage;
  token: string | null;
  board: Board | null;
  version: string | null;
  refusal: Refusal | null;
  refreshedAt: Date | null;
} = {
  language: initialLanguage(location.search, storage),
  token: tokenFromLocation(location),
  board: null,
  version: null,
  refusal: null,
  refreshedAt: null,
};

const root = document.getElementById("notices") ?? document.body;

function t(key: BoardStringKey, values: Record<string, string | number> = {}): string {
  return fill(boardStrings[state.language][key], values);
}

function render(): void {
  document.documentElement.lang = state.language;
  const board = state.board;
  document.title = board === null ? t("pageTitle") : `${board.estateName} · ${t("pageTitle")}`;
  const header = h(
    "header",
    {},
    languageSwitch(state.language, t("languageLabel"), (language) => {
      state.language = language;
      rememberLanguage(storage, language);
      render();
    }),
    h("p", { class: "estate" }, board?.estateName ?? ""),
    h("h1", {}, t("pageTitle")),
  );
  let main: HTMLElement;
  if (state.token === null) {
    main = h("main", {}, h("p", { class: "refusal", role: "alert" }, t("noToken")));
  } else if (state.refusal !== null && (board === null || state.refusal.code === "revoked")) {
    const key = state.refusal.code as BoardStringKey;
    main = h(
      "main",
      {},
      h(
        "p",
        { class: "refusal", role: "alert" },
        key in boardStrings[state.language] ? t(key) : t("error"),
      ),
    );
  } else if (board === null) {
    main = h("main", { "aria-busy": "true" }, h("p", {}, t("loading")));
  } else {
    main = h(
      "main",
      {},
      h("p", { class: "muted" }, t("intro")),
      board.notices.length === 0 && h("p", { class: "muted" }, t("empty")),
      ...board.notices.map((notice) => noticeCard(notice, state.language)),
      h(
        "footer",
        {},
        board.dutyPhone !== "" && h("p", {}, t("dutyPhone", { phone: board.dutyPhone })),
        state.refreshedAt !== null &&
          h(
            "p",
            {},
            t("refreshed", {
              seconds: board.refreshSeconds,
              time: formatInstant(state.refreshedAt.toISOString(), state.language),
            }),
          ),
      ),
    );
  }
  root.replaceChildren(h("div", { class: "page" }, header, main));
}

async function load(): Promise<void> {
  if (state.token === null) return;
  const answer = await callPublic<BoardAnswer>("noticeBoard", {
    token: state.token,
    ...(state.version === null ? {} : { version: state.version }),
  });
  if (!answer.ok) {
    if (answer.code === "network" && state.board !== null) return;
    state.refusal = answer;
  } else {
    state.refusal = null;
    state.refreshedAt = new Date();
    state.version = answer.version;
    if (!answer.unchanged) state.board = answer.board;
  }
  render();
}

function schedule(): void {
  setTimeout(
    () => {
      if (state.refusal?.code === "revoked" || state.refusal?.code === "unknownLink") return;
      if (document.visibilityState === "visible") void load().finally(schedule);
      else schedule();
    },
    (state.board?.refreshSeconds ?? 15) * 1000,
  );
}

// Send the first request before anything else, then draw the loading state and make the date
// formatter while it travels: on a slow network the content waits for the answer, not for these.
void load().finally(schedule);
render();
prepareInstantFormat(state.language);

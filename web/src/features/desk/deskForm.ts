/**
 * The desk form's pure parts (B.1.1–4, B2.5): the option lists with their typing shortcuts,
 * the editable time, the check before saving, and today's list with amendments under their
 * originals. The page feeds them its state.
 */
import { DateTime } from "luxon";
import {
  RECEPTION_CHANNELS,
  receptionCategories,
  type Reception,
  type ReceptionCategory,
  type ReceptionChannel,
} from "@domain/schema/reception.js";

/**
 * The shortcut typed in a focused list to choose an option: channels 1–7, categories 01–14.
 * A native select jumps to the option whose text starts with what was typed.
 */
export function channelShortcut(channel: ReceptionChannel): string {
  return String(RECEPTION_CHANNELS.indexOf(channel) + 1);
}

/** See {@link channelShortcut}. */
export function categoryShortcut(category: ReceptionCategory): string {
  return String(receptionCategories.indexOf(category) + 1).padStart(2, "0");
}

/** The value of a `datetime-local` input for an instant in the estate's zone. */
export function toLocalInput(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

/** The instant of a `datetime-local` value read in the estate's zone, or null. */
export function fromLocalInput(text: string, zone: string): Date | null {
  const local = DateTime.fromFormat(text, "yyyy-MM-dd'T'HH:mm", { zone });
  return local.isValid ? local.toJSDate() : null;
}

/** What the form holds. */
export interface DeskDraft {
  readonly channel: ReceptionChannel;
  readonly at: string;
  readonly callerNumber: string;
  readonly content: string;
  readonly amends: string | null;
  readonly amendReason: string;
}

/** Why a draft cannot be saved yet. */
export type DraftProblem = "time" | "future" | "content" | "amendReason";

/** Allowed clock skew ahead of now (the rules allow 10 minutes). */
const FUTURE_SLACK_MS = 5 * 60_000;

/** The problems of a draft, in the order of the form's fields; empty when it can be saved. */
export function draftProblems(draft: DeskDraft, zone: string, now: Date): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const at = fromLocalInput(draft.at, zone);
  if (at === null) problems.push("time");
  else if (at.getTime() > now.getTime() + FUTURE_SLACK_MS) problems.push("future");
  if (draft.content.trim() === "") problems.push("content");
  if (draft.amends !== null && draft.amendReason.trim() === "") problems.push("amendReason");
  return problems;
}

/** A row of today's list: a record and the amendments of it written today. */
export interface DeskRow {
  readonly reception: Reception;
  readonly amendments: readonly Reception[];
}

/**
 * Today's records as rows, oldest first: an amendment appears under its original when the
 * original is in the list too, and as a row of its own otherwise (its original is older).
 */
export function deskRows(receptions: readonly Reception[]): DeskRow[] {
  const ids = new Set(receptions.map((reception) => reception.id));
  const amendmentsOf = new Map<string, Reception[]>();
  for (const reception of receptions) {
    if (reception.amends !== null && ids.has(reception.amends)) {
      const list = amendmentsOf.get(reception.amends) ?? [];
      list.push(reception);
      amendmentsOf.set(reception.amends, list);
    }
  }
  return [...receptions]
    .filter((reception) => reception.amends === null || !ids.has(reception.amends))
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((reception) => ({
      reception,
      amendments: (amendmentsOf.get(reception.id) ?? []).sort(
        (a, b) => a.at.getTime() - b.at.getTime(),
      ),
    }));
}

/**
 * Notices (B.1.3 "inform owners in time"; SPEC §12): whom a notice reaches, when it shows,
 * which kinds ask each household to confirm receipt, and who has not confirmed yet.
 * Pure: the caller passes the records and `now`.
 */
import type { Notice, NoticeKind, NoticeTarget, NoticeText } from "../schema/notice.js";

/** Kinds that ask each targeted household to confirm receipt (outages and safety). */
export const CRITICAL_NOTICE_KINDS: readonly NoticeKind[] = [
  "waterOutage",
  "powerOutage",
  "safety",
];

/** Whether a notice of this kind asks for confirmation. */
export function isCriticalKind(kind: NoticeKind): boolean {
  return CRITICAL_NOTICE_KINDS.includes(kind);
}

/** The part of a household targeting reads. */
export interface TargetableHousehold {
  id: string;
  building: string;
}

/** Whether the notice's target includes the household. */
export function targetsHousehold(target: NoticeTarget, household: TargetableHousehold): boolean {
  switch (target.scope) {
    case "estate":
      return true;
    case "buildings":
      return target.buildings.includes(household.building);
    case "households":
      return target.householdIds.includes(household.id);
  }
}

/** The households a notice reaches, in the order given. */
export function targetedHouseholds<H extends TargetableHousehold>(
  target: NoticeTarget,
  households: readonly H[],
): H[] {
  return households.filter((household) => targetsHousehold(target, household));
}

/**
 * Where a notice stands: `withdrawn` by staff; `upcoming` before `startsAt` (announced in
 * advance, as an outage must be); `inEffect` until `endsAt`; then `ended`. Owners see upcoming
 * and in-effect notices.
 */
export type NoticePhase = "withdrawn" | "upcoming" | "inEffect" | "ended";

export function noticePhase(
  notice: Pick<Notice, "startsAt" | "endsAt" | "withdrawnAt">,
  now: Date,
): NoticePhase {
  if (notice.withdrawnAt !== null) return "withdrawn";
  if (now.getTime() < notice.startsAt.getTime()) return "upcoming";
  if (now.getTime() < notice.endsAt.getTime()) return "inEffect";
  return "ended";
}

/** Whether owners see the notice now (upcoming or in effect, not withdrawn). */
export function isShownToOwners(
  notice: Pick<Notice, "startsAt" | "endsAt" | "withdrawnAt">,
  now: Date,
): boolean {
  const phase = noticePhase(notice, now);
  return phase === "upcoming" || phase === "inEffect";
}

/** The notices a household sees now, soonest first. */
export function noticesForHousehold<N extends Notice>(
  notices: readonly N[],
  household: TargetableHousehold,
  now: Date,
): N[] {
  return notices
    .filter((notice) => isShownToOwners(notice, now) && targetsHousehold(notice.target, household))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
}

/** The estate-wide notices the public board shows now (buildings and households see theirs on their page). */
export function noticesOnBoard<N extends Notice>(notices: readonly N[], now: Date): N[] {
  return notices
    .filter((notice) => isShownToOwners(notice, now) && notice.target.scope !== "households")
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
}

/** A critical notice's confirmations: who confirmed, who has not (to follow up by phone). */
export interface ConfirmationStatus<H> {
  targeted: number;
  confirmed: H[];
  unconfirmed: H[];
}

/**
 * Splits the targeted households of a critical notice into confirmed and not confirmed.
 * `confirmedIds` are the household ids of its receipts (receipts of households no longer
 * targeted are ignored).
 */
export function confirmationStatus<H extends TargetableHousehold>(
  notice: Pick<Notice, "target" | "critical">,
  households: readonly H[],
  confirmedIds: ReadonlySet<string>,
): ConfirmationStatus<H> {
  const targeted = targetedHouseholds(notice.target, households);
  if (!notice.critical) return { targeted: targeted.length, confirmed: [], unconfirmed: [] };
  return {
    targeted: targeted.length,
    confirmed: targeted.filter((household) => confirmedIds.has(household.id)),
    unconfirmed: targeted.filter((household) => !confirmedIds.has(household.id)),
  };
}

/** The languages a notice may be written in; zh-Hant is always there. */
export type NoticeLanguage = keyof NoticeText;

/** A notice text in the reader's language, falling back to Traditional Chinese. */
export function noticeTextIn(text: NoticeText, language: NoticeLanguage): string {
  const wanted = text[language];
  return wanted !== null && wanted !== "" ? wanted : text["zh-Hant"];
}

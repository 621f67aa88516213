/**
 * What a household may see on its page (SPEC §12): an owner-visible projection of each kind of
 * record. Each function copies only named fields, so a field staff add to a record later (an
 * internal note, a finding, a score) never reaches an owner by accident. Instants become ISO
 * text (the page formats them in the estate's zone).
 */
import type { Notice, NoticeKind, NoticeText } from "../schema/notice.js";
import type { NoticeReceipt } from "../schema/noticeReceipt.js";
import type { HouseholdRequestKind } from "../schema/householdRequest.js";
import type { Reception } from "../schema/reception.js";
import type { SurveyCampaign } from "../schema/surveyCampaign.js";
import { noticePhase, noticesForHousehold, type TargetableHousehold } from "../notices/notices.js";

/** A notice as the household page shows it. */
export interface OwnerNotice {
  id: string;
  kind: NoticeKind;
  title: NoticeText;
  body: NoticeText;
  startsAt: string;
  endsAt: string;
  phase: "upcoming" | "inEffect";
  /** Whether the household is asked to confirm receipt. */
  critical: boolean;
  /** When this household confirmed (critical notices), or null. */
  confirmedAt: string | null;
}

/** The notices a household sees now, with its confirmations. */
export function ownerNotices(
  notices: readonly Notice[],
  household: TargetableHousehold,
  receipts: ReadonlyMap<string, Pick<NoticeReceipt, "confirmedAt">>,
  now: Date,
): OwnerNotice[] {
  return noticesForHousehold(notices, household, now).map((notice) => ({
    id: notice.id,
    kind: notice.kind,
    title: notice.title,
    body: notice.body,
    startsAt: notice.startsAt.toISOString(),
    endsAt: notice.endsAt.toISOString(),
    phase: noticePhase(notice, now) === "upcoming" ? "upcoming" : "inEffect",
    critical: notice.critical,
    confirmedAt: receipts.get(notice.id)?.confirmedAt.toISOString() ?? null,
  }));
}

/** A notice as the public board shows it (no confirmations: the board knows no household). */
export type BoardNotice = Omit<OwnerNotice, "confirmedAt">;

export function boardNotice(notice: Notice, now: Date): BoardNotice {
  return {
    id: notice.id,
    kind: notice.kind,
    title: notice.title,
    body: notice.body,
    startsAt: notice.startsAt.toISOString(),
    endsAt: notice.endsAt.toISOString(),
    phase: noticePhase(notice, now) === "upcoming" ? "upcoming" : "inEffect",
    critical: notice.critical,
  };
}

/** A request the household sent, and the desk's reply. */
export interface OwnerRequest {
  requestId: string;
  kind: HouseholdRequestKind;
  content: string;
  sentAt: string;
  /** The desk's answer (the reception's outcome, or an amendment's), or null while pending. */
  reply: string | null;
  repliedAt: string | null;
}

/**
 * The household's requests, newest first, from the receptions its page created and their
 * amendments. Only the owner's own words and the desk's reply are shown: never the staff
 * member, the category chosen at the desk, or anything else staff wrote.
 */
export function ownerRequests(
  receptions: readonly Reception[],
  householdId: string,
): OwnerRequest[] {
  const mine = receptions.filter(
    (reception) => reception.householdRequest?.householdId === householdId,
  );
  const originals = mine.filter((reception) => reception.amends === null);
  return originals
    .map((original): OwnerRequest => {
      const answers = [
        original,
        ...mine.filter((reception) => reception.amends === original.id),
      ].filter((reception) => reception.outcome.trim() !== "");
      const latest = answers.sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0];
      const ref = original.householdRequest;
      return {
        requestId: ref?.requestId ?? original.id,
        kind: ref?.kind ?? "question",
        content: original.content,
        sentAt: original.at.toISOString(),
        reply: latest?.outcome ?? null,
        repliedAt: latest?.updatedAt.toISOString() ?? null,
      };
    })
    .sort((a, b) => b.sentAt.localeCompare(a.sentAt));
}

/** An open survey the household may answer from its page. */
export interface OwnerSurvey {
  campaignId: string;
  title: string;
  closesAt: string;
  answered: boolean;
}

export function ownerSurvey(
  campaign: Pick<SurveyCampaign, "id" | "title" | "closesAt">,
  answered: boolean,
): OwnerSurvey {
  return {
    campaignId: campaign.id,
    title: campaign.title,
    closesAt: campaign.closesAt.toISOString(),
    answered,
  };
}

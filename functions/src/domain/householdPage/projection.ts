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
import { promiseState, type PromiseState } from "../followUp/promise.js";
import type { StoredOnSiteVisit } from "../schema/onSiteVisit.js";
import type { StoredPromise } from "../schema/promise.js";
import type { StoredTicket } from "../schema/ticket.js";
import type { ServiceRating } from "../tickets/onSiteVisit.js";
import {
  ticketTypes,
  type ServiceCharge,
  type TicketStatus,
  type TicketType,
} from "../tickets/ticket.js";

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

/**
 * Ticket types an owner sees on the page: the services done for them. Enforcement cases
 * against a household (illegal construction, covenant violations, disputes between owners,
 * arrears reminders) are staff matters and stay off the page.
 */
export const OWNER_VISIBLE_TICKET_TYPES: readonly TicketType[] = ticketTypes.filter(
  (type) =>
    !["illegalConstruction", "covenantViolation", "ownerDispute", "arrearsReminder"].includes(type),
);

/** A ticket as the household page shows it: what, where it stands, and when it moved. */
export interface OwnerTicket {
  id: string;
  type: TicketType;
  title: string;
  status: TicketStatus;
  charge: ServiceCharge;
  openedAt: string;
  dueAt: string;
  /** Each step of its life cycle: the state reached and when (never who, never the note). */
  steps: { to: TicketStatus; at: string }[];
}

/** The household's tickets, newest first (only the owner-visible fields of `ticket.ts`). */
export function ownerTickets(tickets: readonly StoredTicket[], householdId: string): OwnerTicket[] {
  return tickets
    .filter(
      (ticket) =>
        ticket.householdId === householdId && OWNER_VISIBLE_TICKET_TYPES.includes(ticket.type),
    )
    .sort((a, b) => b.openedAt.getTime() - a.openedAt.getTime())
    .map((ticket) => ({
      id: ticket.id,
      type: ticket.type,
      title: ticket.title,
      status: ticket.status,
      charge: ticket.charge,
      openedAt: ticket.openedAt.toISOString(),
      dueAt: ticket.dueAt.toISOString(),
      steps: ticket.transitions.map((step) => ({ to: step.to, at: step.at.toISOString() })),
    }));
}

/** A signed on-site service record as the page lists it (the signature picture opens on demand). */
export interface OwnerVisit {
  id: string;
  ticketId: string;
  charge: ServiceCharge;
  workDone: string;
  doneAt: string | null;
  signerName: string | null;
  signedAt: string | null;
  rating: ServiceRating | null;
  signedHash: string | null;
  amendments: { at: string; text: string }[];
  ownerResponse: { kind: "confirmed" | "disputed"; at: string; note: string } | null;
}

/** The household's signed on-site service records, newest first (owner-visible fields only). */
export function ownerVisits(
  visits: readonly StoredOnSiteVisit[],
  householdId: string,
): OwnerVisit[] {
  return visits
    .filter((visit) => visit.householdId === householdId && visit.signature !== null)
    .sort((a, b) => (b.doneAt?.getTime() ?? 0) - (a.doneAt?.getTime() ?? 0))
    .map((visit) => ({
      id: visit.id,
      ticketId: visit.ticketId,
      charge: visit.charge,
      workDone: visit.workDone,
      doneAt: visit.doneAt?.toISOString() ?? null,
      signerName: visit.signature?.signerName ?? null,
      signedAt: visit.signature?.signedAt.toISOString() ?? null,
      rating: visit.rating?.value ?? null,
      signedHash: visit.signedHash,
      amendments: visit.amendments.map((amendment) => ({
        at: amendment.at.toISOString(),
        text: amendment.text,
      })),
      ownerResponse:
        visit.ownerResponse === null
          ? null
          : {
              kind: visit.ownerResponse.kind,
              at: visit.ownerResponse.at.toISOString(),
              note: visit.ownerResponse.note,
            },
    }));
}

/** A promised answer time (C8) as the page shows it, and whether it was kept. */
export interface OwnerPromiseView {
  id: string;
  question: string;
  promisedAt: string;
  answerDueAt: string;
  state: PromiseState;
  answer: { text: string; answeredAt: string } | null;
}

/** The promises made to the household, newest first (owner-visible fields of `promise.ts`). */
export function ownerPromises(
  promises: readonly StoredPromise[],
  householdId: string,
  now: Date,
): OwnerPromiseView[] {
  return promises
    .filter((promise) => promise.householdId === householdId)
    .sort((a, b) => b.promisedAt.getTime() - a.promisedAt.getTime())
    .map((promise) => ({
      id: promise.id,
      question: promise.question,
      promisedAt: promise.promisedAt.toISOString(),
      answerDueAt: promise.answerDueAt.toISOString(),
      state: promiseState(promise, now),
      answer:
        promise.answer === null
          ? null
          : { text: promise.answer.text, answeredAt: promise.answer.answeredAt.toISOString() },
    }));
}

/**
 * Ticket (工單): a work order opened from a reception record or directly, worked by one of the
 * four departments and chased to closure by customer service (seed A "堅持為業主辦實事";
 * B.1.4 "落實業主需要的維修、保潔綠化、安全等方面的服務"; B.1.6 developer-legacy issues; B2.7–9
 * case records; B2.11 house quality; B2.13 emergency assistance; SPEC §5). This is the ticket
 * as the domain sees it: instants are `Date`s, no Firestore; the stored schema composes from
 * {@link ticketFieldsSchema} and {@link checkTicketInvariants}.
 */
import { z } from "zod";
import type { RuleCode } from "../assessment/catalogue.js";
import { docId } from "../schema/common.js";
import { departmentSchema } from "../schema/role.js";
import { signatureSchema } from "./signature.js";

/** What a ticket is about, in the order of the issue. */
export const ticketTypes = [
  "repair",
  "cleaning",
  "greening",
  "security",
  "parking",
  "fire",
  "developerLegacy",
  "houseQuality",
  "renovation",
  /** 私搭亂建, including an unauthorised change of use (擅自改變房屋用途). */
  "illegalConstruction",
  /** A breach of the estate's management covenant (管理規約). */
  "covenantViolation",
  /** A dispute between owners or occupants. */
  "ownerDispute",
  /** A reminder to an owner in arrears (B2.8 "對欠交物業費的業主及時提醒"). */
  "arrearsReminder",
  "emergency",
  "other",
] as const;
export const ticketTypeSchema = z.enum(ticketTypes);
/** What a ticket is about. */
export type TicketType = z.infer<typeof ticketTypeSchema>;

/**
 * The life cycle: open → assigned → inProgress → done → followedUp (回訪) → closed, or
 * cancelled (with a reason) before the work is done.
 */
export const ticketStatuses = [
  "open",
  "assigned",
  "inProgress",
  "done",
  "followedUp",
  "closed",
  "cancelled",
] as const;
export const ticketStatusSchema = z.enum(ticketStatuses);
/** Where a ticket is in its life cycle. */
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

/** Whether the owner pays for the service (有償 / 無償); B2.5 deducts only for unpaid ones. */
export const serviceCharges = ["paid", "unpaid"] as const;
export const serviceChargeSchema = z.enum(serviceCharges);
/** Paid or unpaid service. */
export type ServiceCharge = z.infer<typeof serviceChargeSchema>;

/**
 * The case clause of each case type: a director's inspection that finds the case unhandled
 * costs -50 under it (B2.7 illegal construction and change of use; B2.8 covenant violations,
 * disputes between owners and arrears reminders; B2.9 renovation).
 */
export const caseRuleByType = {
  illegalConstruction: "B2.7",
  covenantViolation: "B2.8",
  ownerDispute: "B2.8",
  arrearsReminder: "B2.8",
  renovation: "B2.9",
} as const satisfies Partial<Record<TicketType, RuleCode>>;

/** A ticket type an inspection can find unhandled. */
export type CaseTicketType = keyof typeof caseRuleByType;

/** True when an inspection can find a ticket of this type unhandled (B2.7–9). */
export function isCaseType(type: TicketType): type is CaseTicketType {
  return type in caseRuleByType;
}

/**
 * The types whose closing needs the written process and result signed by the responsible
 * person ("處理過程及處理結果必須形成書面材料,由相關責任人簽字,整理后存檔": B2.7 and B2.9 say it
 * in words; the issue extends it to covenant violations and disputes of B2.8). An arrears
 * reminder is a B2.8 duty too, but a reminder has no process to sign.
 */
export const writtenRecordTypes = [
  "illegalConstruction",
  "covenantViolation",
  "ownerDispute",
  "renovation",
] as const satisfies readonly CaseTicketType[];

/** True when closing a ticket of this type needs a signed written case record. */
export function needsWrittenRecord(type: TicketType): boolean {
  return (writtenRecordTypes as readonly TicketType[]).includes(type);
}

/** One step of the life cycle: who moved the ticket, when, and why. */
export const ticketTransitionSchema = z.object({
  from: ticketStatusSchema,
  to: ticketStatusSchema,
  by: docId,
  at: z.date(),
  note: z.string().trim().max(2000),
});
/** One recorded transition. */
export type TicketTransition = z.infer<typeof ticketTransitionSchema>;

/** The written case record of B2.7–9: how it was handled, the result, the responsible signature. */
export const caseRecordSchema = z.object({
  process: z.string().trim().max(5000),
  result: z.string().trim().max(5000),
  responsibleSignature: signatureSchema.nullable(),
});
/** The written record of a case. */
export type CaseRecord = z.infer<typeof caseRecordSchema>;

/** B2.13: guiding the ambulance to an owner who needs emergency care. */
export const ambulanceGuidanceSchema = z.object({
  calledAt: z.date(),
  arrivedAt: z.date().nullable(),
  /** The staff member (usually a security guard) who guided the ambulance. */
  guidedBy: docId.nullable(),
});
/** The ambulance guidance of an emergency ticket. */
export type AmbulanceGuidance = z.infer<typeof ambulanceGuidanceSchema>;

/** B2.11: how a house-quality defect is being settled, and a rights-protection success. */
export const houseQualityCaseSchema = z.object({
  /** Within warranty: with the developer; after it: with the owner (see `warrantyDecision`). */
  arrangement: z.enum(["developer", "owner"]),
  /** "與開發商簽訂維修辦法": the developer's reply and its date. */
  developerReply: z.object({ text: z.string().trim().min(1).max(2000), at: z.date() }).nullable(),
  /** "與業主商量如何維修及費用": the repair and its cost (yuan) agreed with the owner. */
  ownerAgreement: z
    .object({
      repair: z.string().trim().min(1).max(2000),
      costYuan: z.number().min(0).max(10_000_000),
      agreedAt: z.date(),
    })
    .nullable(),
  /** A director's mark that the owner's rights were successfully protected, and its confirmation. */
  rightsProtection: z
    .object({
      markedBy: docId,
      markedAt: z.date(),
      /** The supervisory committee's confirmation, as recorded by a director. */
      committeeConfirmation: z
        .object({
          /** Who on the committee confirmed (a name: committee members have no account). */
          confirmedBy: z.string().trim().min(1).max(60),
          confirmedAt: z.date(),
          recordedBy: docId,
          recordedAt: z.date(),
        })
        .nullable(),
    })
    .nullable(),
});
/** The B2.11 part of a house-quality ticket. */
export type HouseQualityCase = z.infer<typeof houseQualityCaseSchema>;

/** The fields of a ticket before its invariants: stored schemas compose from it. */
export const ticketFieldsSchema = z.object({
  id: docId,
  estateId: docId,
  type: ticketTypeSchema,
  department: departmentSchema,
  /** The household concerned; null for common areas (a road to clean, a lamp to repair). */
  householdId: docId.nullable(),
  /** The reception record it was opened from; null when opened directly. */
  receptionId: docId.nullable(),
  title: z.string().trim().min(1, "must not be empty").max(200),
  description: z.string().trim().max(5000),
  charge: serviceChargeSchema,
  assigneeId: docId.nullable(),
  openedBy: docId,
  openedAt: z.date(),
  dueAt: z.date(),
  status: ticketStatusSchema,
  /** Every transition, oldest first. */
  transitions: z.array(ticketTransitionSchema),
  cancellationReason: z.string().trim().min(1).max(2000).nullable(),
  /** B2.7–9 case types only. */
  caseRecord: caseRecordSchema.nullable(),
  /** Emergency tickets only (B2.13). */
  ambulanceGuidance: ambulanceGuidanceSchema.nullable(),
  /** House-quality tickets only (B2.11). */
  houseQuality: houseQualityCaseSchema.nullable(),
});

/** The part of a ticket its invariants look at. */
type TicketInvariantFields = Pick<
  z.infer<typeof ticketFieldsSchema>,
  | "type"
  | "status"
  | "assigneeId"
  | "openedAt"
  | "dueAt"
  | "transitions"
  | "cancellationReason"
  | "caseRecord"
  | "ambulanceGuidance"
  | "houseQuality"
>;

/** Statuses in which somebody must be assigned. */
const staffedStatuses: readonly TicketStatus[] = [
  "assigned",
  "inProgress",
  "done",
  "followedUp",
  "closed",
];

/**
 * The invariants of a ticket, as a zod refinement stored schemas reuse: assigned from
 * "assigned" on; a reason exactly when cancelled; a history that chains from "open" to the
 * current status in time order; due no earlier than opened; the type-specific parts only on
 * their types.
 */
export function checkTicketInvariants(
  ticket: TicketInvariantFields,
  context: z.RefinementCtx,
): void {
  const issue = (path: (string | number)[], message: string): void => {
    context.addIssue({ code: "custom", path, message });
  };
  if (staffedStatuses.includes(ticket.status) && ticket.assigneeId === null) {
    issue(["assigneeId"], `a ticket ${ticket.status} names its assignee`);
  }
  if ((ticket.status === "cancelled") !== (ticket.cancellationReason !== null)) {
    issue(["cancellationReason"], "a cancelled ticket, and only a cancelled one, has a reason");
  }
  if (ticket.dueAt.getTime() < ticket.openedAt.getTime()) {
    issue(["dueAt"], "is before the ticket was opened");
  }
  let expectedFrom: TicketStatus = "open";
  let previousAt = ticket.openedAt.getTime();
  ticket.transitions.forEach((step, index) => {
    if (step.from !== expectedFrom) {
      issue(["transitions", index, "from"], `should be ${expectedFrom}, the status before it`);
    }
    if (step.at.getTime() < previousAt) {
      issue(["transitions", index, "at"], "is earlier than the step before it");
    }
    expectedFrom = step.to;
    previousAt = step.at.getTime();
  });
  if (expectedFrom !== ticket.status) {
    issue(["status"], `is ${ticket.status} but the last transition leads to ${expectedFrom}`);
  }
  if (ticket.caseRecord !== null && !needsWrittenRecord(ticket.type)) {
    issue(["caseRecord"], `a ${ticket.type} ticket has no case record`);
  }
  if (ticket.ambulanceGuidance !== null && ticket.type !== "emergency") {
    issue(["ambulanceGuidance"], "only an emergency ticket records ambulance guidance");
  }
  if (ticket.houseQuality !== null && ticket.type !== "houseQuality") {
    issue(["houseQuality"], "only a house-quality ticket has a warranty arrangement");
  }
}

/** Validates a ticket as the domain sees it. */
export const ticketSchema = ticketFieldsSchema.superRefine(checkTicketInvariants);

/** A ticket (工單). */
export type Ticket = z.infer<typeof ticketSchema>;

/** A case part recorded, or why it cannot be (a sentence to show). */
export type CasePartResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const refusePart = <T>(reason: string): CasePartResult<T> => ({ ok: false, reason });

/** Why nothing more is recorded on a finished ticket; null while it is not finished. */
function finishedReason(ticket: Pick<Ticket, "status">): string | null {
  return ticket.status === "closed" || ticket.status === "cancelled"
    ? `the ticket is ${ticket.status}; its record is archived and only amended`
    : null;
}

/**
 * The written case record of B2.7–9 after recording `record` ("處理過程及處理結果必須形成書面
 * 材料,由相關責任人簽字,整理后存檔"). The process and result may be drafted unsigned and
 * rewritten; a signature needs both written; once signed the record is never edited (recording
 * the same process and result again keeps the signed record, so a retry is harmless).
 */
export function caseRecordUpdate(
  ticket: Pick<Ticket, "type" | "status" | "caseRecord">,
  record: CaseRecord,
): CasePartResult<CaseRecord> {
  if (!needsWrittenRecord(ticket.type)) {
    return refusePart(`a ${ticket.type} ticket has no written case record`);
  }
  const finished = finishedReason(ticket);
  if (finished !== null) return refusePart(finished);
  const existing = ticket.caseRecord;
  if (existing?.responsibleSignature != null) {
    const same =
      existing.process === record.process.trim() && existing.result === record.result.trim();
    return same
      ? { ok: true, value: existing }
      : refusePart("the case record is signed by the responsible person; it is never edited");
  }
  if (
    record.responsibleSignature !== null &&
    (record.process.trim() === "" || record.result.trim() === "")
  ) {
    return refusePart("the responsible person signs a record with both process and result written");
  }
  return {
    ok: true,
    value: {
      process: record.process.trim(),
      result: record.result.trim(),
      responsibleSignature: record.responsibleSignature,
    },
  };
}

/**
 * The ambulance guidance of an emergency ticket (B2.13 "引導救護車") after recording
 * `guidance` at `now`: arrival not before the call, neither in the future. It may be completed
 * later (the arrival is often recorded after the call).
 */
export function ambulanceGuidanceUpdate(
  ticket: Pick<Ticket, "type" | "status">,
  guidance: AmbulanceGuidance,
  now: Date,
): CasePartResult<AmbulanceGuidance> {
  if (ticket.type !== "emergency") {
    return refusePart("only an emergency ticket records ambulance guidance");
  }
  if (ticket.status === "cancelled") return refusePart("the ticket is cancelled");
  if (guidance.calledAt.getTime() > now.getTime()) return refusePart("calledAt: is in the future");
  if (guidance.arrivedAt !== null) {
    if (guidance.arrivedAt.getTime() > now.getTime()) {
      return refusePart("arrivedAt: is in the future");
    }
    if (guidance.arrivedAt.getTime() < guidance.calledAt.getTime()) {
      return refusePart("arrivedAt: is before the ambulance was called");
    }
  }
  return { ok: true, value: guidance };
}

/** How a house-quality defect was settled: the developer's reply, or the owner's agreement. */
export type HouseQualitySettlement =
  | { kind: "developerReply"; text: string; at: Date }
  | { kind: "ownerAgreement"; repair: string; costYuan: number; agreedAt: Date };

/**
 * The B2.11 part of a house-quality ticket after recording `settlement` at `now`. The
 * arrangement was decided from the warranty when the ticket was opened (`warrantyDecision`):
 * within warranty only the developer's reply is recorded, after it only the repair and cost
 * agreed with the owner.
 */
export function houseQualityUpdate(
  ticket: Pick<Ticket, "type" | "status" | "houseQuality">,
  settlement: HouseQualitySettlement,
  now: Date,
): CasePartResult<HouseQualityCase> {
  const quality = ticket.houseQuality;
  if (ticket.type !== "houseQuality" || quality === null) {
    return refusePart(`a ${ticket.type} ticket has no warranty arrangement`);
  }
  const finished = finishedReason(ticket);
  if (finished !== null) return refusePart(finished);
  if (settlement.kind === "developerReply") {
    if (quality.arrangement !== "developer") {
      return refusePart(
        "after warranty the repair and its cost are agreed with the owner, not the developer",
      );
    }
    if (settlement.at.getTime() > now.getTime()) return refusePart("at: is in the future");
    return {
      ok: true,
      value: { ...quality, developerReply: { text: settlement.text.trim(), at: settlement.at } },
    };
  }
  if (quality.arrangement !== "owner") {
    return refusePart("within warranty the defect is arranged with the developer, not the owner");
  }
  if (settlement.agreedAt.getTime() > now.getTime()) {
    return refusePart("agreedAt: is in the future");
  }
  return {
    ok: true,
    value: {
      ...quality,
      ownerAgreement: {
        repair: settlement.repair.trim(),
        costYuan: settlement.costYuan,
        agreedAt: settlement.agreedAt,
      },
    },
  };
}

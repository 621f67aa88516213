/**
 * Return visit (回訪) and household visit (走訪) as the domain sees them (C6, C7, C4; article A
 * "堅持走訪"). A visit is planned (by {@link planVisits} in `visitPlanning.ts`, or by hand),
 * then done: C7 "虛心聽取意見,誠懇接受批評,采納合理化建議,做好回訪記錄" — what was heard,
 * criticism accepted, suggestions adopted, the owner's satisfaction; C4 "對業主的誤解 … 進行必要
 * 的耐心解釋" — a misunderstanding patiently explained is flagged, with a note.
 * Instants are `Date`s; the Firestore record and its converter are the next layer's job.
 */
import { z } from "zod";
import { docId, instant, requiredText } from "../schema/common.js";

/** Why a visit is made. `periodic` is a household visit (走訪); the others are return visits (回訪). */
export const visitReasons = [
  "afterTicket",
  "dissatisfiedRating",
  "lowSurveyAnswer",
  "periodic",
] as const;
export const visitReasonSchema = z.enum(visitReasons);
export type VisitReason = z.infer<typeof visitReasonSchema>;

/** How the visit reached the owner. */
export const visitChannels = ["phone", "door", "meeting"] as const;
export const visitChannelSchema = z.enum(visitChannels);
export type VisitChannel = z.infer<typeof visitChannelSchema>;

/** The owner's satisfaction, on the same three words as an on-site service rating (SPEC §5). */
export const ownerSatisfactions = ["satisfied", "fair", "dissatisfied"] as const;
export const ownerSatisfactionSchema = z.enum(ownerSatisfactions);
export type OwnerSatisfaction = z.infer<typeof ownerSatisfactionSchema>;

/** What a return visit follows up: the ticket, the rated ticket, or the survey answer. */
export const visitSourceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ticket"), ticketId: docId }),
  z.object({ kind: z.literal("surveyResponse"), campaignId: docId }),
  z.object({ kind: z.literal("household") }),
]);
export type VisitSource = z.infer<typeof visitSourceSchema>;

/** The record of a done visit (C7, C4). */
export const visitOutcomeSchema = z
  .object({
    channel: visitChannelSchema,
    doneAt: instant,
    /** The staff member who made the visit. */
    doneBy: docId,
    /** What the owner said (虛心聽取意見). */
    heard: requiredText(2000),
    /** Criticism accepted (誠懇接受批評), one line each; empty when none. */
    criticismAccepted: z.array(requiredText(500)).max(20),
    /** Suggestions adopted (采納合理化建議), one line each; empty when none. */
    suggestionsAdopted: z.array(requiredText(500)).max(20),
    ownerSatisfaction: ownerSatisfactionSchema,
    /** C4: the owner had misunderstood something and it was patiently explained. */
    misunderstandingExplained: z.boolean(),
    /** What was misunderstood and how it was explained; required when the flag is set. */
    misunderstandingNote: z.string().trim().max(1000).nullable(),
  })
  .refine(
    (outcome) =>
      !outcome.misunderstandingExplained ||
      (outcome.misunderstandingNote !== null && outcome.misunderstandingNote !== ""),
    {
      error: "a misunderstanding explained (C4) records what it was and how it was explained",
      path: ["misunderstandingNote"],
    },
  );
export type VisitOutcome = z.infer<typeof visitOutcomeSchema>;

/** A return visit or household visit: planned, and once done, its outcome. */
export const returnVisitSchema = z
  .object({
    id: docId,
    estateId: docId,
    householdId: docId,
    reason: visitReasonSchema,
    source: visitSourceSchema,
    /** Why it was planned, for the visitor (e.g. the ticket's title, the low-rated areas). */
    note: z.string().trim().max(500),
    /** When the visit should be made by: late from this instant on. */
    plannedFor: instant,
    /** The staff member expected to make it; null when anyone of customer service may. */
    assigneeId: docId.nullable(),
    /** Null while planned. */
    outcome: visitOutcomeSchema.nullable(),
  })
  .refine((visit) => (visit.reason === "periodic") === (visit.source.kind === "household"), {
    error: "a periodic visit has the household as its source, and only a periodic visit has",
    path: ["source"],
  });
export type ReturnVisit = z.infer<typeof returnVisitSchema>;

/** 走訪 for a periodic visit, 回訪 for the others. */
export function visitKind(reason: VisitReason): "householdVisit" | "returnVisit" {
  return reason === "periodic" ? "householdVisit" : "returnVisit";
}

/** Whether a visit is still to be made and its planned time has passed at `now`. */
export function isVisitOverdue(
  visit: Pick<ReturnVisit, "outcome" | "plannedFor">,
  now: Date,
): boolean {
  return visit.outcome === null && visit.plannedFor.getTime() <= now.getTime();
}

/** Why an outcome cannot be recorded. */
export type RecordVisitRefusal = "alreadyDone";

/**
 * Records the outcome of a planned visit. A done visit is never rewritten (it is amended by a
 * new record), so recording twice is refused. The outcome is validated by
 * {@link visitOutcomeSchema} (throws a ZodError on bad input).
 */
export function recordVisitOutcome(
  visit: ReturnVisit,
  outcome: VisitOutcome,
): { recorded: true; visit: ReturnVisit } | { recorded: false; reason: RecordVisitRefusal } {
  if (visit.outcome !== null) return { recorded: false, reason: "alreadyDone" };
  return { recorded: true, visit: { ...visit, outcome: visitOutcomeSchema.parse(outcome) } };
}

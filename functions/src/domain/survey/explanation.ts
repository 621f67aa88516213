/**
 * C4 "對業主的誤解,服務中心應進行必要的耐心解釋": when a survey answer shows that an owner
 * misunderstood something (a fee, a rule, who is responsible), the director asks for a return
 * visit to explain it patiently. The visit is the follow-up engineer's record
 * (`followUp/returnVisit.ts`); whoever makes it records the explanation in its outcome
 * (`misunderstandingExplained`, `misunderstandingNote`). One follow-up per household and
 * campaign: the id is the one the low-answer planning uses, so a household whose answer was
 * both low and misunderstood is visited once.
 */
import { DateTime } from "luxon";
import { returnVisitSchema, type ReturnVisit } from "../followUp/returnVisit.js";
import { DEFAULT_TIME_ZONE } from "../time.js";

/** The follow-up of one household's answer to one campaign (shared with the low-answer plan). */
export function surveyFollowUpId(campaignId: string, householdId: string): string {
  return `lowSurveyAnswer_${campaignId}_${householdId}`;
}

/** What the director asks for. */
export interface ExplanationRequest {
  estateId: string;
  campaignId: string;
  householdId: string;
  /** What the owner seems to have misunderstood, for the visitor. */
  misunderstanding: string;
  /** Explain within this many calendar days (in the estate's zone) of `now`. */
  withinDays: number;
  /** Who should go; null: anyone of customer service. */
  assigneeId: string | null;
}

/** The prefix that tells the visitor the visit is a C4 explanation. */
export const EXPLANATION_NOTE_PREFIX = "C4 ";

/** A request that names nothing to explain. */
export class ExplanationError extends Error {
  override name = "ExplanationError";
}

/**
 * The return visit that explains a misunderstanding (C4), planned at `now`: due at the end of
 * the `withinDays`-th day in `zone`, its note naming what to explain.
 *
 * @throws ExplanationError when the misunderstanding is empty; a ZodError when the request
 *   does not make a valid visit (e.g. a note over 500 characters)
 */
export function explanationVisit(
  request: ExplanationRequest,
  now: Date,
  zone: string = DEFAULT_TIME_ZONE,
): ReturnVisit {
  if (request.misunderstanding.trim() === "") {
    throw new ExplanationError("say what the owner misunderstood, so the visitor can explain it");
  }
  const plannedFor = DateTime.fromJSDate(now, { zone })
    .plus({ days: request.withinDays })
    .endOf("day")
    .toJSDate();
  return returnVisitSchema.parse({
    id: surveyFollowUpId(request.campaignId, request.householdId),
    estateId: request.estateId,
    householdId: request.householdId,
    reason: "lowSurveyAnswer",
    source: { kind: "surveyResponse", campaignId: request.campaignId },
    note: `${EXPLANATION_NOTE_PREFIX}${request.misunderstanding.trim()}`,
    plannedFor,
    assigneeId: request.assigneeId,
    outcome: null,
  });
}

/** The C4 figures of a campaign for its report: follow-ups planned, made, explanations given. */
export interface ExplanationFigures {
  planned: number;
  made: number;
  explained: number;
}

/** Counts the campaign's follow-ups and the misunderstandings explained in them (C4). */
export function explanationFigures(
  visits: readonly Pick<ReturnVisit, "outcome">[],
): ExplanationFigures {
  let made = 0;
  let explained = 0;
  for (const visit of visits) {
    if (visit.outcome === null) continue;
    made += 1;
    if (visit.outcome.misunderstandingExplained) explained += 1;
  }
  return { planned: visits.length, made, explained };
}

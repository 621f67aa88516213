/**
 * Scorecard (服務質量標準分值, SPEC §8): one person's or team's score for one month, rule by
 * rule, each line with the findings it counted (its evidence) and, for B2.10, the arrears rate
 * and baseline. Path `estates/{estateId}/scorecards/{month}_{person|team}_{subjectId}`.
 * Written only by the monthly recompute (`recomputeMonth`: the scheduled function and the
 * callable `recomputeScores`); read by the person it scores, by the members of the team it
 * scores, and by the estate's director and admin.
 */
import { z } from "zod";
import { ruleCodeSchema } from "../assessment/catalogue.js";
import type { Scorecard } from "../assessment/scoring.js";
import { isMonthKey } from "../time.js";
import { docId, instant } from "./common.js";

const monthKey = z.string().refine(isMonthKey, "must be a month YYYY-MM");

const arrearsLineSchema = z.object({
  chargeable: z.number().int().nonnegative(),
  inArrears: z.number().int().nonnegative(),
  baselinePercent: z.number().int(),
  rateText: z.string(),
  wholePointsBelowBaseline: z.number().int(),
  points: z.number().int(),
});

/** Validates a stored scorecard. */
export const storedScorecardSchema = z.object({
  id: docId,
  estateId: docId,
  month: monthKey,
  catalogueVersion: z.string().min(1),
  subject: z.object({ kind: z.enum(["person", "team"]), id: docId }),
  points: z.number().int(),
  lines: z.array(
    z.object({
      rule: ruleCodeSchema,
      points: z.number().int(),
      findingIds: z.array(docId),
      arrears: arrearsLineSchema.nullable(),
    }),
  ),
  /** When the month was computed (the schedule time of a scheduled run). */
  computedAt: instant,
  /** The user who asked for the computation, or the scheduled function's name. */
  computedBy: docId,
  /** How many findings of the month the computation read. */
  findingsRead: z.number().int().nonnegative(),
});

/** A scorecard as stored. */
export type StoredScorecard = z.infer<typeof storedScorecardSchema>;

/** The document id of a month's scorecard of a person or team. */
export function scorecardId(month: string, subject: Scorecard["subject"]): string {
  return `${month}_${subject.kind}_${subject.id}`;
}

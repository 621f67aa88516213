/**
 * Score month (SPEC §8): the summary of one month's last computation, read to say when the
 * scorecards were computed and whether findings changed since (a finding whose `updatedAt` is
 * after `computedAt` is a change since the last computation). Path
 * `estates/{estateId}/scoreMonths/{YYYY-MM}`. Written only by `recomputeMonth`; read by every
 * staff member of the estate.
 */
import { z } from "zod";
import { isMonthKey } from "../time.js";
import { docId, instant } from "./common.js";

/** Validates a stored score month. */
export const scoreMonthSchema = z.object({
  /** The month, `YYYY-MM`. */
  id: z.string().refine(isMonthKey, "must be a month YYYY-MM"),
  estateId: docId,
  timeZone: z.string().min(1),
  catalogueVersion: z.string().min(1),
  computedAt: instant,
  computedBy: docId,
  /** Findings of the month read (valid ones scored). */
  findingCount: z.number().int().nonnegative(),
  /** Stored findings that failed their schema: not scored, named so they can be repaired. */
  invalidFindingIds: z.array(z.string()),
  people: z.number().int().nonnegative(),
  teams: z.number().int().nonnegative(),
});

/** A month's computation summary. */
export type ScoreMonth = z.infer<typeof scoreMonthSchema>;

/**
 * `monthlyScoreRecompute`: on the 1st of each month at 02:00 Asia/Shanghai, every estate's
 * previous month is scored from its findings and fees (SPEC §8). The month comes from the
 * event's schedule time in each estate's zone, never from the wall clock, so a retried or
 * late run scores the same month and writes the same scorecards.
 */
import type { Firestore } from "firebase-admin/firestore";
import { logger } from "firebase-functions";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { monthOf, previousMonth } from "../domain/time.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { recomputeMonth, type RecomputeResult } from "../firestore/monthlyScores.js";

/** The name recorded as `computedBy` on scheduled computations. */
export const SCHEDULED_COMPUTER = "monthlyScoreRecompute";

/**
 * Recomputes, for every estate, the month before the one `scheduleTime` falls in (in the
 * estate's zone). One estate's failure does not stop the others; it is thrown at the end so
 * that the scheduler retries (a retry rewrites identical scorecards).
 */
export async function recomputePreviousMonths(
  firestore: Firestore,
  scheduleTime: string,
): Promise<RecomputeResult[]> {
  const at = new Date(scheduleTime);
  if (Number.isNaN(at.getTime()))
    throw new Error(`schedule time ${scheduleTime} is not an instant`);
  const estates = await collections(firestore).estates().get();
  const results: RecomputeResult[] = [];
  const failures: string[] = [];
  for (const estate of estates.docs) {
    const { id, timeZone } = estate.data();
    const month = previousMonth(monthOf(at, timeZone));
    try {
      const result = await recomputeMonth(firestore, id, month, at, SCHEDULED_COMPUTER);
      logger.info("scores.recomputed", result);
      results.push(result);
    } catch (error) {
      logger.error("scores.recomputeFailed", { estateId: id, month, error: String(error) });
      failures.push(`${id} ${month}: ${String(error)}`);
    }
  }
  if (failures.length > 0) throw new Error(`monthly recompute failed for ${failures.join("; ")}`);
  return results;
}

/** The deployed schedule. */
export const monthlyScoreRecompute = onSchedule(
  { schedule: "0 2 1 * *", timeZone: "Asia/Shanghai" },
  async (event) => {
    await recomputePreviousMonths(db(), event.scheduleTime);
  },
);

/**
 * `monthlyScoreRecompute`: every estate's previous month is scored from its findings and fees
 * (SPEC §8) at the estate's configured moment, by default the 1st of each month at 02:00 in
 * the estate's zone (Asia/Shanghai). The function runs every hour; the domain says which
 * estates' moments fell within the hour of the run. The month comes from the event's schedule
 * time, never from the wall clock, so a retried or late run scores the same month and writes
 * the same scorecards.
 */
import type { Firestore } from "firebase-admin/firestore";
import { logger } from "firebase-functions";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { scheduledMonthDue } from "../domain/assessment/recomputeSchedule.js";
import { defaultAssessmentSettings } from "../domain/schema/assessmentSettings.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { checkEveryEstate } from "../firestore/everyEstate.js";
import { recomputeMonth, type RecomputeResult } from "../firestore/monthlyScores.js";

/** The name recorded as `computedBy` on scheduled computations. */
export const SCHEDULED_COMPUTER = "monthlyScoreRecompute";

/**
 * Recomputes, for every estate whose recompute moment fell within the hour ending at
 * `scheduleTime`, the month before the moment's (in the estate's zone). An estate whose
 * settings cannot be read runs on the default schedule and the problem is logged. Failures as
 * in `checkEveryEstate` (a retry rewrites identical scorecards).
 */
export async function recomputeDueMonths(
  firestore: Firestore,
  scheduleTime: string,
): Promise<RecomputeResult[]> {
  const all = collections(firestore);
  return checkEveryEstate(firestore, SCHEDULED_COMPUTER, scheduleTime, async (estate, at) => {
    const { id, timeZone } = estate;
    let settings = defaultAssessmentSettings(id);
    try {
      settings = (await all.assessmentSettings(id).get()).data() ?? settings;
    } catch (error) {
      logger.error("scores.settingsUnreadable", { estateId: id, error: String(error) });
    }
    const month = scheduledMonthDue(settings.recompute, timeZone, at);
    if (month === null) return null;
    const result = await recomputeMonth(firestore, id, month, at, SCHEDULED_COMPUTER).catch(
      (error: unknown) => {
        throw new Error(`month ${month}: ${String(error)}`);
      },
    );
    logger.info("scores.recomputed", result);
    return result;
  });
}

/** The deployed schedule: on every hour (UTC), so that any estate's local moment is met. */
export const monthlyScoreRecompute = onSchedule(
  { schedule: "0 * * * *", timeZone: "UTC" },
  async (event) => {
    await recomputeDueMonths(db(), event.scheduleTime);
  },
);

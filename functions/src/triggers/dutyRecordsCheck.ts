/**
 * `dutyRecordsCheck`: every hour, each estate's shifts that ended in the last three days are
 * checked for their handover (B2.1) and their working days for a daily log (B2.2); each
 * finding owed is recorded once. The period and "now" come from the event's schedule time,
 * never from the wall clock, so a retried run finds the same and records nothing twice.
 */
import type { Firestore } from "firebase-admin/firestore";
import { logger } from "firebase-functions";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { checkDutyRecords, DUTY_CHECK, type DutyCheckResult } from "../firestore/dutyRecords.js";

/** How far back each run looks: a late confirmation or a missed run is still caught. */
export const LOOKBACK_HOURS = 72;

/**
 * Checks every estate for the period ending at `scheduleTime`. One estate's failure does not
 * stop the others; it is thrown at the end so that the scheduler retries.
 */
export async function checkAllEstates(
  firestore: Firestore,
  scheduleTime: string,
): Promise<DutyCheckResult[]> {
  const now = new Date(scheduleTime);
  if (Number.isNaN(now.getTime()))
    throw new Error(`schedule time ${scheduleTime} is not an instant`);
  const period = { from: new Date(now.getTime() - LOOKBACK_HOURS * 3_600_000), to: now };
  const estates = await collections(firestore).estates().get();
  const results: DutyCheckResult[] = [];
  const failures: string[] = [];
  for (const estate of estates.docs) {
    const { id, timeZone } = estate.data();
    try {
      const result = await checkDutyRecords(firestore, id, period, now, timeZone);
      logger.info("duty.checked", result);
      results.push(result);
    } catch (error) {
      logger.error("duty.checkFailed", { estateId: id, error: String(error) });
      failures.push(`${id}: ${String(error)}`);
    }
  }
  if (failures.length > 0) throw new Error(`${DUTY_CHECK} failed for ${failures.join("; ")}`);
  return results;
}

/** The deployed schedule. */
export const dutyRecordsCheck = onSchedule(
  { schedule: "every 60 minutes", timeZone: "Asia/Shanghai" },
  async (event) => {
    await checkAllEstates(db(), event.scheduleTime);
  },
);

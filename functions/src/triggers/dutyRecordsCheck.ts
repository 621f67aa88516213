/**
 * `dutyRecordsCheck`: every hour, each estate's shifts that ended in the last three days are
 * checked for their handover (B2.1) and their working days for a daily log (B2.2); each
 * finding owed is recorded once. The period and "now" come from the event's schedule time,
 * never from the wall clock, so a retried run finds the same and records nothing twice.
 */
import type { Firestore } from "firebase-admin/firestore";
import { logger } from "firebase-functions";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { db } from "../firestore/db.js";
import { checkDutyRecords, DUTY_CHECK, type DutyCheckResult } from "../firestore/dutyRecords.js";
import { checkEveryEstate } from "../firestore/everyEstate.js";

/** How far back each run looks: a late confirmation or a missed run is still caught. */
export const LOOKBACK_HOURS = 72;

/** Checks every estate for the period ending at `scheduleTime` (see `checkEveryEstate`). */
export async function checkAllEstates(
  firestore: Firestore,
  scheduleTime: string,
): Promise<DutyCheckResult[]> {
  return checkEveryEstate(firestore, DUTY_CHECK, scheduleTime, async ({ id, timeZone }, now) => {
    const period = { from: new Date(now.getTime() - LOOKBACK_HOURS * 3_600_000), to: now };
    const result = await checkDutyRecords(firestore, id, period, now, timeZone);
    logger.info("duty.checked", result);
    return result;
  });
}

/** The deployed schedule. */
export const dutyRecordsCheck = onSchedule(
  { schedule: "every 60 minutes", timeZone: "Asia/Shanghai" },
  async (event) => {
    await checkAllEstates(db(), event.scheduleTime);
  },
);

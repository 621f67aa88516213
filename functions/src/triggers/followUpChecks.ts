/**
 * `followUpChecks`: every 15 minutes, each estate's promises due soon and overdue (escalated
 * assignee → lead → director), visits not made, meeting actions past their deadline, and
 * household visits to plan (SPEC §10, C6–C9). "Now" is the event's schedule time, never the
 * wall clock, so a retried run finds the same and notifies nothing twice.
 */
import type { Firestore } from "firebase-admin/firestore";
import { logger } from "firebase-functions";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import {
  checkFollowUp,
  FOLLOW_UP_CHECK,
  type FollowUpCheckResult,
} from "../firestore/followUpChecks.js";
import { inAppOnly, type NotificationDelivery } from "../firestore/notifications.js";

/**
 * Checks every estate at `scheduleTime`. One estate's failure does not stop the others; it is
 * thrown at the end so that the scheduler retries.
 */
export async function checkFollowUpAllEstates(
  firestore: Firestore,
  scheduleTime: string,
  delivery: NotificationDelivery = inAppOnly,
): Promise<FollowUpCheckResult[]> {
  const now = new Date(scheduleTime);
  if (Number.isNaN(now.getTime())) {
    throw new Error(`schedule time ${scheduleTime} is not an instant`);
  }
  const estates = await collections(firestore).estates().get();
  const results: FollowUpCheckResult[] = [];
  const failures: string[] = [];
  for (const estate of estates.docs) {
    const { id, timeZone } = estate.data();
    try {
      const result = await checkFollowUp(firestore, id, now, timeZone, delivery);
      logger.info("followUp.checked", result);
      results.push(result);
    } catch (error) {
      logger.error("followUp.checkFailed", { estateId: id, error: String(error) });
      failures.push(`${id}: ${String(error)}`);
    }
  }
  if (failures.length > 0) throw new Error(`${FOLLOW_UP_CHECK} failed for ${failures.join("; ")}`);
  return results;
}

/** The deployed schedule. */
export const followUpChecks = onSchedule(
  { schedule: "every 15 minutes", timeZone: "Asia/Shanghai" },
  async (event) => {
    await checkFollowUpAllEstates(db(), event.scheduleTime);
  },
);

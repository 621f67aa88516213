/**
 * `followUpChecks`: every 15 minutes, each estate's promises due soon and overdue (escalated
 * assignee → lead → director), visits not made, meeting actions past their deadline, and
 * household visits to plan (SPEC §10, C6–C9). "Now" is the event's schedule time, never the
 * wall clock, so a retried run finds the same and notifies nothing twice.
 */
import type { Firestore } from "firebase-admin/firestore";
import { logger } from "firebase-functions";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { db } from "../firestore/db.js";
import { checkEveryEstate } from "../firestore/everyEstate.js";
import {
  checkFollowUp,
  FOLLOW_UP_CHECK,
  type FollowUpCheckResult,
} from "../firestore/followUpChecks.js";
import { inAppOnly, type NotificationDelivery } from "../firestore/notifications.js";

/** Checks every estate at `scheduleTime` (see `checkEveryEstate`). */
export async function checkFollowUpAllEstates(
  firestore: Firestore,
  scheduleTime: string,
  delivery: NotificationDelivery = inAppOnly,
): Promise<FollowUpCheckResult[]> {
  return checkEveryEstate(
    firestore,
    FOLLOW_UP_CHECK,
    scheduleTime,
    async ({ id, timeZone }, now) => {
      const result = await checkFollowUp(firestore, id, now, timeZone, delivery);
      logger.info("followUp.checked", result);
      return result;
    },
  );
}

/** The deployed schedule. */
export const followUpChecks = onSchedule(
  { schedule: "every 15 minutes", timeZone: "Asia/Shanghai" },
  async (event) => {
    await checkFollowUpAllEstates(db(), event.scheduleTime);
  },
);

/**
 * `unsignedVisitsCheck` (B2.5c "手續不全"): every 15 minutes, each estate's visits marked done
 * and still unsigned past the grace period (ticket settings, one day by default) get their
 * B2.5c finding, once. "Now" is the event's schedule time, never the wall clock, so a retried
 * run records nothing twice.
 */
import type { Firestore } from "firebase-admin/firestore";
import { logger } from "firebase-functions";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { ticketSettingsOf } from "../callables/ticketAccess.js";
import { applyVisitAssessment } from "./onOnSiteVisitWritten.js";

/** The check's name, as findings record it. */
export const UNSIGNED_CHECK = "unsignedVisitsCheck";

/** Visits read per estate and run (the rest are caught by the next run). */
export const UNSIGNED_PAGE = 500;

/** Checks every estate at `scheduleTime`; returns the ids of visits that owe a finding. */
export async function checkUnsignedVisits(
  firestore: Firestore,
  scheduleTime: string,
): Promise<string[]> {
  const now = new Date(scheduleTime);
  if (Number.isNaN(now.getTime())) {
    throw new Error(`schedule time ${scheduleTime} is not an instant`);
  }
  const typed = collections(firestore);
  const estates = await typed.estates().get();
  const owing: string[] = [];
  const failures: string[] = [];
  for (const estate of estates.docs) {
    try {
      const settings = await ticketSettingsOf(firestore, estate.id);
      const deadline = new Date(now.getTime() - settings.unsignedGraceMinutes * 60_000);
      const late = await typed
        .onSiteVisits(estate.id)
        .where("signedHash", "==", null)
        .where("doneAt", "<=", deadline)
        .orderBy("doneAt", "asc")
        .limit(UNSIGNED_PAGE)
        .get();
      for (const snapshot of late.docs) {
        const assessment = await applyVisitAssessment(
          firestore,
          snapshot.data(),
          now,
          UNSIGNED_CHECK,
        );
        if (assessment.findings.length > 0) owing.push(snapshot.id);
      }
    } catch (error) {
      logger.error("unsignedVisits.checkFailed", { estateId: estate.id, error: String(error) });
      failures.push(`${estate.id}: ${String(error)}`);
    }
  }
  if (failures.length > 0) throw new Error(`${UNSIGNED_CHECK} failed for ${failures.join("; ")}`);
  return owing;
}

/** The deployed schedule. */
export const unsignedVisitsCheck = onSchedule(
  { schedule: "every 15 minutes", timeZone: "Asia/Shanghai" },
  async (event) => {
    await checkUnsignedVisits(db(), event.scheduleTime);
  },
);

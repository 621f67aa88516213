/**
 * `unsignedVisitsCheck` (B2.5c "手續不全"): every 15 minutes, each estate's visits marked done
 * and still unsigned past the grace period (ticket settings, one day by default) get their
 * B2.5c finding, once. "Now" is the event's schedule time, never the wall clock, so a retried
 * run records nothing twice.
 */
import type { Firestore } from "firebase-admin/firestore";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { checkEveryEstate } from "../firestore/everyEstate.js";
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
  const typed = collections(firestore);
  const owing = await checkEveryEstate(
    firestore,
    UNSIGNED_CHECK,
    scheduleTime,
    async (estate, now) => {
      const settings = await ticketSettingsOf(firestore, estate.id);
      const deadline = new Date(now.getTime() - settings.unsignedGraceMinutes * 60_000);
      const late = await typed
        .onSiteVisits(estate.id)
        .where("signedHash", "==", null)
        .where("doneAt", "<=", deadline)
        .orderBy("doneAt", "asc")
        .limit(UNSIGNED_PAGE)
        .get();
      const owingHere: string[] = [];
      for (const snapshot of late.docs) {
        const assessment = await applyVisitAssessment(
          firestore,
          snapshot.data(),
          now,
          UNSIGNED_CHECK,
        );
        if (assessment.findings.length > 0) owingHere.push(snapshot.id);
      }
      return owingHere;
    },
  );
  return owing.flat();
}

/** The deployed schedule. */
export const unsignedVisitsCheck = onSchedule(
  { schedule: "every 15 minutes", timeZone: "Asia/Shanghai" },
  async (event) => {
    await checkUnsignedVisits(db(), event.scheduleTime);
  },
);

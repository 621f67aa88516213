/**
 * Return visits planned from events (C6): a ticket written (indexed on the closure dashboard
 * while open; a return visit planned once it is done) and a survey answer written (a visit
 * planned when an area is rated below the threshold). Both re-read their record, and the
 * visit's id comes from the rule, so a redelivered event plans nothing twice.
 */
import { logger } from "firebase-functions";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { collections } from "../firestore/collections.js";
import { planPeriodicVisits } from "../firestore/followUpChecks.js";
import { triggerPaths } from "../domain/paths.js";
import { db } from "../firestore/db.js";
import { estateTimeZone } from "../firestore/findings.js";
import { syncTicketMatter } from "../firestore/openMatters.js";
import { planVisitAfterSurveyAnswer, planVisitAfterTicket } from "../firestore/visitPlanning.js";

/** A ticket was written: keep its dashboard row, plan its return visit once done. */
export const onTicketFollowUp = onDocumentWritten(triggerPaths.ticket, async (event) => {
  const { estateId, ticketId } = event.params;
  const now = new Date(event.time);
  await syncTicketMatter(db(), estateId, ticketId, now);
  if (event.data?.after.exists !== true) return;
  const zone = await estateTimeZone(db(), estateId);
  await planVisitAfterTicket(db(), estateId, ticketId, zone, now);
});

/** A survey answer was written: plan a return visit when it rated an area low. */
export const onSurveyAnswerFollowUp = onDocumentWritten(
  triggerPaths.surveyResponse,
  async (event) => {
    if (event.data?.after.exists !== true) return;
    const { estateId, campaignId, householdId } = event.params;
    const zone = await estateTimeZone(db(), estateId);
    await planVisitAfterSurveyAnswer(
      db(),
      estateId,
      campaignId,
      householdId,
      zone,
      new Date(event.time),
    );
  },
);

/**
 * Article A "堅持走訪": every day at 06:00, each estate's household visits due (every household
 * every N months) are planned, once per household and due day. "Now" is the schedule time.
 */
export const periodicVisitsPlan = onSchedule(
  { schedule: "every day 06:00", timeZone: "Asia/Shanghai" },
  async (event) => {
    const now = new Date(event.scheduleTime);
    const estates = await collections(db()).estates().get();
    for (const estate of estates.docs) {
      const { id, timeZone } = estate.data();
      const planned = await planPeriodicVisits(db(), id, now, timeZone);
      logger.info("followUp.periodicVisitsPlanned", { estateId: id, planned });
    }
  },
);

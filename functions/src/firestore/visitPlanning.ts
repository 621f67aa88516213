/**
 * Return visits planned from events (C6): a ticket reaching "done", a survey answer below the
 * threshold. The visit's id comes from the planning rule, so a redelivered event plans once.
 */
import type { Firestore } from "firebase-admin/firestore";
import { z } from "zod";
import {
  visitAfterSurveyAnswer,
  visitAfterTicket,
  type PlannedVisit,
} from "../domain/followUp/visitPlanning.js";
import { docId, instant } from "../domain/schema/common.js";
import type { StoredReturnVisit } from "../domain/schema/returnVisit.js";
import { paths } from "../domain/paths.js";
import { collections, converters } from "./collections.js";
import { createOnce } from "./createOnce.js";
import { followUpSettingsOf } from "./followUpChecks.js";
import { syncVisitMatter } from "./openMatters.js";

/** Who plans visits, in the write stamps. */
export const VISIT_PLANNER = "planReturnVisits";

async function planOnce(
  db: Firestore,
  estateId: string,
  visit: PlannedVisit,
  now: Date,
): Promise<boolean> {
  const record: StoredReturnVisit = {
    ...visit,
    estateId,
    outcome: null,
    escalatedTo: null,
    createdAt: now,
    createdBy: VISIT_PLANNER,
    updatedAt: now,
    updatedBy: VISIT_PLANNER,
  };
  const created = await createOnce(collections(db).returnVisits(estateId).doc(visit.id), record);
  if (created) await syncVisitMatter(db, estateId, visit.id, now);
  return created;
}

/** The part of a ticket (issue 4's record) planning reads. */
const doneTicketSchema = z.object({
  type: z.string(),
  status: z.string(),
  title: z.string(),
  householdId: docId.nullable().default(null),
  transitions: z.array(z.object({ to: z.string(), at: instant })),
});

/**
 * C6: the return visit after a ticket is done (per type, e.g. within 3 days), once the ticket
 * is done or later. Returns whether this call planned it.
 */
export async function planVisitAfterTicket(
  db: Firestore,
  estateId: string,
  ticketId: string,
  zone: string,
  now: Date,
): Promise<boolean> {
  const parsed = doneTicketSchema.safeParse(
    (await db.doc(paths.ticket(estateId, ticketId)).get()).data(),
  );
  if (!parsed.success) return false;
  const ticket = parsed.data;
  const done = ticket.transitions.find((transition) => transition.to === "done");
  if (done === undefined) return false;
  const settings = await followUpSettingsOf(db, estateId);
  const visit = visitAfterTicket(
    {
      ticketId,
      ticketType: ticket.type,
      householdId: ticket.householdId,
      title: ticket.title,
      doneAt: done.at,
    },
    settings.visitPlanning,
    zone,
  );
  return visit === null ? false : planOnce(db, estateId, visit, now);
}

/** C6: the return visit after a survey answer rating some area below the threshold. */
export async function planVisitAfterSurveyAnswer(
  db: Firestore,
  estateId: string,
  campaignId: string,
  householdId: string,
  zone: string,
  now: Date,
): Promise<boolean> {
  const response = converters.surveyResponse.read(
    await db.doc(paths.surveyResponse(estateId, campaignId, householdId)).get(),
  );
  if (response === null) return false;
  const settings = await followUpSettingsOf(db, estateId);
  const visit = visitAfterSurveyAnswer(
    {
      campaignId,
      householdId: response.householdId,
      submittedAt: response.submittedAt,
      ratings: response.ratings,
    },
    settings.visitPlanning,
    zone,
  );
  return visit === null ? false : planOnce(db, estateId, visit, now);
}

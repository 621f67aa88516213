/**
 * `planSurveyExplanation` (C4): the director or admin asks for a return visit to patiently
 * explain what a household's survey answer misunderstood. The visit is created once (its id is
 * the household's follow-up of that campaign, shared with the low-answer plan) and joins the
 * closure dashboard; whoever makes it records the explanation with `recordReturnVisit`.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { docId } from "../domain/schema/common.js";
import type { StoredReturnVisit } from "../domain/schema/returnVisit.js";
import { ExplanationError, explanationVisit } from "../domain/survey/explanation.js";
import { collections } from "../firestore/collections.js";
import { createOnce } from "../firestore/createOnce.js";
import { db } from "../firestore/db.js";
import { EstateNotFoundError, estateTimeZone } from "../firestore/findings.js";
import { syncVisitMatter } from "../firestore/openMatters.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

export const planSurveyExplanationInputSchema = z.object({
  estateId: docId,
  campaignId: docId,
  householdId: docId,
  /** What the owner misunderstood (for the visitor). */
  misunderstanding: z.string().trim().min(1, "must not be empty").max(480),
  withinDays: z.int().min(0).max(30).default(3),
  assigneeId: docId.nullable().default(null),
});

/** The visit's id, and whether this call planned it (false: a follow-up already existed). */
export interface PlanSurveyExplanationResult {
  visitId: string;
  created: boolean;
}

/**
 * Plans the explanation visit for the caller (director or admin of the estate).
 *
 * @throws HttpsError `permission-denied`, `not-found` (estate, or no answer of the household)
 */
export async function planSurveyExplanationAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof planSurveyExplanationInputSchema>,
  now: Date = new Date(),
): Promise<PlanSurveyExplanationResult> {
  const data = planSurveyExplanationInputSchema.parse(input);
  requireRole(auth, data.estateId, ["director", "admin"]);
  const zone = await estateTimeZone(firestore, data.estateId).catch((error: unknown) => {
    if (error instanceof EstateNotFoundError) throw new HttpsError("not-found", error.message);
    throw error;
  });
  const typed = collections(firestore);
  const answer = await typed
    .surveyResponses(data.estateId, data.campaignId)
    .doc(data.householdId)
    .get();
  if (!answer.exists) {
    throw new HttpsError(
      "not-found",
      `household ${data.householdId} has not answered survey ${data.campaignId}`,
    );
  }
  let visit;
  try {
    visit = explanationVisit(data, now, zone);
  } catch (error) {
    if (error instanceof ExplanationError) throw new HttpsError("invalid-argument", error.message);
    throw error;
  }
  const record: StoredReturnVisit = {
    ...visit,
    escalatedTo: null,
    createdAt: now,
    createdBy: auth.uid,
    updatedAt: now,
    updatedBy: auth.uid,
  };
  const created = await createOnce(typed.returnVisits(data.estateId).doc(visit.id), record);
  if (created) await syncVisitMatter(firestore, data.estateId, visit.id, now);
  return { visitId: visit.id, created };
}

/** The callable. */
export const planSurveyExplanation = validatedOnCall(
  planSurveyExplanationInputSchema,
  ({ data, auth }) => planSurveyExplanationAs(db(), auth, data),
);

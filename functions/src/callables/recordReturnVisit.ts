/**
 * `recordReturnVisit` (C4, C6, C7): the staff member who made a planned visit records it —
 * channel, what was heard, criticism accepted, suggestions adopted, the owner's satisfaction,
 * a misunderstanding patiently explained. A done visit is never rewritten.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import {
  ownerSatisfactionSchema,
  recordVisitOutcome,
  visitChannelSchema,
  visitOutcomeSchema,
} from "../domain/followUp/returnVisit.js";
import { docId, requiredText } from "../domain/schema/common.js";
import { roles } from "../domain/schema/role.js";
import { describeValidationError } from "../domain/validationMessage.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { syncVisitMatter } from "../firestore/openMatters.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

export const recordReturnVisitInputSchema = z.object({
  estateId: docId,
  visitId: docId,
  channel: visitChannelSchema,
  heard: requiredText(2000),
  criticismAccepted: z.array(requiredText(500)).max(20),
  suggestionsAdopted: z.array(requiredText(500)).max(20),
  ownerSatisfaction: ownerSatisfactionSchema,
  misunderstandingExplained: z.boolean(),
  misunderstandingNote: z.string().trim().max(1000).nullable(),
});
export type RecordReturnVisitInput = z.infer<typeof recordReturnVisitInputSchema>;

/**
 * Records the visit as made by the caller at `now`.
 *
 * @throws HttpsError `permission-denied`, `not-found`, `invalid-argument` (C4 note missing),
 *   or `failed-precondition` (already recorded)
 */
export async function recordReturnVisitAs(
  firestore: Firestore,
  auth: AuthData,
  input: RecordReturnVisitInput,
  now: Date = new Date(),
): Promise<{ visitId: string }> {
  const { estateId, visitId, ...fields } = recordReturnVisitInputSchema.parse(input);
  requireRole(auth, estateId, roles);
  const outcome = visitOutcomeSchema.safeParse({ ...fields, doneAt: now, doneBy: auth.uid });
  if (!outcome.success) {
    throw new HttpsError("invalid-argument", describeValidationError("visit", outcome.error));
  }
  const ref = collections(firestore).returnVisits(estateId).doc(visitId);
  await firestore.runTransaction(async (transaction) => {
    const visit = (await transaction.get(ref)).data();
    if (visit === undefined) {
      throw new HttpsError("not-found", `no visit ${visitId} in estate ${estateId}`);
    }
    const result = recordVisitOutcome(visit, outcome.data);
    if (!result.recorded) {
      throw new HttpsError(
        "failed-precondition",
        `visit ${visitId} is already recorded; amend it with a new record`,
      );
    }
    transaction.set(ref, {
      ...visit,
      outcome: result.visit.outcome,
      updatedAt: now,
      updatedBy: auth.uid,
    });
  });
  await syncVisitMatter(firestore, estateId, visitId, now);
  return { visitId };
}

/** The callable. */
export const recordReturnVisit = validatedOnCall(recordReturnVisitInputSchema, ({ data, auth }) =>
  recordReturnVisitAs(db(), auth, data),
);

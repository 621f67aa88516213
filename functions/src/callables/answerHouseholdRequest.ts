/**
 * `answerHouseholdRequest` (SPEC §12 "every matter gets a reply"): the desk answers a request a
 * household sent from its page; the household page shows the answer. The answer is the
 * reception's outcome; once the record is archived (handed over) it is never edited, so the
 * answer becomes an amendment that keeps the original (B2.1 "recorded and archived").
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { docId, requiredText } from "../domain/schema/common.js";
import type { Reception } from "../domain/schema/reception.js";
import { dayOf } from "../domain/time.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { requireRole, validatedOnCall } from "./validatedOnCall.js";

export const answerHouseholdRequestInputSchema = z.object({
  estateId: docId,
  receptionId: docId,
  reply: requiredText(2000),
});
export type AnswerHouseholdRequestInput = z.infer<typeof answerHouseholdRequestInputSchema>;

/** The reason written on an answer that amends an archived request. */
export const ANSWER_AMEND_REASON = "回覆業主（住戶頁面）";

/** Answers a request (no permission check: the callable checks the caller). */
export async function answerHouseholdRequestFor(
  firestore: Firestore,
  input: AnswerHouseholdRequestInput,
  actorUid: string,
  now: Date = new Date(),
): Promise<{ receptionId: string; amended: boolean }> {
  const typed = collections(firestore);
  const ref = typed.receptions(input.estateId).doc(input.receptionId);
  const estate = (await typed.estates().doc(input.estateId).get()).data();
  return firestore.runTransaction(async (transaction) => {
    const original = (await transaction.get(ref)).data();
    if (original?.householdRequest === undefined || original.amends !== null) {
      throw new HttpsError(
        "not-found",
        `no household request ${input.receptionId} in estate ${input.estateId}`,
      );
    }
    if (!original.archived) {
      transaction.update(ref, { outcome: input.reply, updatedAt: now, updatedBy: actorUid });
      return { receptionId: original.id, amended: false };
    }
    const amendmentRef = typed.receptions(input.estateId).doc();
    const amendment: Reception = {
      ...original,
      id: amendmentRef.id,
      at: now,
      day: dayOf(now, estate?.timeZone ?? "Asia/Shanghai"),
      outcome: input.reply,
      staffId: actorUid,
      archived: false,
      handoverId: null,
      amends: original.id,
      amendReason: ANSWER_AMEND_REASON,
      createdAt: now,
      createdBy: actorUid,
      updatedAt: now,
      updatedBy: actorUid,
    };
    transaction.create(amendmentRef, amendment);
    return { receptionId: amendment.id, amended: true };
  });
}

export const answerHouseholdRequest = validatedOnCall(
  answerHouseholdRequestInputSchema,
  async ({ data, auth }) => {
    requireRole(auth, data.estateId, ["customerService", "director", "admin"]);
    return answerHouseholdRequestFor(db(), data, auth.uid);
  },
);

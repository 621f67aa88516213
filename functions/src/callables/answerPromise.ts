/**
 * `answerPromise` (C8): the owner's answer is recorded, which closes the promise. Any staff
 * member of the estate may record it (customer service chases every promise to its answer);
 * an answered promise is never answered again.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { answerPromise as answerOf } from "../domain/followUp/promise.js";
import { docId, requiredText } from "../domain/schema/common.js";
import { roles } from "../domain/schema/role.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { syncPromiseMatter } from "../firestore/openMatters.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

export const answerPromiseInputSchema = z.object({
  estateId: docId,
  promiseId: docId,
  /** What the owner was told. */
  text: requiredText(2000),
});
export type AnswerPromiseInput = z.infer<typeof answerPromiseInputSchema>;

/**
 * Records the answer as the caller, at `now`.
 *
 * @throws HttpsError `permission-denied`, `not-found`, or `failed-precondition` (already answered)
 */
export async function answerPromiseAs(
  firestore: Firestore,
  auth: AuthData,
  input: AnswerPromiseInput,
  now: Date = new Date(),
): Promise<{ promiseId: string }> {
  const data = answerPromiseInputSchema.parse(input);
  requireRole(auth, data.estateId, roles);
  const ref = collections(firestore).promises(data.estateId).doc(data.promiseId);
  await firestore.runTransaction(async (transaction) => {
    const promise = (await transaction.get(ref)).data();
    if (promise === undefined) {
      throw new HttpsError("not-found", `no promise ${data.promiseId} in estate ${data.estateId}`);
    }
    const result = answerOf(promise, { text: data.text, answeredAt: now, answeredBy: auth.uid });
    if (!result.answered) {
      throw new HttpsError(
        "failed-precondition",
        result.reason === "alreadyAnswered"
          ? `promise ${data.promiseId} was already answered; record a further answer as a new record`
          : `the answer cannot be earlier than the promise ${data.promiseId}`,
      );
    }
    transaction.set(ref, {
      ...promise,
      answer: result.promise.answer,
      updatedAt: now,
      updatedBy: auth.uid,
    });
  });
  await syncPromiseMatter(firestore, data.estateId, data.promiseId, now);
  return { promiseId: data.promiseId };
}

/** The callable. */
export const answerPromise = validatedOnCall(answerPromiseInputSchema, ({ data, auth }) =>
  answerPromiseAs(db(), auth, data),
);

/**
 * `recordPromise` (C8 預約答復時間): a staff member records a question they could not answer on
 * the spot, on a reception, visit or ticket record, with the answer time agreed with the owner.
 * The client's request id is the promise's id, so a retried call records it once.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { ownerPromiseSchema, promiseRecordSchema } from "../domain/followUp/promise.js";
import { docId, instant, requiredText } from "../domain/schema/common.js";
import type { StoredPromise } from "../domain/schema/promise.js";
import { departmentSchema, roles, type Department } from "../domain/schema/role.js";
import { describeValidationError } from "../domain/validationMessage.js";
import { collections } from "../firestore/collections.js";
import { createOnce } from "../firestore/createOnce.js";
import { db } from "../firestore/db.js";
import { syncPromiseMatter } from "../firestore/openMatters.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

export const recordPromiseInputSchema = z.object({
  estateId: docId,
  /** Chosen by the client once per form; the promise's id. */
  requestId: docId,
  householdId: docId.nullable(),
  record: promiseRecordSchema,
  question: requiredText(1000),
  answerDueAt: instant,
  /** The department that answers; defaults to the caller's (customer service for managers). */
  department: departmentSchema.nullable().default(null),
});
export type RecordPromiseInput = z.input<typeof recordPromiseInputSchema>;

/** The outcome: the promise's id and whether this call created it. */
export interface RecordPromiseResult {
  promiseId: string;
  created: boolean;
}

/**
 * Records a promise made by the caller (any staff member of the estate).
 *
 * @throws HttpsError `permission-denied`, or `invalid-argument` (answer time not after now)
 */
export async function recordPromiseAs(
  firestore: Firestore,
  auth: AuthData,
  input: RecordPromiseInput,
  now: Date = new Date(),
): Promise<RecordPromiseResult> {
  const data = recordPromiseInputSchema.parse(input);
  const role = requireRole(auth, data.estateId, roles);
  const department: Department =
    data.department ?? (role === "director" || role === "admin" ? "customerService" : role);
  const candidate = {
    id: data.requestId,
    estateId: data.estateId,
    householdId: data.householdId,
    record: data.record,
    question: data.question,
    promisedBy: auth.uid,
    department,
    promisedAt: now,
    answerDueAt: data.answerDueAt,
    answer: null,
  };
  const parsed = ownerPromiseSchema.safeParse(candidate);
  if (!parsed.success) {
    throw new HttpsError("invalid-argument", describeValidationError("promise", parsed.error));
  }
  const promise: StoredPromise = {
    ...parsed.data,
    escalatedTo: null,
    createdAt: now,
    createdBy: auth.uid,
    updatedAt: now,
    updatedBy: auth.uid,
  };
  const created = await createOnce(
    collections(firestore).promises(data.estateId).doc(promise.id),
    promise,
  );
  // The index trigger does the same; doing it here shows it on the dashboard at once.
  if (created) await syncPromiseMatter(firestore, data.estateId, promise.id, now);
  return { promiseId: promise.id, created };
}

/** The callable. */
export const recordPromise = validatedOnCall(recordPromiseInputSchema, ({ data, auth }) =>
  recordPromiseAs(db(), auth, data),
);

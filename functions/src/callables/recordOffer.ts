/**
 * `recordOffer` (article A rules 1 and 6: meals, gifts, extra pay, private jobs offered by
 * owners): a staff member declares an offer made to them, whether and how it was refused,
 * and who witnessed it. The declarer is always the caller; a staff witness is looked up in
 * the estate's staff (their stored name is kept), another witness is named. The client's
 * request id is the entry's id, so a retried call records it once.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { offerKindSchema, offerRegisterEntrySchema } from "../domain/followUp/conduct.js";
import { docId, instant, requiredText } from "../domain/schema/common.js";
import type { StoredOffer } from "../domain/schema/offerRegister.js";
import { roles } from "../domain/schema/role.js";
import { describeValidationError } from "../domain/validationMessage.js";
import { collections } from "../firestore/collections.js";
import { createOnce } from "../firestore/createOnce.js";
import { db } from "../firestore/db.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

export const recordOfferInputSchema = z.object({
  estateId: docId,
  /** Chosen by the client once per form; the entry's id. */
  requestId: docId,
  householdId: docId.nullable(),
  offeredBy: requiredText(80),
  kind: offerKindSchema,
  offer: requiredText(1000),
  offeredAt: instant,
  refused: z.boolean(),
  refusal: requiredText(1000),
  /** When it was refused or handed in; defaults to the offer's time. */
  refusedAt: instant.nullable().default(null),
  /** A colleague (by staff id) or someone else (by name). */
  witness: z.union([
    z.object({ staffId: docId }),
    z.object({ staffId: z.null(), name: requiredText(60) }),
  ]),
});
export type RecordOfferInput = z.input<typeof recordOfferInputSchema>;

/** The outcome: the entry's id and whether this call created it. */
export interface RecordOfferResult {
  entryId: string;
  created: boolean;
}

/**
 * Records an offer declared by the caller (any staff member of the estate).
 *
 * @throws HttpsError `permission-denied`; `invalid-argument` (an offer in the future, a
 *   refusal before it, the declarer as their own witness, a witness who is not staff here)
 */
export async function recordOfferAs(
  firestore: Firestore,
  auth: AuthData,
  input: RecordOfferInput,
  now: Date = new Date(),
): Promise<RecordOfferResult> {
  const data = recordOfferInputSchema.parse(input);
  requireRole(auth, data.estateId, roles);
  if (data.offeredAt.getTime() > now.getTime()) {
    throw new HttpsError("invalid-argument", "offeredAt: an offer is declared after it was made");
  }
  let witness: StoredOffer["witness"];
  if (data.witness.staffId === null) {
    witness = { name: data.witness.name, staffId: null };
  } else {
    const member = (
      await collections(firestore).staff(data.estateId).doc(data.witness.staffId).get()
    ).data();
    if (member === undefined) {
      throw new HttpsError(
        "invalid-argument",
        `witness.staffId: ${data.witness.staffId} is not a staff member of estate ${data.estateId}`,
      );
    }
    witness = { name: member.name, staffId: member.id };
  }
  const candidate = {
    id: data.requestId,
    estateId: data.estateId,
    staffId: auth.uid,
    householdId: data.householdId,
    offeredBy: data.offeredBy,
    kind: data.kind,
    offer: data.offer,
    offeredAt: data.offeredAt,
    refused: data.refused,
    refusal: data.refusal,
    refusedAt: data.refusedAt ?? data.offeredAt,
    witness,
  };
  const parsed = offerRegisterEntrySchema.safeParse(candidate);
  if (!parsed.success) {
    throw new HttpsError(
      "invalid-argument",
      describeValidationError("offers register entry", parsed.error),
    );
  }
  const entry: StoredOffer = {
    ...parsed.data,
    createdAt: now,
    createdBy: auth.uid,
    updatedAt: now,
    updatedBy: auth.uid,
  };
  const created = await createOnce(
    collections(firestore).offerRegister(data.estateId).doc(entry.id),
    entry,
  );
  return { entryId: entry.id, created };
}

/** The callable. */
export const recordOffer = validatedOnCall(recordOfferInputSchema, ({ data, auth }) =>
  recordOfferAs(db(), auth, data),
);

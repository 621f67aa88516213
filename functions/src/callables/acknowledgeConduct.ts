/**
 * `acknowledgeConduct` (article A "保持距離,真誠服務", acknowledged yearly): the signed-in staff
 * member acknowledges the current code of conduct. One record per staff member, version and
 * calendar year in the estate's zone (`{uid}_{version}_{year}`), so a second acknowledgement in
 * the same year (or a retried call) stores nothing more and keeps the first time.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { CODE_OF_CONDUCT, conductAcknowledgementId } from "../domain/followUp/conduct.js";
import { docId } from "../domain/schema/common.js";
import type { StoredConductAcknowledgement } from "../domain/schema/conductAcknowledgement.js";
import { roles } from "../domain/schema/role.js";
import { collections } from "../firestore/collections.js";
import { createOnce } from "../firestore/createOnce.js";
import { db } from "../firestore/db.js";
import { EstateNotFoundError, estateTimeZone } from "../firestore/findings.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

export const acknowledgeConductInputSchema = z.object({
  estateId: docId,
  /** The version of the code the staff member read: an outdated screen is refused. */
  version: z.int().min(1),
  /** The language the code was read in. */
  language: z.enum(["zh-Hant", "zh-Hans", "en"]),
});
export type AcknowledgeConductInput = z.input<typeof acknowledgeConductInputSchema>;

/** The outcome: the acknowledgement's id and whether this call stored it. */
export interface AcknowledgeConductResult {
  acknowledgementId: string;
  created: boolean;
}

/**
 * Records the caller's acknowledgement of the code for the year of `now` (any staff role).
 *
 * @throws HttpsError `permission-denied` (no role in the estate), `not-found` (no such
 *   estate), `failed-precondition` (the screen showed another version of the code)
 */
export async function acknowledgeConductAs(
  firestore: Firestore,
  auth: AuthData,
  input: AcknowledgeConductInput,
  now: Date = new Date(),
): Promise<AcknowledgeConductResult> {
  const data = acknowledgeConductInputSchema.parse(input);
  requireRole(auth, data.estateId, roles);
  if (data.version !== CODE_OF_CONDUCT.version) {
    throw new HttpsError(
      "failed-precondition",
      `the code of conduct read is version ${String(data.version)}; the current one is ` +
        `${String(CODE_OF_CONDUCT.version)}: reload the page and read it again`,
    );
  }
  let zone: string;
  try {
    zone = await estateTimeZone(firestore, data.estateId);
  } catch (error) {
    if (error instanceof EstateNotFoundError) throw new HttpsError("not-found", error.message);
    throw error;
  }
  const acknowledgement: StoredConductAcknowledgement = {
    id: conductAcknowledgementId(auth.uid, now, zone),
    estateId: data.estateId,
    uid: auth.uid,
    version: CODE_OF_CONDUCT.version,
    language: data.language,
    acknowledgedAt: now,
  };
  const created = await createOnce(
    collections(firestore).conductAcknowledgements(data.estateId).doc(acknowledgement.id),
    acknowledgement,
  );
  return { acknowledgementId: acknowledgement.id, created };
}

/** The callable. */
export const acknowledgeConduct = validatedOnCall(acknowledgeConductInputSchema, ({ data, auth }) =>
  acknowledgeConductAs(db(), auth, data),
);

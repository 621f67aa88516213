/**
 * `recordManualFinding`: a director or admin of the estate records what software cannot see
 * (B2.3, B2.4a–c, B2.6, B2.7–9, B2.11, B2.13), with evidence text and optionally the record it
 * concerns and up to three photos, kept as images by `imageStore` before the finding is written
 * (so a finding never names a missing photo). The client's request id makes a retried call
 * record the finding and its photos once.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import {
  evidencePhotoId,
  FindingReviewError,
  manualFindingInputSchema,
  manualFindingOf,
  type ManualFindingInput,
} from "../domain/assessment/findingReview.js";
import { paths } from "../domain/paths.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { EstateNotFoundError, estateTimeZone, recordFindingOnce } from "../firestore/findings.js";
import { InvalidImageError, saveImage } from "../firestore/imageStore.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

/** The outcome: the finding's id, and whether this call created it (false on a retry). */
export interface RecordManualFindingResult {
  findingId: string;
  created: boolean;
}

/**
 * Records a manual finding for the caller (who must be director or admin of the estate).
 *
 * @throws HttpsError `permission-denied`, `not-found` (estate or staff member), or
 *   `invalid-argument` (a person rule without a person, a date in the future)
 */
export async function recordManualFindingAs(
  firestore: Firestore,
  auth: AuthData,
  input: ManualFindingInput,
  now: Date = new Date(),
): Promise<RecordManualFindingResult> {
  const data = manualFindingInputSchema.parse(input);
  requireRole(auth, data.estateId, ["director", "admin"]);
  const timeZone = await estateTimeZone(firestore, data.estateId).catch((error: unknown) => {
    if (error instanceof EstateNotFoundError) throw new HttpsError("not-found", error.message);
    throw error;
  });
  let teamId: string | null = data.teamId;
  if (data.staffId !== null) {
    const member = (
      await collections(firestore).staff(data.estateId).doc(data.staffId).get()
    ).data();
    if (member === undefined) {
      throw new HttpsError(
        "not-found",
        `no staff member ${data.staffId} in estate ${data.estateId}`,
      );
    }
    teamId = member.teamId;
  }
  let finding;
  try {
    finding = manualFindingOf({ ...data, teamId }, auth.uid, now, timeZone);
  } catch (error) {
    if (error instanceof FindingReviewError)
      throw new HttpsError("invalid-argument", error.message);
    throw error;
  }
  const findingId = finding.id;
  await Promise.all(
    data.photos.map((dataUrl, index) =>
      saveImage(firestore, data.estateId, {
        id: evidencePhotoId(findingId, index),
        dataUrl,
        kind: "evidence",
        subjectPath: paths.finding(data.estateId, findingId),
        by: auth.uid,
        now,
      }).catch((error: unknown) => {
        if (error instanceof InvalidImageError)
          throw new HttpsError("invalid-argument", error.message);
        throw error;
      }),
    ),
  );
  const created = await recordFindingOnce(firestore, data.estateId, finding, timeZone, now);
  return { findingId: finding.id, created };
}

/** The callable. */
export const recordManualFinding = validatedOnCall(manualFindingInputSchema, ({ data, auth }) =>
  recordManualFindingAs(db(), auth, data),
);

/**
 * `confirmFinding`: a director or admin confirms (經確認 / 經查實) a finding, so that a rule
 * counting only confirmed findings (B2.4a, B2.6, B2.11, B2.13) counts it. Who and when are kept.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { FindingReviewError, confirmedFinding } from "../domain/assessment/findingReview.js";
import { docId } from "../domain/schema/common.js";
import type { StoredFinding } from "../domain/schema/finding.js";
import { db } from "../firestore/db.js";
import { FindingNotFoundError, reviewFinding } from "../firestore/findings.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

/** Which finding of which estate. */
export const confirmFindingInputSchema = z.object({ estateId: docId, findingId: docId });

/** Confirms the finding for the caller, who must be director or admin of the estate. */
export async function confirmFindingAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof confirmFindingInputSchema>,
  now: Date = new Date(),
): Promise<{ findingId: string; status: StoredFinding["status"] }> {
  const { estateId, findingId } = confirmFindingInputSchema.parse(input);
  requireRole(auth, estateId, ["director", "admin"]);
  const finding = await reviewFinding(firestore, estateId, findingId, auth.uid, now, (stored) =>
    confirmedFinding(stored, auth.uid, now),
  ).catch(asHttpsError);
  return { findingId, status: finding.status };
}

/** The callable. */
export const confirmFinding = validatedOnCall(confirmFindingInputSchema, ({ data, auth }) =>
  confirmFindingAs(db(), auth, data),
);

/** The domain's refusals as the caller's errors. */
export function asHttpsError(error: unknown): never {
  if (error instanceof FindingNotFoundError) throw new HttpsError("not-found", error.message);
  if (error instanceof FindingReviewError) {
    throw new HttpsError("failed-precondition", error.message);
  }
  throw error;
}

/**
 * `clearFinding`: a director or admin clears a finding with a reason (it no longer counts).
 * Nothing is deleted: the finding stays, with who cleared it, when and why.
 */
import type { Firestore } from "firebase-admin/firestore";
import { z } from "zod";
import { clearedFinding } from "../domain/assessment/findingReview.js";
import { docId, requiredText } from "../domain/schema/common.js";
import type { StoredFinding } from "../domain/schema/finding.js";
import { db } from "../firestore/db.js";
import { reviewFinding } from "../firestore/findings.js";
import { asHttpsError } from "./confirmFinding.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

/** Which finding of which estate, and why it is cleared. */
export const clearFindingInputSchema = z.object({
  estateId: docId,
  findingId: docId,
  reason: requiredText(500),
});

/** Clears the finding for the caller, who must be director or admin of the estate. */
export async function clearFindingAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof clearFindingInputSchema>,
  now: Date = new Date(),
): Promise<{ findingId: string; status: StoredFinding["status"] }> {
  const { estateId, findingId, reason } = clearFindingInputSchema.parse(input);
  requireRole(auth, estateId, ["director", "admin"]);
  const finding = await reviewFinding(firestore, estateId, findingId, auth.uid, now, (stored) =>
    clearedFinding(stored, auth.uid, now, reason),
  ).catch(asHttpsError);
  return { findingId, status: finding.status };
}

/** The callable. */
export const clearFinding = validatedOnCall(clearFindingInputSchema, ({ data, auth }) =>
  clearFindingAs(db(), auth, data),
);

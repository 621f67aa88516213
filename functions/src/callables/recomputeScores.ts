/**
 * `recomputeScores`: a director or admin recomputes one month of the estate on demand
 * (SPEC §8), e.g. after confirming or clearing findings of a closed month.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { docId } from "../domain/schema/common.js";
import { isMonthKey, monthOf } from "../domain/time.js";
import { db } from "../firestore/db.js";
import { EstateNotFoundError, estateTimeZone } from "../firestore/findings.js";
import { recomputeMonth, type RecomputeResult } from "../firestore/monthlyScores.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

/** Which month of which estate. */
export const recomputeScoresInputSchema = z.object({
  estateId: docId,
  month: z.string().refine(isMonthKey, "must be a month YYYY-MM"),
});

/**
 * Recomputes the month for the caller (director or admin of the estate). A month after the
 * current one (in the estate's zone) is refused: it has no findings yet.
 */
export async function recomputeScoresAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof recomputeScoresInputSchema>,
  now: Date = new Date(),
): Promise<RecomputeResult> {
  const { estateId, month } = recomputeScoresInputSchema.parse(input);
  requireRole(auth, estateId, ["director", "admin"]);
  const timeZone = await estateTimeZone(firestore, estateId).catch((error: unknown) => {
    if (error instanceof EstateNotFoundError) throw new HttpsError("not-found", error.message);
    throw error;
  });
  if (month > monthOf(now, timeZone)) {
    throw new HttpsError("failed-precondition", `${month} has not begun in estate ${estateId}`);
  }
  return recomputeMonth(firestore, estateId, month, now, auth.uid);
}

/** The callable. */
export const recomputeScores = validatedOnCall(recomputeScoresInputSchema, ({ data, auth }) =>
  recomputeScoresAs(db(), auth, data),
);

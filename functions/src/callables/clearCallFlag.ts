/**
 * `clearCallFlag` (B2.5a): a director or admin clears an unlogged-call flag, only with a
 * reason; the flag's B2.5a findings are cleared with the same reason. The flag and its
 * clearing stay in the history; nothing is deleted.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { clearedFlag } from "../domain/callFlags.js";
import type { CallFlag } from "../domain/schema/callFlag.js";
import { docId, requiredText } from "../domain/schema/common.js";
import { clearFindingBySystem } from "../firestore/callReconciliation.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

/** Which flag of which estate, and why it is cleared. */
export const clearCallFlagInputSchema = z.object({
  estateId: docId,
  flagId: docId,
  reason: requiredText(500),
});

/** Clears the flag for the caller, who must be director or admin of the estate. */
export async function clearCallFlagAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof clearCallFlagInputSchema>,
  now: Date = new Date(),
): Promise<{ flagId: string; status: CallFlag["status"] }> {
  const { estateId, flagId, reason } = clearCallFlagInputSchema.parse(input);
  requireRole(auth, estateId, ["director", "admin"]);
  const ref = collections(firestore).callFlags(estateId).doc(flagId);
  const flag = await firestore.runTransaction(async (transaction) => {
    const stored = (await transaction.get(ref)).data();
    if (stored === undefined) throw new HttpsError("not-found", `no call flag ${flagId}`);
    if (stored.status !== "open") {
      throw new HttpsError(
        "failed-precondition",
        `call flag ${flagId} is ${stored.status}; only an open flag is cleared`,
      );
    }
    const cleared = clearedFlag(stored, auth.uid, reason, now);
    transaction.set(ref, cleared);
    return cleared;
  });
  const why = flag.clearing?.reason ?? reason;
  for (const findingId of flag.findingIds) {
    await clearFindingBySystem(firestore, estateId, findingId, why, now, auth.uid);
  }
  return { flagId, status: flag.status };
}

/** The callable. */
export const clearCallFlag = validatedOnCall(clearCallFlagInputSchema, ({ data, auth }) =>
  clearCallFlagAs(db(), auth, data),
);

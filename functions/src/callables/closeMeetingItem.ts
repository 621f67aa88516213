/**
 * `closeMeetingItem` (C9 例會): the director (or admin) closes an agenda item of the regular
 * meeting. It closes only when its action is done and the owner who raised the issue has been
 * answered (a reply recorded); otherwise it is refused with every reason it stays open.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { closeItem } from "../domain/followUp/regularMeeting.js";
import { docId } from "../domain/schema/common.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { syncMeetingMatters } from "../firestore/openMatters.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

export const closeMeetingItemInputSchema = z.object({
  estateId: docId,
  meetingId: docId,
  itemId: docId,
});
export type CloseMeetingItemInput = z.infer<typeof closeMeetingItemInputSchema>;

/**
 * Closes the item as the caller at `now`.
 *
 * @throws HttpsError `permission-denied`, `not-found`, or `failed-precondition` naming the
 *   reasons (no action, action not done, owner not answered, already closed)
 */
export async function closeMeetingItemAs(
  firestore: Firestore,
  auth: AuthData,
  input: CloseMeetingItemInput,
  now: Date = new Date(),
): Promise<{ itemId: string }> {
  const data = closeMeetingItemInputSchema.parse(input);
  requireRole(auth, data.estateId, ["director", "admin"]);
  const ref = collections(firestore).meetings(data.estateId).doc(data.meetingId);
  await firestore.runTransaction(async (transaction) => {
    const meeting = (await transaction.get(ref)).data();
    const item = meeting?.items.find((each) => each.id === data.itemId);
    if (meeting === undefined || item === undefined) {
      throw new HttpsError(
        "not-found",
        `no item ${data.itemId} in meeting ${data.meetingId} of estate ${data.estateId}`,
      );
    }
    const result = closeItem(item, { by: auth.uid, at: now });
    if (!result.closed) {
      throw new HttpsError(
        "failed-precondition",
        `item ${data.itemId} stays open: ${result.reasons.join(", ")}`,
        { reasons: result.reasons },
      );
    }
    transaction.set(ref, {
      ...meeting,
      items: meeting.items.map((each) => (each.id === item.id ? result.item : each)),
      updatedAt: now,
      updatedBy: auth.uid,
    });
  });
  await syncMeetingMatters(firestore, data.estateId, data.meetingId, now);
  return { itemId: data.itemId };
}

/** The callable. */
export const closeMeetingItem = validatedOnCall(closeMeetingItemInputSchema, ({ data, auth }) =>
  closeMeetingItemAs(db(), auth, data),
);

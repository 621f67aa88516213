/**
 * `onHandoverConfirmed`: once the incoming staff member confirms a handover, the receptions
 * of the outgoing shift are archived (B2.1 "recorded and archived"): from then on they are
 * amended, never edited. Redelivery archives nothing twice.
 */
import type { DocumentSnapshot, Firestore } from "firebase-admin/firestore";
import { logger } from "firebase-functions";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { triggerPaths } from "../domain/paths.js";
import { converters } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { archiveShiftReceptions } from "../firestore/dutyRecords.js";

/** The part of a handover write event archiving needs. */
export interface HandoverWrite {
  params: { estateId: string; shiftId: string };
  data?: { before: DocumentSnapshot; after: DocumentSnapshot } | undefined;
}

/** Archives the shift of a confirmed handover; returns how many records it archived. */
export async function archiveOnConfirmation(
  firestore: Firestore,
  event: HandoverWrite,
): Promise<number> {
  const handover = event.data === undefined ? null : converters.handover.read(event.data.after);
  // An unconfirmed handover archives nothing (archiveShiftReceptions checks).
  if (handover === null) return 0;
  const archived = await archiveShiftReceptions(firestore, event.params.estateId, handover);
  logger.info("handover.archived", {
    estateId: event.params.estateId,
    shiftId: handover.id,
    archived,
  });
  return archived;
}

/** The deployed trigger. */
export const onHandoverConfirmed = onDocumentWritten(triggerPaths.handover, async (event) => {
  await archiveOnConfirmation(db(), event);
});

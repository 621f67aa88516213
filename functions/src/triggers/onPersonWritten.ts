/**
 * `onPersonWritten`: keeps a person's contact history (B.1.5). Every write of
 * `estates/{estateId}/people/{personId}` that changes a contact field adds one entry to
 * `estates/{estateId}/contactChanges`, whose id comes from the event, so a redelivered
 * event adds nothing.
 */
import type { DocumentSnapshot, Firestore } from "firebase-admin/firestore";
import { logger } from "firebase-functions";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { paths, triggerPaths } from "../domain/paths.js";
import { contactChangeOf } from "../domain/schema/contactChange.js";
import { collections, converters } from "../firestore/collections.js";
import { createOnce } from "../firestore/createOnce.js";
import { db } from "../firestore/db.js";

/** The part of a Firestore write event the history needs. */
export interface PersonWrite {
  id: string;
  params: { estateId: string; personId: string };
  data?: { before: DocumentSnapshot; after: DocumentSnapshot } | undefined;
}

/**
 * Records the contact change of one write event: reads both versions, asks the domain what
 * changed, writes the entry once. Returns the entry id, or null when nothing was recorded.
 */
export async function recordContactChange(
  firestore: Firestore,
  event: PersonWrite,
): Promise<string | null> {
  const { estateId, personId } = event.params;
  if (event.data === undefined) return null;
  const entry = contactChangeOf({
    eventId: event.id,
    estateId,
    personId,
    before: converters.person.read(event.data.before),
    after: converters.person.read(event.data.after),
  });
  if (entry === null) return null;
  const ref = collections(firestore).contactChanges(estateId).doc(entry.id);
  if (!(await createOnce(ref, entry))) {
    logger.info("contactChange.redelivered", {
      path: paths.contactChange(estateId, entry.id),
    });
  }
  return entry.id;
}

/** The deployed trigger. */
export const onPersonWritten = onDocumentWritten(triggerPaths.person, async (event) => {
  await recordContactChange(db(), event);
});

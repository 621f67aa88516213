/**
 * `onReceptionReconcileCalls` (B2.5a): a phone reception record written or edited re-reconciles
 * the calls around it, so a record written after the import that matches a flagged call
 * clears the flag (status matched, history kept) and its finding; an edit that stops matching
 * reopens them. Idempotent: a redelivered event finds nothing left to change.
 */
import type { DocumentSnapshot, Firestore } from "firebase-admin/firestore";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { triggerPaths } from "../domain/paths.js";
import { isPhoneChannel } from "../domain/reconciliation.js";
import { reconcileAroundRecord } from "../firestore/callReconciliation.js";
import { converters } from "../firestore/collections.js";
import { db } from "../firestore/db.js";

/** The part of a Firestore write event the reconciliation needs. */
export interface ReceptionWrite {
  params: { estateId: string; receptionId: string };
  data?: { before: DocumentSnapshot; after: DocumentSnapshot } | undefined;
}

/**
 * Re-reconciles around the record's time before and after the write, when either version is
 * a phone reception and what B2.5a reads (channel, number, time) changed. Returns the times
 * reconciled around.
 */
export async function reconcileAfterReceptionWrite(
  firestore: Firestore,
  event: ReceptionWrite,
  now: Date = new Date(),
): Promise<Date[]> {
  if (event.data === undefined) return [];
  const before = converters.reception.read(event.data.before);
  const after = converters.reception.read(event.data.after);
  const phone = [before, after].filter(
    (reception) => reception !== null && isPhoneChannel(reception.channel),
  );
  if (phone.length === 0) return [];
  if (
    before !== null &&
    after !== null &&
    before.channel === after.channel &&
    before.callerKey === after.callerKey &&
    before.at.getTime() === after.at.getTime()
  ) {
    return [];
  }
  const times = [...new Set(phone.map((reception) => reception?.at.getTime() ?? 0))].map(
    (time) => new Date(time),
  );
  for (const at of times) await reconcileAroundRecord(firestore, event.params.estateId, at, now);
  return times;
}

/** The deployed trigger. */
export const onReceptionReconcileCalls = onDocumentWritten(
  triggerPaths.reception,
  async (event) => {
    await reconcileAfterReceptionWrite(db(), event);
  },
);

/**
 * Each household's latest visit per channel (`lastVisits/{householdId}`), the summary the
 * visit-coverage figure counts (article A "不能太遠"; `domain/followUp/visitCoverage.ts`).
 */
import type { Firestore } from "firebase-admin/firestore";
import { latestByChannelSet, withVisit } from "../domain/followUp/visitCoverage.js";
import { collections } from "./collections.js";

/**
 * Re-reads the visit and folds it into its household's summary (the later time per channel),
 * in a transaction. Returns whether the summary changed: false for a visit not made, a missing
 * visit, or one already folded in, so a redelivered event writes nothing.
 */
export async function recordLastVisit(
  db: Firestore,
  estateId: string,
  visitId: string,
): Promise<boolean> {
  const stored = await collections(db).returnVisits(estateId).doc(visitId).get();
  const visit = stored.data();
  if (visit?.outcome == null) return false;
  const outcome = visit.outcome;
  const ref = collections(db).lastVisits(estateId).doc(visit.householdId);
  return db.runTransaction(async (transaction) => {
    const current = (await transaction.get(ref)).data();
    const { latest, changed } = withVisit(current?.latest ?? {}, {
      householdId: visit.householdId,
      outcome: { channel: outcome.channel, doneAt: outcome.doneAt },
    });
    if (changed) {
      transaction.set(ref, {
        id: visit.householdId,
        estateId,
        latest,
        latestByChannelSet: latestByChannelSet(latest),
      });
    }
    return changed;
  });
}

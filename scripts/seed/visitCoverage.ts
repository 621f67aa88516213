/**
 * The demo estate's visit-coverage summaries (article A "不能太遠"): each household's latest
 * visit per channel, folded from every visit made, as the paused trigger
 * `onReturnVisitLastVisits` would have. Run after the seeds that record visits.
 */
import type { Firestore } from "firebase-admin/firestore";
import { paths } from "../../functions/src/domain/paths.js";
import { recordLastVisit } from "../../functions/src/firestore/lastVisits.js";

/** Folds every made visit of `estateId` into its household's summary; returns the counts. */
export async function seedLastVisits(
  db: Firestore,
  estateId: string,
): Promise<{ visitsMade: number; summariesChanged: number }> {
  const made = await db.collection(paths.returnVisits(estateId)).where("outcome", "!=", null).get();
  let summariesChanged = 0;
  for (const visit of made.docs) {
    if (await recordLastVisit(db, estateId, visit.id)) summariesChanged += 1;
  }
  return { visitsMade: made.size, summariesChanged };
}

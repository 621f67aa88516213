/**
 * The monthly recompute (SPEC §8, "scheduled monthly scoring"): one month of an estate scored
 * from its findings and fee counts, never from a running total, and written as one scorecard
 * per person and team plus a summary. Shared by the scheduled function
 * `monthlyScoreRecompute` and the callable `recomputeScores`. The arithmetic is the domain's
 * (`scoreMonth`); this file reads and writes.
 */
import type { Firestore, WriteBatch } from "firebase-admin/firestore";
import { catalogueForMonth, catalogueVersions } from "../domain/assessment/catalogue.js";
import type { ScoredFinding } from "../domain/assessment/finding.js";
import { scoreMonth, type Scorecard, type TeamArrears } from "../domain/assessment/scoring.js";
import { storedFindingSchema } from "../domain/schema/finding.js";
import type { ScoreMonth } from "../domain/schema/scoreMonth.js";
import { scorecardId, type StoredScorecard } from "../domain/schema/scorecard.js";
import type { MonthKey } from "../domain/time.js";
import { collections } from "./collections.js";
import { estateTimeZone } from "./findings.js";

/** Firestore's limit of writes in one batch. */
const BATCH_LIMIT = 500;

/** What one recompute did: the month, what it read and what it wrote. */
export interface RecomputeResult {
  estateId: string;
  month: MonthKey;
  findingsRead: number;
  invalidFindingIds: string[];
  scorecardsWritten: number;
  scorecardsDeleted: number;
  /** Documents read: the estate, the fee month, every finding of the month, the old scorecards. */
  reads: number;
  /** Documents written or deleted: the scorecards, the removed ones and the summary. */
  writes: number;
}

/**
 * Recomputes one month of an estate: reads the month's findings once (one query by month), the
 * month's fee count (B2.10), scores them with the catalogue in force that month, writes one
 * scorecard per person and team, deletes the scorecards of subjects no longer scored, and writes
 * the month's summary. Running it twice with the same `now` writes identical documents.
 * A stored finding that fails its schema is not scored; its id is listed in the summary.
 *
 * @param now the computation time recorded on every document (a scheduled run passes its
 *   schedule time)
 * @param computedBy the user who asked, or the scheduled function's name
 */
export async function recomputeMonth(
  db: Firestore,
  estateId: string,
  month: MonthKey,
  now: Date,
  computedBy: string,
): Promise<RecomputeResult> {
  const timeZone = await estateTimeZone(db, estateId);
  const all = collections(db);
  const [findingDocs, feeMonth, oldCards] = await Promise.all([
    all.findings(estateId).withConverter(null).where("month", "==", month).get(),
    all.feeMonths(estateId).doc(month).get(),
    all.scorecards(estateId).where("month", "==", month).get(),
  ]);

  const findings: ScoredFinding[] = [];
  const invalidFindingIds: string[] = [];
  for (const doc of findingDocs.docs) {
    const parsed = storedFindingSchema.safeParse({ ...doc.data(), id: doc.id });
    if (parsed.success) findings.push(parsed.data);
    else invalidFindingIds.push(doc.id);
  }
  invalidFindingIds.sort();
  const fees = feeMonth.data();
  const arrears: TeamArrears[] =
    fees === undefined
      ? []
      : [{ teamId: fees.teamId, chargeable: fees.chargeable, inArrears: fees.inArrears }];

  const catalogue = catalogueForMonth(catalogueVersions, month);
  const score = scoreMonth({ month, timeZone, catalogue, findings, arrears });
  const cards = [...score.people, ...score.teams].map((card): StoredScorecard =>
    storedScorecardOf(estateId, card, now, computedBy, findings.length),
  );
  const keep = new Set(cards.map((card) => card.id));
  const stale = oldCards.docs.filter((doc) => !keep.has(doc.id)).map((doc) => doc.ref);
  const summary: ScoreMonth = {
    id: month,
    estateId,
    timeZone,
    catalogueVersion: catalogue.version,
    computedAt: now,
    computedBy,
    findingCount: findingDocs.size,
    invalidFindingIds,
    people: score.people.length,
    teams: score.teams.length,
  };

  const writes: ((batch: WriteBatch) => void)[] = [
    ...cards.map((card) => (batch: WriteBatch) => {
      batch.set(all.scorecards(estateId).doc(card.id), card);
    }),
    ...stale.map((ref) => (batch: WriteBatch) => {
      batch.delete(ref);
    }),
  ];
  const batches: Promise<unknown>[] = [];
  for (let start = 0; start < writes.length; start += BATCH_LIMIT) {
    const batch = db.batch();
    for (const write of writes.slice(start, start + BATCH_LIMIT)) write(batch);
    batches.push(batch.commit());
  }
  await Promise.all(batches);
  // The summary last: its computedAt says the scorecards above are complete.
  await all.scoreMonths(estateId).doc(month).set(summary);

  return {
    estateId,
    month,
    findingsRead: findingDocs.size,
    invalidFindingIds,
    scorecardsWritten: cards.length,
    scorecardsDeleted: stale.length,
    reads: 2 + findingDocs.size + oldCards.size,
    writes: writes.length + 1,
  };
}

/** The stored form of a domain scorecard. */
export function storedScorecardOf(
  estateId: string,
  card: Scorecard,
  computedAt: Date,
  computedBy: string,
  findingsRead: number,
): StoredScorecard {
  return {
    id: scorecardId(card.month, card.subject),
    estateId,
    month: card.month,
    catalogueVersion: card.catalogueVersion,
    subject: card.subject,
    points: card.points,
    lines: card.lines,
    computedAt,
    computedBy,
    findingsRead,
  };
}

/**
 * What the assessment screens compute from stored records (SPEC §8): the default month, the
 * ranking, the trend over months, and the findings changed since the last computation.
 * Pure: no Firebase, no clock.
 */
import type { StoredFinding } from "@domain/schema/finding.js";
import type { StoredScorecard } from "@domain/schema/scorecard.js";
import { monthOf, previousMonth, type MonthKey } from "@domain/time.js";

/** The month a scorecard screen opens on: the last closed month in the estate's zone. */
export function defaultMonth(now: Date, timeZone: string): MonthKey {
  return previousMonth(monthOf(now, timeZone));
}

/** The `count` months ending with `last`, oldest first. */
export function monthsEndingWith(last: MonthKey, count: number): MonthKey[] {
  const months: MonthKey[] = [last];
  while (months.length < count) months.unshift(previousMonth(months[0] ?? last));
  return months;
}

/** One row of the ranking. */
export interface RankingRow {
  rank: number;
  card: StoredScorecard;
}

/**
 * The month's people ranked by points, highest first; equal points share a rank (1, 2, 2, 4),
 * and are listed by name so the order is stable.
 */
export function ranking(
  cards: readonly StoredScorecard[],
  nameOf: (id: string) => string,
): RankingRow[] {
  const people = cards
    .filter((card) => card.subject.kind === "person")
    .sort(
      (left, right) =>
        right.points - left.points ||
        nameOf(left.subject.id).localeCompare(nameOf(right.subject.id), "zh-Hant"),
    );
  return people.map((card, index) => {
    const first = people.findIndex((other) => other.points === card.points);
    return { rank: (first === -1 ? index : first) + 1, card };
  });
}

/** One subject's points per month (null: nothing counted that month, i.e. 0 deducted). */
export interface TrendSeries {
  subjectKind: StoredScorecard["subject"]["kind"];
  subjectId: string;
  points: number[];
}

/**
 * The points of every person and team over `months` (a month without a scorecard scores 0),
 * sorted by kind then id.
 */
export function trend(
  cards: readonly StoredScorecard[],
  months: readonly MonthKey[],
): TrendSeries[] {
  const bySubject = new Map<string, TrendSeries>();
  for (const card of cards) {
    const index = months.indexOf(card.month);
    if (index === -1) continue;
    const key = `${card.subject.kind}:${card.subject.id}`;
    let series = bySubject.get(key);
    if (series === undefined) {
      series = {
        subjectKind: card.subject.kind,
        subjectId: card.subject.id,
        points: months.map(() => 0),
      };
      bySubject.set(key, series);
    }
    series.points[index] = card.points;
  }
  return [...bySubject.values()].sort((left, right) =>
    left.subjectKind === right.subjectKind
      ? left.subjectId < right.subjectId
        ? -1
        : 1
      : left.subjectKind === "person"
        ? -1
        : 1,
  );
}

/**
 * The findings of the month written after its last computation (confirmed, cleared or added
 * since): while any exist, the scorecards are out of date. All of them when never computed.
 */
export function changedSince(
  findings: readonly StoredFinding[],
  computedAt: Date | null,
): StoredFinding[] {
  if (computedAt === null) return [...findings];
  return findings.filter((finding) => finding.updatedAt.getTime() > computedAt.getTime());
}

/**
 * Visit coverage, read bounded (article A "堅持走訪", "和業主不能太遠"; C6 per-estate goal "every
 * household every N months"). `visitCoverage` in `visitPlanning.ts` computes the figure from
 * every visit made, which an estate's screen cannot afford to read (thousands of visits a year).
 * Instead each household keeps one small summary, its latest visit per channel
 * (`estates/{estateId}/lastVisits/{householdId}`, kept by a trigger on return visits), and the
 * figure is two aggregation counts: households with a counted channel's latest visit on or
 * after the window's start, and households. Both cost one read per 1,000 index entries,
 * whatever the number of visits. The summary also keeps, for every set of channels, the latest
 * visit by any of them (`latestByChannelSet`), so that "visited by a counted channel since" is
 * ONE range filter whatever channels the estate counts (an OR of range filters on different
 * fields is not served the same everywhere: the emulator answers it with 0). This module holds
 * the pure parts: the summary's merge (a maximum per channel, so a redelivered or reordered
 * trigger converges), the window, the predicate the count query expresses, and the figure
 * against the goal.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import { docId, instant } from "../schema/common.js";
import { DEFAULT_TIME_ZONE } from "../time.js";
import { exactRate, type ExactRate } from "./exactRate.js";
import { visitChannels, type VisitChannel } from "./returnVisit.js";
import type { VisitMade, VisitPlanningRules } from "./visitPlanning.js";

/** A household's latest done visit per channel. */
export const lastVisitsSchema = z.object({
  /** The household's id (the document's id). */
  id: docId,
  estateId: docId,
  /** Per channel, when the latest done visit by that channel was made; absent: never. */
  latest: z.partialRecord(z.enum(visitChannels), instant),
  /** Per set of channels ({@link channelSetKey}), the latest of theirs; absent: never. */
  latestByChannelSet: z.record(z.string(), instant),
});
export type LastVisits = z.infer<typeof lastVisitsSchema>;

/** The key of a set of channels in `latestByChannelSet`: the channels in a fixed order, `_`-joined. */
export function channelSetKey(channels: readonly VisitChannel[]): string {
  return visitChannels.filter((channel) => channels.includes(channel)).join("_");
}

/** Every non-empty set of channels (the keys `latestByChannelSet` may hold). */
const channelSets: readonly (readonly VisitChannel[])[] = Array.from(
  { length: 2 ** visitChannels.length - 1 },
  (_, index) => visitChannels.filter((_channel, bit) => ((index + 1) >> bit) & 1),
);

/** For every set of channels, the latest visit by any of them (the field the count filters). */
export function latestByChannelSet(latest: LastVisits["latest"]): Record<string, Date> {
  const bySet: Record<string, Date> = {};
  for (const channels of channelSets) {
    const times = channels.flatMap((channel) => latest[channel] ?? []);
    if (times.length === 0) continue;
    bySet[channelSetKey(channels)] = new Date(Math.max(...times.map((time) => time.getTime())));
  }
  return bySet;
}

/**
 * The household's summary after a visit: the later of the stored and the visit's time per
 * channel. A visit not made yet changes nothing. Commutative and idempotent, so a trigger
 * delivered twice or out of order stores the same summary.
 */
export function withVisit(
  latest: LastVisits["latest"],
  visit: VisitMade,
): { latest: LastVisits["latest"]; changed: boolean } {
  if (visit.outcome === null) return { latest, changed: false };
  const { channel, doneAt } = visit.outcome;
  const known = latest[channel];
  if (known !== undefined && known.getTime() >= doneAt.getTime()) {
    return { latest, changed: false };
  }
  return { latest: { ...latest, [channel]: doneAt }, changed: true };
}

/** The coverage window's start: `everyMonths` calendar months before `now`, in the zone. */
export function coverageSince(
  rules: Pick<VisitPlanningRules, "periodic">,
  now: Date,
  zone: string = DEFAULT_TIME_ZONE,
): Date {
  return DateTime.fromJSDate(now, { zone })
    .minus({ months: rules.periodic.everyMonths })
    .toJSDate();
}

/**
 * Whether a household counts as visited since `since`: the latest visit of a counted channel
 * falls on or after it. The count query is the range filter on `latestByChannelSet` at the
 * counted channels' key.
 */
export function visitedSince(
  latest: LastVisits["latest"],
  channels: readonly VisitChannel[],
  since: Date,
): boolean {
  return channels.some((channel) => {
    const at = latest[channel];
    return at !== undefined && at.getTime() >= since.getTime();
  });
}

/** The figure shown beside the offers register: not too close, not too far. */
export interface CoverageFigure {
  since: Date;
  everyMonths: number;
  households: number;
  visited: number;
  /** visited ÷ households; null for an estate without households. */
  rate: ExactRate | null;
  /** The goal is every household within the window: met when none is left unvisited. */
  goalMet: boolean;
  /** Households still to visit to meet the goal. */
  toVisit: number;
}

/** The coverage figure from the two counts, against the estate's goal (every household). */
export function coverageFigure(
  counts: { households: number; visited: number },
  rules: Pick<VisitPlanningRules, "periodic">,
  now: Date,
  zone: string = DEFAULT_TIME_ZONE,
): CoverageFigure {
  if (counts.visited > counts.households || counts.visited < 0) {
    throw new RangeError(
      `visit coverage: ${String(counts.visited)} households visited of ${String(counts.households)}`,
    );
  }
  return {
    since: coverageSince(rules, now, zone),
    everyMonths: rules.periodic.everyMonths,
    households: counts.households,
    visited: counts.visited,
    rate: exactRate(counts.visited, counts.households),
    goalMet: counts.visited === counts.households,
    toVisit: counts.households - counts.visited,
  };
}

/**
 * Pure helpers of the survey screens (C1–C3): who has not answered, CSV for the reminders,
 * the links grouped for printing, and the figures as the dashboard and the report show them.
 */
import type { RosterHousehold } from "@domain/schema/surveyRoster.js";
import type { SatisfactionLevel } from "@domain/survey/areas.js";

/** The households holding a link whose answer has not arrived (the reminders list). */
export function notAnswered(
  households: readonly RosterHousehold[],
  answered: readonly string[],
): RosterHousehold[] {
  const done = new Set(answered);
  return households.filter((household) => !done.has(household.householdId));
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * CSV text (RFC 4180, CRLF line ends) with a UTF-8 byte-order mark, so that Excel on a Chinese
 * Windows opens the Chinese text correctly.
 */
export function csvOf(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** The public survey URL of a token (what the QR code holds). */
export function surveyLinkUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/s/${token}`;
}

/** The committee's read-only report URL of a token (C5). */
export function committeeLinkUrl(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, "")}/r/${token}`;
}

const naturalOrder = new Intl.Collator("en", { numeric: true });

/** Items grouped by building, buildings in natural order ("2" before "10"), items by label. */
export function byBuilding<T extends { building: string; label: string }>(
  items: readonly T[],
): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(item.building) ?? [];
    group.push(item);
    groups.set(item.building, group);
  }
  return [...groups.entries()]
    .sort(([left], [right]) => naturalOrder.compare(left, right))
    .map(([building, group]) => [
      building,
      [...group].sort((left, right) => naturalOrder.compare(left.label, right.label)),
    ]);
}

/** A rate as a percentage with one decimal (0.9375 → "93.8%"), or "—" when there is none. */
export function percent(rate: number | null): string {
  return rate === null ? "—" : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** A mean rating with two decimals, or "—". */
export function mean(value: number | null): string {
  return value === null ? "—" : value.toFixed(2);
}

/** One level's share of an area's answered ratings, for the stacked bars. */
export interface LevelShare {
  level: SatisfactionLevel;
  count: number;
  share: number;
}

/** The five levels' counts and shares (0 when nothing was answered), best level first. */
export function levelShares(
  counts: Readonly<Record<`${SatisfactionLevel}`, number>>,
): LevelShare[] {
  const total = counts["1"] + counts["2"] + counts["3"] + counts["4"] + counts["5"];
  return ([5, 4, 3, 2, 1] as const).map((level) => {
    const count = counts[`${level}`];
    return { level, count, share: total === 0 ? 0 : count / total };
  });
}

/** Pure helpers of the notices screens (tested in `format.test.ts`). */
import type { Household } from "@domain/schema/household.js";
import { householdLabel } from "@domain/schema/household.js";
import type { NoticeTarget } from "@domain/schema/notice.js";
import { fromLocalParts } from "@domain/time.js";

/** The buildings of the estate, in natural order ("2" before "10"). */
export function buildingsOf(households: readonly Pick<Household, "building">[]): string[] {
  return [...new Set(households.map((household) => household.building))].sort((a, b) =>
    a.localeCompare(b, "zh-Hant", { numeric: true }),
  );
}

/** A `datetime-local` value (`2026-11-28T09:00`) read in the estate's zone, or null. */
export function localInputToDate(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (match === null) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return fromLocalParts({ year, month, day, hour, minute }, timeZone);
}

/** The labels a target names, for the list ("whole estate", buildings, or household labels). */
export function targetSummary(
  target: NoticeTarget,
  households: ReadonlyMap<string, Pick<Household, "building" | "unit" | "room">>,
): string[] {
  switch (target.scope) {
    case "estate":
      return [];
    case "buildings":
      return target.buildings;
    case "households":
      return target.householdIds.map((id) => {
        const household = households.get(id);
        return household === undefined ? id : householdLabel(household);
      });
  }
}

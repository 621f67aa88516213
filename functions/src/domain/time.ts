/**
 * Instants are stored; they are shown and bucketed in the estate's time zone
 * (default Asia/Shanghai). Scoring months are calendar months in that zone.
 */
import { DateTime } from "luxon";

/** The zone an estate uses unless configured otherwise. */
export const DEFAULT_TIME_ZONE = "Asia/Shanghai";

/** A calendar month, `YYYY-MM`. */
export type MonthKey = `${number}-${number}`;

const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True when the text is a month key `YYYY-MM`. */
export function isMonthKey(text: string): text is MonthKey {
  return MONTH_PATTERN.test(text);
}

/** True when the zone is an IANA zone luxon can use. */
export function isValidTimeZone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}

/** The calendar month (in `zone`) that an instant belongs to. */
export function monthOf(instant: Date, zone: string = DEFAULT_TIME_ZONE): MonthKey {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM") as MonthKey;
}

/** The local calendar day (`YYYY-MM-DD`, in `zone`) that an instant belongs to. */
export function dayOf(instant: Date, zone: string = DEFAULT_TIME_ZONE): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate() ?? "";
}

/** The half-open range of instants [start, end) of a calendar month in `zone`. */
export function monthRange(
  month: MonthKey,
  zone: string = DEFAULT_TIME_ZONE,
): { start: Date; end: Date } {
  const start = DateTime.fromFormat(month, "yyyy-MM", { zone });
  return { start: start.toJSDate(), end: start.plus({ months: 1 }).toJSDate() };
}

/** The month before `month`. */
export function previousMonth(month: MonthKey): MonthKey {
  return DateTime.fromFormat(month, "yyyy-MM", { zone: "UTC" })
    .minus({ months: 1 })
    .toFormat("yyyy-MM") as MonthKey;
}

/** ISO 8601 text of an instant with the zone's offset, e.g. `2026-10-05T14:03:22+08:00`. */
export function toZonedIso(instant: Date, zone: string = DEFAULT_TIME_ZONE): string {
  return DateTime.fromJSDate(instant, { zone }).toISO({ suppressMilliseconds: true }) ?? "";
}

/**
 * Reads a wall-clock date and time (no offset) as local time in `zone`.
 * Returns null when the fields do not form a real local time.
 */
export function fromLocalParts(
  parts: {
    year: number;
    month: number;
    day: number;
    hour?: number;
    minute?: number;
    second?: number;
  },
  zone: string = DEFAULT_TIME_ZONE,
): Date | null {
  const local = DateTime.fromObject(
    {
      year: parts.year,
      month: parts.month,
      day: parts.day,
      hour: parts.hour ?? 0,
      minute: parts.minute ?? 0,
      second: parts.second ?? 0,
    },
    { zone },
  );
  return local.isValid ? local.toJSDate() : null;
}

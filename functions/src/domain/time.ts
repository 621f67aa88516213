/**
 * Instants are stored; they are shown and bucketed in the estate's time zone
 * (default Asia/Shanghai). Scoring months are calendar months in that zone.
 */
import { DateTime, IANAZone } from "luxon";

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

/** Wall-clock date and time fields, as read from a file. */
export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const QUARTER_HOUR_MS = 15 * 60 * 1000;

/** The zone's UTC offset in minutes at an instant, cached per quarter hour (offsets change on those). */
function offsetMinutesCache(zone: string): (epochMs: number) => number {
  const ianaZone = IANAZone.create(zone);
  const cache = new Map<number, number>();
  return (epochMs) => {
    const slot = Math.floor(epochMs / QUARTER_HOUR_MS);
    let offset = cache.get(slot);
    if (offset === undefined) {
      offset = ianaZone.offset(slot * QUARTER_HOUR_MS);
      cache.set(slot, offset);
    }
    return offset;
  };
}

/**
 * Like {@link fromLocalParts}, for reading many rows: returns a function that turns
 * wall-clock parts in `zone` into an instant without creating a luxon object per call.
 * Returns null when the parts are not a real calendar date and time.
 */
export function localTimeReader(
  zone: string = DEFAULT_TIME_ZONE,
): (parts: LocalParts) => Date | null {
  const offsetAt = offsetMinutesCache(zone);
  return ({ year, month, day, hour, minute, second }) => {
    const wall = Date.UTC(year, month - 1, day, hour, minute, second);
    const check = new Date(wall);
    if (
      check.getUTCFullYear() !== year ||
      check.getUTCMonth() !== month - 1 ||
      check.getUTCDate() !== day ||
      check.getUTCHours() !== hour ||
      check.getUTCMinutes() !== minute ||
      check.getUTCSeconds() !== second
    ) {
      return null;
    }
    // The offset is looked up at the guessed instant, then once more at the corrected one,
    // which settles it everywhere except inside a daylight-saving gap or fold.
    const firstGuess = wall - offsetAt(wall) * 60_000;
    return new Date(wall - offsetAt(firstGuess) * 60_000);
  };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/**
 * Like {@link toZonedIso}, for formatting many instants: `2026-10-05T14:03:22+08:00`
 * (milliseconds shown only when not zero).
 */
export function zonedIsoFormatter(zone: string = DEFAULT_TIME_ZONE): (instant: Date) => string {
  const offsetAt = offsetMinutesCache(zone);
  // luxon writes `Z` for a fixed UTC zone and `+00:00` for a zone that is at UTC for now.
  const fixedUtc = DateTime.now().setZone(zone).zone.isUniversal;
  return (instant) => {
    const time = instant.getTime();
    const offset = offsetAt(time);
    const wall = new Date(time + offset * 60_000);
    const sign = offset < 0 ? "-" : "+";
    const absolute = Math.abs(offset);
    const milliseconds = wall.getUTCMilliseconds();
    return (
      `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}` +
      `T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
      (milliseconds === 0 ? "" : `.${pad(milliseconds, 3)}`) +
      (offset === 0 && fixedUtc
        ? "Z"
        : `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`)
    );
  };
}

/** A calendar day, `YYYY-MM-DD`. */
export type DayKey = `${number}-${number}-${number}`;

const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** True when the text is a real calendar day `YYYY-MM-DD`. */
export function isDayKey(text: string): text is DayKey {
  return DAY_PATTERN.test(text) && DateTime.fromISO(text, { zone: "UTC" }).isValid;
}

/** The half-open range of instants [start, end) of a calendar day in `zone`. */
export function dayRange(
  day: string,
  zone: string = DEFAULT_TIME_ZONE,
): { start: Date; end: Date } {
  const start = DateTime.fromISO(day, { zone }).startOf("day");
  if (!start.isValid) throw new RangeError(`not a calendar day: ${day}`);
  return { start: start.toJSDate(), end: start.plus({ days: 1 }).toJSDate() };
}

/** The day `count` days after `day` (before, when negative). */
export function addDays(day: string, count: number): string {
  const start = DateTime.fromISO(day, { zone: "UTC" });
  if (!start.isValid) throw new RangeError(`not a calendar day: ${day}`);
  return start.plus({ days: count }).toISODate();
}

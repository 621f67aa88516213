/**
 * The values of one call-detail row: call type, duration, start time (B2.5a import).
 * Each reader returns the value or a reason the text is not one.
 */
import { rowProblemText, type RowProblem } from "../rowProblem.js";
import type { LocalParts } from "../time.js";
import { toSimplified, valueKey } from "./text.js";

/** How the carrier classed a call: outgoing, incoming, or not connected. */
export type CallType = "in" | "out" | "missed";

/** A value read from a cell, or why it could not be read (as a code, and in English). */
export type Reading<T> =
  { ok: true; value: T } | { ok: false; problem: RowProblem; reason: string };

function ok<T>(value: T): Reading<T> {
  return { ok: true, value };
}

/** A failed reading: the problem, with its English text. */
export function fail<T>(problem: RowProblem): Reading<T> {
  return { ok: false, problem, reason: rowProblemText(problem) };
}

// Missed is tested first: carriers write "呼入未接" (incoming, not answered).
const MISSED_WORDS = [
  "未接",
  "未应答",
  "无应答",
  "漏接",
  "未通",
  "missed",
  "noanswer",
  "unanswered",
  "notanswered",
];
const SCOPE_ONLY =
  /^(本地|市话|长途|国内|国际|省内|省际|区间|漫游|国内长途|国际长途|本地通话|长途通话|漫游通话|国内漫游|国际漫游|港澳台)+(通话|通信|电话)?$/;
const OUT_WORDS = ["主叫", "呼出", "拨出", "去电", "outgoing", "outbound", "out", "mo"];
const IN_WORDS = ["被叫", "呼入", "来电", "接听", "incoming", "inbound", "in", "mt"];

// Short English words must be the whole value ("in" is inside "missing"); others may be part of it ("本地主叫").
function typeWordIn(key: string, word: string): boolean {
  return /^[a-z]{1,3}$/.test(word) ? key === word : key.includes(word);
}

/** Reads a call type: 主叫/呼出/out(going) = out, 被叫/呼入/in(coming) = in, 未接/未接通/missed = missed. */
export function readCallType(text: string): Reading<CallType> {
  const key = valueKey(text);
  if (key === "") return fail({ code: "callTypeEmpty" });
  if (MISSED_WORDS.some((word) => key.includes(word))) return ok("missed");
  const isOut = OUT_WORDS.some((word) => typeWordIn(key, word));
  const isIn = IN_WORDS.some((word) => typeWordIn(key, word));
  if (isOut && !isIn) return ok("out");
  if (isIn && !isOut) return ok("in");
  // Some exports put the call's scope (本地, 国内长途…) in the only type column: such a
  // call was connected, and its direction is unknown, read as incoming like a file
  // without a type column.
  if (SCOPE_ONLY.test(key)) return ok("in");
  return fail({ code: "callTypeUnknown", text: text.trim() });
}

const PLAIN_SECONDS = /^\d{1,9}$/;
const CLOCK = /^(?:(\d+):)?(\d+):(\d{1,2})$/;
const WORDS =
  /^(?:(\d+)\s*(?:小时|时|h|hr|hrs|hours?))?\s*(?:(\d+)\s*(?:分钟|分|m|min|mins|minutes?|'))?\s*(?:(\d+(?:\.\d+)?)\s*(?:秒钟|秒|s|sec|secs|seconds?|"))?$/;

/**
 * Reads a duration in whole seconds: `83`, `83秒`, `1分23秒`, `1時2分3秒`, `1小時2分3秒`,
 * `00:01:23`, `1:23` (minutes and seconds), `1m23s`. Fractions of a second are rounded.
 */
export function readDuration(text: string): Reading<number> {
  if (PLAIN_SECONDS.test(text)) return ok(Number(text));
  const key = toSimplified(text.normalize("NFKC")).toLowerCase().replace(/\s+/g, "");
  if (key === "") return fail({ code: "durationEmpty" });
  if (/^\d+(?:\.\d+)?$/.test(key)) return ok(Math.round(Number(key)));
  const clock = CLOCK.exec(key);
  if (clock) {
    const [, hours, minutes, seconds] = clock;
    if (Number(seconds) < 60 && (hours === undefined || Number(minutes) < 60)) {
      return ok(Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds));
    }
  }
  const words = WORDS.exec(key);
  if (words && (words[1] ?? words[2] ?? words[3]) !== undefined) {
    const [, hours, minutes, seconds] = words;
    return ok(
      Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Math.round(Number(seconds ?? 0)),
    );
  }
  return fail({ code: "durationUnreadable", text: text.trim() });
}

/** A start time as written: an instant when it carried an offset, else wall-clock parts. */
export type WrittenTime =
  | { kind: "instant"; instant: Date }
  | { kind: "local"; parts: LocalParts }
  | { kind: "time-of-day"; hour: number; minute: number; second: number }
  | { kind: "date"; year: number; month: number; day: number };

// The forms carriers use most, read without normalising the text first.
const COMMON_DATE_TIME = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const DATE_TIME =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T|\s*(?=[上下]午))(上午|下午)?\s*(\d{1,2})\s*[:时點点]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2})(?:[.,](\d+))?\s*秒?)?\s*(am|pm|上午|下午)?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})\s*(?:(\d{2})(\d{2})(\d{2})?)?$/;
const TIME_OF_DAY = /^(上午|下午)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i;

function twelveHour(hour: number, marker: string | undefined): number {
  if (marker === undefined) return hour;
  const afternoon = marker.toLowerCase() === "pm" || marker === "下午";
  if (hour === 12) return afternoon ? 12 : 0;
  return afternoon ? hour + 12 : hour;
}

function offsetMinutes(text: string): number {
  if (text.toLowerCase() === "z") return 0;
  const sign = text.startsWith("-") ? -1 : 1;
  const digits = text.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || "0"));
}

/**
 * Reads a start time: `2026-10-05 14:03:22`, `2026/10/5 14:03`, `2026年10月5日 14:03:22`,
 * `20261005140322`, ISO 8601 with or without an offset; or a lone date or time of day
 * (for exports that split them into two columns). Validity of the calendar date is checked
 * when the parts become an instant.
 */
export function readStartTime(text: string): Reading<WrittenTime> {
  const common = COMMON_DATE_TIME.exec(text);
  if (common) {
    const [, year, month, day, hour, minute, second] = common;
    return ok({
      kind: "local",
      parts: {
        year: Number(year),
        month: Number(month),
        day: Number(day),
        hour: Number(hour),
        minute: Number(minute),
        second: Number(second ?? 0),
      },
    });
  }
  const trimmed = text.trim().normalize("NFKC");
  if (trimmed === "") return fail({ code: "timeEmpty", field: "start" });
  const match = DATE_TIME.exec(trimmed);
  if (match) {
    const [, year, month, day, noon, hour, minute, second, fraction, meridiem, zone] = match;
    if (hour === undefined || minute === undefined) {
      if (zone !== undefined)
        return fail({ code: "timeOffsetWithoutTime", field: "start", text: trimmed });
      return ok({ kind: "date", year: Number(year), month: Number(month), day: Number(day) });
    }
    const parts: LocalParts = {
      year: Number(year),
      month: Number(month),
      day: Number(day),
      hour: twelveHour(Number(hour), meridiem ?? noon),
      minute: Number(minute),
      second: Number(second ?? 0),
    };
    if (zone === undefined) return ok({ kind: "local", parts });
    const wall = Date.UTC(
      parts.year,
      parts.month - 1,
      parts.day,
      parts.hour,
      parts.minute,
      parts.second,
    );
    const milliseconds = fraction === undefined ? 0 : Math.round(Number(`0.${fraction}`) * 1000);
    return ok({
      kind: "instant",
      instant: new Date(wall - offsetMinutes(zone) * 60_000 + milliseconds),
    });
  }
  const compact = COMPACT.exec(trimmed);
  if (compact) {
    const [, year, month, day, hour, minute, second] = compact;
    if (hour === undefined || minute === undefined) {
      return ok({ kind: "date", year: Number(year), month: Number(month), day: Number(day) });
    }
    return ok({
      kind: "local",
      parts: {
        year: Number(year),
        month: Number(month),
        day: Number(day),
        hour: Number(hour),
        minute: Number(minute),
        second: Number(second ?? 0),
      },
    });
  }
  const timeOfDay = TIME_OF_DAY.exec(trimmed);
  if (timeOfDay) {
    const [, noon, hour, minute, second, meridiem] = timeOfDay;
    return ok({
      kind: "time-of-day",
      hour: twelveHour(Number(hour), meridiem ?? noon),
      minute: Number(minute),
      second: Number(second ?? 0),
    });
  }
  return fail({ code: "timeUnreadable", field: "start", text: trimmed });
}

const SECONDS_PER_DAY = 86_400;
// Serial day 0 of the 1900 date system is 1899-12-30 (Excel's leap-year bug included);
// the 1904 system starts 1462 days later.
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const DAYS_1904_OFFSET = 1462;

/**
 * The wall-clock parts a spreadsheet date serial shows, to the nearest second, whatever
 * the time zone of the machine (no Date in local time is involved).
 */
export function serialToLocalParts(serial: number, date1904 = false): LocalParts {
  const days = serial + (date1904 ? DAYS_1904_OFFSET : 0);
  const wall = new Date(EPOCH_1900_MS + Math.round(days * SECONDS_PER_DAY) * 1000);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
  };
}

/** Whole seconds of a spreadsheet time serial (a fraction of a day), e.g. 00:01:23. */
export function serialToSeconds(serial: number): number {
  return Math.round(serial * SECONDS_PER_DAY);
}

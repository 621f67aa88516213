import { describe, expect, it } from "vitest";
import { readCallType, readDuration, readStartTime, serialToLocalParts } from "./values.js";

describe("B2.5a import: durations in every carrier format", () => {
  it.each([
    ["plain seconds", "83", 83],
    ["seconds with a fraction", "83.4", 83],
    ["zero seconds", "0", 0],
    ["seconds with 秒", "83秒", 83],
    ["minutes and seconds", "1分23秒", 83],
    ["minutes only", "2分", 120],
    ["minutes with 分钟", "2分钟", 120],
    ["traditional hours 時", "1時2分3秒", 3723],
    ["traditional hours 小時", "1小時2分3秒", 3723],
    ["simplified hours 时", "1时2分3秒", 3723],
    ["simplified hours 小时", "1小时2分3秒", 3723],
    ["hh:mm:ss", "00:01:23", 83],
    ["h:mm:ss", "1:02:03", 3723],
    ["m:ss", "1:23", 83],
    ["English units", "1m 23s", 83],
    ["spaces around", " 83 秒 ", 83],
  ])("%s: %s → %i s", (_case, text, seconds) => {
    expect(readDuration(text)).toEqual({ ok: true, value: seconds });
  });

  it.each([
    ["empty", "", "duration is empty"],
    ["words", "abc", 'duration "abc" is not seconds'],
    ["seconds above 59 on a clock", "1:75", 'duration "1:75"'],
    ["negative", "-5", 'duration "-5"'],
  ])("refuses %s with a reason", (_case, text, reason) => {
    const reading = readDuration(text);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.reason).toContain(reason);
  });
});

describe("B2.5a import: start times in every carrier format", () => {
  const local = (
    year: number,
    month: number,
    day: number,
    hour: number,
    minute: number,
    second: number,
  ) => ({
    ok: true,
    value: { kind: "local", parts: { year, month, day, hour, minute, second } },
  });
  it.each([
    ["dashes with seconds", "2026-10-05 14:03:22", local(2026, 10, 5, 14, 3, 22)],
    ["slashes without seconds or leading zeros", "2026/10/5 14:03", local(2026, 10, 5, 14, 3, 0)],
    ["slashes with seconds", "2026/10/05 4:03:22", local(2026, 10, 5, 4, 3, 22)],
    ["dots", "2026.10.05 14:03:22", local(2026, 10, 5, 14, 3, 22)],
    ["Chinese date", "2026年10月5日 14:03:22", local(2026, 10, 5, 14, 3, 22)],
    ["Chinese afternoon", "2026/10/5 下午2:03:22", local(2026, 10, 5, 14, 3, 22)],
    ["English PM", "2026/10/5 2:03:22 PM", local(2026, 10, 5, 14, 3, 22)],
    ["naive ISO", "2026-10-05T14:03:22", local(2026, 10, 5, 14, 3, 22)],
    ["compact digits", "20261005140322", local(2026, 10, 5, 14, 3, 22)],
  ])("%s: %s", (_case, text, expected) => {
    expect(readStartTime(text)).toEqual(expected);
  });

  it.each([
    ["ISO with offset", "2026-10-05T14:03:22+08:00", "2026-10-05T06:03:22.000Z"],
    ["ISO with compact offset", "2026-10-05T14:03:22+0800", "2026-10-05T06:03:22.000Z"],
    ["ISO in UTC", "2026-10-05T06:03:22Z", "2026-10-05T06:03:22.000Z"],
    ["ISO with milliseconds", "2026-10-05T06:03:22.5Z", "2026-10-05T06:03:22.500Z"],
    ["ISO with a negative offset", "2026-10-05T01:03:22-05:00", "2026-10-05T06:03:22.000Z"],
  ])("%s: %s is an instant", (_case, text, iso) => {
    const reading = readStartTime(text);
    expect(
      reading.ok && reading.value.kind === "instant"
        ? reading.value.instant.toISOString()
        : reading,
    ).toBe(iso);
  });

  it("reads a lone date and a lone time of day (exports with split columns)", () => {
    expect(readStartTime("2026-10-05")).toEqual({
      ok: true,
      value: { kind: "date", year: 2026, month: 10, day: 5 },
    });
    expect(readStartTime("14:03:22")).toEqual({
      ok: true,
      value: { kind: "time-of-day", hour: 14, minute: 3, second: 22 },
    });
  });

  it.each([
    ["empty", ""],
    ["words", "yesterday"],
    ["half a date", "2026-10"],
  ])("refuses %s", (_case, text) => {
    expect(readStartTime(text).ok).toBe(false);
  });

  it("turns spreadsheet serials into the wall-clock time they show, in either date system", () => {
    expect(serialToLocalParts(46300.5 + 3 / 86400)).toEqual({
      year: 2026,
      month: 10,
      day: 5,
      hour: 12,
      minute: 0,
      second: 3,
    });
    expect(serialToLocalParts(46300.5 - 1462, true)).toEqual(serialToLocalParts(46300.5));
  });
});

describe("B2.5a import: call types", () => {
  it.each([
    ["主叫", "out"],
    ["呼出", "out"],
    ["本地主叫", "out"],
    ["out", "out"],
    ["Outgoing", "out"],
    ["被叫", "in"],
    ["呼入", "in"],
    ["In", "in"],
    ["incoming", "in"],
    ["未接", "missed"],
    ["未接通", "missed"],
    ["呼入未接", "missed"],
    ["Missed", "missed"],
  ])("%s → %s", (text, type) => {
    expect(readCallType(text)).toEqual({ ok: true, value: type });
  });

  it.each([
    ["本地通話", "in"],
    ["国内长途", "in"],
  ])("a scope without direction (%s) is a connected call read as incoming", (text, type) => {
    expect(readCallType(text)).toEqual({ ok: true, value: type });
  });

  it.each([["呼轉"], [""], ["inout"]])("refuses %j", (text) => {
    expect(readCallType(text).ok).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import {
  addDays,
  dayOf,
  dayRange,
  isDayKey,
  fromLocalParts,
  isMonthKey,
  localTimeReader,
  monthOf,
  monthRange,
  previousMonth,
  toZonedIso,
  zonedIsoFormatter,
} from "./time.js";

describe("time in the estate's zone", () => {
  it.each([
    ["2026-10-31T15:59:59Z", "2026-10"],
    ["2026-10-31T16:00:00Z", "2026-11"],
    ["2026-10-31T20:00:00Z", "2026-11"],
    ["2026-09-30T16:00:00Z", "2026-10"],
  ])("%s belongs to %s in Asia/Shanghai", (iso, month) => {
    expect(monthOf(new Date(iso))).toBe(month);
  });

  it("gives the month's range as instants", () => {
    const { start, end } = monthRange("2026-10");
    expect(start.toISOString()).toBe("2026-09-30T16:00:00.000Z");
    expect(end.toISOString()).toBe("2026-10-31T16:00:00.000Z");
  });

  it("reads wall-clock parts as Shanghai time and refuses impossible dates", () => {
    expect(
      fromLocalParts({
        year: 2026,
        month: 10,
        day: 5,
        hour: 14,
        minute: 3,
        second: 22,
      })?.toISOString(),
    ).toBe("2026-10-05T06:03:22.000Z");
    expect(fromLocalParts({ year: 2026, month: 2, day: 30 })).toBeNull();
  });

  it("formats with the offset, buckets days and steps months", () => {
    expect(toZonedIso(new Date("2026-10-05T06:03:22Z"))).toBe("2026-10-05T14:03:22+08:00");
    expect(dayOf(new Date("2026-10-04T16:30:00Z"))).toBe("2026-10-05");
    expect(previousMonth("2026-01")).toBe("2025-12");
    expect(isMonthKey("2026-13")).toBe(false);
    expect(isMonthKey("2026-09")).toBe(true);
  });
});

describe("fast readers and writers of many rows agree with luxon", () => {
  const read = localTimeReader("Asia/Shanghai");
  it.each([
    ["an afternoon", { year: 2026, month: 10, day: 5, hour: 14, minute: 3, second: 22 }],
    ["just after midnight", { year: 2026, month: 11, day: 1, hour: 0, minute: 0, second: 1 }],
    ["new year's eve", { year: 2026, month: 12, day: 31, hour: 23, minute: 59, second: 59 }],
  ])("reads %s like fromLocalParts", (_case, parts) => {
    expect(read(parts)).toEqual(fromLocalParts(parts));
  });

  it.each([
    ["not a day of the month", { year: 2026, month: 2, day: 30, hour: 0, minute: 0, second: 0 }],
    ["hour 24", { year: 2026, month: 2, day: 3, hour: 24, minute: 0, second: 0 }],
    ["minute 60", { year: 2026, month: 2, day: 3, hour: 1, minute: 60, second: 0 }],
  ])("refuses %s", (_case, parts) => {
    expect(read(parts)).toBeNull();
  });

  it.each([
    ["Asia/Shanghai", "2026-10-05T06:03:22Z"],
    ["America/New_York", "2026-03-08T07:30:00Z"],
    ["America/New_York", "2026-11-01T05:30:00Z"],
    ["Europe/London", "2026-01-05T06:03:22Z"],
    ["UTC", "2026-01-05T06:03:22Z"],
    ["Asia/Kolkata", "2026-01-05T06:03:22.250Z"],
  ])("formats in %s like toZonedIso: %s", (zone, iso) => {
    const instant = new Date(iso);
    expect(zonedIsoFormatter(zone)(instant)).toBe(toZonedIso(instant, zone));
  });

  it("reads wall-clock times on both sides of a daylight-saving change", () => {
    const newYork = localTimeReader("America/New_York");
    const parts = { year: 2026, month: 3, day: 8, hour: 1, minute: 30, second: 0 };
    expect(newYork(parts)).toEqual(fromLocalParts(parts, "America/New_York"));
    const after = { year: 2026, month: 3, day: 8, hour: 3, minute: 30, second: 0 };
    expect(newYork(after)).toEqual(fromLocalParts(after, "America/New_York"));
  });
});

describe("calendar days in the estate's zone", () => {
  it.each([
    ["2026-10-05", true],
    ["2026-02-29", false],
    ["2028-02-29", true],
    ["2026-13-01", false],
    ["2026-10-5", false],
    ["", false],
  ])("%s is a day key: %s", (text, expected) => {
    expect(isDayKey(text)).toBe(expected);
  });

  it("gives the day's range as instants in Asia/Shanghai", () => {
    const { start, end } = dayRange("2026-10-05");
    expect(start.toISOString()).toBe("2026-10-04T16:00:00.000Z");
    expect(end.toISOString()).toBe("2026-10-05T16:00:00.000Z");
  });

  it("refuses a range of text that is no day", () => {
    expect(() => dayRange("2026-02-30")).toThrow(/not a calendar day/);
  });

  it.each([
    ["2026-10-31", 1, "2026-11-01"],
    ["2026-03-01", -1, "2026-02-28"],
    ["2026-12-31", 1, "2027-01-01"],
  ])("%s plus %i day(s) is %s", (day, count, expected) => {
    expect(addDays(day, count)).toBe(expected);
  });
});

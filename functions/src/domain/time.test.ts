import { describe, expect, it } from "vitest";
import {
  dayOf,
  fromLocalParts,
  isMonthKey,
  monthOf,
  monthRange,
  previousMonth,
  toZonedIso,
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

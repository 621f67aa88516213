import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./format.js";

describe("household page: dates in the estate's time zone", () => {
  it.each([
    [
      "Asia/Shanghai: 16:30 UTC is already the next day",
      "2026-06-30T16:30:00Z",
      "Asia/Shanghai",
      "Jul 1, 2026",
    ],
    ["Europe/London: still the same day", "2026-06-30T16:30:00Z", "Europe/London", "Jun 30, 2026"],
  ])("%s", (_case, iso, zone, expected) => {
    expect(formatDate(new Date(iso), "en", zone)).toBe(expected);
  });

  it("date and time carry the estate's clock time", () => {
    expect(formatDateTime(new Date("2026-06-30T16:30:00Z"), "en", "Asia/Shanghai")).toContain(
      "12:30",
    );
  });
});

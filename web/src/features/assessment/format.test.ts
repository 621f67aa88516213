import { describe, expect, it } from "vitest";
import { localTime, ruleLanguage, ruleOf, signed } from "./format.js";

describe("assessment display helpers", () => {
  it.each([
    { points: 100, text: "+100" },
    { points: -20, text: "-20" },
    { points: 0, text: "0" },
  ])("B2 points $points → $text", ({ points, text }) => {
    expect(signed(points)).toBe(text);
  });

  it("SPEC §8 times in the estate's zone", () => {
    expect(localTime(new Date("2026-10-31T20:00:00Z"), "Asia/Shanghai")).toBe("2026-11-01 04:00");
  });

  it("B2.10 rule of the month, described in the reader's language", () => {
    expect(ruleOf("2026-10", "B2.10")?.baselinePercent).toBe(25);
    expect(ruleLanguage("en")).toBe("en");
    expect(ruleLanguage("fr")).toBe("zh-Hant");
  });
});

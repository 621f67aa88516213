import { describe, expect, it } from "vitest";
import { ArrearsError, arrearsLine, arrearsRateText, wholePointsBelowBaseline } from "./arrears.js";

describe("B2.10 arrears rate against the 25% baseline", () => {
  it.each([
    // clause, chargeable, in arrears, rate shown, whole points below, points
    ["B2.10 24.0%", 1000, 240, "24.0%", 1, 1000],
    ["B2.10 25.0%", 1000, 250, "25.0%", 0, 0],
    ["B2.10 25.9%", 1000, 259, "25.9%", 0, 0],
    ["B2.10 26.0%", 1000, 260, "26.0%", -1, -1000],
    ["B2.10 27.6%", 1000, 276, "27.6%", -2, -2000],
    ["B2.10 22.3%", 1000, 223, "22.3%", 2, 2000],
    ["B2.10 29 of 100 is 4 points above, not 3", 100, 29, "29.0%", -4, -4000],
    ["B2.10 7 of 25 (28%)", 25, 7, "28.0%", -3, -3000],
    ["B2.10 57 of 200 (28.5%)", 200, 57, "28.5%", -3, -3000],
    ["B2.10 1 of 3 (33.3%)", 3, 1, "33.3%", -8, -8000],
    ["B2.10 nobody in arrears", 40, 0, "0.0%", 25, 25000],
    ["B2.10 everybody in arrears", 40, 40, "100.0%", -75, -75000],
    ["B2.10 24.99% (just below)", 10000, 2499, "24.9%", 0, 0],
  ] as const)("%s", (_clause, chargeable, inArrears, rateText, below, points) => {
    expect(wholePointsBelowBaseline({ chargeable, inArrears }, 25)).toBe(below);
    expect(arrearsRateText({ chargeable, inArrears })).toBe(rateText);
    expect(arrearsLine({ chargeable, inArrears }, 25, -1000)).toEqual({
      chargeable,
      inArrears,
      baselinePercent: 25,
      rateText,
      wholePointsBelowBaseline: below,
      points,
    });
  });

  it("B2.10 with no chargeable household gives no line", () => {
    expect(arrearsLine({ chargeable: 0, inArrears: 0 }, 25, -1000)).toBeNull();
    expect(wholePointsBelowBaseline({ chargeable: 0, inArrears: 0 }, 25)).toBeNull();
  });

  it("B2.10 never gives negative zero", () => {
    expect(Object.is(arrearsLine({ chargeable: 1000, inArrears: 259 }, 25, -1000)?.points, 0)).toBe(
      true,
    );
  });

  it("B2.10 follows the baseline and points of the catalogue version", () => {
    expect(arrearsLine({ chargeable: 100, inArrears: 29 }, 20, -500)?.points).toBe(-4500);
  });

  it.each([
    [{ chargeable: 10, inArrears: 11 }, "cannot exceed"],
    [{ chargeable: 10.5, inArrears: 1 }, "chargeable"],
    [{ chargeable: 10, inArrears: -1 }, "inArrears"],
  ])("B2.10 refuses %j", (count, message) => {
    expect(() => arrearsLine(count, 25, -1000)).toThrow(ArrearsError);
    expect(() => arrearsLine(count, 25, -1000)).toThrow(message);
  });
});

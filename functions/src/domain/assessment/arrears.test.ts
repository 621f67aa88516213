import { describe, expect, it } from "vitest";
import {
  ArrearsError,
  arrearsLine,
  arrearsRateText,
  fenText,
  householdsInArrears,
  wholePointsBelowBaseline,
} from "./arrears.js";
import { feeBillId } from "../schema/feeBill.js";
import { arrearsTicketId } from "../schema/arrearsReminder.js";

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

describe("B2.10 households in arrears at a month's end", () => {
  const bill = (household: string, period: string, arrearsFen: number) => ({
    household,
    householdId: household === "3-2-501" ? "h-501" : null,
    period,
    arrearsFen,
  });

  it("B2.10 sums each household's unpaid periods in fen, most owed first", () => {
    expect(
      householdsInArrears([
        bill("1-1-101", "2026-10", 8800),
        bill("3-2-501", "2026-10", 12050),
        bill("3-2-501", "2026-09", 12050),
        bill("2-1-202", "2026-10", 0),
        bill("1-1-102", "2026-10", 8800),
      ]),
    ).toEqual([
      {
        household: "3-2-501",
        householdId: "h-501",
        owedFen: 24100,
        periods: ["2026-09", "2026-10"],
      },
      { household: "1-1-101", householdId: null, owedFen: 8800, periods: ["2026-10"] },
      { household: "1-1-102", householdId: null, owedFen: 8800, periods: ["2026-10"] },
    ]);
  });

  it("B2.10 sums without floating-point error (0.10 + 0.20 yuan is 0.30)", () => {
    const [only] = householdsInArrears([
      bill("1-1-101", "2026-09", 10),
      bill("1-1-101", "2026-10", 20),
    ]);
    expect(only?.owedFen).toBe(30);
    expect(fenText(only?.owedFen ?? 0)).toBe("0.30");
  });

  it.each([
    [0, "0.00"],
    [5, "0.05"],
    [123456, "1,234.56"],
    [100000000, "1,000,000.00"],
    [-8800, "-88.00"],
  ])("B2.10 fenText(%i) is %s", (fen, text) => {
    expect(fenText(fen)).toBe(text);
  });
});

describe("B2.10 deterministic ids of bills and reminder tickets", () => {
  it.each([
    ["plain label", "3-2-501", "2026-10_2026-09_3-2-501"],
    ["a slash never reaches the id", "3/2/501", "2026-10_2026-09_3_2f_2_2f_501"],
    ["Chinese text", "3棟501", "2026-10_2026-09_3_68df_501"],
  ])("B2.10 bill id: %s", (_case, household, id) => {
    expect(feeBillId("2026-10", "2026-09", household)).toBe(id);
  });

  it("B2.10 different households never share an id", () => {
    expect(feeBillId("2026-10", "2026-10", "3_2f_")).not.toBe(
      feeBillId("2026-10", "2026-10", "3/"),
    );
  });

  it("B2.8 one reminder ticket per household and month", () => {
    expect(arrearsTicketId("2026-10", "3-2-501")).toBe("arrears_2026-10_3-2-501");
    expect(arrearsTicketId("2026-10", "3-2-501")).not.toBe(arrearsTicketId("2026-11", "3-2-501"));
  });
});

/**
 * B2.10 (按時為業主繳納物業費提供服務): the month's arrears rate (欠繳率) against the baseline,
 * in whole percentage points, computed in integer arithmetic so that 29 of 100 households is
 * exactly 4 points above 25%, never 3.99….
 */
import { z } from "zod";

/** Households of one team's estate in one month: chargeable, and in arrears at month end. */
export interface ArrearsCount {
  chargeable: number;
  inArrears: number;
}

/** Validates an arrears count: whole, non-negative households, no more in arrears than chargeable. */
export const arrearsCountSchema = z
  .object({
    chargeable: z.number().int().nonnegative(),
    inArrears: z.number().int().nonnegative(),
  })
  .refine((count) => count.inArrears <= count.chargeable, {
    error: "inArrears cannot exceed chargeable",
    path: ["inArrears"],
  });

/** The B2.10 line of a team: the rate shown with its baseline, and the points. */
export interface ArrearsLine extends ArrearsCount {
  baselinePercent: number;
  /** The rate for display, truncated to one decimal, e.g. `27.6%`. */
  rateText: string;
  /** Whole percentage points below the baseline (negative when above), truncated toward zero. */
  wholePointsBelowBaseline: number;
  points: number;
}

/** Thrown for counts that are not whole households or have more in arrears than chargeable. */
export class ArrearsError extends Error {
  override name = "ArrearsError";
}

function checkCount(count: ArrearsCount): void {
  const parsed = arrearsCountSchema.safeParse(count);
  if (!parsed.success) {
    throw new ArrearsError(
      `invalid arrears count ${JSON.stringify(count)}: ${parsed.error.issues.map((issue) => issue.message).join("; ")}`,
    );
  }
}

/** Integer division truncated toward zero, exact for integers below 2^53. */
function truncatedQuotient(dividend: number, divisor: number): number {
  const remainder = dividend % divisor;
  // `+ 0` turns -0 into 0 so a result of "no points" is never negative zero.
  return (dividend - remainder) / divisor + 0;
}

/**
 * Whole percentage points by which the arrears rate is below the baseline (negative when above),
 * truncated toward zero: trunc((baseline·chargeable − 100·inArrears) / chargeable).
 * Null when no household is chargeable (there is no rate).
 */
export function wholePointsBelowBaseline(
  count: ArrearsCount,
  baselinePercent: number,
): number | null {
  checkCount(count);
  if (count.chargeable === 0) return null;
  return truncatedQuotient(
    baselinePercent * count.chargeable - 100 * count.inArrears,
    count.chargeable,
  );
}

/**
 * The arrears rate in percent truncated to one decimal, as text (`27.6%`); truncated like the
 * points, so the rate shown never suggests a whole point the score did not count.
 * Null when no household is chargeable.
 */
export function arrearsRateText(count: ArrearsCount): string | null {
  checkCount(count);
  if (count.chargeable === 0) return null;
  const tenths = truncatedQuotient(1000 * count.inArrears, count.chargeable);
  return `${Math.floor(tenths / 10)}.${tenths % 10}%`;
}

/**
 * The B2.10 line: each whole percentage point above the baseline costs `pointsPerWholePointAbove`
 * (−1000 in the seed), each whole point below earns the opposite. Null when nothing is chargeable.
 */
export function arrearsLine(
  count: ArrearsCount,
  baselinePercent: number,
  pointsPerWholePointAbove: number,
): ArrearsLine | null {
  const below = wholePointsBelowBaseline(count, baselinePercent);
  const rateText = arrearsRateText(count);
  if (below === null || rateText === null) return null;
  return {
    chargeable: count.chargeable,
    inArrears: count.inArrears,
    baselinePercent,
    rateText,
    wholePointsBelowBaseline: below,
    points: -below * pointsPerWholePointAbove + 0,
  };
}

/** One household's part of a bill: enough to list the households in arrears. */
export interface BillArrears {
  household: string;
  householdId: string | null;
  period: string;
  arrearsFen: number;
}

/** A household in arrears at a month's end: what it owes in all, for which billing periods. */
export interface HouseholdArrears {
  household: string;
  householdId: string | null;
  owedFen: number;
  /** The billing periods not fully paid, oldest first. */
  periods: string[];
}

/**
 * The households in arrears among a month's bills (B2.10): each household once, with the sum it
 * owes over its unpaid billing periods, most owed first (then by household).
 */
export function householdsInArrears(bills: readonly BillArrears[]): HouseholdArrears[] {
  const byHousehold = new Map<string, HouseholdArrears>();
  for (const bill of bills) {
    if (bill.arrearsFen <= 0) continue;
    const entry = byHousehold.get(bill.household) ?? {
      household: bill.household,
      householdId: bill.householdId,
      owedFen: 0,
      periods: [],
    };
    entry.owedFen += bill.arrearsFen;
    entry.periods.push(bill.period);
    entry.householdId ??= bill.householdId;
    byHousehold.set(bill.household, entry);
  }
  return [...byHousehold.values()]
    .map((entry) => ({ ...entry, periods: [...entry.periods].sort() }))
    .sort(
      (a, b) =>
        b.owedFen - a.owedFen ||
        (a.household < b.household ? -1 : a.household > b.household ? 1 : 0),
    );
}

/** An amount in fen as yuan with two decimals and thousands separators: 123456 → `1,234.56`. */
export function fenText(fen: number): string {
  const sign = fen < 0 ? "-" : "";
  const whole = Math.abs(fen);
  const yuan = String(Math.trunc(whole / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${yuan}.${String(whole % 100).padStart(2, "0")}`;
}

/**
 * Rates of the closure loop (visit coverage, promise keeping) as exact fractions: the
 * numerator and denominator are kept, so a screen can show "45 / 60" and nothing is lost to
 * floating point; the rounded figures are computed on integers by {@link roundedRatio}.
 */
import { roundedRatio } from "../survey/surveyStatistics.js";

/** An exact fraction with its rounded forms. */
export interface ExactRate {
  numerator: number;
  denominator: number;
  /** The fraction rounded half-up to 4 decimals, e.g. 0.6667. */
  value: number;
  /** The percentage with one decimal, e.g. `66.7%`. */
  display: string;
}

/** `numerator ÷ denominator` as an {@link ExactRate}; null when the denominator is 0. */
export function exactRate(numerator: number, denominator: number): ExactRate | null {
  const value = roundedRatio(numerator, denominator, 4);
  const percent = roundedRatio(numerator * 100, denominator, 1);
  if (value === null || percent === null) return null;
  return { numerator, denominator, value, display: `${percent.toFixed(1)}%` };
}

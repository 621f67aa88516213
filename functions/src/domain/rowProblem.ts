/**
 * Why a row of an imported file was refused (SPEC §4 "a bad row is reported with its line number
 * and the reason"), as a code with its parameters, shared by the carrier call import (B2.5a)
 * and the fee import (B2.10). The web translates the code into the screen's language; the
 * command line prints {@link rowProblemText}, the English text.
 */
import { z } from "zod";

/** Which cell a problem is about, where the same problem fits several. */
export type RowField = "start" | "date" | "due" | "paid";

/** Every reason a row can be refused for, with what each needs to be told. */
export type RowProblem =
  | { code: "callTypeEmpty" }
  | { code: "callTypeUnknown"; text: string }
  | { code: "durationEmpty" }
  | { code: "durationUnreadable"; text: string }
  | { code: "durationNegative"; text: string }
  | { code: "timeEmpty"; field: "start" | "date" }
  | { code: "timeUnreadable"; field: "start" | "date"; text: string }
  | { code: "timeSerialInvalid"; field: "start" | "date"; text: string }
  | { code: "timeOffsetWithoutTime"; field: "start" | "date"; text: string }
  | { code: "startWithoutTimeOfDay"; text: string }
  | { code: "startWithoutDate"; text: string }
  /** A time of day whose date cell could not be read: `cause` says why. */
  | { code: "startWithBadDate"; text: string; cause: RowProblem }
  | { code: "startNotReal"; text: string }
  | { code: "numberEmpty" }
  | { code: "numberWithoutDigits"; text: string }
  | { code: "duplicateCall"; firstRow: number }
  | { code: "householdMissing" }
  | { code: "periodNotMonth"; text: string }
  | { code: "amountUnreadable"; field: "due" | "paid"; text: string }
  | { code: "amountNegative"; field: "due" | "paid" }
  | { code: "duplicateBill"; household: string; period: string; firstRow: number };

/** Every code, for the translations' completeness test. */
export const rowProblemCodes = [
  "callTypeEmpty",
  "callTypeUnknown",
  "durationEmpty",
  "durationUnreadable",
  "durationNegative",
  "timeEmpty",
  "timeUnreadable",
  "timeSerialInvalid",
  "timeOffsetWithoutTime",
  "startWithoutTimeOfDay",
  "startWithoutDate",
  "startWithBadDate",
  "startNotReal",
  "numberEmpty",
  "numberWithoutDigits",
  "duplicateCall",
  "householdMissing",
  "periodNotMonth",
  "amountUnreadable",
  "amountNegative",
  "duplicateBill",
] as const satisfies readonly RowProblem["code"][];

/** A refused row: its number as a person sees it, why (codes), and the English text of why. */
export interface RowError {
  row: number;
  /** The English reason (what the command line prints): the problems' texts joined by "; ". */
  reason: string;
  problems: RowProblem[];
}

const FIELD_NAMES: Readonly<Record<RowField, string>> = {
  start: "start time",
  date: "date",
  due: "amount due",
  paid: "paid",
};

/** The English text of a problem. */
export function rowProblemText(problem: RowProblem): string {
  switch (problem.code) {
    case "callTypeEmpty":
      return "call type is empty";
    case "callTypeUnknown":
      return `call type "${problem.text}" is not one of 主叫/呼出/out, 被叫/呼入/in, 未接/missed`;
    case "durationEmpty":
      return "duration is empty";
    case "durationUnreadable":
      return `duration "${problem.text}" is not seconds, 1分23秒, 1時2分3秒 or 00:01:23`;
    case "durationNegative":
      return `duration ${problem.text} is negative`;
    case "timeEmpty":
      return `${FIELD_NAMES[problem.field]} is empty`;
    case "timeUnreadable":
      return `${FIELD_NAMES[problem.field]} "${problem.text}" is not a date and time such as 2026-10-05 14:03:22`;
    case "timeSerialInvalid":
      return `${FIELD_NAMES[problem.field]} ${problem.text} is not a date and time`;
    case "timeOffsetWithoutTime":
      return `${FIELD_NAMES[problem.field]} "${problem.text}" has an offset but no time`;
    case "startWithoutTimeOfDay":
      return `start time "${problem.text}" has no time of day`;
    case "startWithoutDate":
      return `start time "${problem.text}" is a time of day and it has no date (no date column)`;
    case "startWithBadDate":
      return `start time "${problem.text}" is a time of day and ${rowProblemText(problem.cause)}`;
    case "startNotReal":
      return `start time "${problem.text}" is not a real date and time`;
    case "numberEmpty":
      return "other party number is empty";
    case "numberWithoutDigits":
      return `other party number "${problem.text}" has no digits`;
    case "duplicateCall":
      return `the same call as row ${String(problem.firstRow)} (duplicate)`;
    case "householdMissing":
      return "the household is missing";
    case "periodNotMonth":
      return `the billing period ${JSON.stringify(problem.text)} is not a month`;
    case "amountUnreadable":
      return `${FIELD_NAMES[problem.field]} ${JSON.stringify(problem.text)} is not an amount`;
    case "amountNegative":
      return `${FIELD_NAMES[problem.field]} is negative`;
    case "duplicateBill":
      return `household ${problem.household} already has a bill for ${problem.period} at row ${String(problem.firstRow)}`;
  }
}

/** A refused row with its problems and their English text. */
export function rowError(row: number, problems: readonly RowProblem[]): RowError {
  return { row, reason: problems.map(rowProblemText).join("; "), problems: [...problems] };
}

/** Whether a stored value is a row problem: a known code, and parameters that are text, numbers or a cause. */
export function isRowProblem(value: unknown): value is RowProblem {
  if (typeof value !== "object" || value === null || !("code" in value)) return false;
  if (!(rowProblemCodes as readonly unknown[]).includes(value.code)) return false;
  return Object.entries(value).every(([key, parameter]) =>
    key === "cause"
      ? isRowProblem(parameter)
      : typeof parameter === "string" || typeof parameter === "number",
  );
}

/** Validates a stored row problem. */
export const rowProblemSchema = z.custom<RowProblem>(isRowProblem, "must be a row problem");

/**
 * A refused row's reason in the screen's language (SPEC §4): the domain gives each problem as a
 * code with parameters (`domain/rowProblem.ts`), shared by the carrier call and the fee import;
 * here each becomes the `calls.summary.problems.<code>` text, the field it concerns translated
 * too. Rows stored before the codes existed keep their English reason.
 */
import type { TFunction } from "i18next";
import type { RowProblem } from "@domain/rowProblem.js";

/** One problem in the screen's language. */
export function rowProblemText(t: TFunction, problem: RowProblem): string {
  const values: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(problem)) {
    if (typeof value === "string" || typeof value === "number") values[key] = value;
  }
  if ("field" in problem) values.field = t(`calls.summary.fields.${problem.field}`);
  if (problem.code === "startWithBadDate") values.cause = rowProblemText(t, problem.cause);
  return t(`calls.summary.problems.${problem.code}`, values);
}

/** A row's reason: its problems translated, or the stored English reason when it has none. */
export function rowReasonText(
  t: TFunction,
  error: { readonly reason: string; readonly problems?: readonly RowProblem[] },
): string {
  if (error.problems === undefined || error.problems.length === 0) return error.reason;
  return error.problems
    .map((problem) => rowProblemText(t, problem))
    .join(t("calls.summary.separator"));
}

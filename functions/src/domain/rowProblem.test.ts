import { describe, expect, it } from "vitest";
import {
  isRowProblem,
  rowError,
  rowProblemCodes,
  rowProblemText,
  type RowProblem,
} from "./rowProblem.js";

describe("SPEC §4 bad-row reasons: codes for the screen, the command line's English text", () => {
  const table: [RowProblem, string][] = [
    [{ code: "callTypeEmpty" }, "call type is empty"],
    [
      { code: "callTypeUnknown", text: "呼转" },
      'call type "呼转" is not one of 主叫/呼出/out, 被叫/呼入/in, 未接/missed',
    ],
    [{ code: "durationEmpty" }, "duration is empty"],
    [
      { code: "durationUnreadable", text: "abc" },
      'duration "abc" is not seconds, 1分23秒, 1時2分3秒 or 00:01:23',
    ],
    [{ code: "durationNegative", text: "-3" }, "duration -3 is negative"],
    [{ code: "timeEmpty", field: "start" }, "start time is empty"],
    [{ code: "timeEmpty", field: "date" }, "date is empty"],
    [
      { code: "timeUnreadable", field: "start", text: "yesterday" },
      'start time "yesterday" is not a date and time such as 2026-10-05 14:03:22',
    ],
    [
      { code: "timeSerialInvalid", field: "start", text: "-1" },
      "start time -1 is not a date and time",
    ],
    [
      { code: "timeOffsetWithoutTime", field: "date", text: "2026-10-05+08:00" },
      'date "2026-10-05+08:00" has an offset but no time',
    ],
    [
      { code: "startWithoutTimeOfDay", text: "2026-10-05" },
      'start time "2026-10-05" has no time of day',
    ],
    [
      { code: "startWithoutDate", text: "14:03" },
      'start time "14:03" is a time of day and it has no date (no date column)',
    ],
    [
      {
        code: "startWithBadDate",
        text: "14:03",
        cause: { code: "timeUnreadable", field: "date", text: "昨天" },
      },
      'start time "14:03" is a time of day and date "昨天" is not a date and time such as 2026-10-05 14:03:22',
    ],
    [
      { code: "startNotReal", text: "2026-02-30 10:00" },
      'start time "2026-02-30 10:00" is not a real date and time',
    ],
    [{ code: "numberEmpty" }, "other party number is empty"],
    [{ code: "numberWithoutDigits", text: "無" }, 'other party number "無" has no digits'],
    [{ code: "duplicateCall", firstRow: 2 }, "the same call as row 2 (duplicate)"],
    [{ code: "householdMissing" }, "the household is missing"],
    [{ code: "periodNotMonth", text: "十月" }, 'the billing period "十月" is not a month'],
    [{ code: "amountUnreadable", field: "due", text: "abc" }, 'amount due "abc" is not an amount'],
    [{ code: "amountNegative", field: "paid" }, "paid is negative"],
    [
      { code: "duplicateBill", household: "1-1-101", period: "2026-10", firstRow: 3 },
      "household 1-1-101 already has a bill for 2026-10 at row 3",
    ],
  ];

  it.each(table)("%j reads %s", (problem, text) => {
    expect(rowProblemText(problem)).toBe(text);
  });

  it("every code has a row in the table above", () => {
    expect(new Set(table.map(([problem]) => problem.code))).toEqual(new Set(rowProblemCodes));
  });

  it("a row's reason joins its problems' texts with '; '", () => {
    expect(
      rowError(7, [
        { code: "amountUnreadable", field: "due", text: "abc" },
        { code: "amountNegative", field: "paid" },
      ]),
    ).toEqual({
      row: 7,
      reason: 'amount due "abc" is not an amount; paid is negative',
      problems: [
        { code: "amountUnreadable", field: "due", text: "abc" },
        { code: "amountNegative", field: "paid" },
      ],
    });
  });
});

describe("stored row problems", () => {
  it.each([
    [{ code: "householdMissing" }, true],
    [{ code: "duplicateCall", firstRow: 2 }, true],
    [
      { code: "startWithBadDate", text: "14:03", cause: { code: "timeEmpty", field: "date" } },
      true,
    ],
    [{ code: "startWithBadDate", text: "14:03", cause: { code: "nope" } }, false],
    [{ code: "somethingElse" }, false],
    [{ code: "periodNotMonth", text: { nested: true } }, false],
    [null, false],
  ])("%j is a row problem: %s", (value, expected) => {
    expect(isRowProblem(value)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import {
  dailyLogDeadline,
  dueDailyLogFindings,
  receptionsServed,
  rosteredWorkingDays,
} from "./dailyLog.js";
import type { DailyLog } from "./schema/dailyLog.js";

const at = (text: string) => new Date(`${text}+08:00`);
const ZONE = "Asia/Shanghai";
const settings = { dailyLogDueDays: 1, dailyLogDueTime: "12:00" };

const shifts = [
  { staffId: "cs-lin", start: at("2026-10-05T08:00:00") },
  { staffId: "cs-lin", start: at("2026-10-05T14:00:00") },
  // Overnight: starts on the 5th at 20:00, ends on the 6th: a working day of the 5th.
  { staffId: "cs-chen", start: at("2026-10-05T20:00:00") },
  // Starts at 00:30 on the 7th in Shanghai, still the 6th in UTC.
  { staffId: "cs-chen", start: at("2026-10-07T00:30:00") },
];

describe("B2.2 daily log due: rostered working days", () => {
  it("are the local days on which a shift starts, once per employee", () => {
    expect(
      rosteredWorkingDays(shifts, ZONE).map(({ staffId, day, firstShiftStart }) => [
        staffId,
        day,
        firstShiftStart.toISOString(),
      ]),
    ).toEqual([
      ["cs-chen", "2026-10-05", "2026-10-05T12:00:00.000Z"],
      ["cs-lin", "2026-10-05", "2026-10-05T00:00:00.000Z"],
      ["cs-chen", "2026-10-07", "2026-10-06T16:30:00.000Z"],
    ]);
  });

  it.each([
    {
      case: "next day at noon (the default)",
      settings,
      day: "2026-10-05",
      due: "2026-10-06T12:00:00",
    },
    {
      case: "same day at 23:59",
      settings: { dailyLogDueDays: 0, dailyLogDueTime: "23:59" },
      day: "2026-10-05",
      due: "2026-10-05T23:59:00",
    },
    {
      case: "two days later at 09:30, across a month end",
      settings: { dailyLogDueDays: 2, dailyLogDueTime: "09:30" },
      day: "2026-10-31",
      due: "2026-11-02T09:30:00",
    },
  ])("deadline: $case", ({ settings: chosen, day, due }) => {
    expect(dailyLogDeadline(day, chosen, ZONE)).toEqual(at(due));
  });
});

describe("B2.2 daily log due: a working day without a submitted log by the deadline, -10", () => {
  type Log = Pick<DailyLog, "status" | "submittedAt">;
  const submitted = (time: string): Log => ({ status: "submitted", submittedAt: at(time) });

  it.each<{ case: string; log: Log | undefined; now: string; owed: boolean }>([
    {
      case: "no log, before the deadline: not yet",
      log: undefined,
      now: "2026-10-06T11:59:59",
      owed: false,
    },
    { case: "no log at the deadline", log: undefined, now: "2026-10-06T12:00:00", owed: true },
    {
      case: "a draft only",
      log: { status: "draft", submittedAt: null },
      now: "2026-10-07T09:00:00",
      owed: true,
    },
    {
      case: "submitted after the deadline",
      log: submitted("2026-10-06T12:00:01"),
      now: "2026-10-07T09:00:00",
      owed: true,
    },
    {
      case: "submitted at the deadline",
      log: submitted("2026-10-06T12:00:00"),
      now: "2026-10-07T09:00:00",
      owed: false,
    },
    {
      case: "submitted the same evening",
      log: submitted("2026-10-05T20:05:00"),
      now: "2026-10-07T09:00:00",
      owed: false,
    },
  ])("$case", ({ log, now, owed }) => {
    const logs = new Map(log === undefined ? [] : [["cs-lin_2026-10-05", log]]);
    const due = dueDailyLogFindings(shifts.slice(0, 2), logs, settings, ZONE, at(now));
    expect(due.map(({ staffId, day }) => `${staffId}_${day}`)).toEqual(
      owed ? ["cs-lin_2026-10-05"] : [],
    );
    if (owed) expect(due[0]?.deadline).toEqual(at("2026-10-06T12:00:00"));
  });

  it("charges each employee's own days only", () => {
    const due = dueDailyLogFindings(
      shifts,
      new Map([["cs-lin_2026-10-05", submitted("2026-10-05T21:00:00")]]),
      settings,
      ZONE,
      at("2026-10-09T00:00:00"),
    );
    expect(due.map(({ staffId, day }) => `${staffId}_${day}`)).toEqual([
      "cs-chen_2026-10-05",
      "cs-chen_2026-10-07",
    ]);
  });
});

describe("B2.2 daily log prefill: the receptions the employee served that day", () => {
  it("lists the employee's records of the day, oldest first", () => {
    const receptions = [
      { id: "r3", staffId: "cs-lin", day: "2026-10-05", at: at("2026-10-05T15:00:00") },
      { id: "r1", staffId: "cs-lin", day: "2026-10-05", at: at("2026-10-05T09:00:00") },
      { id: "r2", staffId: "cs-chen", day: "2026-10-05", at: at("2026-10-05T10:00:00") },
      { id: "r4", staffId: "cs-lin", day: "2026-10-06", at: at("2026-10-06T09:00:00") },
    ];
    expect(receptionsServed(receptions, "cs-lin", "2026-10-05")).toEqual(["r1", "r3"]);
  });
});

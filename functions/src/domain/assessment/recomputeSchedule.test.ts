import { describe, expect, it } from "vitest";
import {
  DEFAULT_RECOMPUTE_SCHEDULE,
  recomputeScheduleSchema,
  scheduledMomentWithin,
  scheduledMonthDue,
  type RecomputeSchedule,
} from "./recomputeSchedule.js";

const SHANGHAI = "Asia/Shanghai";
const schedule = (change: Partial<RecomputeSchedule> = {}): RecomputeSchedule => ({
  ...DEFAULT_RECOMPUTE_SCHEDULE,
  ...change,
});

/** Every hourly run from `from` (inclusive) to `to` (exclusive), as the scheduler sends them. */
function hourlyRuns(from: string, to: string): Date[] {
  const runs: Date[] = [];
  for (let at = Date.parse(from); at < Date.parse(to); at += 3_600_000) runs.push(new Date(at));
  return runs;
}

describe("SPEC §8 scheduled monthly scoring: which hourly run scores which month", () => {
  it.each([
    {
      clause: "§8 default: 1st 02:00 Shanghai = 31 Oct 18:00 UTC scores October",
      schedule: schedule(),
      estateZone: SHANGHAI,
      run: "2026-10-31T18:00:00Z",
      month: "2026-10",
    },
    {
      clause: "§8 default: the run an hour earlier (1 Nov 01:00 Shanghai) scores nothing",
      schedule: schedule(),
      estateZone: SHANGHAI,
      run: "2026-10-31T17:00:00Z",
      month: null,
    },
    {
      clause: "§8 default: the run an hour later scores nothing (the moment is done once)",
      schedule: schedule(),
      estateZone: SHANGHAI,
      run: "2026-10-31T19:00:00Z",
      month: null,
    },
    {
      clause: "§8 default across the year end: 1 Jan 2027 02:00 Shanghai scores December",
      schedule: schedule(),
      estateZone: SHANGHAI,
      run: "2026-12-31T18:00:00Z",
      month: "2026-12",
    },
    {
      clause: "§8 default after February (28 days): 1 Mar 02:00 scores February",
      schedule: schedule(),
      estateZone: SHANGHAI,
      run: "2027-02-28T18:00:00Z",
      month: "2027-02",
    },
    {
      clause: "§8 leap February: 1 Mar 2028 02:00 Shanghai scores February 2028",
      schedule: schedule(),
      estateZone: SHANGHAI,
      run: "2028-02-29T18:00:00Z",
      month: "2028-02",
    },
    {
      clause: "§8 configured: the 5th at 09:00 Shanghai scores the month before",
      schedule: schedule({ dayOfMonth: 5, hour: 9 }),
      estateZone: SHANGHAI,
      run: "2026-11-05T01:00:00Z",
      month: "2026-10",
    },
    {
      clause: "§8 configured: the 1st of the month is then not a run day",
      schedule: schedule({ dayOfMonth: 5, hour: 9 }),
      estateZone: SHANGHAI,
      run: "2026-10-31T18:00:00Z",
      month: null,
    },
    {
      clause: "§8 configured: the 28th, the latest day every month has",
      schedule: schedule({ dayOfMonth: 28, hour: 23 }),
      estateZone: SHANGHAI,
      run: "2027-02-28T15:00:00Z",
      month: "2027-01",
    },
    {
      clause: "§8 estate in Urumqi (UTC+6): 1st 02:00 local is 31 Oct 20:00 UTC",
      schedule: schedule(),
      estateZone: "Asia/Urumqi",
      run: "2026-10-31T20:00:00Z",
      month: "2026-10",
    },
    {
      clause: "§8 schedule zone UTC, estate in Shanghai: 1st 00:00 UTC scores October",
      schedule: schedule({ hour: 0, timeZone: "UTC" }),
      estateZone: SHANGHAI,
      run: "2026-11-01T00:00:00Z",
      month: "2026-10",
    },
    {
      clause: "§8 half-hour zone (Kolkata 00:00 = 18:30 UTC): the 19:00 run, never early",
      schedule: schedule({ hour: 0, timeZone: "Asia/Kolkata" }),
      estateZone: "Asia/Kolkata",
      run: "2026-10-31T19:00:00Z",
      month: "2026-10",
    },
    {
      clause: "§8 half-hour zone: the 18:00 run is before the moment and scores nothing",
      schedule: schedule({ hour: 0, timeZone: "Asia/Kolkata" }),
      estateZone: "Asia/Kolkata",
      run: "2026-10-31T18:00:00Z",
      month: null,
    },
    {
      clause: "§8 a schedule zone ahead of the estate's never scores an unfinished month",
      schedule: schedule({ hour: 0, timeZone: "Pacific/Kiritimati" }),
      estateZone: SHANGHAI,
      run: "2026-10-31T10:00:00Z",
      month: "2026-09",
    },
    {
      clause: "§8 New York, after the DST end (1 Dec 02:00 EST = 07:00 UTC)",
      schedule: schedule({ timeZone: "America/New_York" }),
      estateZone: "America/New_York",
      run: "2026-12-01T07:00:00Z",
      month: "2026-11",
    },
    {
      clause: "§8 New York in summer (1 Jul 02:00 EDT = 06:00 UTC)",
      schedule: schedule({ timeZone: "America/New_York" }),
      estateZone: "America/New_York",
      run: "2026-07-01T06:00:00Z",
      month: "2026-06",
    },
  ])("$clause", ({ schedule: given, estateZone, run, month }) => {
    expect(scheduledMonthDue(given, estateZone, new Date(run))).toBe(month);
  });

  it.each([
    { clause: "§8 default in Shanghai", zone: SHANGHAI, given: schedule() },
    {
      clause: "§8 the 28th at 23:00",
      zone: SHANGHAI,
      given: schedule({ dayOfMonth: 28, hour: 23 }),
    },
    {
      clause: "§8 half-hour zone",
      zone: "Asia/Kolkata",
      given: schedule({ dayOfMonth: 1, hour: 0 }),
    },
    {
      clause: "§8 New York, 02:00 on the day clocks go forward (8 Mar 2026)",
      zone: "America/New_York",
      given: schedule({ dayOfMonth: 8, hour: 2 }),
    },
    {
      clause: "§8 New York, 01:00 on the day clocks go back (1 Nov 2026)",
      zone: "America/New_York",
      given: schedule({ dayOfMonth: 1, hour: 1 }),
    },
  ])("$clause: a year of hourly runs scores each month exactly once", ({ zone, given }) => {
    const months = hourlyRuns("2025-12-31T00:00:00Z", "2026-12-31T00:00:00Z")
      .map((run) => scheduledMonthDue(given, zone, run))
      .filter((month) => month !== null);
    expect(months).toEqual([
      "2025-12",
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
      "2026-09",
      "2026-10",
      "2026-11",
    ]);
  });

  it("§8 the moment found is the configured local time", () => {
    expect(
      scheduledMomentWithin(schedule(), SHANGHAI, new Date("2026-10-31T18:00:00Z"))?.toISOString(),
    ).toBe("2026-10-31T18:00:00.000Z");
  });

  it.each([
    { clause: "day 0", value: { dayOfMonth: 0, hour: 2, timeZone: null } },
    {
      clause: "day 29 (not in every February)",
      value: { dayOfMonth: 29, hour: 2, timeZone: null },
    },
    { clause: "hour 24", value: { dayOfMonth: 1, hour: 24, timeZone: null } },
    { clause: "hour 2.5", value: { dayOfMonth: 1, hour: 2.5, timeZone: null } },
    { clause: "an unknown zone", value: { dayOfMonth: 1, hour: 2, timeZone: "Mars/Olympus" } },
  ])("§8 the schedule refuses $clause", ({ value }) => {
    expect(recomputeScheduleSchema.safeParse(value).success).toBe(false);
  });

  it("§8 the schedule accepts the default and a named zone", () => {
    expect(recomputeScheduleSchema.parse(DEFAULT_RECOMPUTE_SCHEDULE)).toEqual(
      DEFAULT_RECOMPUTE_SCHEDULE,
    );
    expect(
      recomputeScheduleSchema.parse({ dayOfMonth: 3, hour: 8, timeZone: "Asia/Hong_Kong" }),
    ).toEqual({ dayOfMonth: 3, hour: 8, timeZone: "Asia/Hong_Kong" });
  });
});

/**
 * When an estate's monthly recompute runs (SPEC §8, "scheduled monthly scoring"): the 1st of
 * each month at 02:00 Asia/Shanghai unless the estate configures another day, hour or zone.
 * One deployed function runs every hour; for each estate it asks {@link scheduledMonthDue}
 * whether that estate's moment fell within the hour the run stands for. The period comes from
 * the run's schedule time, never from the clock, so a retried run scores the same month.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import { isValidTimeZone, monthOf, previousMonth, type MonthKey } from "../time.js";

/** The latest day of the month a recompute may be set to: every month has a 28th. */
export const LAST_RECOMPUTE_DAY = 28;

/** The hour of the hourly run: a run at T stands for the moments in (T − 1 h, T]. */
export const RUN_INTERVAL_MS = 60 * 60 * 1000;

/** An estate's recompute moment: a day of the month and an hour, in a time zone. */
export const recomputeScheduleSchema = z.object({
  /** 1–28, so that the moment exists in every month. */
  dayOfMonth: z.int().min(1).max(LAST_RECOMPUTE_DAY),
  /** 0–23, local time in `timeZone`. */
  hour: z.int().min(0).max(23),
  /** IANA zone the day and hour are read in; null: the estate's own zone. */
  timeZone: z
    .string()
    .refine(isValidTimeZone, {
      error: (issue) => `${String(issue.input)} is not a known time zone`,
    })
    .nullable(),
});
export type RecomputeSchedule = z.infer<typeof recomputeScheduleSchema>;

/** The schedule of an estate that has set none: the 1st at 02:00 in the estate's zone. */
export const DEFAULT_RECOMPUTE_SCHEDULE: RecomputeSchedule = {
  dayOfMonth: 1,
  hour: 2,
  timeZone: null,
};

/**
 * The estate's recompute moment of the local month that contains `local`. A local hour that
 * a daylight-saving change skips is moved forward by luxon, so the moment still exists once;
 * an hour that happens twice counts at its first occurrence.
 */
function momentIn(local: DateTime, schedule: RecomputeSchedule): Date {
  // Built from the fields alone (not by setting them on `local`), so that an hour the clocks
  // go back over is always read as its first occurrence, whichever side `local` is on.
  return DateTime.fromObject(
    { year: local.year, month: local.month, day: schedule.dayOfMonth, hour: schedule.hour },
    { zone: local.zone },
  ).toJSDate();
}

/**
 * The instant of the estate's recompute moment that falls within the run at `runTime`, i.e.
 * in (runTime − 1 h, runTime], or null when none does. Runs on every hour cover every instant
 * exactly once, so each month's moment is handled by exactly one run, also in zones with
 * half-hour offsets (the run is then up to 59 minutes late, never early).
 */
export function scheduledMomentWithin(
  schedule: RecomputeSchedule,
  estateTimeZone: string,
  runTime: Date,
): Date | null {
  const zone = schedule.timeZone ?? estateTimeZone;
  const end = runTime.getTime();
  const start = end - RUN_INTERVAL_MS;
  // The window spans at most two local months (when it crosses midnight of the 1st).
  const candidates = [end, start + 1].map((at) =>
    momentIn(DateTime.fromMillis(at, { zone }), schedule),
  );
  return candidates.find((moment) => moment.getTime() > start && moment.getTime() <= end) ?? null;
}

/**
 * The month an estate's scheduled recompute scores at the run `runTime`, or null when the
 * estate's moment is not in this run. It is the last month that has ended, in the estate's
 * zone, at the moment: the month before the moment's month. (A schedule zone ahead of the
 * estate's can thus never score a month that has not ended where the estate is.)
 */
export function scheduledMonthDue(
  schedule: RecomputeSchedule,
  estateTimeZone: string,
  runTime: Date,
): MonthKey | null {
  const moment = scheduledMomentWithin(schedule, estateTimeZone, runTime);
  return moment === null ? null : previousMonth(monthOf(moment, estateTimeZone));
}

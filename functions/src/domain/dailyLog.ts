/**
 * B2.2 "每位員工每天有上班日誌,記錄接待服務業主情況" — a working day without a daily log
 * costs 10 points. A working day is a local day (in the estate's zone) on which the roster
 * starts a shift of the employee; its log is due a configurable time after the day
 * (`dutySettings`), and must have been submitted by then.
 */
import { dailyLogId, type DailyLog } from "./schema/dailyLog.js";
import type { DutySettings } from "./schema/dutySettings.js";
import type { Reception } from "./schema/reception.js";
import type { RosterShiftRecord } from "./schema/rosterShift.js";
import { addDays, dayOf, dayRange, DEFAULT_TIME_ZONE } from "./time.js";

/** One rostered working day of one employee. */
export interface WorkingDay {
  staffId: string;
  /** `YYYY-MM-DD` in the estate's zone. */
  day: string;
  /** The start of the employee's first shift that day. */
  firstShiftStart: Date;
}

/**
 * The working days of the roster: every (employee, local day of a shift's start), once,
 * sorted by day then employee. An overnight shift belongs to the day it starts.
 */
export function rosteredWorkingDays(
  shifts: readonly Pick<RosterShiftRecord, "staffId" | "start">[],
  timeZone: string = DEFAULT_TIME_ZONE,
): WorkingDay[] {
  const days = new Map<string, WorkingDay>();
  for (const shift of shifts) {
    const day = dayOf(shift.start, timeZone);
    const key = dailyLogId(shift.staffId, day);
    const known = days.get(key);
    if (known === undefined || shift.start < known.firstShiftStart) {
      days.set(key, { staffId: shift.staffId, day, firstShiftStart: shift.start });
    }
  }
  return [...days.values()].sort(
    (a, b) => a.day.localeCompare(b.day) || a.staffId.localeCompare(b.staffId),
  );
}

/** The instant a day's log is due: `dailyLogDueDays` later, at `dailyLogDueTime` local time. */
export function dailyLogDeadline(
  day: string,
  settings: Pick<DutySettings, "dailyLogDueDays" | "dailyLogDueTime">,
  timeZone: string = DEFAULT_TIME_ZONE,
): Date {
  const [hours = 0, minutes = 0] = settings.dailyLogDueTime.split(":").map(Number);
  const { start } = dayRange(addDays(day, settings.dailyLogDueDays), timeZone);
  // Wall-clock arithmetic on the day's start: zones with daylight saving would need luxon's
  // `plus`, but a due time is set away from the small hours.
  return new Date(start.getTime() + (hours * 60 + minutes) * 60_000);
}

/** A B2.2 finding a working day owes. */
export interface DailyLogFindingDue extends WorkingDay {
  deadline: Date;
}

/**
 * The working days whose log is due at or before `now` and was not submitted by its deadline
 * (no log, a draft, or submitted late).
 *
 * @param logs the daily logs by id (`<staffId>_<day>`)
 */
export function dueDailyLogFindings(
  shifts: readonly Pick<RosterShiftRecord, "staffId" | "start">[],
  logs: ReadonlyMap<string, Pick<DailyLog, "status" | "submittedAt">>,
  settings: Pick<DutySettings, "dailyLogDueDays" | "dailyLogDueTime">,
  timeZone: string,
  now: Date,
): DailyLogFindingDue[] {
  return rosteredWorkingDays(shifts, timeZone).flatMap((workingDay) => {
    const deadline = dailyLogDeadline(workingDay.day, settings, timeZone);
    if (deadline.getTime() > now.getTime()) return [];
    const log = logs.get(dailyLogId(workingDay.staffId, workingDay.day));
    const submittedInTime =
      log?.status === "submitted" &&
      log.submittedAt !== null &&
      log.submittedAt.getTime() <= deadline.getTime();
    return submittedInTime ? [] : [{ ...workingDay, deadline }];
  });
}

/**
 * The receptions to prefill a log with: those the employee served on the day, oldest first,
 * amendments included (they are work done that day too).
 */
export function receptionsServed(
  receptions: readonly Pick<Reception, "id" | "staffId" | "day" | "at">[],
  staffId: string,
  day: string,
): string[] {
  return receptions
    .filter((reception) => reception.staffId === staffId && reception.day === day)
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .map((reception) => reception.id);
}

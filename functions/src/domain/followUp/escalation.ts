/**
 * The escalation ladder (C8: an overdue promise escalates; reused for meeting actions past
 * their deadline and visits not made): at the due time the assignee is told, then the lead of
 * the department after a delay, then the director. The ladder is data, configurable per estate.
 *
 * Timing, in the estate's zone (luxon):
 * - `afterDays` are calendar days on the wall clock: due Saturday 10:00 + 1 day is Sunday
 *   10:00 even when daylight saving starts in between (23 hours later). A wall time that does
 *   not exist that day (inside a DST gap) moves forward by the gap, as luxon does.
 * - `afterHours` are elapsed hours, added after the days.
 * - Working days are off by default: property service runs 24 hours a day (B.5
 *   "實行每日24小時服務接待"), so a promise due on Saturday escalates on Saturday. An estate
 *   can turn them on: the days then count working days only (weekdays listed, holidays
 *   excluded), and an escalation that would fall on a non-working day moves to the next
 *   working day at the same wall time.
 *
 * {@link escalationSteps} returns every step that should exist at `now`, with deterministic
 * ids: running the scheduled check twice (or late) yields the same set, so it creates each
 * step once. A step exists when its time has come and the matter was not resolved before it.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import { dayKey } from "../schema/reception.js";
import type { Department } from "../schema/role.js";
import { DEFAULT_TIME_ZONE } from "../time.js";
import type { OwnerPromise } from "./promise.js";
import type { AgendaItem } from "./regularMeeting.js";
import type { ReturnVisit } from "./returnVisit.js";

/** Who is told, in ladder order. */
export const escalationLevels = ["assignee", "lead", "director"] as const;
export type EscalationLevel = (typeof escalationLevels)[number];
export const escalationLevelSchema = z.enum(escalationLevels);

export const escalationStepRuleSchema = z.object({
  level: escalationLevelSchema,
  afterDays: z.int().min(0).max(60),
  afterHours: z
    .number()
    .min(0)
    .max(24 * 60),
});
export type EscalationStepRule = z.infer<typeof escalationStepRuleSchema>;

const roughHours = (step: EscalationStepRule) => step.afterDays * 24 + step.afterHours;

/** An estate's escalation ladder. */
export const escalationLadderSchema = z
  .object({
    steps: z.array(escalationStepRuleSchema).min(1).max(escalationLevels.length),
    workingDaysOnly: z.boolean(),
    /** ISO weekdays (1 = Monday … 7 = Sunday) that are working days. */
    workingWeekdays: z.array(z.int().min(1).max(7)).min(1).max(7),
    /** Local days (`YYYY-MM-DD`) that are not working days. */
    holidays: z.array(dayKey),
  })
  .refine(
    (ladder) => new Set(ladder.steps.map((step) => step.level)).size === ladder.steps.length,
    {
      error: "each level appears once in the ladder",
      path: ["steps"],
    },
  )
  .refine(
    (ladder) =>
      ladder.steps.every(
        (step, index) =>
          index === 0 ||
          (escalationLevels.indexOf(step.level) >
            escalationLevels.indexOf(ladder.steps[index - 1]?.level ?? "assignee") &&
            roughHours(step) >= roughHours(ladder.steps[index - 1] ?? step)),
      ),
    {
      error: "the steps go up the ladder (assignee, lead, director) and never earlier in time",
      path: ["steps"],
    },
  );
export type EscalationLadder = z.infer<typeof escalationLadderSchema>;

/** The ladder an estate starts with: assignee at due, lead 4 hours later, director a day later. */
export const DEFAULT_ESCALATION_LADDER: EscalationLadder = {
  steps: [
    { level: "assignee", afterDays: 0, afterHours: 0 },
    { level: "lead", afterDays: 0, afterHours: 4 },
    { level: "director", afterDays: 1, afterHours: 0 },
  ],
  workingDaysOnly: false,
  workingWeekdays: [1, 2, 3, 4, 5],
  holidays: [],
};

/** A matter that can escalate. */
export interface EscalationSubject {
  kind: "promise" | "meetingAction" | "visit";
  id: string;
  dueAt: Date;
  /** Who answers for it; null when nobody is assigned (the step still exists, to nobody). */
  assigneeId: string | null;
  department: Department | null;
  /** When it was answered or done; null while open. */
  resolvedAt: Date | null;
}

/** Who the lead and the director are in the estate. */
export interface EscalationContacts {
  leads: Partial<Record<Department, string>>;
  directorId: string | null;
}

/** One escalation that should exist. */
export interface EscalationStep {
  /** `<kind>_<subject id>_<level>_<due instant>`: a new due time starts a new ladder. */
  id: string;
  subjectKind: EscalationSubject["kind"];
  subjectId: string;
  level: EscalationLevel;
  at: Date;
  /** Null when nobody holds the role (shown as such, so the gap is seen). */
  recipientId: string | null;
}

function isWorkingDay(local: DateTime, ladder: EscalationLadder): boolean {
  return (
    ladder.workingWeekdays.includes(local.weekday) &&
    !ladder.holidays.includes(local.toISODate() ?? "")
  );
}

/** The next working day at the same wall time (the day itself when it is one). */
function onWorkingDay(local: DateTime, ladder: EscalationLadder): DateTime {
  let day = local;
  // A year without a working day is a misconfiguration; stop rather than loop forever.
  for (let guard = 0; guard < 366 && !isWorkingDay(day, ladder); guard += 1) {
    day = day.plus({ days: 1 });
  }
  return day;
}

/** The instant a step of the ladder falls due for a matter due at `dueAt`. */
export function escalationTime(
  dueAt: Date,
  step: Pick<EscalationStepRule, "afterDays" | "afterHours">,
  ladder: EscalationLadder,
  zone: string = DEFAULT_TIME_ZONE,
): Date {
  let local = DateTime.fromJSDate(dueAt, { zone });
  if (!ladder.workingDaysOnly) {
    return local.plus({ days: step.afterDays }).plus({ hours: step.afterHours }).toJSDate();
  }
  for (let counted = 0; counted < step.afterDays;) {
    local = local.plus({ days: 1 });
    if (isWorkingDay(local, ladder)) counted += 1;
  }
  return onWorkingDay(local.plus({ hours: step.afterHours }), ladder).toJSDate();
}

function recipient(
  level: EscalationLevel,
  subject: EscalationSubject,
  contacts: EscalationContacts,
): string | null {
  switch (level) {
    case "assignee":
      return subject.assigneeId;
    case "lead":
      return subject.department === null ? null : (contacts.leads[subject.department] ?? null);
    case "director":
      return contacts.directorId;
  }
}

/**
 * Every escalation step that should exist at `now`: for each matter and each step of the
 * ladder, when the step's time has come (at or before `now`) and the matter was not resolved
 * before it. Sorted by time, then id. A pure function of its input: the same history gives
 * the same steps at any later `now`.
 */
export function escalationSteps(
  subjects: readonly EscalationSubject[],
  ladder: EscalationLadder,
  contacts: EscalationContacts,
  now: Date,
  zone: string = DEFAULT_TIME_ZONE,
): EscalationStep[] {
  const steps: EscalationStep[] = [];
  for (const subject of subjects) {
    const dueKey = subject.dueAt.toISOString().replace(/[-:.]/g, "");
    for (const rule of ladder.steps) {
      const at = escalationTime(subject.dueAt, rule, ladder, zone);
      if (at.getTime() > now.getTime()) continue;
      if (subject.resolvedAt !== null && subject.resolvedAt.getTime() <= at.getTime()) continue;
      steps.push({
        id: `${subject.kind}_${subject.id}_${rule.level}_${dueKey}`,
        subjectKind: subject.kind,
        subjectId: subject.id,
        level: rule.level,
        at,
        recipientId: recipient(rule.level, subject, contacts),
      });
    }
  }
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime() || a.id.localeCompare(b.id));
}

/** A promise as a matter that escalates: from its agreed time until the owner is answered. */
export function promiseSubject(
  promise: Pick<OwnerPromise, "id" | "answerDueAt" | "promisedBy" | "department" | "answer">,
): EscalationSubject {
  return {
    kind: "promise",
    id: promise.id,
    dueAt: promise.answerDueAt,
    assigneeId: promise.promisedBy,
    department: promise.department,
    resolvedAt: promise.answer?.answeredAt ?? null,
  };
}

/** A planned visit as a matter that escalates (customer service): from its planned time until done. */
export function visitSubject(
  visit: Pick<ReturnVisit, "id" | "plannedFor" | "assigneeId" | "outcome">,
): EscalationSubject {
  return {
    kind: "visit",
    id: visit.id,
    dueAt: visit.plannedFor,
    assigneeId: visit.assigneeId,
    department: "customerService",
    resolvedAt: visit.outcome?.doneAt ?? null,
  };
}

/**
 * A meeting item as a matter that escalates: from its action's deadline until the item is
 * closed (action done and owner answered, C9); null while no action (so no deadline) is decided.
 */
export function meetingActionSubject(
  meetingId: string,
  item: Pick<AgendaItem, "id" | "action" | "closedAt">,
): EscalationSubject | null {
  if (item.action === null) return null;
  return {
    kind: "meetingAction",
    id: `${meetingId}_${item.id}`,
    dueAt: item.action.deadline,
    assigneeId: item.action.ownerId,
    department: item.action.department,
    resolvedAt: item.closedAt,
  };
}

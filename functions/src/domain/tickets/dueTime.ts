/**
 * When a ticket is due (SPEC §5 "due time (defaults per type and estate, SLA-style)") and
 * whether it is overdue. The seed sets no times: the defaults below are Huiyin's, chosen so
 * that what endangers people is due within the hour and paperwork within days; an estate
 * overrides any of them. Local times are read in the estate's zone.
 */
import { z } from "zod";
import { DateTime } from "luxon";
import { DEFAULT_TIME_ZONE } from "../time.js";
import type { Ticket, TicketStatus, TicketType } from "./ticket.js";
import { ticketTypeSchema } from "./ticket.js";

const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * How a due time follows from the opening time:
 * - `within`: a number of minutes after opening (elapsed time, across days and nights);
 * - `byLocalTime`: at a wall-clock time (`HH:mm`, estate zone) `daysAfter` days after the day
 *   of opening — or one day later when that moment is not after the opening (a cleaning
 *   opened at 19:00 with "by 18:00 the same day" is due 18:00 the next day).
 */
export const dueRuleSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("within"),
    minutes: z
      .number()
      .int()
      .min(1)
      .max(366 * 24 * 60),
  }),
  z.object({
    kind: z.literal("byLocalTime"),
    daysAfter: z.number().int().min(0).max(366),
    time: z.string().regex(LOCAL_TIME_PATTERN, "must be a time HH:mm (00:00–23:59)"),
  }),
]);
/** A rule giving the due time of a ticket type. */
export type DueRule = z.infer<typeof dueRuleSchema>;

/** An estate's overrides of the default table: only the types it changes. */
export const dueTimeOverridesSchema = z.partialRecord(ticketTypeSchema, dueRuleSchema);
/** An estate's overrides of the due-time table. */
export type DueTimeOverrides = z.infer<typeof dueTimeOverridesSchema>;

const within = (minutes: number): DueRule => ({ kind: "within", minutes });
const byLocalTime = (daysAfter: number, time: string): DueRule => ({
  kind: "byLocalTime",
  daysAfter,
  time,
});

/** Huiyin's default due time per ticket type. */
export const defaultDueRules: Readonly<Record<TicketType, DueRule>> = {
  emergency: within(15),
  fire: within(30),
  security: within(30),
  parking: within(2 * 60),
  repair: within(24 * 60),
  illegalConstruction: within(24 * 60),
  cleaning: byLocalTime(0, "18:00"),
  ownerDispute: byLocalTime(1, "18:00"),
  renovation: byLocalTime(1, "18:00"),
  greening: byLocalTime(2, "18:00"),
  covenantViolation: byLocalTime(3, "18:00"),
  other: byLocalTime(3, "18:00"),
  houseQuality: byLocalTime(7, "18:00"),
  arrearsReminder: byLocalTime(7, "18:00"),
  developerLegacy: byLocalTime(14, "18:00"),
};

/** The rule in force for `type`: the estate's override, else the default. */
export function dueRuleFor(type: TicketType, overrides: DueTimeOverrides = {}): DueRule {
  return overrides[type] ?? defaultDueRules[type];
}

/**
 * The default due time of a ticket of `type` opened at `openedAt` in an estate with the
 * given zone and overrides.
 */
export function defaultDueAt(
  type: TicketType,
  openedAt: Date,
  estate: { timeZone?: string; overrides?: DueTimeOverrides } = {},
): Date {
  const rule = dueRuleFor(type, estate.overrides);
  if (rule.kind === "within") return new Date(openedAt.getTime() + rule.minutes * 60_000);
  const [hour, minute] = rule.time.split(":").map(Number);
  const opened = DateTime.fromJSDate(openedAt, { zone: estate.timeZone ?? DEFAULT_TIME_ZONE });
  let due = opened.startOf("day").plus({ days: rule.daysAfter }).set({ hour, minute });
  if (due <= opened) due = due.plus({ days: 1 });
  return due.toJSDate();
}

/** Statuses in which the department still owes the work, so the due time still runs. */
export const runningStatuses: readonly TicketStatus[] = ["open", "assigned", "inProgress"];

/** True when the work is still owed and `now` is past the due time. */
export function isOverdue(ticket: Pick<Ticket, "status" | "dueAt">, now: Date): boolean {
  return runningStatuses.includes(ticket.status) && now.getTime() > ticket.dueAt.getTime();
}

/** Whole minutes a ticket is overdue by at `now` (0 when it is not overdue). */
export function minutesOverdue(ticket: Pick<Ticket, "status" | "dueAt">, now: Date): number {
  if (!isOverdue(ticket, now)) return 0;
  return Math.floor((now.getTime() - ticket.dueAt.getTime()) / 60_000);
}

/**
 * Who is on duty (SPEC §3, B2.1): the roster's planned shifts answer "who was on duty at 03:12
 * on 5 October" (B2.5a charges an unlogged call to them); duty registrations say who actually
 * was. Built on `roster.ts`.
 */
import { createRosterIndex, type RosterIndex } from "./roster.js";
import type { DutyRegistration } from "./schema/dutyRegistration.js";
import type { RosterShiftRecord } from "./schema/rosterShift.js";

/** The roster of stored shifts, indexed for many lookups. */
export function rosterIndexOf(
  shifts: readonly Pick<RosterShiftRecord, "staffId" | "start" | "end">[],
): RosterIndex {
  return createRosterIndex(shifts);
}

/** The rostered shifts that cover `instant` (half-open [start, end)), by start then staff. */
export function shiftsAt<Shift extends Pick<RosterShiftRecord, "staffId" | "start" | "end">>(
  shifts: readonly Shift[],
  instant: Date,
): Shift[] {
  const time = instant.getTime();
  return shifts
    .filter((shift) => shift.start.getTime() <= time && time < shift.end.getTime())
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.staffId.localeCompare(b.staffId));
}

/**
 * The staff actually registered on duty at `instant`: registrations that began at or before it
 * and had not ended (an open registration is still on duty). Sorted, each once.
 */
export function registeredAt(
  registrations: readonly Pick<DutyRegistration, "staffId" | "start" | "end">[],
  instant: Date,
): string[] {
  const time = instant.getTime();
  const staff = registrations
    .filter(
      (registration) =>
        registration.start.getTime() <= time &&
        (registration.end === null || time < registration.end.getTime()),
    )
    .map((registration) => registration.staffId);
  return [...new Set(staff)].sort();
}

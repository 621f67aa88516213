/**
 * Which rostered shift a duty registration serves (B2.1, SPEC §3): the staff member's shift
 * under way now, else their next one starting within the hour (people come in a little early).
 */
import type { RosterShiftRecord } from "@domain/schema/rosterShift.js";

/** How early before a shift's start registering on duty still counts for that shift. */
export const EARLY_REGISTRATION_MS = 60 * 60_000;

/** The shift of `staffId` that a registration at `now` serves, or null when none. */
export function myShiftToRegister<
  Shift extends Pick<RosterShiftRecord, "staffId" | "start" | "end">,
>(shifts: readonly Shift[], now: Date, staffId: string): Shift | null {
  const time = now.getTime();
  const mine = shifts
    .filter((shift) => shift.staffId === staffId && time < shift.end.getTime())
    .filter((shift) => shift.start.getTime() - EARLY_REGISTRATION_MS <= time)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  // A shift under way comes before one about to start.
  return mine.find((shift) => shift.start.getTime() <= time) ?? mine[0] ?? null;
}

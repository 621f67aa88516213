/**
 * Roster shift (排班): one planned shift of one staff member on a duty line (B2.1 "strict
 * roster and duty registration"; SPEC §3). Path `estates/{estateId}/rosterShifts/{id}`.
 * Written by the director and admin; read by every staff member of the estate. The roster
 * answers who was on duty at an instant (`roster.ts`); the handover of a shift has the
 * shift's id.
 */
import { z } from "zod";
import type { RosterShift } from "../roster.js";
import { docId, instant, writeStamp } from "./common.js";

/** The longest shift the roster accepts. */
export const MAX_SHIFT_HOURS = 24;

export const rosterShiftSchema = z
  .object({
    id: docId,
    estateId: docId,
    staffId: docId,
    /** The half-open range [start, end) of the shift. */
    start: instant,
    end: instant,
    /** The duty line (published duty phone, or the desk) the shift answers. */
    dutyLine: z.string().trim().min(1, "must not be empty").max(40),
    ...writeStamp,
  })
  .refine((shift) => shift.end.getTime() > shift.start.getTime(), {
    path: ["end"],
    error: "must be after the start",
  })
  .refine((shift) => shift.end.getTime() - shift.start.getTime() <= MAX_SHIFT_HOURS * 3_600_000, {
    path: ["end"],
    error: `a shift lasts at most ${String(MAX_SHIFT_HOURS)} hours`,
  });
export type RosterShiftRecord = z.infer<typeof rosterShiftSchema>;

/** The roster view of a stored shift. */
export function toRosterShift(
  shift: Pick<RosterShiftRecord, "staffId" | "start" | "end">,
): RosterShift {
  return { staffId: shift.staffId, start: shift.start, end: shift.end };
}

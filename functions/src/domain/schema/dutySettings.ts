/**
 * Duty settings of an estate (B2.1, B2.2 thresholds). Path `estates/{estateId}/settings/duty`.
 * Written by the director and admin; read by every staff member of the estate. Absent: the
 * defaults below.
 */
import { z } from "zod";
import { docId, instant } from "./common.js";

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time of day HH:mm");

export const dutySettingsSchema = z.object({
  id: z.literal("duty"),
  estateId: docId,
  /** A shift's handover must be written, complete and confirmed this long after its end. */
  handoverWithinMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  /** A working day's log is due this many days after the day … */
  dailyLogDueDays: z.number().int().min(0).max(7),
  /** … at this local time. */
  dailyLogDueTime: clockTime,
  updatedAt: instant.optional(),
  updatedBy: docId.optional(),
});
export type DutySettings = z.infer<typeof dutySettingsSchema>;

/** The settings of an estate that has written none: one hour; noon of the next day. */
export function defaultDutySettings(estateId: string): DutySettings {
  return {
    id: "duty",
    estateId,
    handoverWithinMinutes: 60,
    dailyLogDueDays: 1,
    dailyLogDueTime: "12:00",
  };
}

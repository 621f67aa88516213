/**
 * Assessment settings of an estate (SPEC §8): when the monthly recompute runs. Path
 * `estates/{estateId}/settings/assessment`. Written by the director and admin; read by every
 * staff member of the estate and by the scheduled `monthlyScoreRecompute`. Absent: the 1st of
 * each month at 02:00 in the estate's zone (Asia/Shanghai by default).
 */
import { z } from "zod";
import {
  DEFAULT_RECOMPUTE_SCHEDULE,
  recomputeScheduleSchema,
} from "../assessment/recomputeSchedule.js";
import { docId, instant } from "./common.js";

export const assessmentSettingsSchema = z.object({
  id: z.literal("assessment"),
  estateId: docId,
  /** The monthly recompute's day, hour and zone (null: the estate's zone). */
  recompute: recomputeScheduleSchema,
  updatedAt: instant.optional(),
  updatedBy: docId.optional(),
});
export type AssessmentSettings = z.infer<typeof assessmentSettingsSchema>;

/** The settings of an estate that has written none. */
export function defaultAssessmentSettings(estateId: string): AssessmentSettings {
  return { id: "assessment", estateId, recompute: { ...DEFAULT_RECOMPUTE_SCHEDULE } };
}

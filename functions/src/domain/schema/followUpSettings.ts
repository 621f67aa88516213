/**
 * Follow-up settings of an estate (C6–C9): the escalation ladder, who leads each department,
 * how early a promise counts as "due soon" on the desk, the visit-planning rules, and when the
 * regular meeting is held.
 * Path `estates/{estateId}/settings/followUp`. Written by the callable `saveFollowUpSettings`
 * (the director and the admin, stamped with who and when); read by every staff member of the
 * estate and by the scheduled checks. Absent → the defaults.
 */
import { z } from "zod";
import { DEFAULT_ESCALATION_LADDER, escalationLadderSchema } from "../followUp/escalation.js";
import {
  DEFAULT_REGULAR_MEETING_RULE,
  regularMeetingRuleSchema,
} from "../followUp/meetingAgenda.js";
import {
  DEFAULT_VISIT_PLANNING_RULES,
  visitPlanningRulesSchema,
} from "../followUp/visitPlanning.js";
import { docId, instant } from "./common.js";
import { departments } from "./role.js";

export const followUpSettingsSchema = z.object({
  id: docId,
  ladder: escalationLadderSchema,
  /** The lead (the ladder's second rung) of each department, by staff uid. */
  leads: z.partialRecord(z.enum(departments), docId),
  /** A promise shows on the desk as "due soon" this many hours before its time. */
  dueSoonHours: z
    .int()
    .min(1)
    .max(24 * 14),
  visitPlanning: visitPlanningRulesSchema,
  /**
   * C9: when the regular meeting is held (weekday + local time); an escalated matter with no
   * meeting planned goes to a new meeting at the next such time. Settings stored before this
   * field existed read as the default (Monday 09:30).
   */
  regularMeeting: regularMeetingRuleSchema.default(DEFAULT_REGULAR_MEETING_RULE),
  /** Who saved the settings last, and when (absent on the seed's and the defaults). */
  updatedAt: instant.optional(),
  updatedBy: docId.optional(),
});
export type FollowUpSettings = z.infer<typeof followUpSettingsSchema>;

/** The settings of an estate that has none stored. */
export function defaultFollowUpSettings(): FollowUpSettings {
  return {
    id: "followUp",
    ladder: DEFAULT_ESCALATION_LADDER,
    leads: {},
    dueSoonHours: 24,
    visitPlanning: DEFAULT_VISIT_PLANNING_RULES,
    regularMeeting: DEFAULT_REGULAR_MEETING_RULE,
  };
}

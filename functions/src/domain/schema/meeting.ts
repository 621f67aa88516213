/**
 * Stored regular meeting (例會, C9) with its agenda items, minutes and actions.
 * Path `estates/{estateId}/meetings/{meetingId}`. Written only by the callables
 * `escalateToMeeting`, `recordMeetingItem`, `closeMeetingItem` and `scheduleMeeting`
 * (director, admin; escalation by any staff member); read by every staff member of the estate.
 *
 * Owner-visible fields: none directly; an item's `raisedBy.householdId` and `ownerReply` are
 * what the owners' side may show the household that raised it.
 */
import type { z } from "zod";
import { regularMeetingSchema } from "../followUp/regularMeeting.js";
import { writeStamp } from "./common.js";

export const storedMeetingSchema = regularMeetingSchema.safeExtend({ ...writeStamp });
export type StoredMeeting = z.infer<typeof storedMeetingSchema>;

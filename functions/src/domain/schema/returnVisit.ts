/**
 * Stored return visit (回訪) or household visit (走訪) (C4, C6, C7; article A).
 * Path `estates/{estateId}/returnVisits/{visitId}`, the id from the planning rule
 * (`afterTicket_<ticketId>`, `dissatisfiedRating_<ticketId>`, `lowSurveyAnswer_…`,
 * `periodic_<householdId>_<day>`), so a plan written twice is written once.
 * Planned by the triggers `planReturnVisits` and `followUpChecks`, by the tickets' rating
 * (issue 4, after a dissatisfied rating) and by the seed; the outcome is written only by the
 * callable `recordReturnVisit`. Read by every staff member of the estate.
 *
 * Owner-visible fields: `householdId`, `reason`, `plannedFor`, `outcome.doneAt`,
 * `outcome.channel`, `outcome.heard`, `outcome.criticismAccepted`,
 * `outcome.suggestionsAdopted`. Never shown to owners: `assigneeId`, `escalatedTo`, notes.
 */
import type { z } from "zod";
import { escalationLevelSchema } from "../followUp/escalation.js";
import { returnVisitSchema } from "../followUp/returnVisit.js";
import { writeStamp } from "./common.js";

export const storedReturnVisitSchema = returnVisitSchema.safeExtend({
  /** The highest rung of the escalation ladder reached while not made; null before. */
  escalatedTo: escalationLevelSchema.nullable().default(null),
  ...writeStamp,
});
export type StoredReturnVisit = z.infer<typeof storedReturnVisitSchema>;

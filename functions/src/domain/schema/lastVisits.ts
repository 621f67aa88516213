/**
 * A household's latest visit per channel (article A "不能太遠"; C6 coverage goal). Path
 * `estates/{estateId}/lastVisits/{householdId}`. Written only by the trigger
 * `onReturnVisitLastVisits` (and the seed, as the paused trigger would); read by every staff
 * member of the estate, through aggregation counts (the visit-coverage figure).
 */
export { lastVisitsSchema, type LastVisits } from "../followUp/visitCoverage.js";

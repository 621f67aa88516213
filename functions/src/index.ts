/**
 * The deployed functions of Huiyin: initialisation and exports only. Each function lives
 * in its own file under `callables/` or `triggers/`.
 */
// First: the app and the region must be set before any function below is defined.
import "./init.js";

export { setStaffRole } from "./callables/setStaffRole.js";
export { onPersonWritten } from "./triggers/onPersonWritten.js";
// Owner satisfaction survey (C1–C5)
export { issueSurveyLinks } from "./callables/issueSurveyLinks.js";
export { onSurveyResponseWritten } from "./triggers/onSurveyResponseWritten.js";
export { onSurveyTopicEditsWritten } from "./triggers/onSurveyTopicEditsWritten.js";
export { onSurveyCampaignWritten } from "./triggers/onSurveyCampaignWritten.js";
export { openSurvey } from "./https/openSurvey.js";
export { submitSurvey } from "./https/submitSurvey.js";
export { committeeReport } from "./https/committeeReport.js";
export { issueCommitteeLink, revokeCommitteeLink } from "./callables/committeeLinks.js";
export { planSurveyExplanation } from "./callables/planSurveyExplanation.js";
// Assessment and the monthly score (B2, SPEC §8)
export { recordManualFinding } from "./callables/recordManualFinding.js";
export { confirmFinding } from "./callables/confirmFinding.js";
export { clearFinding } from "./callables/clearFinding.js";
export { recomputeScores } from "./callables/recomputeScores.js";
export { importFees } from "./callables/importFees.js";
export { logArrearsReminder } from "./callables/logArrearsReminder.js";
export { monthlyScoreRecompute } from "./triggers/monthlyScoreRecompute.js";
// Reception desk and duty (B.1.1–4, B2.1, B2.2)
export { onHandoverConfirmed } from "./triggers/onHandoverConfirmed.js";
export { dutyRecordsCheck } from "./triggers/dutyRecordsCheck.js";
// Call reconciliation (B2.5a)
export { importCarrierCalls } from "./callables/importCarrierCalls.js";
export { clearCallFlag } from "./callables/clearCallFlag.js";
export { onReceptionReconcileCalls } from "./triggers/onReceptionReconcileCalls.js";
// Return visits, promises, the regular meeting (A, C4, C6–C9)
export { recordPromise } from "./callables/recordPromise.js";
export { answerPromise } from "./callables/answerPromise.js";
export { recordReturnVisit } from "./callables/recordReturnVisit.js";
export { closeMeetingItem } from "./callables/closeMeetingItem.js";
export { escalateToMeeting, scheduleMeeting, recordMeetingItem } from "./callables/meetings.js";
export { followUpChecks } from "./triggers/followUpChecks.js";
export {
  onPromiseIndexed,
  onReturnVisitIndexed,
  onMeetingIndexed,
  onRectificationIndexed,
} from "./triggers/openMattersIndex.js";
export {
  onTicketFollowUp,
  onSurveyAnswerFollowUp,
  periodicVisitsPlan,
} from "./triggers/planReturnVisits.js";
// The owners' side: notices and the household page (B.1.3, SPEC §12)
export { publishNotice, withdrawNotice } from "./callables/publishNotice.js";
export { issueHouseholdLink, revokeHouseholdLink } from "./callables/householdLinks.js";
export { issueNoticeBoardLink, revokeNoticeBoardLink } from "./callables/noticeBoardLinks.js";
export { answerHouseholdRequest } from "./callables/answerHouseholdRequest.js";
export { householdPage } from "./https/householdPage.js";
export { householdAction } from "./https/householdAction.js";
export { noticeBoard } from "./https/noticeBoard.js";
// Tickets and on-site service (A, B.1.4, B2.5b–c, B2.7–9, B2.11, B2.13)
export { openTicket } from "./callables/openTicket.js";
export { transitionTicket } from "./callables/transitionTicket.js";
export {
  recordOnSiteVisit,
  signOnSiteVisit,
  amendOnSiteVisit,
  issueOwnerCopyLink,
} from "./callables/onSiteVisits.js";
export { onOnSiteVisitWritten } from "./triggers/onOnSiteVisitWritten.js";
export { unsignedVisitsCheck } from "./triggers/unsignedVisitsCheck.js";
export { overdueTicketsCheck } from "./triggers/overdueTicketsCheck.js";
export { openOwnerCopy, answerOwnerCopy } from "./https/ownerCopy.js";
export {
  inspectCase,
  recordAmbulanceComplaint,
  recordAmbulanceGuidance,
  recordCaseRecord,
  recordHouseQuality,
  recordRightsProtection,
} from "./callables/caseTickets.js";
// Renovation files (B.1.8, B2.9) and the ticket settings (due times, grace period, leads)
export { recordRenovationFile, recordRenovationPatrol } from "./callables/renovationFiles.js";
export { saveTicketSettings } from "./callables/ticketSettings.js";
// Professional distance (article A): conduct, offers register, visit coverage; follow-up settings
export { acknowledgeConduct } from "./callables/acknowledgeConduct.js";
export { recordOffer } from "./callables/recordOffer.js";
export { saveFollowUpSettings } from "./callables/followUpSettings.js";
export { onReturnVisitLastVisits } from "./triggers/onReturnVisitLastVisits.js";

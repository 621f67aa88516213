/**
 * The deployed functions of Huiyin: initialisation and exports only. Each function lives
 * in its own file under `callables/` or `triggers/`.
 */
import { initializeApp } from "firebase-admin/app";
import { setGlobalOptions } from "firebase-functions/v2";
import { region } from "./config.js";

initializeApp();
setGlobalOptions({ region });

export { setStaffRole } from "./callables/setStaffRole.js";
export { onPersonWritten } from "./triggers/onPersonWritten.js";
// Owner satisfaction survey (C1–C5)
export { issueSurveyLinks } from "./callables/issueSurveyLinks.js";
export { onSurveyResponseWritten } from "./triggers/onSurveyResponseWritten.js";
export { onSurveyTopicEditsWritten } from "./triggers/onSurveyTopicEditsWritten.js";
export { onSurveyCampaignWritten } from "./triggers/onSurveyCampaignWritten.js";
// Assessment and the monthly score (B2, SPEC §8)
export { recordManualFinding } from "./callables/recordManualFinding.js";
export { confirmFinding } from "./callables/confirmFinding.js";
export { clearFinding } from "./callables/clearFinding.js";
export { recomputeScores } from "./callables/recomputeScores.js";
export { importFees } from "./callables/importFees.js";
export { monthlyScoreRecompute } from "./triggers/monthlyScoreRecompute.js";
// Call reconciliation (B2.5a)
export { importCarrierCalls } from "./callables/importCarrierCalls.js";
export { clearCallFlag } from "./callables/clearCallFlag.js";
export { onReceptionReconcileCalls } from "./triggers/onReceptionReconcileCalls.js";

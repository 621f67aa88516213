/**
 * `onSurveyResponseWritten` (the design's "survey statistics" trigger, C2): an answer arrived,
 * was corrected or was removed, so the campaign's aggregate is rebuilt from all its responses.
 * Redelivered events and bursts cost at most a recomputation and never double-count.
 */
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { triggerPaths } from "../domain/paths.js";
import { db } from "../firestore/db.js";
import { recomputeSurveyAggregate } from "../firestore/surveyStatistics.js";
import { changedAtOf } from "./surveyChange.js";

/** The deployed trigger. */
export const onSurveyResponseWritten = onDocumentWritten(
  triggerPaths.surveyResponse,
  async (event) => {
    const { estateId, campaignId } = event.params;
    await recomputeSurveyAggregate(db(), estateId, campaignId, changedAtOf(event));
  },
);

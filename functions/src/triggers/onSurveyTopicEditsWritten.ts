/**
 * `onSurveyTopicEditsWritten` (C2 common opinions): the director merged, renamed or hid a
 * topic, so the aggregate is rebuilt with the edits applied; the dashboard, the report and the
 * committee's link all show the edited topics.
 */
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { triggerPaths } from "../domain/paths.js";
import { db } from "../firestore/db.js";
import { recomputeSurveyAggregate } from "../firestore/surveyStatistics.js";
import { changedAtOf } from "./surveyChange.js";

/** The deployed trigger. */
export const onSurveyTopicEditsWritten = onDocumentWritten(
  triggerPaths.surveyTopicEdits,
  async (event) => {
    const { estateId, campaignId } = event.params;
    await recomputeSurveyAggregate(db(), estateId, campaignId, changedAtOf(event));
  },
);

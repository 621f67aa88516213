/**
 * `onSurveyCampaignWritten` (C2): a campaign was created or its settings changed (e.g. which
 * levels count as satisfied), so its aggregate is rebuilt; a new campaign gets its empty
 * figures at once, so the dashboard never waits for the first answer.
 */
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { triggerPaths } from "../domain/paths.js";
import { db } from "../firestore/db.js";
import { recomputeSurveyAggregate } from "../firestore/surveyStatistics.js";
import { changedAtOf } from "./surveyChange.js";

/** The deployed trigger. */
export const onSurveyCampaignWritten = onDocumentWritten(
  triggerPaths.surveyCampaign,
  async (event) => {
    if (event.data?.after.exists !== true) return;
    const { estateId, campaignId } = event.params;
    await recomputeSurveyAggregate(db(), estateId, campaignId, changedAtOf(event));
  },
);

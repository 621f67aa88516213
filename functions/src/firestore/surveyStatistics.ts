/**
 * C2 "survey statistics": rebuilds a campaign's aggregate document from all its responses.
 * Recomputing from every response (instead of adding the one that changed) makes a trigger
 * delivered twice, or a corrected answer, count exactly once by construction. Under a burst
 * the work is shared: a change already covered by a newer computation is skipped, and an
 * older computation never replaces a newer one.
 */
import type { DocumentSnapshot, Firestore } from "firebase-admin/firestore";
import { logger } from "firebase-functions";
import { toSurveyResponse, type SurveyResponseRecord } from "../domain/schema/surveyResponse.js";
import type { SurveyAggregateRecord } from "../domain/schema/surveyAggregateRecord.js";
import type { TopicEdit } from "../domain/survey/commonOpinions.js";
import { latestPerHousehold, surveyAggregate } from "../domain/survey/surveyStatistics.js";
import { collections, converters } from "./collections.js";
import { paths } from "../domain/paths.js";

/** What a recomputation did. */
export type RecomputeOutcome = "written" | "upToDate" | "superseded" | "noCampaign";

/**
 * Recomputes the aggregate of one campaign.
 *
 * @param changedAt when the change that asks for it was committed (a response's update time);
 *   null to recompute unconditionally (links issued, campaign settings)
 * @param now the computation time recorded in the document
 */
export async function recomputeSurveyAggregate(
  firestore: Firestore,
  estateId: string,
  campaignId: string,
  changedAt: Date | null,
  now: Date = new Date(),
): Promise<RecomputeOutcome> {
  const typed = collections(firestore);
  const aggregateRef = typed.surveyAggregate(estateId, campaignId);
  if (changedAt !== null) {
    const stored = (await aggregateRef.get()).data();
    // Read times are kept to the millisecond: only a strictly later one surely covers the change.
    if (stored !== undefined && stored.sourceReadAt.getTime() > changedAt.getTime()) {
      logger.info("surveyAggregate.upToDate", {
        campaign: paths.surveyCampaign(estateId, campaignId),
        changedAt: changedAt.toISOString(),
        sourceReadAt: stored.sourceReadAt.toISOString(),
      });
      return "upToDate";
    }
  }
  // The settings first, then the responses: every change committed before the first read time
  // is in every read, so that instant is what this computation covers.
  const [campaign, roster, topicEdits] = await firestore.getAll(
    typed.surveyCampaigns(estateId).doc(campaignId),
    typed.surveyRoster(estateId, campaignId),
    typed.surveyTopicEdits(estateId, campaignId),
  );
  if (campaign === undefined || roster === undefined || topicEdits === undefined) {
    throw new Error("getAll returned fewer snapshots than asked");
  }
  const responses = await firestore.collection(paths.surveyResponses(estateId, campaignId)).get();
  const settings = converters.surveyCampaign.read(campaign);
  if (settings === null) return "noCampaign";
  const records: SurveyResponseRecord[] = [];
  for (const snapshot of responses.docs) {
    try {
      const record = converters.surveyResponse.read(snapshot);
      if (record !== null) records.push(record);
    } catch (error) {
      // Only submitSurvey writes responses; an unreadable one is reported, not counted.
      logger.error("surveyResponse.unreadable", { path: snapshot.ref.path, error: String(error) });
    }
  }
  const counted = latestPerHousehold(records.map(toSurveyResponse));
  const rosterData = converters.surveyRoster.read(roster);
  const aggregate = surveyAggregate(counted, {
    issued: rosterData?.households.length ?? null,
    satisfiedLevels: settings.satisfiedLevels,
    topicEdits: topicEditsOf(topicEdits),
    extraQuestions: settings.extraQuestions.map((question) => question.key),
  });
  const sourceReadAt = new Date(
    Math.min(campaign.readTime.toMillis(), responses.readTime.toMillis()),
  );
  const record: SurveyAggregateRecord = {
    id: "current",
    estateId,
    campaignId,
    ...aggregate,
    occupiedHouseholds: rosterData?.occupiedHouseholds ?? null,
    answeredHouseholds: counted.map((response) => response.household).sort(),
    sourceReadAt,
    computedAt: now,
  };
  const outcome = await firestore.runTransaction(async (transaction) => {
    const stored = (await transaction.get(aggregateRef)).data();
    if (stored !== undefined && stored.sourceReadAt.getTime() > sourceReadAt.getTime()) {
      return "superseded" as const;
    }
    transaction.set(aggregateRef, record);
    return "written" as const;
  });
  logger.info(`surveyAggregate.${outcome}`, {
    campaign: paths.surveyCampaign(estateId, campaignId),
    changedAt: changedAt?.toISOString() ?? null,
    sourceReadAt: sourceReadAt.toISOString(),
    returned: record.statistics.returned,
  });
  return outcome;
}

/** The director's topic edits; unreadable edits are reported and the topics shown unedited. */
function topicEditsOf(snapshot: DocumentSnapshot): readonly TopicEdit[] {
  try {
    return converters.surveyTopicEdits.read(snapshot)?.edits ?? [];
  } catch (error) {
    logger.error("surveyTopicEdits.unreadable", { path: snapshot.ref.path, error: String(error) });
    return [];
  }
}

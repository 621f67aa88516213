/**
 * Survey response (C1) as stored: one household's latest answer to one campaign. Path
 * `estates/{estateId}/surveyCampaigns/{campaignId}/responses/{householdId}`: the id is the
 * household, so a correction replaces the earlier answer (the latest counts) and a household
 * is never counted twice. Written only by the public function `submitSurvey`; read by the
 * director and admin of the estate and by the statistics trigger, never by the committee.
 */
import { z } from "zod";
import { SURVEY_AREA_KEYS, type SurveyArea } from "../survey/areas.js";
import { OPINION_MAX_LENGTH, type SurveyResponse } from "../survey/response.js";
import { docId, instant } from "./common.js";
import { satisfactionLevelSchema } from "./surveyCampaign.js";

/** The languages the survey page is shown in. */
export const surveyLanguageSchema = z.enum(["zh-Hant", "zh-Hans", "en"]);

const levelOrNull = satisfactionLevelSchema.nullable();

/** Every area's rating; null when unanswered or not asked by the campaign. */
export const storedRatingsSchema = z.object(
  Object.fromEntries(SURVEY_AREA_KEYS.map((key) => [key, levelOrNull])) as Record<
    SurveyArea,
    typeof levelOrNull
  >,
);

export const surveyResponseRecordSchema = z.object({
  id: docId,
  estateId: docId,
  campaignId: docId,
  householdId: docId,
  /** The household as owners read it, e.g. `3-2-501`. */
  label: z.string().trim().min(1).max(80),
  building: z.string().trim().min(1).max(20),
  ratings: storedRatingsSchema,
  /** Answers to the campaign's extra questions, by key; null when unanswered. */
  extraAnswers: z.record(z.string().max(40), levelOrNull),
  opinion: z.string().max(OPINION_MAX_LENGTH).nullable(),
  language: surveyLanguageSchema,
  /** The client's id of the submission: a redelivered submission is recognised and ignored. */
  submissionId: z.string().min(8).max(64),
  submittedAt: instant,
  firstSubmittedAt: instant,
  /** How many times the household has answered (1 = no correction). */
  revisions: z.int().min(1),
});
export type SurveyResponseRecord = z.infer<typeof surveyResponseRecordSchema>;

/** The stored answer as the statistics count it: one per household, keyed by household id. */
export function toSurveyResponse(record: SurveyResponseRecord): SurveyResponse {
  return {
    household: record.householdId,
    building: record.building,
    submittedAt: record.submittedAt,
    ratings: record.ratings,
    opinion: record.opinion,
    extraAnswers: record.extraAnswers,
  };
}

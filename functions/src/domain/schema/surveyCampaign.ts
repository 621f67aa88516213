/**
 * Survey campaign (業主意見調查, C1): title, when it is open, which of the eight areas it asks,
 * optional extra questions, which levels count as satisfied (C2) and the estate's targets
 * (C2/C5 report). Path `estates/{estateId}/surveyCampaigns/{campaignId}`.
 * Written by the director and admin of the estate; read by every staff member of the estate
 * and, through the public functions, by owners (title, areas, dates) and the committee.
 */
import { z } from "zod";
import {
  DEFAULT_SATISFIED_LEVELS,
  HIGHEST_LEVEL,
  LOWEST_LEVEL,
  SURVEY_AREA_KEYS,
  isSurveyArea,
  type SatisfactionLevel,
  type SurveyArea,
} from "../survey/areas.js";
import { docId, instant, requiredText, writeStamp } from "./common.js";

/** One of the eight areas of C1, by key. */
export const surveyAreaSchema = z
  .string()
  .refine(isSurveyArea, {
    error: (issue) =>
      `unknown area ${JSON.stringify(issue.input)} (the areas are ${SURVEY_AREA_KEYS.join(", ")})`,
  })
  .transform((key): SurveyArea => key);

/** A level of the five-level scale, 1 (很不滿意) to 5 (很滿意). */
export const satisfactionLevelSchema = z
  .int()
  .min(LOWEST_LEVEL)
  .max(HIGHEST_LEVEL)
  .transform((level) => level as SatisfactionLevel);

/** A fraction from 0 to 1 (a target rate). */
const fraction = z.number().min(0).max(1);

/**
 * The estate's targets (C2/C5), with the defaults of common practice in Chinese property
 * companies: links issued to ≥ 90% of occupied households, ≥ 80% of issued forms returned,
 * overall and every area ≥ 90% satisfied.
 */
export const surveyTargetsSchema = z.object({
  /** Links issued ÷ occupied (chargeable) households. */
  linksIssuedRate: fraction.default(0.9),
  /** Forms returned ÷ links issued (the response rate). */
  returnedRate: fraction.default(0.8),
  /** The overall satisfaction rate. */
  overallRate: fraction.default(0.9),
  /** Every area's satisfaction rate. */
  areaRate: fraction.default(0.9),
});
export type SurveyTargets = z.infer<typeof surveyTargetsSchema>;

/** The targets when a campaign sets none. */
export const DEFAULT_SURVEY_TARGETS: SurveyTargets = {
  linksIssuedRate: 0.9,
  returnedRate: 0.8,
  overallRate: 0.9,
  areaRate: 0.9,
};

/** A text in each of the three languages (zh-Hant, zh-Hans, en). */
export const labelsSchema = z.object({
  "zh-Hant": requiredText(200),
  "zh-Hans": requiredText(200),
  en: requiredText(200),
});

/** An extra question of a campaign, rated on the same five levels as the areas. */
export const extraQuestionSchema = z.object({
  key: z
    .string()
    .regex(
      /^[a-z][A-Za-z0-9]{0,39}$/,
      "must be a camelCase key such as parking (letters and digits)",
    )
    .refine((key) => !isSurveyArea(key), "must not be the key of one of the eight areas"),
  labels: labelsSchema,
});
export type ExtraQuestion = z.infer<typeof extraQuestionSchema>;

/** At most this many extra questions per campaign. */
export const MAX_EXTRA_QUESTIONS = 10;

const uniqueKeys = (values: readonly unknown[]) => new Set(values).size === values.length;

export const surveyCampaignSchema = z
  .object({
    id: docId,
    estateId: docId,
    title: requiredText(100),
    opensAt: instant,
    closesAt: instant,
    /** The areas asked, a non-empty selection of the eight of C1 (all eight by default). */
    areas: z
      .array(surveyAreaSchema)
      .min(1, "a campaign asks at least one area")
      .max(SURVEY_AREA_KEYS.length)
      .refine(uniqueKeys, "an area is listed twice")
      .default([...SURVEY_AREA_KEYS]),
    extraQuestions: z
      .array(extraQuestionSchema)
      .max(MAX_EXTRA_QUESTIONS)
      .refine((questions) => uniqueKeys(questions.map((question) => question.key)), {
        error: "two extra questions have the same key",
      })
      .default([]),
    /** The levels that count as satisfied (C2; 4 and 5 unless the company counts otherwise). */
    satisfiedLevels: z
      .array(satisfactionLevelSchema)
      .min(1, "at least one level counts as satisfied")
      .max(5)
      .refine(uniqueKeys, "a level is listed twice")
      .default([...DEFAULT_SATISFIED_LEVELS]),
    targets: surveyTargetsSchema.default(DEFAULT_SURVEY_TARGETS),
    ...writeStamp,
  })
  .refine((campaign) => campaign.closesAt.getTime() > campaign.opensAt.getTime(), {
    error: "closesAt must be after opensAt",
    path: ["closesAt"],
  });
export type SurveyCampaign = z.infer<typeof surveyCampaignSchema>;

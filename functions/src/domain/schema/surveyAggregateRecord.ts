/**
 * The statistics of a campaign as stored (C2, "survey statistics"): one bounded document the
 * dashboard, the report and the committee's link read, whatever the number of answers. Path
 * `estates/{estateId}/surveyCampaigns/{campaignId}/aggregate/current`. Written only by the
 * statistics trigger (and by `issueSurveyLinks`), which rebuild it from every response;
 * read by every staff member of the estate and, through `committeeReport`, by the committee.
 */
import { z } from "zod";
import { SURVEY_AREA_KEYS, type SurveyArea } from "../survey/areas.js";
import type { SurveyAggregate } from "../survey/surveyStatistics.js";
import { docId, instant } from "./common.js";

const count = z.int().nonnegative();
const rate = z.number().min(0).max(1).nullable();

const satisfactionFigures = z.object({ answered: count, satisfied: count, rate });
const areaStatistics = satisfactionFigures.extend({ mean: z.number().min(1).max(5).nullable() });
const perArea = <T extends z.ZodType>(schema: T) =>
  z.object(
    Object.fromEntries(SURVEY_AREA_KEYS.map((key) => [key, schema])) as Record<SurveyArea, T>,
  );

const levelCounts = z.object({ "1": count, "2": count, "3": count, "4": count, "5": count });

export const surveyStatisticsSchema = z.object({
  returned: count,
  issued: count.nullable(),
  responseRate: z.number().min(0).nullable(),
  overall: satisfactionFigures,
  areas: perArea(areaStatistics),
  byBuilding: z.record(
    z.string(),
    z.object({ returned: count, answered: count, satisfied: count, overallRate: rate }),
  ),
});

export const opinionTopicSchema = z.object({
  topic: z.string(),
  count,
  examples: z.array(z.string()),
  areas: z.array(z.enum(SURVEY_AREA_KEYS as [SurveyArea, ...SurveyArea[]])),
  terms: z.array(z.string()),
});

export const surveyAggregateRecordSchema = z.object({
  id: z.literal("current"),
  estateId: docId,
  campaignId: docId,
  statistics: surveyStatisticsSchema,
  levelCounts: perArea(levelCounts),
  /**
   * The campaign's extra questions, by key (bounded by the campaign's ten questions); empty in
   * documents written before extra questions were counted.
   */
  extraQuestions: z.record(z.string().max(40), areaStatistics.extend({ levelCounts })).default({}),
  /** The common opinions with the director's edits applied, at most a bounded number. */
  commonOpinions: z.array(opinionTopicSchema),
  opinions: count,
  /** Occupied households when the links were issued (target: links issued ÷ occupied). */
  occupiedHouseholds: count.nullable(),
  /** Households whose answer counts: the reminders list is the roster minus these. */
  answeredHouseholds: z.array(docId),
  /** The read time of the responses this document was computed from (newer never replaced by older). */
  sourceReadAt: instant,
  computedAt: instant,
}) satisfies z.ZodType<SurveyAggregate & { id: "current" }>;
export type SurveyAggregateRecord = z.infer<typeof surveyAggregateRecordSchema>;

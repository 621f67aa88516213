/**
 * C2: the statistics of a survey campaign (調查表的回收份數,總的滿意率以及分項滿意率):
 * forms returned, response rate, the overall satisfaction rate, each area's rate and mean,
 * and the same by building. Pure: the trigger recomputes them from all responses.
 */
import {
  DEFAULT_SATISFIED_LEVELS,
  SATISFACTION_LEVELS,
  SURVEY_AREA_KEYS,
  type SatisfactionLevel,
  type SurveyArea,
} from "./areas.js";
import {
  commonOpinions,
  DEFAULT_COMMON_OPINION_SETTINGS,
  type CommonOpinionSettings,
  type OpinionTopic,
  type TopicEdit,
} from "./commonOpinions.js";
import type { SurveyResponse } from "./response.js";

/** How a campaign counts. */
export interface SurveySettings {
  /** Survey links / forms issued; null when unknown (then the response rate is null). */
  issued: number | null;
  /** The levels that count as satisfied (default 4 and 5). */
  satisfiedLevels: readonly SatisfactionLevel[];
}

/** The settings when a campaign sets nothing. */
export const DEFAULT_SURVEY_SETTINGS: SurveySettings = {
  issued: null,
  satisfiedLevels: DEFAULT_SATISFIED_LEVELS,
};

/** Satisfaction over a set of answered ratings. `rate` is null when nothing was answered. */
export interface SatisfactionFigures {
  /** Ratings given (unanswered areas are not counted). */
  answered: number;
  /** Ratings at a satisfied level. */
  satisfied: number;
  /** satisfied ÷ answered, a fraction rounded to 4 decimals; null when answered is 0. */
  rate: number | null;
}

/** One area's figures (分項滿意率) plus its mean rating. */
export interface AreaStatistics extends SatisfactionFigures {
  /** The mean of the answered ratings, rounded to 2 decimals; null when answered is 0. */
  mean: number | null;
}

/** One building's figures. */
export interface BuildingStatistics {
  /** Households of the building whose answer counts. */
  returned: number;
  /** Answered area ratings of the building, pooled. */
  answered: number;
  satisfied: number;
  /** The building's overall satisfaction rate; null when it answered no area. */
  overallRate: number | null;
}

/** The statistics of a campaign (C2). */
export interface SurveyStatistics {
  /** Forms returned (回收份數): distinct households with a counted answer. */
  returned: number;
  issued: number | null;
  /** returned ÷ issued, rounded to 4 decimals; null when issued is unknown or 0. */
  responseRate: number | null;
  /** The overall satisfaction rate (總的滿意率): every answered area rating, pooled. */
  overall: SatisfactionFigures;
  /** Per area, in C1 order. */
  areas: Record<SurveyArea, AreaStatistics>;
  /** Per building, in natural order of the building names ("2" before "10"). */
  byBuilding: Record<string, BuildingStatistics>;
}

/**
 * `numerator ÷ denominator` rounded half-up to `decimals` places, computed on integers so
 * that 5 ÷ 8 = 0.625 → 0.63 exactly (no float artefacts); null when the denominator is 0.
 */
export function roundedRatio(
  numerator: number,
  denominator: number,
  decimals: number,
): number | null {
  if (denominator === 0) return null;
  const scale = 10 ** decimals;
  const scaled = numerator * scale;
  let quotient = Math.floor(scaled / denominator);
  const remainder = scaled - quotient * denominator;
  if (remainder * 2 >= denominator) quotient += 1;
  return quotient / scale;
}

/** A rate (fraction) rounded to 4 decimals, or null for a zero denominator. */
export function rate(satisfied: number, answered: number): number | null {
  return roundedRatio(satisfied, answered, 4);
}

/**
 * Keeps one response per household: the one with the latest `submittedAt` (a correction
 * replaces the earlier answer). For equal instants the later one in the input wins.
 * The result keeps the input order of the kept responses.
 */
export function latestPerHousehold(responses: readonly SurveyResponse[]): SurveyResponse[] {
  const latest = new Map<string, { response: SurveyResponse; position: number }>();
  responses.forEach((response, position) => {
    const kept = latest.get(response.household);
    if (!kept || response.submittedAt.getTime() >= kept.response.submittedAt.getTime()) {
      latest.set(response.household, { response, position });
    }
  });
  return [...latest.values()]
    .sort((left, right) => left.position - right.position)
    .map((entry) => entry.response);
}

const buildingOrder = new Intl.Collator("en", { numeric: true });

/** The histogram of one area: how many ratings each level got (index = level). */
type LevelCounts = [number, number, number, number, number, number];

function emptyCounts(): LevelCounts {
  return [0, 0, 0, 0, 0, 0];
}

interface Tally {
  levels: Record<SurveyArea, LevelCounts>;
  byBuilding: Map<string, { returned: number; answered: number; satisfied: number }>;
  returned: number;
}

function tally(counted: readonly SurveyResponse[], satisfied: ReadonlySet<number>): Tally {
  const levels = Object.fromEntries(SURVEY_AREA_KEYS.map((key) => [key, emptyCounts()])) as Record<
    SurveyArea,
    LevelCounts
  >;
  const byBuilding = new Map<string, { returned: number; answered: number; satisfied: number }>();
  for (const response of counted) {
    let building = byBuilding.get(response.building);
    if (!building) {
      building = { returned: 0, answered: 0, satisfied: 0 };
      byBuilding.set(response.building, building);
    }
    building.returned += 1;
    for (const key of SURVEY_AREA_KEYS) {
      const level = response.ratings[key];
      if (level === null) continue;
      levels[key][level] += 1;
      building.answered += 1;
      if (satisfied.has(level)) building.satisfied += 1;
    }
  }
  return { levels, byBuilding, returned: counted.length };
}

/** The rate and mean of one question's level histogram. */
function levelFigures(counts: LevelCounts, satisfied: ReadonlySet<number>): AreaStatistics {
  let answered = 0;
  let satisfiedCount = 0;
  let sum = 0;
  for (const { level } of SATISFACTION_LEVELS) {
    answered += counts[level];
    sum += level * counts[level];
    if (satisfied.has(level)) satisfiedCount += counts[level];
  }
  return {
    answered,
    satisfied: satisfiedCount,
    rate: rate(satisfiedCount, answered),
    mean: roundedRatio(sum, answered, 2),
  };
}

function levelCountsRecord(counts: LevelCounts): Record<`${SatisfactionLevel}`, number> {
  return { "1": counts[1], "2": counts[2], "3": counts[3], "4": counts[4], "5": counts[5] };
}

function figuresOf(
  tallied: Tally,
  settings: SurveySettings,
  satisfied: ReadonlySet<number>,
): SurveyStatistics {
  let overallAnswered = 0;
  let overallSatisfied = 0;
  const areas = {} as Record<SurveyArea, AreaStatistics>;
  for (const key of SURVEY_AREA_KEYS) {
    const figures = levelFigures(tallied.levels[key], satisfied);
    overallAnswered += figures.answered;
    overallSatisfied += figures.satisfied;
    areas[key] = figures;
  }
  const byBuilding: Record<string, BuildingStatistics> = {};
  for (const name of [...tallied.byBuilding.keys()].sort(buildingOrder.compare)) {
    const building = tallied.byBuilding.get(name);
    if (!building) continue;
    byBuilding[name] = { ...building, overallRate: rate(building.satisfied, building.answered) };
  }
  const issued = settings.issued;
  return {
    returned: tallied.returned,
    issued,
    responseRate: issued === null ? null : rate(tallied.returned, issued),
    overall: {
      answered: overallAnswered,
      satisfied: overallSatisfied,
      rate: rate(overallSatisfied, overallAnswered),
    },
    areas,
    byBuilding,
  };
}

/**
 * C2: the statistics of a campaign from its valid responses. A household answering more
 * than once counts once, with its latest answer; an unanswered area is left out of that
 * area's denominator; the overall rate pools every answered area rating.
 */
export function surveyStatistics(
  responses: readonly SurveyResponse[],
  settings: Partial<SurveySettings> = {},
): SurveyStatistics {
  const full: SurveySettings = {
    issued: settings.issued ?? null,
    satisfiedLevels: settings.satisfiedLevels ?? DEFAULT_SATISFIED_LEVELS,
  };
  const satisfied = new Set<number>(full.satisfiedLevels);
  return figuresOf(tally(latestPerHousehold(responses), satisfied), full, satisfied);
}

/**
 * The campaign's aggregate document, read by the dashboard and the report: the statistics,
 * each area's level histogram (for the charts) and the common opinions. Its size depends on
 * the number of buildings and topics (capped), never on the number of responses, so the
 * dashboard reads one bounded document. The trigger rebuilds it from all responses, which
 * makes a twice-delivered or corrected answer harmless.
 */
export interface SurveyAggregate {
  statistics: SurveyStatistics;
  /** Per area: ratings given at each level, `{ "1": n, …, "5": n }`. */
  levelCounts: Record<SurveyArea, Record<`${SatisfactionLevel}`, number>>;
  /**
   * The campaign's extra questions (C1 "optional extra questions"), each like an area: rate,
   * mean and level histogram, in the campaign's order. Not part of the overall rate, which
   * pools the eight areas of C1.
   */
  extraQuestions: Record<string, ExtraQuestionStatistics>;
  /** The common opinions (共性意見), at most `maxTopics`, before the director's edits. */
  commonOpinions: OpinionTopic[];
  /** Opinions (of counted responses) that were written at all. */
  opinions: number;
}

/** One extra question's figures: like an area's, plus its level histogram (for its chart). */
export interface ExtraQuestionStatistics extends AreaStatistics {
  levelCounts: Record<`${SatisfactionLevel}`, number>;
}

/**
 * The figures of the campaign's extra questions from the counted responses (one per
 * household): an unanswered question is left out of its denominator, as an unanswered area
 * is. Answers to a question the campaign no longer asks are not counted.
 */
export function extraQuestionStatistics(
  counted: readonly SurveyResponse[],
  questionKeys: readonly string[],
  satisfied: ReadonlySet<number>,
): Record<string, ExtraQuestionStatistics> {
  const histograms = new Map(questionKeys.map((key) => [key, emptyCounts()]));
  for (const response of counted) {
    for (const [key, counts] of histograms) {
      const level = response.extraAnswers?.[key] ?? null;
      if (level !== null) counts[level] += 1;
    }
  }
  const figures: Record<string, ExtraQuestionStatistics> = {};
  for (const [key, counts] of histograms) {
    figures[key] = { ...levelFigures(counts, satisfied), levelCounts: levelCountsRecord(counts) };
  }
  return figures;
}

/** Bounds of the aggregate document. */
export interface SurveyAggregateSettings extends SurveySettings {
  /** The keys of the campaign's extra questions, in its order. */
  extraQuestions: readonly string[];
  commonOpinions: CommonOpinionSettings;
  /** The director's edits to the topics (merge, rename, hide), applied in order. */
  topicEdits: readonly TopicEdit[];
  /** At most this many topics are kept in the document (default {@link DEFAULT_MAX_TOPICS}). */
  maxTopics: number;
}

/** Topics kept in the aggregate document unless a campaign says otherwise. */
export const DEFAULT_MAX_TOPICS = 50;

/** Builds the aggregate document of a campaign from all its valid responses. */
export function surveyAggregate(
  responses: readonly SurveyResponse[],
  settings: Partial<SurveyAggregateSettings> = {},
): SurveyAggregate {
  const full: SurveyAggregateSettings = {
    issued: settings.issued ?? null,
    satisfiedLevels: settings.satisfiedLevels ?? DEFAULT_SATISFIED_LEVELS,
    commonOpinions: settings.commonOpinions ?? DEFAULT_COMMON_OPINION_SETTINGS,
    topicEdits: settings.topicEdits ?? [],
    maxTopics: settings.maxTopics ?? DEFAULT_MAX_TOPICS,
    extraQuestions: settings.extraQuestions ?? [],
  };
  const satisfied = new Set<number>(full.satisfiedLevels);
  const counted = latestPerHousehold(responses);
  const tallied = tally(counted, satisfied);
  const levelCounts = {} as SurveyAggregate["levelCounts"];
  for (const key of SURVEY_AREA_KEYS) levelCounts[key] = levelCountsRecord(tallied.levels[key]);
  const opinions = counted.flatMap((response) =>
    response.opinion === null ? [] : [response.opinion],
  );
  return {
    statistics: figuresOf(tallied, full, satisfied),
    levelCounts,
    extraQuestions: extraQuestionStatistics(counted, full.extraQuestions, satisfied),
    commonOpinions: commonOpinions(opinions, full.commonOpinions, full.topicEdits).slice(
      0,
      full.maxTopics,
    ),
    opinions: opinions.length,
  };
}

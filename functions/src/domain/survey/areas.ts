/**
 * C1: what the yearly owner survey (業主意見調查) asks about, as data.
 * Article 3 clause 一 lists the eight areas in this order; the five levels are the
 * usual five-point scale of Chinese property-management satisfaction forms.
 */

/** A language the survey is shown in (zh-Hant by default). */
export type SurveyLanguage = "zh-Hant" | "zh-Hans" | "en";

/** A text in each survey language. */
export type SurveyLabels = Readonly<Record<SurveyLanguage, string>>;

/** The eight areas of C1, in the seed's order a)–h). */
export const SURVEY_AREAS = [
  {
    key: "power",
    labels: { "zh-Hant": "供電管理", "zh-Hans": "供电管理", en: "Power supply" },
  },
  {
    key: "water",
    labels: { "zh-Hant": "供水管理", "zh-Hans": "供水管理", en: "Water supply" },
  },
  {
    key: "fireSecurity",
    labels: { "zh-Hant": "消防治安管理", "zh-Hans": "消防治安管理", en: "Fire and security" },
  },
  {
    key: "sanitation",
    labels: { "zh-Hant": "衛生管理", "zh-Hans": "卫生管理", en: "Sanitation" },
  },
  {
    key: "greening",
    labels: { "zh-Hant": "綠化管理", "zh-Hans": "绿化管理", en: "Greening" },
  },
  {
    key: "publicFacilities",
    labels: { "zh-Hant": "公共設施管理", "zh-Hans": "公共设施管理", en: "Public facilities" },
  },
  {
    key: "repair",
    labels: { "zh-Hant": "維修服務", "zh-Hans": "维修服务", en: "Repair service" },
  },
  {
    key: "attitude",
    labels: { "zh-Hant": "服務態度", "zh-Hans": "服务态度", en: "Service attitude" },
  },
] as const satisfies readonly { key: string; labels: SurveyLabels }[];

/** One of the eight areas of C1. */
export type SurveyArea = (typeof SURVEY_AREAS)[number]["key"];

/** The area keys in C1 order (the order of every per-area output). */
export const SURVEY_AREA_KEYS: readonly SurveyArea[] = SURVEY_AREAS.map((area) => area.key);

/** True when `key` names one of the eight areas. */
export function isSurveyArea(key: string): key is SurveyArea {
  return (SURVEY_AREA_KEYS as readonly string[]).includes(key);
}

/** A rating on the five-level scale: 5 很滿意 … 1 很不滿意. */
export type SatisfactionLevel = 1 | 2 | 3 | 4 | 5;

/** The five levels, best first, as the survey page lists them. */
export const SATISFACTION_LEVELS = [
  { level: 5, labels: { "zh-Hant": "很滿意", "zh-Hans": "很满意", en: "Very satisfied" } },
  { level: 4, labels: { "zh-Hant": "滿意", "zh-Hans": "满意", en: "Satisfied" } },
  { level: 3, labels: { "zh-Hant": "一般", "zh-Hans": "一般", en: "Neutral" } },
  { level: 2, labels: { "zh-Hant": "不滿意", "zh-Hans": "不满意", en: "Dissatisfied" } },
  { level: 1, labels: { "zh-Hant": "很不滿意", "zh-Hans": "很不满意", en: "Very dissatisfied" } },
] as const satisfies readonly { level: SatisfactionLevel; labels: SurveyLabels }[];

/** The lowest level, 很不滿意. */
export const LOWEST_LEVEL = 1;

/** The highest level, 很滿意. */
export const HIGHEST_LEVEL = 5;

/**
 * The levels that count as "satisfied" (滿意率) unless a campaign says otherwise:
 * 很滿意 and 滿意. Companies differ, so a campaign may choose its own set.
 */
export const DEFAULT_SATISFIED_LEVELS: readonly SatisfactionLevel[] = [4, 5];

/** Display helpers of the assessment screens: rule texts in the reader's language, times. */
import {
  catalogueForMonth,
  catalogueVersions,
  type Rule,
  type RuleCode,
} from "@domain/assessment/catalogue.js";
import { toZonedIso, type MonthKey } from "@domain/time.js";
import { isLanguage, type Language } from "../../i18n/languages.js";

/** The language of a rule description for an i18next language code (zh-Hant by default). */
export function ruleLanguage(code: string): Language {
  return isLanguage(code) ? code : "zh-Hant";
}

/** The rule of a code in the catalogue in force in a month (undefined if none covers it). */
export function ruleOf(month: MonthKey, code: RuleCode): Rule | undefined {
  try {
    return catalogueForMonth(catalogueVersions, month).rules.find((rule) => rule.code === code);
  } catch {
    return undefined;
  }
}

/** `2026-10-31 20:00` in the estate's zone. */
export function localTime(instant: Date, timeZone: string): string {
  return toZonedIso(instant, timeZone).slice(0, 16).replace("T", " ");
}

/** Points with their sign: `+100`, `-20`, `0`. */
export function signed(points: number): string {
  return points > 0 ? `+${String(points)}` : String(points);
}

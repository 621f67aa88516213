/**
 * C1: one household's answer to a survey campaign, as the domain sees it.
 * Written by the public survey page (through an HTTPS function) and by `huiyin survey-stats`
 * input files; read by the statistics (C2) and the common opinions.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import { DEFAULT_TIME_ZONE } from "../time.js";
import {
  HIGHEST_LEVEL,
  LOWEST_LEVEL,
  SURVEY_AREA_KEYS,
  type SatisfactionLevel,
  type SurveyArea,
} from "./areas.js";

/** The longest opinion (意見) an owner may write, in characters (UTF-16 code units). */
export const OPINION_MAX_LENGTH = 1000;

/** A rating for each of the eight areas; `null` when the owner left the area unanswered. */
export type SurveyRatings = Record<SurveyArea, SatisfactionLevel | null>;

/** One household's answer, normalised: every area present (null = unanswered), opinion or null. */
export interface SurveyResponse {
  /** The household (房屋) that answered, e.g. `3-2-501` (building-unit-room). */
  household: string;
  /** The building the household belongs to, e.g. `3`. */
  building: string;
  /** When the answer was submitted; of several answers of a household the latest counts. */
  submittedAt: Date;
  ratings: SurveyRatings;
  /** The free-text opinion, trimmed; null when none was written. */
  opinion: string | null;
  /**
   * Answers to the campaign's extra questions (same five levels), by question key; null when
   * unanswered. Absent in `huiyin survey-stats` files, whose format has no extra questions.
   */
  extraAnswers?: Readonly<Record<string, SatisfactionLevel | null>>;
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "number") return String(value);
  return JSON.stringify(value);
}

const ratingError = (issue: { input?: unknown }): string =>
  `must be an integer from ${LOWEST_LEVEL} to ${HIGHEST_LEVEL} or null, got ${describe(issue.input)}`;

/** A rating of one area: an integer 1–5, or null / missing when unanswered. */
export const ratingSchema = z
  .int({ error: ratingError })
  .min(LOWEST_LEVEL, { error: ratingError })
  .max(HIGHEST_LEVEL, { error: ratingError })
  .nullable()
  .optional()
  .transform((value) => (value ?? null) as SatisfactionLevel | null);

const ratingShape = Object.fromEntries(
  SURVEY_AREA_KEYS.map((key) => [key, ratingSchema]),
) as Record<SurveyArea, typeof ratingSchema>;

/** The ratings object: only the eight area keys are allowed; an absent area is unanswered. */
export const ratingsSchema = z
  .strictObject(ratingShape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown area ${issue.keys.map((key) => JSON.stringify(key)).join(", ")} (the areas are ${SURVEY_AREA_KEYS.join(", ")})`
        : `ratings must be an object of area → rating, got ${describe(issue.input)}`,
  })
  .nullable()
  .optional()
  .transform((ratings): SurveyRatings => {
    const full = {} as SurveyRatings;
    for (const key of SURVEY_AREA_KEYS) full[key] = ratings?.[key] ?? null;
    return full;
  });

const identifier = (field: string) =>
  z
    .union([z.string(), z.number()], {
      error: (issue) =>
        issue.input === undefined || issue.input === null
          ? `${field} is required`
          : `${field} must be a string, got ${describe(issue.input)}`,
    })
    .transform((value) => String(value).trim())
    .refine((value) => value !== "", { error: `${field} must not be empty` });

/** ISO 8601, or the same with a space for the `T` (as spreadsheets write it). */
function parseInstantText(text: string): DateTime {
  const iso = DateTime.fromISO(text, { zone: DEFAULT_TIME_ZONE });
  return iso.isValid ? iso : DateTime.fromSQL(text, { zone: DEFAULT_TIME_ZONE });
}

/**
 * An instant: a Date, or an ISO 8601 date-time text. A text without an offset is read in the
 * estate's default zone (Asia/Shanghai), as owners and staff write local times.
 */
export const instantSchema = z
  .union([z.date(), z.string()], {
    error: (issue) =>
      issue.input === undefined || issue.input === null
        ? "submittedAt is required"
        : `submittedAt must be an ISO 8601 date-time, got ${describe(issue.input)}`,
  })
  .transform((value, context) => {
    const instant =
      value instanceof Date ? DateTime.fromJSDate(value) : parseInstantText(value.trim());
    if (!instant.isValid) {
      context.addIssue({
        code: "custom",
        message: `submittedAt must be an ISO 8601 date-time, got ${describe(value)}`,
      });
      return z.NEVER;
    }
    return instant.toJSDate();
  });

/** The opinion box: text up to {@link OPINION_MAX_LENGTH} characters, or null / missing. */
export const opinionSchema = z
  .string({ error: (issue) => `opinion must be text, got ${describe(issue.input)}` })
  .max(OPINION_MAX_LENGTH, {
    error: (issue) =>
      `opinion is too long: at most ${OPINION_MAX_LENGTH} characters, got ${String((issue.input as string).length)}`,
  })
  .nullable()
  .optional()
  .transform((value) => {
    const text = value?.trim() ?? "";
    return text === "" ? null : text;
  });

/**
 * A survey response as submitted. `building` may be omitted when the household is written
 * `building-unit-room` (e.g. `3-2-501`): it is then the part before the first `-`.
 * Other top-level fields (extra questions, ids) are ignored here.
 */
export const surveyResponseSchema = z
  .object(
    {
      household: identifier("household"),
      building: identifier("building").optional(),
      submittedAt: instantSchema,
      ratings: ratingsSchema,
      opinion: opinionSchema,
    },
    { error: (issue) => `a response must be an object, got ${describe(issue.input)}` },
  )
  .transform((response, context): SurveyResponse => {
    const building = response.building ?? buildingOfHousehold(response.household);
    if (building === null) {
      context.addIssue({
        code: "custom",
        path: ["building"],
        message: `building is required (household "${response.household}" is not written building-unit-room)`,
      });
      return z.NEVER;
    }
    return { ...response, building };
  });

/** The building part of a `building-unit-room` household label, or null when there is none. */
export function buildingOfHousehold(household: string): string | null {
  const dash = household.indexOf("-");
  if (dash <= 0) return null;
  return household.slice(0, dash).trim() || null;
}

/** A response that could not be counted: its 0-based position in the input and why. */
export interface SurveyResponseError {
  index: number;
  reason: string;
}

/** Formats a zod error as `path: message; …`, naming the field of each problem. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join(".");
      return path === "" ? issue.message : `${path}: ${issue.message}`;
    })
    .join("; ");
}

/**
 * Validates raw entries (e.g. a JSON array). Valid ones come back with their position;
 * each invalid one becomes an error with its position and reason and is not counted.
 */
export function parseSurveyResponses(entries: readonly unknown[]): {
  responses: SurveyResponse[];
  errors: SurveyResponseError[];
} {
  const responses: SurveyResponse[] = [];
  const errors: SurveyResponseError[] = [];
  entries.forEach((entry, index) => {
    const result = surveyResponseSchema.safeParse(entry);
    if (result.success) responses.push(result.data);
    else errors.push({ index, reason: describeZodError(result.error) });
  });
  return { responses, errors };
}

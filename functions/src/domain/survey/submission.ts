/**
 * C1: what the public survey page sends, and the stored answer it becomes. The body is
 * size-limited and checked field by field; a submission that asks nothing the campaign asks
 * is refused with reasons, and nothing of it is stored.
 */
import { z } from "zod";
import type { SurveyCampaign } from "../schema/surveyCampaign.js";
import type { SurveyLink } from "../schema/surveyLink.js";
import { surveyLanguageSchema, type SurveyResponseRecord } from "../schema/surveyResponse.js";
import { describeValidationError } from "../validationMessage.js";
import { SURVEY_AREA_KEYS, type SatisfactionLevel } from "./areas.js";
import { opinionSchema, ratingSchema, ratingsSchema } from "./response.js";

/** The largest request body the survey functions read, in bytes (an answer is far smaller). */
export const MAX_SUBMISSION_BYTES = 16 * 1024;

/** A link token as issued: base64url, 24 characters for 144 bits (some slack either way). */
export const surveyTokenSchema = z
  .string({ error: "token is required" })
  .regex(/^[A-Za-z0-9_-]{22,64}$/, "token is not a survey link token");

/** The body of `openSurvey` and `committeeReport`: the token alone. */
export const tokenRequestSchema = z.strictObject({ token: surveyTokenSchema });

/** The body of `submitSurvey`. */
export const surveySubmissionSchema = z.strictObject({
  token: surveyTokenSchema,
  /** Chosen by the page once per answer, so a resent request is recognised. */
  submissionId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "submissionId must be 8–64 letters"),
  language: surveyLanguageSchema.default("zh-Hant"),
  ratings: ratingsSchema,
  extraAnswers: z.record(z.string().max(40), ratingSchema).default({}),
  opinion: opinionSchema,
});
export type SurveySubmission = z.infer<typeof surveySubmissionSchema>;

/** Why a submission was refused: one line per problem, naming the field. */
export class SubmissionRefused extends Error {
  constructor(readonly reasons: string[]) {
    super(reasons.join("; "));
    this.name = "SubmissionRefused";
  }
}

/** Parses a request body; throws {@link SubmissionRefused} with the reasons. */
export function parseSubmission(body: unknown): SurveySubmission {
  const parsed = surveySubmissionSchema.safeParse(body);
  if (!parsed.success) {
    throw new SubmissionRefused(
      describeValidationError("submission", parsed.error)
        .replace(/^submission is invalid: /, "")
        .split("; "),
    );
  }
  return parsed.data;
}

/**
 * The stored answer of a submission through a valid link of an open campaign. An area the
 * campaign does not ask, or an unknown extra question, is refused; an answer with nothing
 * rated and no opinion is refused too (it would count as returned while saying nothing).
 * `previous` is the household's earlier answer, which this one replaces (a correction).
 *
 * @throws SubmissionRefused with every reason
 */
export function responseRecordOf(
  campaign: Pick<SurveyCampaign, "id" | "estateId" | "areas" | "extraQuestions">,
  link: Pick<SurveyLink, "householdId" | "label" | "building">,
  submission: SurveySubmission,
  previous: Pick<SurveyResponseRecord, "firstSubmittedAt" | "revisions"> | null,
  now: Date,
): SurveyResponseRecord {
  const reasons: string[] = [];
  const asked = new Set<string>(campaign.areas);
  for (const key of SURVEY_AREA_KEYS) {
    if (!asked.has(key) && submission.ratings[key] !== null) {
      reasons.push(`ratings.${key}: this survey does not ask about ${key}`);
    }
  }
  const extraKeys = new Set(campaign.extraQuestions.map((question) => question.key));
  const extraAnswers: Record<string, SatisfactionLevel | null> = {};
  for (const question of campaign.extraQuestions) extraAnswers[question.key] = null;
  for (const [key, level] of Object.entries(submission.extraAnswers)) {
    if (!extraKeys.has(key)) reasons.push(`extraAnswers.${key}: this survey has no such question`);
    else extraAnswers[key] = level;
  }
  const anything =
    SURVEY_AREA_KEYS.some((key) => submission.ratings[key] !== null) ||
    Object.values(extraAnswers).some((level) => level !== null) ||
    submission.opinion !== null;
  if (!anything) reasons.push("the form is empty: rate at least one area or write an opinion");
  if (reasons.length > 0) throw new SubmissionRefused(reasons);
  return {
    id: link.householdId,
    estateId: campaign.estateId,
    campaignId: campaign.id,
    householdId: link.householdId,
    label: link.label,
    building: link.building,
    ratings: submission.ratings,
    extraAnswers,
    opinion: submission.opinion,
    language: submission.language,
    submissionId: submission.submissionId,
    submittedAt: now,
    firstSubmittedAt: previous?.firstSubmittedAt ?? now,
    revisions: (previous?.revisions ?? 0) + 1,
  };
}

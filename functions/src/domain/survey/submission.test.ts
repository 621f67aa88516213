import { describe, expect, it } from "vitest";
import {
  parseSubmission,
  responseRecordOf,
  SubmissionRefused,
  type SurveySubmission,
} from "./submission.js";

const campaign = {
  id: "survey-2026",
  estateId: "demo-estate",
  areas: ["power", "water", "greening"] as ("power" | "water" | "greening")[],
  extraQuestions: [
    { key: "parking", labels: { "zh-Hant": "停車管理", "zh-Hans": "停车管理", en: "Parking" } },
  ],
};
const link = { householdId: "h-3-2-501", label: "3-2-501", building: "3" };
const now = new Date("2026-10-10T20:15:00+08:00");
const TOKEN = "AAAAAAAAAAAAAAAAAAAAAAAA";

function submission(body: Record<string, unknown>): SurveySubmission {
  return parseSubmission({ token: TOKEN, submissionId: "sub-00000001", ...body });
}

function reasonsOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof SubmissionRefused) return error.reasons;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("C1 the public page's submission is checked field by field, with reasons", () => {
  it.each([
    {
      case: "a rating of 6",
      body: { ratings: { power: 6 } },
      reason: "ratings.power: must be an integer from 1 to 5",
    },
    {
      case: "a rating of 2.5",
      body: { ratings: { water: 2.5 } },
      reason: "ratings.water: must be an integer from 1 to 5",
    },
    {
      case: "an unknown area",
      body: { ratings: { parking: 4 } },
      reason: 'unknown area "parking"',
    },
    {
      case: "an opinion of 1001 characters",
      body: { opinion: "好".repeat(1001) },
      reason: "opinion is too long",
    },
    { case: "an unknown language", body: { language: "fr" }, reason: "language" },
    {
      case: "a field the page never sends",
      body: { householdId: "h-1-1-101" },
      reason: 'Unrecognized key: "householdId"',
    },
    { case: "no token", body: { token: undefined }, reason: "token is required" },
    {
      case: "a token with a slash",
      body: { token: "AAAAAAAAAAAA/AAAAAAAAAAA" },
      reason: "token is not a survey link token",
    },
  ])("refuses $case", ({ body, reason }) => {
    expect(reasonsOf(() => submission(body)).join("; ")).toContain(reason);
  });

  it("accepts any area left unanswered (null or absent)", () => {
    const parsed = submission({ ratings: { power: 5, water: null } });
    expect(parsed.ratings).toMatchObject({ power: 5, water: null, greening: null });
    expect(parsed.language).toBe("zh-Hant");
  });
});

describe("C1 the stored answer: one per household, the latest replaces the earlier", () => {
  it("a first answer: revision 1, first submitted now, unasked extra answers null", () => {
    const record = responseRecordOf(
      campaign,
      link,
      submission({ ratings: { power: 5 }, opinion: "  車位太少  " }),
      null,
      now,
    );
    expect(record).toMatchObject({
      id: "h-3-2-501",
      householdId: "h-3-2-501",
      campaignId: "survey-2026",
      building: "3",
      label: "3-2-501",
      opinion: "車位太少",
      extraAnswers: { parking: null },
      submittedAt: now,
      firstSubmittedAt: now,
      revisions: 1,
    });
  });

  it("a correction keeps the first submission time and counts the revision", () => {
    const first = new Date("2026-10-02T08:00:00+08:00");
    const record = responseRecordOf(
      campaign,
      link,
      submission({ ratings: { water: 2 }, extraAnswers: { parking: 1 } }),
      { firstSubmittedAt: first, revisions: 1 },
      now,
    );
    expect(record).toMatchObject({
      firstSubmittedAt: first,
      submittedAt: now,
      revisions: 2,
      extraAnswers: { parking: 1 },
    });
  });

  it.each([
    {
      case: "an area the campaign does not ask",
      body: { ratings: { repair: 4 } },
      reason: "ratings.repair: this survey does not ask about repair",
    },
    {
      case: "an unknown extra question",
      body: { ratings: { power: 4 }, extraAnswers: { lift: 3 } },
      reason: "extraAnswers.lift: this survey has no such question",
    },
    { case: "an empty form", body: { ratings: {}, opinion: "   " }, reason: "the form is empty" },
  ])("refuses $case and stores nothing", ({ body, reason }) => {
    expect(
      reasonsOf(() => responseRecordOf(campaign, link, submission(body), null, now)).join("; "),
    ).toContain(reason);
  });
});

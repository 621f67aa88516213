import { describe, expect, it } from "vitest";
import type { Household } from "../schema/household.js";
import { DEFAULT_SURVEY_TARGETS, surveyCampaignSchema } from "../schema/surveyCampaign.js";
import { SURVEY_AREA_KEYS } from "./areas.js";
import {
  appendExtraQuestion,
  campaignState,
  ExtraQuestionError,
  isOccupied,
  surveyRecipients,
  surveyTargetResults,
} from "./campaign.js";
import { surveyStatistics } from "./surveyStatistics.js";
import type { SurveyResponse } from "./response.js";

const opensAt = new Date("2026-10-01T00:00:00+08:00");
const closesAt = new Date("2026-11-01T00:00:00+08:00");

describe("C1 a campaign takes answers from its opening until it closes", () => {
  it.each([
    { case: "a minute before opening", now: "2026-09-30T23:59:00+08:00", state: "notOpen" },
    { case: "at the opening instant", now: "2026-10-01T00:00:00+08:00", state: "open" },
    { case: "in the middle", now: "2026-10-15T12:00:00+08:00", state: "open" },
    { case: "a millisecond before closing", now: "2026-10-31T23:59:59.999+08:00", state: "open" },
    {
      case: "at the closing instant (links expired)",
      now: "2026-11-01T00:00:00+08:00",
      state: "closed",
    },
  ])("$case → $state", ({ now, state }) => {
    expect(campaignState({ opensAt, closesAt }, new Date(now))).toBe(state);
  });
});

function household(
  id: string,
  building: string,
  unit: string,
  room: string,
  handover: string | null,
): Household {
  const at = new Date("2026-01-01T00:00:00+08:00");
  return {
    id,
    estateId: "e",
    building,
    unit,
    room,
    floor: 1,
    locationDescription: "",
    mapPosition: null,
    areaSquareMetres: null,
    handoverDate: handover === null ? null : new Date(handover),
    warrantyEnd: null,
    feeAccount: "",
    createdAt: at,
    createdBy: "seed",
    updatedAt: at,
    updatedBy: "seed",
  };
}

describe("C1 one link per occupied (chargeable) household", () => {
  const now = new Date("2026-10-01T09:00:00+08:00");
  const households = [
    household("h-10-1-101", "10", "1", "101", "2021-01-01T00:00:00+08:00"),
    household("h-2-1-1201", "2", "1", "1201", "2021-01-01T00:00:00+08:00"),
    household("h-2-1-201", "2", "1", "201", "2021-01-01T00:00:00+08:00"),
    household("h-3-1-101", "3", "1", "101", null),
    household("h-3-1-102", "3", "1", "102", "2026-12-01T00:00:00+08:00"),
  ];

  it("a household never handed over, or handed over later, is not occupied", () => {
    expect(households.map((entry) => isOccupied(entry, now))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it("lists the occupied households in building-unit-room order (2 before 10, 201 before 1201)", () => {
    expect(surveyRecipients(households, now)).toEqual([
      { householdId: "h-2-1-201", label: "2-1-201", building: "2" },
      { householdId: "h-2-1-1201", label: "2-1-1201", building: "2" },
      { householdId: "h-10-1-101", label: "10-1-101", building: "10" },
    ]);
  });
});

const ratingsAll = (level: 1 | 2 | 3 | 4 | 5) =>
  Object.fromEntries(SURVEY_AREA_KEYS.map((key) => [key, level])) as SurveyResponse["ratings"];

function response(household: string, level: 1 | 2 | 3 | 4 | 5): SurveyResponse {
  return {
    household,
    building: "1",
    submittedAt: opensAt,
    ratings: ratingsAll(level),
    opinion: null,
  };
}

describe("C2/C5 targets: met or not met, with the defaults of common practice", () => {
  it("defaults: links ≥ 90% of occupied, returned ≥ 80% of issued, overall and every area ≥ 90%", () => {
    expect(DEFAULT_SURVEY_TARGETS).toEqual({
      linksIssuedRate: 0.9,
      returnedRate: 0.8,
      overallRate: 0.9,
      areaRate: 0.9,
    });
  });

  it.each([
    {
      case: "every target met",
      occupied: 10,
      issued: 9,
      responses: [5, 5, 5, 5, 5, 5, 5, 4] as const,
      met: { linksIssued: true, returned: true, overall: true, allMet: true },
    },
    {
      case: "links to 8 of 10 occupied households: below 90%",
      occupied: 10,
      issued: 8,
      responses: [5, 5, 5, 5, 5, 5, 5] as const,
      met: { linksIssued: false, returned: true, overall: true, allMet: false },
    },
    {
      case: "7 of 9 returned: 77.78% < 80%",
      occupied: 10,
      issued: 9,
      responses: [5, 5, 5, 5, 5, 5, 5] as const,
      met: { linksIssued: true, returned: false, overall: true, allMet: false },
    },
    {
      case: "exactly at the threshold counts as met (9 of 10 satisfied = 90%)",
      occupied: 10,
      issued: 10,
      responses: [5, 5, 5, 5, 5, 5, 5, 5, 5, 3] as const,
      met: { linksIssued: true, returned: true, overall: true, allMet: true },
    },
    {
      case: "no answer yet: no figure, neither met nor missed",
      occupied: 10,
      issued: 10,
      responses: [] as const,
      met: { linksIssued: true, returned: false, overall: null, allMet: false },
    },
  ])("$case", ({ occupied, issued, responses, met }) => {
    const statistics = surveyStatistics(
      responses.map((level, index) => response(`h${String(index)}`, level)),
      { issued },
    );
    const results = surveyTargetResults(
      statistics,
      occupied,
      DEFAULT_SURVEY_TARGETS,
      SURVEY_AREA_KEYS,
    );
    expect({
      linksIssued: results.linksIssued.met,
      returned: results.returned.met,
      overall: results.overall.met,
      allMet: results.allMet,
    }).toEqual(met);
    expect(Object.keys(results.areas)).toEqual([...SURVEY_AREA_KEYS]);
  });

  it("judges only the areas the campaign asks", () => {
    const statistics = surveyStatistics([response("h1", 5)], { issued: 1 });
    const results = surveyTargetResults(statistics, 1, DEFAULT_SURVEY_TARGETS, ["power", "water"]);
    expect(Object.keys(results.areas)).toEqual(["power", "water"]);
  });

  it("an area below 90% is not met while the others are", () => {
    const ratings = { ...ratingsAll(5), greening: 2 as const };
    const statistics = surveyStatistics(
      [{ household: "h1", building: "1", submittedAt: opensAt, ratings, opinion: null }],
      { issued: 1 },
    );
    const results = surveyTargetResults(statistics, 1, DEFAULT_SURVEY_TARGETS, SURVEY_AREA_KEYS);
    expect(results.areas.greening).toEqual({ value: 0, target: 0.9, met: false });
    expect(results.areas.power).toEqual({ value: 1, target: 0.9, met: true });
  });
});

describe("C1 campaign record", () => {
  const base = {
    id: "survey-2026",
    estateId: "demo-estate",
    title: "2026 年度業主滿意度調查",
    opensAt,
    closesAt,
    createdAt: opensAt,
    createdBy: "u",
    updatedAt: opensAt,
    updatedBy: "u",
  };

  it("defaults to the eight areas, levels 4 and 5 satisfied, the common targets, no extra questions", () => {
    const campaign = surveyCampaignSchema.parse(base);
    expect(campaign.areas).toEqual([...SURVEY_AREA_KEYS]);
    expect(campaign.satisfiedLevels).toEqual([4, 5]);
    expect(campaign.targets).toEqual(DEFAULT_SURVEY_TARGETS);
    expect(campaign.extraQuestions).toEqual([]);
  });

  it.each([
    {
      case: "closing before opening",
      change: { closesAt: opensAt },
      reason: "closesAt must be after opensAt",
    },
    { case: "an unknown area", change: { areas: ["parking"] }, reason: 'unknown area "parking"' },
    {
      case: "an area twice",
      change: { areas: ["power", "power"] },
      reason: "an area is listed twice",
    },
    {
      case: "an extra question named like an area",
      change: {
        extraQuestions: [
          { key: "power", labels: { "zh-Hant": "電", "zh-Hans": "电", en: "Power" } },
        ],
      },
      reason: "must not be the key of one of the eight areas",
    },
    { case: "level 0 counted as satisfied", change: { satisfiedLevels: [0, 5] }, reason: ">=1" },
  ])("refuses $case", ({ change, reason }) => {
    const result = surveyCampaignSchema.safeParse({ ...base, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join("; ")).toContain(reason);
  });
});

describe("C1 optional extra questions, added by the director", () => {
  const parking = {
    key: "q1",
    labels: { "zh-Hant": "停車管理", "zh-Hans": "停车管理", en: "Parking" },
  };

  it.each([
    {
      clause: "C1 the first question is q1, with its three labels",
      existing: [],
      labels: { "zh-Hant": "停車管理", "zh-Hans": "停车管理", en: "Parking" },
      expected: parking,
    },
    {
      clause: "C1 the next free number, after a removed question",
      existing: [parking, { ...parking, key: "q3" }],
      labels: { "zh-Hant": "電梯運行", "zh-Hans": "电梯运行", en: "Lifts" },
      expected: {
        key: "q2",
        labels: { "zh-Hant": "電梯運行", "zh-Hans": "电梯运行", en: "Lifts" },
      },
    },
    {
      clause: "C1 empty zh-Hans and English take the zh-Hant text",
      existing: [],
      labels: { "zh-Hant": " 快遞收發 ", "zh-Hans": "", en: " " },
      expected: {
        key: "q1",
        labels: { "zh-Hant": "快遞收發", "zh-Hans": "快遞收發", en: "快遞收發" },
      },
    },
  ])("$clause", ({ existing, labels, expected }) => {
    const questions = appendExtraQuestion(existing, labels);
    expect(questions.at(-1)).toEqual(expected);
    expect(questions.slice(0, -1)).toEqual(existing);
    expect(surveyCampaignSchema.shape.extraQuestions.safeParse(questions).success).toBe(true);
  });

  it.each([
    { clause: "C1 an empty question", existing: [], labels: { "zh-Hant": "  " } },
    {
      clause: "C1 at most ten questions",
      existing: Array.from({ length: 10 }, (_, index) => ({
        ...parking,
        key: `q${String(index + 1)}`,
      })),
      labels: { "zh-Hant": "第十一題" },
    },
  ])("refuses $clause", ({ existing, labels }) => {
    expect(() => appendExtraQuestion(existing, labels)).toThrow(ExtraQuestionError);
  });
});

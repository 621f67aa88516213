import { describe, expect, it } from "vitest";
import { SURVEY_AREA_KEYS, type SurveyArea } from "./areas.js";
import type { SurveyRatings, SurveyResponse } from "./response.js";
import {
  latestPerHousehold,
  roundedRatio,
  surveyAggregate,
  surveyStatistics,
} from "./surveyStatistics.js";

function response(
  household: string,
  submittedAt: string,
  ratings: Partial<Record<SurveyArea, number>>,
  opinion: string | null = null,
): SurveyResponse {
  const full = Object.fromEntries(
    SURVEY_AREA_KEYS.map((key) => [key, ratings[key] ?? null]),
  ) as SurveyRatings;
  return {
    household,
    building: household.split("-")[0] ?? "",
    submittedAt: new Date(submittedAt),
    ratings: full,
    opinion,
  };
}

// Hand-computed table (C2). Household 3-1-101 answered twice: only the later answer counts.
//            power water fire sanit. green. facil. repair attit.
// 3-1-101      5     4    3    –      2      1      4      5    answered 7, satisfied 4
// 3-1-102      4     –    –    –      –      –      –      –    answered 1, satisfied 1
// 10-1-101     3     3    –    –      –      –      –      –    answered 2, satisfied 0
const responses = [
  response("3-1-101", "2024-05-01T09:00:00+08:00", {
    power: 1,
    water: 1,
    fireSecurity: 1,
    sanitation: 1,
  }),
  response("3-1-101", "2024-05-03T09:00:00+08:00", {
    power: 5,
    water: 4,
    fireSecurity: 3,
    greening: 2,
    publicFacilities: 1,
    repair: 4,
    attitude: 5,
  }),
  response("3-1-102", "2024-05-02T09:00:00+08:00", { power: 4 }),
  response("10-1-101", "2024-05-02T10:00:00+08:00", { power: 3, water: 3 }),
];

describe("C2 survey statistics on a hand-computed table", () => {
  const statistics = surveyStatistics(responses, { issued: 10 });

  it("C2 returned counts each household once, response rate = returned ÷ issued", () => {
    expect(statistics.returned).toBe(3);
    expect(statistics.issued).toBe(10);
    expect(statistics.responseRate).toBe(0.3);
  });

  it("C2 overall rate pools every answered area rating", () => {
    expect(statistics.overall).toEqual({ answered: 10, satisfied: 5, rate: 0.5 });
  });

  it.each([
    ["power", 3, 2, 0.6667, 4],
    ["water", 2, 1, 0.5, 3.5],
    ["fireSecurity", 1, 0, 0, 3],
    ["sanitation", 0, 0, null, null],
    ["greening", 1, 0, 0, 2],
    ["publicFacilities", 1, 0, 0, 1],
    ["repair", 1, 1, 1, 4],
    ["attitude", 1, 1, 1, 5],
  ] as const)(
    "C2 area %s: an unanswered area is left out of its denominator",
    (area, answered, satisfied, rate, mean) => {
      expect(statistics.areas[area]).toEqual({ answered, satisfied, rate, mean });
    },
  );

  it("C2 lists the areas in C1 order", () => {
    expect(Object.keys(statistics.areas)).toEqual([...SURVEY_AREA_KEYS]);
  });

  it("C2 by building, buildings in natural order", () => {
    expect(statistics.byBuilding).toEqual({
      "3": { returned: 2, answered: 8, satisfied: 5, overallRate: 0.625 },
      "10": { returned: 1, answered: 2, satisfied: 0, overallRate: 0 },
    });
  });
});

describe("C2 edge cases", () => {
  it.each([
    ["no responses, no issued", [], null, { returned: 0, responseRate: null, overallRate: null }],
    ["no responses, 0 issued", [], 0, { returned: 0, responseRate: null, overallRate: null }],
    [
      "a form with every area unanswered still counts as returned",
      [response("1-1-101", "2024-05-01T00:00:00Z", {})],
      4,
      { returned: 1, responseRate: 0.25, overallRate: null },
    ],
    [
      "a response rate over 1 is reported as is",
      [
        response("1-1-101", "2024-05-01T00:00:00Z", { power: 5 }),
        response("1-1-102", "2024-05-01T00:00:00Z", { power: 5 }),
      ],
      1,
      { returned: 2, responseRate: 2, overallRate: 1 },
    ],
  ] as const)("%s", (_name, list, issued, expected) => {
    const statistics = surveyStatistics(list, { issued });
    expect({
      returned: statistics.returned,
      responseRate: statistics.responseRate,
      overallRate: statistics.overall.rate,
    }).toEqual(expected);
  });

  it("C1 a campaign may count 一般 (3) as satisfied as well", () => {
    const statistics = surveyStatistics(responses, { satisfiedLevels: [3, 4, 5] });
    expect(statistics.areas.power.rate).toBe(1);
    expect(statistics.overall).toEqual({ answered: 10, satisfied: 8, rate: 0.8 });
  });

  it("C2 of two answers at the same instant the later one in the input counts", () => {
    const kept = latestPerHousehold([
      response("1-1-101", "2024-05-01T00:00:00Z", { power: 1 }),
      response("1-1-101", "2024-05-01T00:00:00Z", { power: 5 }),
    ]);
    expect(kept.map((entry) => entry.ratings.power)).toEqual([5]);
  });

  it("C2 a correction submitted before the first answer in the input still wins by time", () => {
    const kept = latestPerHousehold([
      response("1-1-101", "2024-05-02T00:00:00Z", { power: 5 }),
      response("1-1-101", "2024-05-01T00:00:00Z", { power: 1 }),
    ]);
    expect(kept.map((entry) => entry.ratings.power)).toEqual([5]);
  });
});

describe("C2 rounding: half-up on the exact fraction, no float artefacts", () => {
  it.each([
    [2, 3, 4, 0.6667],
    [1, 3, 4, 0.3333],
    [1, 8, 4, 0.125],
    [1, 32, 4, 0.0313],
    [5, 8, 2, 0.63],
    [29, 6, 2, 4.83],
    [9, 2, 2, 4.5],
    [7, 7, 4, 1],
    [0, 5, 4, 0],
    [0, 0, 4, null],
    [1, 0, 2, null],
    [1003, 2000, 2, 0.5],
    [1005, 2000, 2, 0.5],
    [1, 20000, 4, 0.0001],
    [1, 20001, 4, 0],
  ])("%i ÷ %i to %i decimals = %s", (numerator, denominator, decimals, expected) => {
    expect(roundedRatio(numerator, denominator, decimals)).toBe(expected);
  });
});

describe("C2 aggregate document", () => {
  it("holds the statistics, a histogram per area and the common opinions", () => {
    const aggregate = surveyAggregate(
      [
        response("1-1-101", "2024-05-01T00:00:00Z", { power: 5 }, "停車位太少"),
        response("1-1-102", "2024-05-01T00:00:00Z", { power: 4 }, "车位不够"),
        response("1-1-103", "2024-05-01T00:00:00Z", { power: 4 }, null),
      ],
      { issued: 5 },
    );
    expect(aggregate.statistics.responseRate).toBe(0.6);
    expect(aggregate.levelCounts.power).toEqual({ "1": 0, "2": 0, "3": 0, "4": 2, "5": 1 });
    expect(aggregate.opinions).toBe(2);
    expect(aggregate.commonOpinions.map((topic) => [topic.topic, topic.count])).toEqual([
      ["停車位", 2],
    ]);
  });

  it.each([
    {
      clause: "C1 extra question: 4 and 5 satisfied, unanswered left out of the denominator",
      answers: [{ parking: 5 }, { parking: 4 }, { parking: 2 }, { parking: null }, {}],
      levels: undefined,
      expected: { answered: 3, satisfied: 2, rate: 0.6667, mean: 3.67 },
      histogram: { "1": 0, "2": 1, "3": 0, "4": 1, "5": 1 },
    },
    {
      clause: "C2 a campaign counting 3–5 as satisfied counts its extra questions the same way",
      answers: [{ parking: 3 }, { parking: 2 }],
      levels: [3, 4, 5] as const,
      expected: { answered: 2, satisfied: 1, rate: 0.5, mean: 2.5 },
      histogram: { "1": 0, "2": 1, "3": 1, "4": 0, "5": 0 },
    },
    {
      clause: "C2 an extra question nobody answered: zero denominator, null rate and mean",
      answers: [{}, { parking: null }],
      levels: undefined,
      expected: { answered: 0, satisfied: 0, rate: null, mean: null },
      histogram: { "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 },
    },
  ])("$clause", ({ answers, levels, expected, histogram }) => {
    const given = answers.map((extraAnswers, index): SurveyResponse => ({
      ...response(`1-1-${String(index)}`, "2024-05-01T00:00:00Z", { power: 5 }),
      extraAnswers: extraAnswers as SurveyResponse["extraAnswers"],
    }));
    const aggregate = surveyAggregate(given, {
      extraQuestions: ["parking"],
      ...(levels === undefined ? {} : { satisfiedLevels: levels }),
    });
    expect(aggregate.extraQuestions).toEqual({
      parking: { ...expected, levelCounts: histogram },
    });
  });

  it("C1 extra questions: the latest answer of a household counts, the overall rate stays the eight areas', a dropped question is not counted", () => {
    const aggregate = surveyAggregate(
      [
        { ...response("1-1-101", "2024-05-01T00:00:00Z", { power: 5 }), extraAnswers: { lift: 1 } },
        {
          ...response("1-1-101", "2024-05-02T00:00:00Z", { power: 5 }),
          extraAnswers: { lift: 5, gone: 1 },
        },
        { ...response("1-1-102", "2024-05-01T00:00:00Z", { power: 1 }), extraAnswers: { lift: 4 } },
      ],
      { extraQuestions: ["lift", "parking"] },
    );
    expect(Object.keys(aggregate.extraQuestions)).toEqual(["lift", "parking"]);
    expect(aggregate.extraQuestions.lift).toMatchObject({ answered: 2, satisfied: 2, rate: 1 });
    expect(aggregate.extraQuestions.parking).toMatchObject({ answered: 0, rate: null });
    expect(aggregate.statistics.overall).toEqual({ answered: 2, satisfied: 1, rate: 0.5 });
  });

  it("stays the same size whatever the number of responses", () => {
    const many = Array.from({ length: 3000 }, (_, index) =>
      response(
        `${String(index % 12)}-1-${String(index)}`,
        "2024-05-01T00:00:00Z",
        { power: (index % 5) + 1 },
        `意見${String(index)}:停車位不夠,電梯太舊`,
      ),
    );
    const small = JSON.stringify(surveyAggregate(many.slice(0, 300))).length;
    const large = JSON.stringify(surveyAggregate(many)).length;
    expect(large).toBeLessThan(small * 1.2);
  });

  it("keeps at most maxTopics topics and applies the director's edits", () => {
    const list = [
      response("1-1-101", "2024-05-01T00:00:00Z", {}, "電梯太舊,停車位太少"),
      response("1-1-102", "2024-05-01T00:00:00Z", {}, "电梯老化,停车难"),
    ];
    expect(surveyAggregate(list, { maxTopics: 1 }).commonOpinions).toHaveLength(1);
    const edited = surveyAggregate(list, {
      topicEdits: [{ action: "hide", topic: "電梯" }],
    }).commonOpinions;
    expect(edited.map((topic) => topic.topic)).toEqual(["停車位"]);
  });
});

import { describe, expect, it } from "vitest";
import { SATISFACTION_LEVELS, SURVEY_AREAS, SURVEY_AREA_KEYS } from "./areas.js";
import { OPINION_MAX_LENGTH, parseSurveyResponses, surveyResponseSchema } from "./response.js";

const valid = {
  household: "3-2-501",
  building: "3",
  submittedAt: "2024-05-01T10:00:00+08:00",
  ratings: { power: 5, water: null, repair: 1 },
  opinion: "  停車位太少  ",
};

describe("C1 areas and levels", () => {
  it("lists the eight areas of the seed in order a)–h)", () => {
    expect(SURVEY_AREAS.map((area) => area.labels["zh-Hant"])).toEqual([
      "供電管理",
      "供水管理",
      "消防治安管理",
      "衛生管理",
      "綠化管理",
      "公共設施管理",
      "維修服務",
      "服務態度",
    ]);
    expect(SURVEY_AREA_KEYS).toEqual([
      "power",
      "water",
      "fireSecurity",
      "sanitation",
      "greening",
      "publicFacilities",
      "repair",
      "attitude",
    ]);
  });

  it("rates on five levels, 很滿意 5 to 很不滿意 1", () => {
    expect(SATISFACTION_LEVELS.map((level) => [level.labels["zh-Hant"], level.level])).toEqual([
      ["很滿意", 5],
      ["滿意", 4],
      ["一般", 3],
      ["不滿意", 2],
      ["很不滿意", 1],
    ]);
  });
});

describe("C1 survey response schema", () => {
  it("normalises a valid response: every area present, unanswered = null, opinion trimmed", () => {
    expect(surveyResponseSchema.parse(valid)).toEqual({
      household: "3-2-501",
      building: "3",
      submittedAt: new Date("2024-05-01T02:00:00Z"),
      ratings: {
        power: 5,
        water: null,
        fireSecurity: null,
        sanitation: null,
        greening: null,
        publicFacilities: null,
        repair: 1,
        attitude: null,
      },
      opinion: "停車位太少",
    });
  });

  it.each([
    [
      "a time without offset is read in Asia/Shanghai",
      { submittedAt: "2024-05-01T10:00:00" },
      "2024-05-01T02:00:00.000Z",
    ],
    ["a UTC time", { submittedAt: "2024-05-01T02:00:00Z" }, "2024-05-01T02:00:00.000Z"],
    ["a space for the T", { submittedAt: "2024-05-01 10:00:00" }, "2024-05-01T02:00:00.000Z"],
    ["a Date", { submittedAt: new Date("2024-05-01T02:00:00Z") }, "2024-05-01T02:00:00.000Z"],
  ])("submittedAt: %s", (_name, change, expected) => {
    expect(surveyResponseSchema.parse({ ...valid, ...change }).submittedAt.toISOString()).toBe(
      expected,
    );
  });

  it.each([
    [
      "no building: taken from a building-unit-room household",
      { building: undefined },
      { building: "3" },
    ],
    ["a numeric building", { building: 3 }, { building: "3" }],
    ["no ratings at all: every area unanswered", { ratings: undefined }, { answered: 0 }],
    ["an empty opinion is no opinion", { opinion: "   " }, { opinion: null }],
    ["a missing opinion", { opinion: undefined }, { opinion: null }],
  ])("%s", (_name, change, expected) => {
    const parsed = surveyResponseSchema.parse({ ...valid, ...change });
    const answered = Object.values(parsed.ratings).filter((rating) => rating !== null).length;
    expect({ building: parsed.building, opinion: parsed.opinion, answered }).toMatchObject(
      expected,
    );
  });

  it.each([
    [
      "a rating above 5",
      { ratings: { power: 6 } },
      "ratings.power: must be an integer from 1 to 5 or null, got 6",
    ],
    [
      "a rating of 0",
      { ratings: { water: 0 } },
      "ratings.water: must be an integer from 1 to 5 or null, got 0",
    ],
    [
      "a fractional rating",
      { ratings: { power: 4.5 } },
      "ratings.power: must be an integer from 1 to 5 or null, got 4.5",
    ],
    [
      "a rating as text",
      { ratings: { power: "5" } },
      'ratings.power: must be an integer from 1 to 5 or null, got "5"',
    ],
    ["an unknown area", { ratings: { parking: 3 } }, 'ratings: unknown area "parking"'],
    ["ratings not an object", { ratings: [5, 4] }, "ratings: ratings must be an object"],
    ["no household", { household: undefined }, "household: household is required"],
    ["an empty household", { household: " " }, "household: household must not be empty"],
    ["no submittedAt", { submittedAt: undefined }, "submittedAt: submittedAt is required"],
    [
      "a submittedAt that is no date",
      { submittedAt: "yesterday" },
      'submittedAt: submittedAt must be an ISO 8601 date-time, got "yesterday"',
    ],
    [
      "no building and a household without dashes",
      { household: "501", building: undefined },
      "building: building is required",
    ],
    ["an opinion that is not text", { opinion: 5 }, "opinion: opinion must be text, got 5"],
    [
      "an oversized opinion",
      { opinion: "長".repeat(OPINION_MAX_LENGTH + 1) },
      `opinion: opinion is too long: at most ${String(OPINION_MAX_LENGTH)} characters`,
    ],
  ])("refuses %s with a clear reason", (_name, change, reason) => {
    const { responses, errors } = parseSurveyResponses([{ ...valid, ...change }]);
    expect(responses).toEqual([]);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.index).toBe(0);
    expect(errors[0]?.reason).toContain(reason);
  });

  it("keeps the valid entries and reports each invalid one with its 0-based index", () => {
    const { responses, errors } = parseSurveyResponses([
      valid,
      42,
      { ...valid, ratings: { power: 9 } },
      valid,
    ]);
    expect(responses).toHaveLength(2);
    expect(errors.map((error) => error.index)).toEqual([1, 2]);
    expect(errors[0]?.reason).toBe("a response must be an object, got 42");
  });
});

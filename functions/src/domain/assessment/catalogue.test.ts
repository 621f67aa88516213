import { describe, expect, it } from "vitest";
import {
  CatalogueError,
  catalogueForMonth,
  catalogueVersionSchema,
  catalogueVersions,
  ruleCodes,
  ruleIn,
  seedRules,
  type CatalogueVersion,
} from "./catalogue.js";

const current = catalogueForMonth(catalogueVersions, "2026-10");

describe("the assessment catalogue (seed article 2 section 二)", () => {
  it.each([
    // code, clause, points, basis, scope, counts only when confirmed
    ["B2.1", "B2.1", -10, "each", "person", false],
    ["B2.2", "B2.2", -10, "each", "person", false],
    ["B2.3", "B2.3", -10, "perPersonTime", "person", false],
    ["B2.4a", "B2.4", -20, "perPersonTime", "person", true],
    ["B2.4b", "B2.4", -20, "each", "person", false],
    ["B2.4c", "B2.4", -50, "each", "person", false],
    ["B2.5a", "B2.5", -20, "each", "person", false],
    ["B2.5b", "B2.5", -20, "each", "person", false],
    ["B2.5c", "B2.5", -20, "each", "person", false],
    ["B2.6", "B2.6", -20, "each", "person", true],
    ["B2.7", "B2.7", -50, "each", "personOrTeam", false],
    ["B2.8", "B2.8", -50, "each", "personOrTeam", false],
    ["B2.9", "B2.9", -50, "each", "personOrTeam", false],
    ["B2.10", "B2.10", -1000, "perWholePercentagePoint", "team", false],
    ["B2.11", "B2.11", 100, "each", "personOrTeam", true],
    ["B2.13", "B2.13", -20, "each", "person", true],
  ] as const)(
    "%s (clause %s): %i points %s, scope %s, confirmed only: %s",
    (code, clause, points, basis, scope, confirmedOnly) => {
      const rule = ruleIn(current, code);
      expect(rule).toMatchObject({
        code,
        clause,
        points,
        basis,
        scope,
        countsOnlyWhenConfirmed: confirmedOnly,
      });
    },
  );

  it("lists every clause once, with no clause 12 (the seed has none)", () => {
    expect(seedRules.map((rule) => rule.code)).toEqual([...ruleCodes]);
    expect(ruleCodes.some((code) => code.startsWith("B2.12"))).toBe(false);
  });

  it("describes every rule in Traditional and Simplified Chinese and English", () => {
    for (const rule of seedRules) {
      expect(rule.description["zh-Hant"]).toMatch(/\d/);
      expect(rule.description["zh-Hans"]).toMatch(/\d/);
      expect(rule.description.en).toMatch(/\d/);
      expect(rule.description["zh-Hant"]).not.toBe(rule.description["zh-Hans"]);
    }
  });

  it("B2.4c carries the mark for dismissal review (惡劣者應除名); no other rule does", () => {
    expect(
      seedRules.filter((rule) => rule.dismissalMarkWhenGrave).map((rule) => rule.code),
    ).toEqual(["B2.4c"]);
  });

  it("B2.10 has the 25% baseline; no other rule has one", () => {
    expect(seedRules.filter((rule) => rule.baselinePercent !== null)).toEqual([
      expect.objectContaining({ code: "B2.10", baselinePercent: 25 }),
    ]);
  });

  it("validates as data", () => {
    for (const version of catalogueVersions) {
      expect(catalogueVersionSchema.safeParse(version).success).toBe(true);
    }
  });

  it("refuses a version with a repeated rule or an end before its start", () => {
    const [first] = seedRules;
    const broken = {
      version: "x",
      effectiveFrom: "2026-10",
      effectiveUntil: "2026-09",
      rules: [...seedRules, first],
    };
    const messages = catalogueVersionSchema
      .safeParse(broken)
      .error?.issues.map((issue) => issue.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        "ends (2026-09) before it starts (2026-10)",
        "rule B2.1 appears twice",
      ]),
    );
  });
});

describe("catalogue versions across months", () => {
  const raised = seedRules.map((rule) => (rule.code === "B2.5a" ? { ...rule, points: -30 } : rule));
  const versions: CatalogueVersion[] = [
    { version: "v1", effectiveFrom: "2025-01", effectiveUntil: "2026-10", rules: seedRules },
    { version: "v2", effectiveFrom: "2026-11", effectiveUntil: null, rules: raised },
  ];

  it.each([
    ["2025-01", "v1", -20],
    ["2026-10", "v1", -20],
    ["2026-11", "v2", -30],
    ["2031-06", "v2", -30],
  ] as const)("%s is scored with %s (B2.5a %i)", (month, version, points) => {
    const picked = catalogueForMonth(versions, month);
    expect(picked.version).toBe(version);
    expect(ruleIn(picked, "B2.5a")?.points).toBe(points);
  });

  it("refuses a month no version covers", () => {
    expect(() => catalogueForMonth(versions, "2024-12")).toThrow(CatalogueError);
    expect(() => catalogueForMonth(versions, "2024-12")).toThrow("no catalogue version");
  });

  it("refuses a month two versions claim", () => {
    const overlapping: CatalogueVersion[] = [
      ...versions,
      { version: "v3", effectiveFrom: "2025-01", effectiveUntil: null, rules: seedRules },
    ];
    expect(() => catalogueForMonth(overlapping, "2027-01")).toThrow("v2, v3 overlap in 2027-01");
  });
});

import { describe, expect, it } from "vitest";
import { monthOf } from "../time.js";
import {
  catalogueForMonth,
  catalogueVersions,
  seedRules,
  type CatalogueVersion,
  type RuleCode,
} from "./catalogue.js";
import type { FindingStatus, ScoredFinding } from "./finding.js";
import {
  ScoringError,
  changesSinceComputation,
  scoreMonth,
  scorecardChanged,
  type TeamArrears,
} from "./scoring.js";

const catalogue = catalogueForMonth(catalogueVersions, "2026-10");
const inOctober = new Date("2026-10-15T04:00:00Z");

function finding(
  id: string,
  rule: RuleCode,
  status: FindingStatus,
  who: { staffId?: string; teamId?: string },
  at: Date = inOctober,
): ScoredFinding {
  return { id, rule, status, at, staffId: who.staffId ?? null, teamId: who.teamId ?? null };
}

function score(findings: ScoredFinding[], arrears: TeamArrears[] = [], month = "2026-10" as const) {
  return scoreMonth({ month, timeZone: "Asia/Shanghai", catalogue, findings, arrears });
}

/** Points of each subject as `person:s1` / `team:t1`, for compact expectations. */
function totals(findings: ScoredFinding[], arrears: TeamArrears[] = []): Record<string, number> {
  const result = score(findings, arrears);
  return Object.fromEntries([
    ...result.people.map((card) => [`person:${card.subject.id}`, card.points] as const),
    ...result.teams.map((card) => [`team:${card.subject.id}`, card.points] as const),
  ]);
}

const s1 = { staffId: "s1", teamId: "t1" };
const t1 = { teamId: "t1" };

describe("monthly scoring, rule by rule", () => {
  it.each([
    // clause, rule, status, charged to, expected points per subject
    ["B2.1 handover incomplete, open", "B2.1", "open", s1, { "person:s1": -10 }],
    ["B2.1 handover incomplete, confirmed", "B2.1", "confirmed", s1, { "person:s1": -10 }],
    ["B2.1 cleared never counts", "B2.1", "cleared", s1, {}],
    ["B2.2 no daily log", "B2.2", "open", s1, { "person:s1": -10 }],
    ["B2.3 no badge, per person-time", "B2.3", "open", s1, { "person:s1": -10 }],
    ["B2.4a uncivil language, open: not yet", "B2.4a", "open", s1, {}],
    ["B2.4a uncivil language, confirmed", "B2.4a", "confirmed", s1, { "person:s1": -20 }],
    ["B2.4a cleared", "B2.4a", "cleared", s1, {}],
    ["B2.4b argument, whoever was right", "B2.4b", "open", s1, { "person:s1": -20 }],
    ["B2.4c physical conflict", "B2.4c", "open", s1, { "person:s1": -50 }],
    ["B2.5a unlogged call", "B2.5a", "open", s1, { "person:s1": -20 }],
    ["B2.5a unlogged call cleared by a supervisor", "B2.5a", "cleared", s1, {}],
    ["B2.5b unpaid service rated dissatisfied", "B2.5b", "open", s1, { "person:s1": -20 }],
    ["B2.5c on-site record unsigned", "B2.5c", "confirmed", s1, { "person:s1": -20 }],
    ["B2.6 complaint, not yet verified", "B2.6", "open", s1, {}],
    ["B2.6 verified complaint", "B2.6", "confirmed", s1, { "person:s1": -20 }],
    ["B2.7 illegal construction unhandled, a person", "B2.7", "open", s1, { "person:s1": -50 }],
    ["B2.7 illegal construction unhandled, the team", "B2.7", "open", t1, { "team:t1": -50 }],
    ["B2.8 covenant case unhandled", "B2.8", "open", t1, { "team:t1": -50 }],
    ["B2.9 renovation issue unhandled", "B2.9", "confirmed", t1, { "team:t1": -50 }],
    ["B2.11 quality case, not yet confirmed", "B2.11", "open", t1, {}],
    ["B2.11 quality case confirmed by the committee", "B2.11", "confirmed", t1, { "team:t1": 100 }],
    ["B2.11 quality case, a person", "B2.11", "confirmed", s1, { "person:s1": 100 }],
    ["B2.13 ambulance complaint, not yet verified", "B2.13", "open", s1, {}],
    ["B2.13 verified ambulance complaint", "B2.13", "confirmed", s1, { "person:s1": -20 }],
  ] as const)("%s", (_clause, rule, status, who, expected) => {
    expect(totals([finding("f1", rule, status, who)])).toEqual(expected);
  });

  it("B2.5a each unlogged call counts: three open, one cleared → -60 with the evidence ids", () => {
    const result = score([
      finding("c3", "B2.5a", "open", s1),
      finding("c1", "B2.5a", "open", s1),
      finding("c2", "B2.5a", "cleared", s1),
      finding("c4", "B2.5a", "confirmed", s1),
    ]);
    expect(result.people).toEqual([
      {
        month: "2026-10",
        catalogueVersion: catalogue.version,
        subject: { kind: "person", id: "s1" },
        points: -60,
        lines: [{ rule: "B2.5a", points: -60, findingIds: ["c1", "c3", "c4"], arrears: null }],
      },
    ]);
  });

  it("B2 lines follow the seed's order (B2.9, B2.10, B2.11), not text order", () => {
    const result = score(
      [finding("a", "B2.11", "confirmed", t1), finding("b", "B2.9", "open", t1)],
      [{ teamId: "t1", chargeable: 100, inArrears: 25 }],
    );
    expect(result.teams[0]?.lines.map((line) => line.rule)).toEqual(["B2.9", "B2.10", "B2.11"]);
  });

  it("B2 a finding with a staffId counts for the person only, never also for the team", () => {
    expect(totals([finding("f1", "B2.8", "open", { staffId: "s1", teamId: "t1" })])).toEqual({
      "person:s1": -50,
    });
  });

  it("B2 refuses a finding naming neither person nor team", () => {
    expect(() => score([finding("f9", "B2.1", "open", {})])).toThrow(/finding "f9".*neither/);
  });

  it("B2.10 is not a finding", () => {
    expect(() => score([finding("f9", "B2.10", "open", t1)])).toThrow(ScoringError);
  });

  it("B2 refuses a repeated finding id", () => {
    const twice = finding("f1", "B2.1", "open", s1);
    expect(() => score([twice, twice])).toThrow('finding "f1" appears twice');
  });

  it("B2 refuses a rule the month's catalogue version lacks, naming the finding", () => {
    const withoutB213: CatalogueVersion = {
      ...catalogue,
      version: "old",
      rules: seedRules.filter((rule) => rule.code !== "B2.13"),
    };
    expect(() =>
      scoreMonth({
        month: "2026-10",
        timeZone: "Asia/Shanghai",
        catalogue: withoutB213,
        findings: [finding("f7", "B2.13", "confirmed", s1)],
      }),
    ).toThrow('finding "f7": rule B2.13 is not in catalogue old');
  });
});

describe("month boundaries in Asia/Shanghai", () => {
  it.each([
    ["B2.5a 2026-09-30T15:59:59Z is 23:59:59 on 30 September", "2026-09-30T15:59:59Z", false],
    ["B2.5a 2026-09-30T16:00:00Z is midnight on 1 October", "2026-09-30T16:00:00Z", true],
    ["B2.5a 2026-10-31T15:59:59Z is 23:59:59 on 31 October", "2026-10-31T15:59:59Z", true],
    ["B2.5a 2026-10-31T16:00:00Z is midnight on 1 November", "2026-10-31T16:00:00Z", false],
    ["B2.5a 2026-10-31T20:00:00Z belongs to November", "2026-10-31T20:00:00Z", false],
  ] as const)("%s", (_clause, iso, countsInOctober) => {
    const at = new Date(iso);
    expect(monthOf(at, "Asia/Shanghai") === "2026-10").toBe(countsInOctober);
    expect(totals([finding("f1", "B2.5a", "open", s1, at)])).toEqual(
      countsInOctober ? { "person:s1": -20 } : {},
    );
  });

  it("B2.5a 2026-10-31T20:00:00Z counts in November in Shanghai but October in UTC", () => {
    const at = new Date("2026-10-31T20:00:00Z");
    const findings = [finding("f1", "B2.5a", "open", s1, at)];
    const november = scoreMonth({
      month: "2026-11",
      timeZone: "Asia/Shanghai",
      catalogue,
      findings,
    });
    const octoberUtc = scoreMonth({ month: "2026-10", timeZone: "UTC", catalogue, findings });
    expect(november.people[0]?.points).toBe(-20);
    expect(octoberUtc.people[0]?.points).toBe(-20);
  });
});

describe("B2.10 on the team's scorecard", () => {
  it.each([
    ["B2.10 24.0%", 1000, 240, 1000],
    ["B2.10 25.0%: a line of 0 points", 1000, 250, 0],
    ["B2.10 25.9%", 1000, 259, 0],
    ["B2.10 26.0%", 1000, 260, -1000],
    ["B2.10 27.6%", 1000, 276, -2000],
    ["B2.10 29 of 100", 100, 29, -4000],
  ] as const)("%s", (_clause, chargeable, inArrears, points) => {
    const result = score([], [{ teamId: "t1", chargeable, inArrears }]);
    expect(result.teams).toHaveLength(1);
    expect(result.teams[0]?.points).toBe(points);
    expect(result.teams[0]?.lines).toHaveLength(1);
    expect(result.teams[0]?.lines[0]).toMatchObject({
      rule: "B2.10",
      points,
      findingIds: [],
      arrears: { chargeable, inArrears, baselinePercent: 25, points },
    });
  });

  it("B2.10 with 0 chargeable gives no line and no scorecard", () => {
    expect(score([], [{ teamId: "t1", chargeable: 0, inArrears: 0 }]).teams).toEqual([]);
  });

  it("B2.10 adds to the team's findings", () => {
    expect(
      totals(
        [finding("f1", "B2.8", "open", t1)],
        [{ teamId: "t1", chargeable: 100, inArrears: 29 }],
      ),
    ).toEqual({ "team:t1": -4050 });
  });

  it("B2.10 refuses two counts for one team", () => {
    const count = { teamId: "t1", chargeable: 100, inArrears: 29 };
    expect(() => score([], [count, count])).toThrow('team "t1" has more than one');
  });
});

describe("catalogue versions across months", () => {
  const raised = seedRules.map((rule) => (rule.code === "B2.5a" ? { ...rule, points: -30 } : rule));
  const versions: CatalogueVersion[] = [
    { version: "v1", effectiveFrom: "2025-01", effectiveUntil: "2026-10", rules: seedRules },
    { version: "v2", effectiveFrom: "2026-11", effectiveUntil: null, rules: raised },
  ];
  const findings = [
    finding("oct", "B2.5a", "open", s1, new Date("2026-10-20T04:00:00Z")),
    finding("nov", "B2.5a", "open", s1, new Date("2026-11-20T04:00:00Z")),
  ];
  const scoreWith = (month: "2026-10" | "2026-11") =>
    scoreMonth({
      month,
      timeZone: "Asia/Shanghai",
      catalogue: catalogueForMonth(versions, month),
      findings,
    });

  it.each([
    ["B2.5a October keeps -20 after v2 raised it", "2026-10", "v1", -20],
    ["B2.5a November is scored -30 with v2", "2026-11", "v2", -30],
  ] as const)("%s", (_clause, month, version, points) => {
    const result = scoreWith(month);
    expect(result.catalogueVersion).toBe(version);
    expect(result.people[0]?.points).toBe(points);
  });
});

describe("recomputation", () => {
  const findings = [
    finding("a", "B2.1", "open", { staffId: "s2" }),
    finding("b", "B2.5a", "open", { staffId: "s10" }),
    finding("c", "B2.8", "open", { teamId: "t2" }),
    finding("d", "B2.5a", "open", { staffId: "s2" }),
    finding("e", "B2.4a", "confirmed", { staffId: "s1" }),
  ];
  const fees = [
    { teamId: "t9", chargeable: 10, inArrears: 1 },
    { teamId: "t2", chargeable: 10, inArrears: 3 },
  ];

  it("gives identical scorecards when run twice and whatever the input order", () => {
    const first = score(findings, fees);
    expect(score(findings, fees)).toEqual(first);
    expect(score([...findings].reverse(), [...fees].reverse())).toEqual(first);
    expect(first.people.map((card) => card.subject.id)).toEqual(["s1", "s10", "s2"]);
    expect(first.teams.map((card) => card.subject.id)).toEqual(["t2", "t9"]);
  });

  it("does not change its input", () => {
    const copy = structuredClone(findings);
    score(findings, fees);
    expect(findings).toEqual(copy);
  });

  it("shows a finding cleared after the month closed as a change since the last computation", () => {
    const stored = score(findings, fees);
    const later = findings.map((item) =>
      item.id === "d" ? { ...item, status: "cleared" as const } : item,
    );
    const recomputed = score(later, fees);
    expect(
      changesSinceComputation(
        [...stored.people, ...stored.teams],
        [...recomputed.people, ...recomputed.teams],
      ),
    ).toEqual([
      {
        subject: { kind: "person", id: "s2" },
        change: "changed",
        storedPoints: -30,
        recomputedPoints: -10,
      },
    ]);
  });

  it("shows a finding confirmed after the month closed, and scorecards that appear or vanish", () => {
    const stored = score([
      finding("x", "B2.6", "open", { staffId: "s5" }),
      finding("y", "B2.1", "open", { staffId: "s6" }),
    ]);
    const recomputed = score([
      finding("x", "B2.6", "confirmed", { staffId: "s5" }),
      finding("y", "B2.1", "cleared", { staffId: "s6" }),
    ]);
    expect(changesSinceComputation(stored.people, recomputed.people)).toEqual([
      {
        subject: { kind: "person", id: "s5" },
        change: "added",
        storedPoints: null,
        recomputedPoints: -20,
      },
      {
        subject: { kind: "person", id: "s6" },
        change: "removed",
        storedPoints: -10,
        recomputedPoints: null,
      },
    ]);
  });

  it("finds no change when nothing changed, even with keys stored in another order", () => {
    const stored = score(findings, fees);
    const [card] = stored.people;
    if (card === undefined) throw new Error("expected a scorecard");
    const reordered = {
      lines: card.lines,
      points: card.points,
      subject: card.subject,
      catalogueVersion: card.catalogueVersion,
      month: card.month,
    };
    expect(scorecardChanged(reordered, card)).toBe(false);
    expect(changesSinceComputation(stored.people, score(findings, fees).people)).toEqual([]);
  });
});

describe("speed", () => {
  const recordable = seedRules.map((rule) => rule.code).filter((code) => code !== "B2.10");
  it("scores 500 people × 100,000 findings without quadratic work (the figure is in bench/scoring.bench.ts)", () => {
    const many: ScoredFinding[] = Array.from({ length: 100_000 }, (_, index) =>
      finding(
        `f${index}`,
        recordable[index % recordable.length] ?? "B2.1",
        index % 7 === 0 ? "cleared" : "confirmed",
        { staffId: `s${index % 500}` },
      ),
    );
    const started = performance.now();
    const result = score(many);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(result.people).toHaveLength(500);
  });
});

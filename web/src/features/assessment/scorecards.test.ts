import { describe, expect, it } from "vitest";
import type { StoredFinding } from "@domain/schema/finding.js";
import type { StoredScorecard } from "@domain/schema/scorecard.js";
import type { MonthKey } from "@domain/time.js";
import { changedSince, defaultMonth, monthsEndingWith, ranking, trend } from "./scorecards.js";

function card(
  month: MonthKey,
  kind: "person" | "team",
  id: string,
  points: number,
): StoredScorecard {
  return {
    id: `${month}_${kind}_${id}`,
    estateId: "e1",
    month,
    catalogueVersion: "seed-1",
    subject: { kind, id },
    points,
    lines: [],
    computedAt: new Date("2026-11-01T00:00:00Z"),
    computedBy: "monthlyScoreRecompute",
    findingsRead: 0,
  };
}

describe("assessment screens (SPEC §8)", () => {
  it.each([
    {
      clause: "SPEC §8 the previous month in Shanghai",
      now: "2026-10-31T17:00:00Z",
      month: "2026-10",
    },
    { clause: "SPEC §8 still October in Shanghai", now: "2026-10-31T15:00:00Z", month: "2026-09" },
    { clause: "SPEC §8 January → December", now: "2027-01-05T00:00:00Z", month: "2026-12" },
  ])("$clause: opens on $month", ({ now, month }) => {
    expect(defaultMonth(new Date(now), "Asia/Shanghai")).toBe(month);
  });

  it("lists the months ending with one, oldest first", () => {
    expect(monthsEndingWith("2027-02", 4)).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
  });

  it("ranks people by points; equal points share a rank; teams are not ranked", () => {
    const rows = ranking(
      [
        card("2026-10", "person", "b", -20),
        card("2026-10", "person", "a", -20),
        card("2026-10", "person", "c", 100),
        card("2026-10", "person", "d", -70),
        card("2026-10", "team", "customerService", -4000),
      ],
      (id) => id,
    );
    expect(rows.map((row) => [row.rank, row.card.subject.id])).toEqual([
      [1, "c"],
      [2, "a"],
      [2, "b"],
      [4, "d"],
    ]);
  });

  it("the trend: a month without a scorecard scores 0", () => {
    const series = trend(
      [
        card("2026-09", "person", "a", -20),
        card("2026-10", "team", "order", -50),
        card("2026-08", "person", "a", -10),
        card("2026-01", "person", "a", -999),
      ],
      ["2026-08", "2026-09", "2026-10"],
    );
    expect(series).toEqual([
      { subjectKind: "person", subjectId: "a", points: [-10, -20, 0] },
      { subjectKind: "team", subjectId: "order", points: [0, 0, -50] },
    ]);
  });

  it("changed since the last computation: findings updated after it", () => {
    const at = (iso: string) => ({ updatedAt: new Date(iso) }) as StoredFinding;
    const findings = [at("2026-11-01T00:00:00Z"), at("2026-11-02T00:00:00Z")];
    expect(changedSince(findings, new Date("2026-11-01T00:00:00Z"))).toEqual([findings[1]]);
    expect(changedSince(findings, null)).toEqual(findings);
  });
});

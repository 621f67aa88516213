import { describe, expect, it } from "vitest";
import type { Finding } from "../assessment/finding.js";
import { domainFindingOf, storedFindingOf, storedFindingSchema } from "./finding.js";

const base: Finding = {
  id: "B2.1_slot-1",
  rule: "B2.1",
  staffId: "s1",
  teamId: null,
  at: new Date("2026-10-31T20:00:00Z"),
  status: "open",
  source: "automatic",
  recordedBy: "onHandoverClosed",
  evidence: [{ kind: "record", path: "estates/e1/handovers/slot-1" }],
  referForDismissal: false,
  confirmation: null,
  clearing: null,
};
const now = new Date("2026-11-01T01:00:00Z");

describe("stored finding (SPEC §8)", () => {
  it.each([
    { clause: "B2 month in the estate's zone", zone: "Asia/Shanghai", month: "2026-11" },
    { clause: "B2 month in another zone", zone: "UTC", month: "2026-10" },
  ])("$clause: month $month", ({ zone, month }) => {
    const stored = storedFindingOf("e1", base, zone, now);
    expect(stored.month).toBe(month);
    expect(stored).toMatchObject({ estateId: "e1", createdBy: "onHandoverClosed", createdAt: now });
    expect(storedFindingSchema.parse(stored)).toEqual(stored);
    expect(domainFindingOf(stored)).toEqual(base);
  });

  it("reads Timestamp-like instants as Dates", () => {
    const stored = storedFindingOf("e1", base, "Asia/Shanghai", now);
    const timestamp = (date: Date) => ({ toDate: () => date });
    const parsed = storedFindingSchema.parse({
      ...stored,
      at: timestamp(base.at),
      createdAt: timestamp(now),
      updatedAt: timestamp(now),
    });
    expect(parsed.at).toEqual(base.at);
  });

  it.each([
    { clause: "B2 person or team", change: { staffId: null, teamId: null }, path: "staffId" },
    { clause: "B2 cleared says why", change: { status: "cleared" }, path: "clearing" },
    { clause: "B2.4c only", change: { referForDismissal: true }, path: "referForDismissal" },
    { clause: "B2 month key", change: { month: "2026-13x" }, path: "month" },
    { clause: "B2.10 is never a finding", change: { rule: "B2.10" }, path: "rule" },
  ])("$clause: refuses a bad $path", ({ change, path }) => {
    const stored = { ...storedFindingOf("e1", base, "Asia/Shanghai", now), ...change };
    const result = storedFindingSchema.safeParse(stored);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(path);
  });
});

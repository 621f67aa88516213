import { describe, expect, it } from "vitest";
import type { OpenMatterRecord } from "@domain/followUp/openMatterIndex.js";
import { dashboardRows, formatInstant, instantOfLocal, localOfInstant } from "./dashboardRows.js";

const now = new Date("2026-11-27T04:00:00Z");

function record(overrides: Partial<OpenMatterRecord> & Pick<OpenMatterRecord, "sourceId">) {
  const base: OpenMatterRecord = {
    id: `promise_${overrides.sourceId}`,
    estateId: "e",
    kind: "promise",
    sourceId: overrides.sourceId,
    title: overrides.sourceId,
    openedAt: new Date("2026-11-20T00:00:00Z"),
    dueAt: new Date("2026-11-30T00:00:00Z"),
    sortAt: new Date("2026-11-30T00:00:00Z"),
    ownerId: "cs",
    department: "customerService",
    householdId: null,
    escalatedTo: null,
    updatedAt: now,
  };
  return { ...base, ...overrides };
}

describe("closure dashboard rows (SPEC §10: overdue first, with age and owner)", () => {
  it("puts overdue and escalated matters first, then the oldest", () => {
    const rows = dashboardRows(
      [
        record({ sourceId: "young", openedAt: new Date("2026-11-26T00:00:00Z") }),
        record({ sourceId: "old", openedAt: new Date("2026-11-01T00:00:00Z") }),
        record({
          sourceId: "late",
          openedAt: new Date("2026-11-25T00:00:00Z"),
          dueAt: new Date("2026-11-26T00:00:00Z"),
        }),
        record({
          sourceId: "escalated",
          openedAt: new Date("2026-11-26T06:00:00Z"),
          escalatedTo: "director",
        }),
      ],
      now,
    );
    expect(rows.map((row) => [row.id, row.overdue])).toEqual([
      ["late", true],
      ["escalated", true],
      ["old", false],
      ["young", false],
    ]);
    expect(rows.find((row) => row.id === "old")?.ageDays).toBe(26);
    expect(rows.find((row) => row.id === "escalated")?.escalatedTo).toBe("director");
  });
});

describe("times in the estate's zone", () => {
  it.each([
    ["Asia/Shanghai", "2026-11-27T12:00", "2026-11-27T04:00:00.000Z"],
    ["Europe/Berlin", "2026-03-29T03:30", "2026-03-29T01:30:00.000Z"],
  ])("%s: %s is %s", (zone, local, iso) => {
    const instant = instantOfLocal(local, zone);
    expect(instant?.toISOString()).toBe(iso);
    expect(localOfInstant(new Date(iso), zone)).toBe(local);
    expect(formatInstant(new Date(iso), zone)).toBe(local.replace("T", " "));
  });

  it("refuses a value that is not a local time", () => {
    expect(instantOfLocal("tomorrow", "Asia/Shanghai")).toBeNull();
  });
});

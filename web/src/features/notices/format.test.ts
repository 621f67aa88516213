import { describe, expect, it } from "vitest";
import { buildingsOf, localInputToDate, targetSummary } from "./format.js";

describe("B.1.3 the publish form", () => {
  it("lists buildings in natural order, once each", () => {
    expect(buildingsOf([{ building: "10" }, { building: "2" }, { building: "2" }])).toEqual([
      "2",
      "10",
    ]);
  });

  it.each([
    { value: "2026-11-28T09:00", zone: "Asia/Shanghai", iso: "2026-11-28T01:00:00.000Z" },
    { value: "2026-11-28T09:00", zone: "Asia/Hong_Kong", iso: "2026-11-28T01:00:00.000Z" },
    { value: "2026-02-30T09:00", zone: "Asia/Shanghai", iso: null },
    { value: "", zone: "Asia/Shanghai", iso: null },
  ])("reads '$value' in $zone as $iso", ({ value, zone, iso }) => {
    expect(localInputToDate(value, zone)?.toISOString() ?? null).toBe(iso);
  });

  it("summarises a target by the labels it names", () => {
    const households = new Map([["h1", { building: "3", unit: "1", room: "501" }]]);
    expect(targetSummary({ scope: "estate" }, households)).toEqual([]);
    expect(targetSummary({ scope: "buildings", buildings: ["3"] }, households)).toEqual(["3"]);
    expect(
      targetSummary({ scope: "households", householdIds: ["h1", "gone"] }, households),
    ).toEqual(["3-1-501", "gone"]);
  });
});

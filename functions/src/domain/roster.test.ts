import { describe, expect, it } from "vitest";
import { fromLocalParts } from "./time.js";
import { createRosterIndex, onDutyAt, type RosterShift } from "./roster.js";

function shanghai(day: number, hour: number, minute = 0, month = 10): Date {
  const instant = fromLocalParts({ year: 2026, month, day, hour, minute });
  if (!instant) throw new Error("bad test time");
  return instant;
}

const shifts: RosterShift[] = [
  { staffId: "day", start: shanghai(5, 8), end: shanghai(5, 20) },
  { staffId: "night", start: shanghai(5, 20), end: shanghai(6, 8) },
  { staffId: "lead", start: shanghai(5, 9), end: shanghai(5, 17) },
  { staffId: "night", start: shanghai(6, 20), end: shanghai(7, 8) },
];
const roster = createRosterIndex(shifts);

describe("roster: who is on duty at an instant", () => {
  it.each([
    ["before any shift", shanghai(5, 7, 59), []],
    ["a shift's start is inside it", shanghai(5, 8), ["day"]],
    ["overlapping shifts give both, sorted", shanghai(5, 12), ["day", "lead"]],
    ["a shift's end is outside it (half-open)", shanghai(5, 17), ["day"]],
    ["handover instant belongs to the next shift", shanghai(5, 20), ["night"]],
    ["overnight shift just before midnight", shanghai(5, 23, 59), ["night"]],
    ["overnight shift at midnight", shanghai(6, 0), ["night"]],
    ["overnight shift after midnight", shanghai(6, 7, 59), ["night"]],
    ["gap between shifts: nobody", shanghai(6, 12), []],
    ["a later overnight shift", shanghai(7, 3), ["night"]],
    ["after every shift", shanghai(7, 8), []],
  ])("%s", (_case, instant, expected) => {
    expect(roster.onDutyAt(instant)).toEqual(expected);
    expect(onDutyAt(shifts, instant)).toEqual(expected);
  });

  it("lists a staff member once even with overlapping shifts, and ignores empty shifts", () => {
    const index = createRosterIndex([
      { staffId: "s1", start: shanghai(5, 8), end: shanghai(5, 12) },
      { staffId: "s1", start: shanghai(5, 10), end: shanghai(5, 14) },
      { staffId: "s2", start: shanghai(5, 10), end: shanghai(5, 10) },
    ]);
    expect(index.onDutyAt(shanghai(5, 11))).toEqual(["s1"]);
    expect(index.onDutyAt(shanghai(5, 13))).toEqual(["s1"]);
    expect(index.onDutyAt(shanghai(5, 14))).toEqual([]);
  });

  it("answers an empty roster with nobody", () => {
    expect(createRosterIndex([]).onDutyAt(shanghai(5, 12))).toEqual([]);
  });
});

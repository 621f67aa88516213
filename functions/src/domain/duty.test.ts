import { describe, expect, it } from "vitest";
import { registeredAt, rosterIndexOf, shiftsAt } from "./duty.js";
import { fromLocalParts } from "./time.js";

/** A wall-clock time in Asia/Shanghai, October 2026. */
function october(day: number, hour: number, minute = 0): Date {
  const instant = fromLocalParts({ year: 2026, month: 10, day, hour, minute });
  if (instant === null) throw new Error("bad test time");
  return instant;
}

const shifts = [
  { id: "d4", staffId: "cs-lin", start: october(4, 8), end: october(4, 20), dutyLine: "desk" },
  { id: "n4", staffId: "cs-chen", start: october(4, 20), end: october(5, 8), dutyLine: "desk" },
  { id: "d5", staffId: "cs-lin", start: october(5, 8), end: october(5, 20), dutyLine: "desk" },
  { id: "m5", staffId: "director", start: october(5, 9), end: october(5, 17), dutyLine: "office" },
  { id: "n5", staffId: "cs-chen", start: october(5, 20), end: october(6, 8), dutyLine: "desk" },
];

describe("B2.1 roster: who was on duty at an instant (Asia/Shanghai)", () => {
  const roster = rosterIndexOf(shifts);

  it.each([
    [
      "03:12 on 5 October: the overnight shift that began on the 4th",
      october(5, 3, 12),
      ["cs-chen"],
      ["n4"],
    ],
    ["07:59 on 5 October: still the night shift", october(5, 7, 59), ["cs-chen"], ["n4"]],
    [
      "08:00 on 5 October: the day shift takes over (shifts are half-open)",
      october(5, 8),
      ["cs-lin"],
      ["d5"],
    ],
    ["10:00 on 5 October: two lines at once", october(5, 10), ["cs-lin", "director"], ["d5", "m5"]],
    ["00:00 on 6 October: across midnight", october(6, 0), ["cs-chen"], ["n5"]],
    ["08:00 on 6 October: the roster ends, nobody", october(6, 8), [], []],
  ])("%s", (_case, instant, staff, shiftIds) => {
    expect(roster.onDutyAt(instant)).toEqual(staff);
    expect(shiftsAt(shifts, instant).map((shift) => shift.id)).toEqual(shiftIds);
  });
});

describe("B2.1 duty registration: who actually was on duty", () => {
  const registrations = [
    { staffId: "cs-chen", start: october(4, 19, 55), end: october(5, 8, 5) },
    { staffId: "cs-lin", start: october(5, 7, 50), end: null },
  ];

  it.each([
    ["before anyone registered", october(4, 19), []],
    ["03:12 on 5 October", october(5, 3, 12), ["cs-chen"]],
    ["both during the handover", october(5, 8), ["cs-chen", "cs-lin"]],
    ["the registration's end is outside it", october(5, 8, 5), ["cs-lin"]],
    ["an open registration is still on duty", october(9, 12), ["cs-lin"]],
  ])("%s", (_case, instant, staff) => {
    expect(registeredAt(registrations, instant)).toEqual(staff);
  });
});

import { describe, expect, it } from "vitest";
import { myShiftToRegister } from "./dutyRegistration.js";

const at = (local: string) => new Date(`${local}+08:00`);
const shift = (id: string, staffId: string, start: string, end: string) => ({
  id,
  staffId,
  start: at(start),
  end: at(end),
});
const shifts = [
  shift("night-4", "s1", "2026-10-04T20:00:00", "2026-10-05T08:00:00"),
  shift("day-5", "s2", "2026-10-05T08:00:00", "2026-10-05T20:00:00"),
  shift("night-5", "s1", "2026-10-05T20:00:00", "2026-10-06T08:00:00"),
];

describe("B2.1 duty registration: the shift a registration serves", () => {
  it.each([
    ["an overnight shift under way after midnight", "s1", "2026-10-05T03:12:00", "night-4"],
    ["the shift under way, not the one about to start", "s1", "2026-10-05T07:30:00", "night-4"],
    ["the next shift, within the hour before it starts", "s1", "2026-10-05T19:05:00", "night-5"],
    ["no shift more than an hour before it starts", "s1", "2026-10-05T18:30:00", null],
    ["nobody else's shift", "s3", "2026-10-05T10:00:00", null],
    ["not a shift that has ended (end is exclusive)", "s2", "2026-10-05T20:00:00", null],
  ])("%s", (_, staffId, now, expected) => {
    expect(myShiftToRegister(shifts, at(now), staffId)?.id ?? null).toBe(expected);
  });
});

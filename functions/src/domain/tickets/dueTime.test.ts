import { describe, expect, it } from "vitest";
import { defaultDepartment, defaultDepartmentByType } from "./defaultDepartment.js";
import {
  defaultDueAt,
  defaultDueRules,
  dueTimeOverridesSchema,
  isOverdue,
  minutesOverdue,
} from "./dueTime.js";
import { ticketTypes, type TicketStatus, type TicketType } from "./ticket.js";

const shanghai = (text: string) => new Date(`${text}+08:00`);

describe("SPEC §5 due time: defaults per type, in the estate's zone (Asia/Shanghai)", () => {
  it.each<{ case: string; type: TicketType; openedAt: string; dueAt: string }>([
    {
      case: "emergency: within 15 minutes",
      type: "emergency",
      openedAt: "2026-03-05T23:50:00",
      dueAt: "2026-03-06T00:05:00",
    },
    {
      case: "repair: within 24 hours, over midnight",
      type: "repair",
      openedAt: "2026-03-05T22:30:00",
      dueAt: "2026-03-06T22:30:00",
    },
    {
      case: "repair: within 24 hours, over a month end",
      type: "repair",
      openedAt: "2026-02-28T10:00:00",
      dueAt: "2026-03-01T10:00:00",
    },
    {
      case: "cleaning opened in the morning: 18:00 the same day",
      type: "cleaning",
      openedAt: "2026-03-05T08:00:00",
      dueAt: "2026-03-05T18:00:00",
    },
    {
      case: "cleaning opened at 18:00 sharp: 18:00 the next day",
      type: "cleaning",
      openedAt: "2026-03-05T18:00:00",
      dueAt: "2026-03-06T18:00:00",
    },
    {
      case: "cleaning opened at 23:59: 18:00 the next day",
      type: "cleaning",
      openedAt: "2026-03-05T23:59:00",
      dueAt: "2026-03-06T18:00:00",
    },
    {
      case: "cleaning opened at 00:30 (UTC is still the day before): 18:00 that local day",
      type: "cleaning",
      openedAt: "2026-03-06T00:30:00",
      dueAt: "2026-03-06T18:00:00",
    },
    {
      case: "greening: 18:00 two days later",
      type: "greening",
      openedAt: "2026-03-05T07:00:00",
      dueAt: "2026-03-07T18:00:00",
    },
    {
      case: "greening at 19:00: two days later is still after opening",
      type: "greening",
      openedAt: "2026-03-05T19:00:00",
      dueAt: "2026-03-07T18:00:00",
    },
    {
      case: "developer legacy: 18:00 fourteen days later, over a year end",
      type: "developerLegacy",
      openedAt: "2026-12-25T09:00:00",
      dueAt: "2027-01-08T18:00:00",
    },
  ])("$case", ({ type, openedAt, dueAt }) => {
    expect(defaultDueAt(type, shanghai(openedAt))).toEqual(shanghai(dueAt));
  });

  it("every type has a default that is after the opening", () => {
    const openedAt = shanghai("2026-03-05T12:00:00");
    for (const type of ticketTypes) {
      expect(defaultDueAt(type, openedAt).getTime(), type).toBeGreaterThan(openedAt.getTime());
    }
    expect(Object.keys(defaultDueRules).sort()).toEqual([...ticketTypes].sort());
  });

  it("an estate overrides one type and keeps the others' defaults", () => {
    const overrides = dueTimeOverridesSchema.parse({ repair: { kind: "within", minutes: 240 } });
    const estate = { timeZone: "Asia/Shanghai", overrides };
    const openedAt = shanghai("2026-03-05T09:00:00");
    expect(defaultDueAt("repair", openedAt, estate)).toEqual(shanghai("2026-03-05T13:00:00"));
    expect(defaultDueAt("parking", openedAt, estate)).toEqual(shanghai("2026-03-05T11:00:00"));
  });

  it("reads local times in the estate's zone, not the process's", () => {
    // 12:00 UTC is noon in London (due 18:00 there) but 20:00 in Shanghai (due 18:00 next day).
    const openedAt = new Date("2026-03-05T12:00:00Z");
    expect(defaultDueAt("cleaning", openedAt, { timeZone: "Europe/London" })).toEqual(
      new Date("2026-03-05T18:00:00Z"),
    );
    expect(defaultDueAt("cleaning", openedAt)).toEqual(shanghai("2026-03-06T18:00:00"));
  });

  it.each([
    ["a time past 23:59", { cleaning: { kind: "byLocalTime", daysAfter: 0, time: "24:00" } }],
    ["zero minutes", { repair: { kind: "within", minutes: 0 } }],
    ["an unknown type", { lift: { kind: "within", minutes: 30 } }],
  ])("refuses an override with %s", (_case, overrides) => {
    expect(dueTimeOverridesSchema.safeParse(overrides).success).toBe(false);
  });
});

describe("SPEC §5 overdue tickets stand out", () => {
  const dueAt = shanghai("2026-03-05T18:00:00");
  it.each<{ case: string; status: TicketStatus; now: string; overdue: boolean; minutes: number }>([
    {
      case: "open, one minute past due",
      status: "open",
      now: "2026-03-05T18:01:00",
      overdue: true,
      minutes: 1,
    },
    {
      case: "in progress, a day past due",
      status: "inProgress",
      now: "2026-03-06T18:00:00",
      overdue: true,
      minutes: 1440,
    },
    {
      case: "assigned, exactly at the due time",
      status: "assigned",
      now: "2026-03-05T18:00:00",
      overdue: false,
      minutes: 0,
    },
    {
      case: "done late: the work is no longer owed",
      status: "done",
      now: "2026-03-06T18:00:00",
      overdue: false,
      minutes: 0,
    },
    {
      case: "cancelled",
      status: "cancelled",
      now: "2026-03-06T18:00:00",
      overdue: false,
      minutes: 0,
    },
  ])("$case → $overdue", ({ status, now, overdue, minutes }) => {
    expect(isOverdue({ status, dueAt }, shanghai(now))).toBe(overdue);
    expect(minutesOverdue({ status, dueAt }, shanghai(now))).toBe(minutes);
  });
});

describe("seed A / B.1.4 default department of each ticket type", () => {
  it.each<[TicketType, string]>([
    ["repair", "maintenance"],
    ["cleaning", "environment"],
    ["greening", "environment"],
    ["security", "order"],
    ["parking", "order"],
    ["fire", "order"],
    ["emergency", "order"],
    ["developerLegacy", "customerService"],
    ["houseQuality", "customerService"],
    ["renovation", "customerService"],
    ["illegalConstruction", "customerService"],
    ["covenantViolation", "customerService"],
    ["ownerDispute", "customerService"],
    ["arrearsReminder", "customerService"],
    ["other", "customerService"],
  ])("%s → %s", (type, department) => {
    expect(defaultDepartment(type)).toBe(department);
  });

  it("maps every type", () => {
    expect(Object.keys(defaultDepartmentByType).sort()).toEqual([...ticketTypes].sort());
  });
});

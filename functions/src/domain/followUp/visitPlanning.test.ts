import { describe, expect, it } from "vitest";
import {
  DEFAULT_VISIT_PLANNING_RULES,
  planVisits,
  periodicVisitsDue,
  supersededPeriodicVisits,
  visitAfterRating,
  visitAfterSurveyAnswer,
  visitAfterTicket,
  visitCoverage,
  visitPlanningRulesSchema,
  withinDaysDeadline,
  type VisitMade,
  type VisitPlanningInput,
} from "./visitPlanning.js";

const at = (text: string) => new Date(`${text}+08:00`);
const rules = DEFAULT_VISIT_PLANNING_RULES;
const ZONE = "Asia/Shanghai";

const doorVisit = (householdId: string, doneAt: string): VisitMade => ({
  householdId,
  outcome: { doneAt: at(doneAt), channel: "door" },
});

describe("C6 return visit after a done ticket, per ticket type", () => {
  it.each([
    {
      clause: "C6 repair: within 3 days, on time until the end of the third local day",
      ticketType: "repair",
      doneAt: "2026-10-05T15:00:00",
      plannedFor: "2026-10-09T00:00:00",
    },
    {
      clause: "C6 complaint: within 1 day",
      ticketType: "complaint",
      doneAt: "2026-10-05T15:00:00",
      plannedFor: "2026-10-07T00:00:00",
    },
    {
      clause: "C6 unlisted type: the default (3 days)",
      ticketType: "greening",
      doneAt: "2026-10-05T15:00:00",
      plannedFor: "2026-10-09T00:00:00",
    },
    {
      clause: "C6 done at 23:30 local (15:30 UTC): days count in the estate's zone",
      ticketType: "complaint",
      doneAt: "2026-10-05T23:30:00",
      plannedFor: "2026-10-07T00:00:00",
    },
    {
      clause: "C6 done at 00:10 local (the previous day in UTC)",
      ticketType: "complaint",
      doneAt: "2026-10-06T00:10:00",
      plannedFor: "2026-10-08T00:00:00",
    },
  ])("$clause", ({ ticketType, doneAt, plannedFor }) => {
    const visit = visitAfterTicket(
      { ticketId: "t1", ticketType, householdId: "h1", title: "漏水", doneAt: at(doneAt) },
      rules,
      ZONE,
    );
    expect(visit).toMatchObject({
      id: "afterTicket_t1",
      reason: "afterTicket",
      householdId: "h1",
      source: { kind: "ticket", ticketId: "t1" },
      note: "漏水",
    });
    expect(visit?.plannedFor).toEqual(at(plannedFor));
  });

  it.each([
    {
      clause: "C6 a type without rule and no default: no visit",
      rules: { ...rules, afterTicket: { withinDaysByType: {}, defaultWithinDays: null } },
      householdId: "h1",
    },
    { clause: "C6 a ticket of no household (common area): no visit", rules, householdId: null },
  ])("$clause", ({ rules: theRules, householdId }) => {
    expect(
      visitAfterTicket(
        {
          ticketId: "t1",
          ticketType: "x",
          householdId,
          title: "",
          doneAt: at("2026-10-05T09:00:00"),
        },
        theRules,
        ZONE,
      ),
    ).toBeNull();
  });

  it("C6 within 0 days: the same local day", () => {
    expect(withinDaysDeadline(at("2026-10-05T09:00:00"), 0, ZONE)).toEqual(
      at("2026-10-06T00:00:00"),
    );
  });

  it("C6 days count in the estate's zone (Europe/Berlin across the DST change)", () => {
    // 2026-03-28 is CET (+01:00); the deadline day's end 2026-03-30 is CEST (+02:00).
    expect(withinDaysDeadline(new Date("2026-03-28T10:00:00+01:00"), 1, "Europe/Berlin")).toEqual(
      new Date("2026-03-30T00:00:00+02:00"),
    );
  });
});

describe("C6 return visit after a dissatisfied rating", () => {
  it.each([
    { clause: "C6 dissatisfied: within 1 day", rating: "dissatisfied" as const, planned: true },
    { clause: "C6 fair: no visit", rating: "fair" as const, planned: false },
    { clause: "C6 satisfied: no visit", rating: "satisfied" as const, planned: false },
  ])("$clause", ({ rating, planned }) => {
    const visit = visitAfterRating(
      { ticketId: "t9", householdId: "h2", rating, ratedAt: at("2026-10-05T18:00:00") },
      rules,
      ZONE,
    );
    if (planned) {
      expect(visit).toMatchObject({ id: "dissatisfiedRating_t9", reason: "dissatisfiedRating" });
      expect(visit?.plannedFor).toEqual(at("2026-10-07T00:00:00"));
    } else {
      expect(visit).toBeNull();
    }
  });
});

describe("C6 return visit after a survey answer below the threshold", () => {
  it.each([
    {
      clause: "C6 an area rated 2 (below 3): visit, low areas named",
      ratings: { greening: 2, waterSupply: 1, powerSupply: 5 },
      note: "greening, waterSupply",
    },
    {
      clause: "C6 the threshold itself (3) is not below: no visit",
      ratings: { greening: 3, powerSupply: null },
      note: null,
    },
    { clause: "C6 nothing answered: no visit", ratings: { greening: null }, note: null },
  ] as { clause: string; ratings: Record<string, number | null>; note: string | null }[])(
    "$clause",
    ({ ratings, note }) => {
      const visit = visitAfterSurveyAnswer(
        { campaignId: "c2026", householdId: "h3", submittedAt: at("2026-10-05T10:00:00"), ratings },
        rules,
        ZONE,
      );
      if (note === null) {
        expect(visit).toBeNull();
      } else {
        expect(visit).toMatchObject({ id: "lowSurveyAnswer_c2026_h3", note });
        expect(visit?.plannedFor).toEqual(at("2026-10-13T00:00:00"));
      }
    },
  );
});

describe("A 堅持走訪: periodic household visits", () => {
  const households = [
    { householdId: "h1", knownSince: at("2026-01-10T09:00:00") },
    { householdId: "h2", knownSince: at("2026-01-10T09:00:00") },
  ];

  it.each([
    {
      clause: "A never visited, known since 10 Jan: due 10 Jul, planned 14 days ahead (26 Jun)",
      visits: [],
      now: "2026-06-26T00:00:00",
      ids: ["periodic_h1_2026-07-10", "periodic_h2_2026-07-10"],
    },
    {
      clause: "A the day before the planning window: nothing yet",
      visits: [],
      now: "2026-06-25T23:59:59",
      ids: [],
    },
    {
      clause: "A visited at the door on 1 Mar: next due 1 Sep",
      visits: [doorVisit("h1", "2026-03-01T10:00:00")],
      now: "2026-07-01T00:00:00",
      ids: ["periodic_h2_2026-07-10"],
    },
    {
      clause: "A a phone return visit does not count as a household visit",
      visits: [
        {
          householdId: "h1",
          outcome: { doneAt: at("2026-03-01T10:00:00"), channel: "phone" as const },
        },
      ],
      now: "2026-07-01T00:00:00",
      ids: ["periodic_h1_2026-07-10", "periodic_h2_2026-07-10"],
    },
    {
      clause: "A a planned visit not yet done does not count",
      visits: [{ householdId: "h1", outcome: null }],
      now: "2026-07-01T00:00:00",
      ids: ["periodic_h1_2026-07-10", "periodic_h2_2026-07-10"],
    },
    {
      clause: "A months end: visited 31 Aug → due 28 Feb",
      visits: [doorVisit("h1", "2026-08-31T10:00:00"), doorVisit("h2", "2026-08-31T10:00:00")],
      now: "2027-02-28T12:00:00",
      ids: ["periodic_h1_2027-02-28", "periodic_h2_2027-02-28"],
    },
  ])("$clause", ({ visits, now, ids }) => {
    expect(periodicVisitsDue(households, visits, rules, at(now), ZONE).map((v) => v.id)).toEqual(
      ids,
    );
  });

  it("A the visit is late from the end of its due day, and the id is the same on later runs", () => {
    const first = periodicVisitsDue(households, [], rules, at("2026-07-01T00:00:00"), ZONE);
    const later = periodicVisitsDue(households, [], rules, at("2026-12-01T00:00:00"), ZONE);
    expect(later).toEqual(first);
    expect(first[0]?.plannedFor).toEqual(at("2026-07-11T00:00:00"));
  });

  it("A an open periodic visit is superseded once the household was visited another way", () => {
    const now = at("2026-07-20T00:00:00");
    const planned = periodicVisitsDue(
      households,
      [doorVisit("h1", "2026-07-15T10:00:00")],
      rules,
      now,
      ZONE,
    );
    expect(
      supersededPeriodicVisits(
        [
          { id: "periodic_h1_2026-07-10", reason: "periodic", outcome: null },
          { id: "periodic_h2_2026-07-10", reason: "periodic", outcome: null },
          { id: "afterTicket_t1", reason: "afterTicket", outcome: null },
        ],
        planned,
      ),
    ).toEqual(["periodic_h1_2026-07-10"]);
  });
});

describe("C6 planVisits: the scheduled check plans each visit once", () => {
  const input: VisitPlanningInput = {
    doneTickets: [
      {
        ticketId: "t1",
        ticketType: "repair",
        householdId: "h1",
        title: "",
        doneAt: at("2026-10-05T15:00:00"),
      },
      // Not done yet at `now`: not planned.
      {
        ticketId: "t2",
        ticketType: "repair",
        householdId: "h1",
        title: "",
        doneAt: at("2026-10-09T15:00:00"),
      },
    ],
    ratings: [
      {
        ticketId: "t1",
        householdId: "h1",
        rating: "dissatisfied",
        ratedAt: at("2026-10-05T16:00:00"),
      },
    ],
    surveyAnswers: [
      {
        campaignId: "c",
        householdId: "h2",
        submittedAt: at("2026-10-01T10:00:00"),
        ratings: { greening: 1 },
      },
    ],
    households: [{ householdId: "h3", knownSince: at("2026-01-01T00:00:00") }],
    visits: [],
  };

  it("C6 twice with the same input: the same visits, sorted by planned time then id", () => {
    const now = at("2026-10-06T08:00:00");
    const first = planVisits(input, rules, now, ZONE);
    expect(planVisits(input, rules, now, ZONE)).toEqual(first);
    expect(first.map((visit) => visit.id)).toEqual([
      "periodic_h3_2026-07-01",
      "dissatisfiedRating_t1",
      // Both late from 9 Oct 00:00: the id breaks the tie.
      "afterTicket_t1",
      "lowSurveyAnswer_c_h2",
    ]);
  });

  it("C6 a duplicated event plans one visit", () => {
    const doubled = { ...input, ratings: [...input.ratings, ...input.ratings] };
    const ids = planVisits(doubled, rules, at("2026-10-06T08:00:00"), ZONE).map((v) => v.id);
    expect(ids.filter((id) => id === "dissatisfiedRating_t1")).toHaveLength(1);
  });
});

describe("A 不能太遠: visit coverage", () => {
  const ids = ["h1", "h2", "h3"];
  it.each([
    {
      clause: "A 2 of 3 households visited at the door within 6 months",
      visits: [doorVisit("h1", "2026-09-01T10:00:00"), doorVisit("h2", "2026-05-01T10:00:00")],
      rate: { numerator: 2, denominator: 3, value: 0.6667, display: "66.7%" },
    },
    {
      clause: "A a visit just over 6 months ago does not count",
      visits: [doorVisit("h1", "2026-04-01T09:59:59")],
      rate: { numerator: 0, denominator: 3, value: 0, display: "0.0%" },
    },
    {
      clause: "A the window starts exactly 6 months before now",
      visits: [doorVisit("h1", "2026-04-01T10:00:00")],
      rate: { numerator: 1, denominator: 3, value: 0.3333, display: "33.3%" },
    },
    {
      clause: "A a household visited twice counts once; unknown households do not count",
      visits: [
        doorVisit("h1", "2026-09-01T10:00:00"),
        doorVisit("h1", "2026-09-02T10:00:00"),
        doorVisit("gone", "2026-09-02T10:00:00"),
      ],
      rate: { numerator: 1, denominator: 3, value: 0.3333, display: "33.3%" },
    },
  ])("$clause", ({ visits, rate }) => {
    const coverage = visitCoverage(ids, visits, rules, at("2026-10-01T10:00:00"), ZONE);
    expect(coverage.rate).toEqual(rate);
    expect(coverage.since).toEqual(at("2026-04-01T10:00:00"));
  });

  it("A an estate without households has no coverage figure (null, not 0%)", () => {
    expect(visitCoverage([], [], rules, at("2026-10-01T10:00:00"), ZONE).rate).toBeNull();
  });
});

describe("C6 planning rules are validated per estate", () => {
  it("rejects a negative number of days, naming the field", () => {
    const result = visitPlanningRulesSchema.safeParse({
      ...rules,
      afterDissatisfiedRating: { withinDays: -1 },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["afterDissatisfiedRating", "withinDays"]);
  });

  it("accepts the defaults", () => {
    expect(visitPlanningRulesSchema.parse(rules)).toEqual(rules);
  });
});

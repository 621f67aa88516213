import { describe, expect, it } from "vitest";
import type { VisitOutcome } from "../followUp/returnVisit.js";
import { explanationFigures, explanationVisit, surveyFollowUpId } from "./explanation.js";

const request = {
  estateId: "e1",
  campaignId: "survey-2026",
  householdId: "3-2-501",
  misunderstanding: " 以為電梯維修費由物業另收 ",
  withinDays: 3,
  assigneeId: null,
};

const outcome = (explained: boolean): VisitOutcome => ({
  channel: "door",
  doneAt: new Date("2026-11-03T02:00:00Z"),
  doneBy: "cs1",
  heard: "業主說明了疑問",
  criticismAccepted: [],
  suggestionsAdopted: [],
  ownerSatisfaction: "satisfied",
  misunderstandingExplained: explained,
  misunderstandingNote: explained ? "電梯維修費由專項維修資金支付,已出示賬目" : null,
});

describe("C4 a misunderstanding in a survey answer is patiently explained, as a follow-up", () => {
  it("C4 plans one return visit for the household's answer, due at the end of the third day in Shanghai", () => {
    const visit = explanationVisit(request, new Date("2026-11-01T10:00:00Z"), "Asia/Shanghai");
    expect(visit).toEqual({
      id: "lowSurveyAnswer_survey-2026_3-2-501",
      estateId: "e1",
      householdId: "3-2-501",
      reason: "lowSurveyAnswer",
      source: { kind: "surveyResponse", campaignId: "survey-2026" },
      note: "C4 以為電梯維修費由物業另收",
      // 1 Nov 18:00 in Shanghai + 3 days → the end of 4 Nov in Shanghai.
      plannedFor: new Date("2026-11-04T15:59:59.999Z"),
      assigneeId: null,
      outcome: null,
    });
  });

  it("C4 shares its id with the low-answer visit: one follow-up per household and campaign", () => {
    expect(explanationVisit(request, new Date()).id).toBe(
      surveyFollowUpId("survey-2026", "3-2-501"),
    );
  });

  it.each([
    { clause: "C4 nothing to explain", change: { misunderstanding: "  " } },
    { clause: "C4 a note over 500 characters", change: { misunderstanding: "誤".repeat(500) } },
  ])("refuses $clause", ({ change }) => {
    expect(() => explanationVisit({ ...request, ...change }, new Date())).toThrow();
  });

  it.each([
    {
      clause: "C4 no follow-up yet",
      outcomes: [],
      expected: { planned: 0, made: 0, explained: 0 },
    },
    {
      clause: "C4 planned, made, and explained counted apart",
      outcomes: [null, outcome(false), outcome(true), outcome(true)],
      expected: { planned: 4, made: 3, explained: 2 },
    },
  ])("$clause", ({ outcomes, expected }) => {
    expect(explanationFigures(outcomes.map((value) => ({ outcome: value })))).toEqual(expected);
  });
});

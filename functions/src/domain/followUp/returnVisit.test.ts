import { describe, expect, it } from "vitest";
import {
  isVisitOverdue,
  recordVisitOutcome,
  returnVisitSchema,
  visitKind,
  visitOutcomeSchema,
  type ReturnVisit,
  type VisitOutcome,
} from "./returnVisit.js";

const at = (text: string) => new Date(`${text}+08:00`);

const planned: ReturnVisit = {
  id: "afterTicket_t1",
  estateId: "demo",
  householdId: "h1",
  reason: "afterTicket",
  source: { kind: "ticket", ticketId: "t1" },
  note: "漏水",
  plannedFor: at("2026-10-09T00:00:00"),
  assigneeId: null,
  outcome: null,
};

const outcome: VisitOutcome = {
  channel: "door",
  doneAt: at("2026-10-07T10:00:00"),
  doneBy: "cs-lin",
  heard: "業主說維修後不再漏水,但師傅沒有清理現場",
  criticismAccepted: ["維修後未清理現場"],
  suggestionsAdopted: ["維修完成後拍照留底"],
  ownerSatisfaction: "fair",
  misunderstandingExplained: false,
  misunderstandingNote: null,
};

describe("C7 回訪記錄: a done visit records what was heard, criticism, suggestions, satisfaction", () => {
  it("C7 records the outcome once", () => {
    const first = recordVisitOutcome(planned, outcome);
    expect(first).toEqual({ recorded: true, visit: { ...planned, outcome } });
    if (!first.recorded) throw new Error("expected recorded");
    expect(recordVisitOutcome(first.visit, outcome)).toEqual({
      recorded: false,
      reason: "alreadyDone",
    });
  });

  it.each([
    { clause: "C7 what was heard is required", change: { heard: " " }, path: ["heard"] },
    {
      clause: "C4 a misunderstanding explained needs its note",
      change: { misunderstandingExplained: true, misunderstandingNote: "" },
      path: ["misunderstandingNote"],
    },
    {
      clause: "C7 the channel is phone, door or meeting",
      change: { channel: "wechat" },
      path: ["channel"],
    },
  ])("$clause", ({ change, path }) => {
    const result = visitOutcomeSchema.safeParse({ ...outcome, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });

  it("C4 a misunderstanding explained with its note is valid", () => {
    expect(
      visitOutcomeSchema.safeParse({
        ...outcome,
        misunderstandingExplained: true,
        misunderstandingNote: "業主以為維修要收費;解釋了保修期內無償",
      }).success,
    ).toBe(true);
  });
});

describe("C6 visit kinds and lateness", () => {
  it.each([
    { reason: "periodic" as const, kind: "householdVisit" },
    { reason: "afterTicket" as const, kind: "returnVisit" },
    { reason: "dissatisfiedRating" as const, kind: "returnVisit" },
    { reason: "lowSurveyAnswer" as const, kind: "returnVisit" },
  ])("C6 $reason is a $kind", ({ reason, kind }) => {
    expect(visitKind(reason)).toBe(kind);
  });

  it.each([
    {
      clause: "C6 before the planned time: not overdue",
      now: "2026-10-08T23:59:59",
      overdue: false,
    },
    { clause: "C6 from the planned time: overdue", now: "2026-10-09T00:00:00", overdue: true },
  ])("$clause", ({ now, overdue }) => {
    expect(isVisitOverdue(planned, at(now))).toBe(overdue);
    expect(isVisitOverdue({ ...planned, outcome }, at(now))).toBe(false);
  });

  it("A only a periodic visit has the household as its source", () => {
    const result = returnVisitSchema.safeParse({ ...planned, source: { kind: "household" } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["source"]);
  });
});

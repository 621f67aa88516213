import { describe, expect, it } from "vitest";
import { isOverdue, rectificationProgress, rectificationSchema } from "./rectification.js";

const now = new Date("2026-11-20T12:00:00+08:00");
const deadline = (text: string) => new Date(text);

describe("C3 rectification: progress and overdue tasks show on the report", () => {
  it.each([
    {
      case: "open past its deadline",
      status: "open",
      at: "2026-11-20T11:59:00+08:00",
      overdue: true,
    },
    {
      case: "in progress past its deadline",
      status: "inProgress",
      at: "2026-11-01T00:00:00+08:00",
      overdue: true,
    },
    {
      case: "open before its deadline",
      status: "open",
      at: "2026-11-21T00:00:00+08:00",
      overdue: false,
    },
    { case: "done, even late", status: "done", at: "2026-11-01T00:00:00+08:00", overdue: false },
  ] as const)("$case → overdue $overdue", ({ status, at, overdue }) => {
    expect(isOverdue({ status, deadline: deadline(at) }, now)).toBe(overdue);
  });

  it("counts the tasks by status and the overdue ones", () => {
    expect(
      rectificationProgress(
        [
          { status: "open", deadline: deadline("2026-11-01T00:00:00+08:00") },
          { status: "open", deadline: deadline("2026-12-01T00:00:00+08:00") },
          { status: "inProgress", deadline: deadline("2026-11-10T00:00:00+08:00") },
          { status: "done", deadline: deadline("2026-11-10T00:00:00+08:00") },
        ],
        now,
      ),
    ).toEqual({ total: 4, open: 2, inProgress: 1, done: 1, overdue: 2 });
  });

  const task = {
    id: "t1",
    estateId: "e",
    campaignId: "c",
    source: { kind: "topic", topic: "停車位" },
    title: "增設臨時車位",
    department: "order",
    ownerName: "錢秩序",
    ownerUid: null,
    deadline: now,
    progressNote: "",
    createdAt: now,
    createdBy: "u",
    updatedAt: now,
    updatedBy: "u",
  };

  it.each([
    {
      case: "done without saying what was done",
      change: { status: "done", outcome: null, closedAt: now },
      reason: "records what was done",
    },
    {
      case: "done without a closing time",
      change: { status: "done", outcome: "增設 12 個車位", closedAt: null },
      reason: "closedAt is set exactly",
    },
    {
      case: "open with a closing time",
      change: { status: "open", outcome: null, closedAt: now },
      reason: "closedAt is set exactly",
    },
    {
      case: "a department that is not one of the four",
      change: { status: "open", outcome: null, closedAt: null, department: "office" },
      reason: "department",
    },
  ])("refuses a task $case", ({ change, reason }) => {
    const result = rectificationSchema.safeParse({ ...task, ...change });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain(reason);
  });

  it("accepts a done task with its outcome and closing time", () => {
    expect(
      rectificationSchema.safeParse({
        ...task,
        status: "done",
        outcome: "增設 12 個車位",
        closedAt: now,
      }).success,
    ).toBe(true);
  });
});

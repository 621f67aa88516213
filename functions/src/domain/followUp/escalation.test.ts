import { describe, expect, it } from "vitest";
import {
  DEFAULT_ESCALATION_LADDER,
  escalationLadderSchema,
  escalationSteps,
  escalationTime,
  meetingActionSubject,
  promiseSubject,
  visitSubject,
  type EscalationContacts,
  type EscalationLadder,
  type EscalationSubject,
} from "./escalation.js";

const shanghai = (text: string) => new Date(`${text}+08:00`);
const ladder = DEFAULT_ESCALATION_LADDER;
const workingDays: EscalationLadder = {
  ...ladder,
  workingDaysOnly: true,
  holidays: ["2026-10-01", "2026-10-02"],
};
const contacts: EscalationContacts = {
  leads: { customerService: "lead-cs" },
  directorId: "director-wang",
};

describe("C8 escalation ladder timing across days and time zones", () => {
  it.each([
    {
      clause: "C8 assignee at the due time",
      zone: "Asia/Shanghai",
      ladder,
      due: "2026-10-07T17:00:00+08:00",
      step: { afterDays: 0, afterHours: 0 },
      at: "2026-10-07T17:00:00+08:00",
    },
    {
      clause: "C8 lead 4 hours after a 22:00 due time: across midnight (Shanghai)",
      zone: "Asia/Shanghai",
      ladder,
      due: "2026-10-07T22:00:00+08:00",
      step: { afterDays: 0, afterHours: 4 },
      at: "2026-10-08T02:00:00+08:00",
    },
    {
      clause: "C8 director a day after, across the month end (Shanghai)",
      zone: "Asia/Shanghai",
      ladder,
      due: "2026-10-31T17:00:00+08:00",
      step: { afterDays: 1, afterHours: 0 },
      at: "2026-11-01T17:00:00+08:00",
    },
    {
      clause: "C8 director 2 days 6 hours after, across midnight (Shanghai)",
      zone: "Asia/Shanghai",
      ladder,
      due: "2026-10-07T20:00:00+08:00",
      step: { afterDays: 2, afterHours: 6 },
      at: "2026-10-10T02:00:00+08:00",
    },
    {
      clause:
        "C8 a day is a calendar day: same wall time across the spring DST change (Berlin, 23 h)",
      zone: "Europe/Berlin",
      ladder,
      due: "2026-03-28T10:00:00+01:00",
      step: { afterDays: 1, afterHours: 0 },
      at: "2026-03-29T10:00:00+02:00",
    },
    {
      clause: "C8 24 hours are elapsed hours across the spring DST change (Berlin, 11:00 wall)",
      zone: "Europe/Berlin",
      ladder,
      due: "2026-03-28T10:00:00+01:00",
      step: { afterDays: 0, afterHours: 24 },
      at: "2026-03-29T11:00:00+02:00",
    },
    {
      clause: "C8 a day across the autumn DST change (Berlin, 25 h)",
      zone: "Europe/Berlin",
      ladder,
      due: "2026-10-24T10:00:00+02:00",
      step: { afterDays: 1, afterHours: 0 },
      at: "2026-10-25T10:00:00+01:00",
    },
    {
      clause:
        "C8 a wall time inside the spring gap moves forward by the gap (Berlin 02:30 → 03:30)",
      zone: "Europe/Berlin",
      ladder,
      due: "2026-03-28T02:30:00+01:00",
      step: { afterDays: 1, afterHours: 0 },
      at: "2026-03-29T03:30:00+02:00",
    },
    {
      clause: "C8 the same instant in Shanghai has no DST: exactly 24 hours",
      zone: "Asia/Shanghai",
      ladder,
      due: "2026-03-28T10:00:00+01:00",
      step: { afterDays: 1, afterHours: 0 },
      at: "2026-03-29T10:00:00+01:00",
    },
    {
      clause: "C8 working days: due Friday, director a working day later → Monday",
      zone: "Asia/Shanghai",
      ladder: workingDays,
      due: "2026-10-09T17:00:00+08:00",
      step: { afterDays: 1, afterHours: 0 },
      at: "2026-10-12T17:00:00+08:00",
    },
    {
      clause: "C8 working days: lead 4 hours after Friday 22:00 falls on Saturday → Monday 02:00",
      zone: "Asia/Shanghai",
      ladder: workingDays,
      due: "2026-10-09T22:00:00+08:00",
      step: { afterDays: 0, afterHours: 4 },
      at: "2026-10-12T02:00:00+08:00",
    },
    {
      clause: "C8 working days: holidays (1–2 Oct) and the weekend are skipped",
      zone: "Asia/Shanghai",
      ladder: workingDays,
      due: "2026-09-30T17:00:00+08:00",
      step: { afterDays: 1, afterHours: 0 },
      at: "2026-10-05T17:00:00+08:00",
    },
    {
      clause: "C8 working days: a working day is counted in the estate's zone (Berlin)",
      zone: "Europe/Berlin",
      ladder: workingDays,
      // Friday 23:30 in Berlin is already Saturday in Shanghai.
      due: "2026-03-27T23:30:00+01:00",
      step: { afterDays: 1, afterHours: 0 },
      at: "2026-03-30T23:30:00+02:00",
    },
  ])("$clause", ({ zone, ladder: theLadder, due, step, at }) => {
    expect(escalationTime(new Date(due), step, theLadder, zone)).toEqual(new Date(at));
  });
});

describe("C8 the escalation steps that should exist at now (idempotent)", () => {
  const promise: EscalationSubject = {
    kind: "promise",
    id: "p1",
    dueAt: shanghai("2026-10-07T17:00:00"),
    assigneeId: "cs-lin",
    department: "customerService",
    resolvedAt: null,
  };
  const levelsAt = (subject: EscalationSubject, now: string) =>
    escalationSteps([subject], ladder, contacts, shanghai(now)).map((step) => step.level);

  it.each([
    {
      clause: "C8 before the due time: nothing",
      subject: promise,
      now: "2026-10-07T16:59:59",
      levels: [],
    },
    {
      clause: "C8 at the due time: the assignee",
      subject: promise,
      now: "2026-10-07T17:00:00",
      levels: ["assignee"],
    },
    {
      clause: "C8 4 hours later: and the lead",
      subject: promise,
      now: "2026-10-07T21:00:00",
      levels: ["assignee", "lead"],
    },
    {
      clause: "C8 a day later: and the director",
      subject: promise,
      now: "2026-10-08T17:00:00",
      levels: ["assignee", "lead", "director"],
    },
    {
      clause: "C8 answered 2 hours after due: the assignee's step stays, no further step",
      subject: { ...promise, resolvedAt: shanghai("2026-10-07T19:00:00") },
      now: "2026-10-09T00:00:00",
      levels: ["assignee"],
    },
    {
      clause: "C8 answered on time: no step ever",
      subject: { ...promise, resolvedAt: shanghai("2026-10-07T16:00:00") },
      now: "2026-10-09T00:00:00",
      levels: [],
    },
  ])("$clause", ({ subject, now, levels }) => {
    expect(levelsAt(subject, now)).toEqual(levels);
  });

  it("C8 running twice, or later, yields the same steps with the same ids", () => {
    const first = escalationSteps([promise], ladder, contacts, shanghai("2026-10-08T17:00:00"));
    const again = escalationSteps([promise], ladder, contacts, shanghai("2026-10-08T17:00:00"));
    const later = escalationSteps([promise], ladder, contacts, shanghai("2026-12-01T00:00:00"));
    expect(again).toEqual(first);
    expect(later).toEqual(first);
    expect(first.map((step) => [step.id, step.recipientId, step.at])).toEqual([
      ["promise_p1_assignee_20261007T090000000Z", "cs-lin", shanghai("2026-10-07T17:00:00")],
      ["promise_p1_lead_20261007T090000000Z", "lead-cs", shanghai("2026-10-07T21:00:00")],
      ["promise_p1_director_20261007T090000000Z", "director-wang", shanghai("2026-10-08T17:00:00")],
    ]);
  });

  it("C8 a new agreed time starts a new ladder (new ids)", () => {
    const moved = { ...promise, dueAt: shanghai("2026-10-09T17:00:00") };
    const ids = escalationSteps([moved], ladder, contacts, shanghai("2026-10-09T17:00:00")).map(
      (step) => step.id,
    );
    expect(ids).toEqual(["promise_p1_assignee_20261009T090000000Z"]);
  });

  it("C9 a meeting action of a department without a lead: the lead step exists, to nobody", () => {
    const action: EscalationSubject = {
      kind: "meetingAction",
      id: "m1-1",
      dueAt: shanghai("2026-10-07T17:00:00"),
      assigneeId: null,
      department: "maintenance",
      resolvedAt: null,
    };
    expect(
      escalationSteps([action], ladder, contacts, shanghai("2026-10-07T21:00:00")).map((step) => [
        step.level,
        step.recipientId,
      ]),
    ).toEqual([
      ["assignee", null],
      ["lead", null],
    ]);
  });
});

describe("C8 the ladder is validated per estate", () => {
  it.each([
    {
      clause: "C8 a level twice",
      steps: [
        { level: "assignee", afterDays: 0, afterHours: 0 },
        { level: "assignee", afterDays: 0, afterHours: 4 },
      ],
    },
    {
      clause: "C8 the director before the lead",
      steps: [
        { level: "director", afterDays: 0, afterHours: 0 },
        { level: "lead", afterDays: 0, afterHours: 4 },
      ],
    },
    {
      clause: "C8 a later step earlier in time",
      steps: [
        { level: "lead", afterDays: 1, afterHours: 0 },
        { level: "director", afterDays: 0, afterHours: 4 },
      ],
    },
  ])("$clause is refused", ({ steps }) => {
    const result = escalationLadderSchema.safeParse({ ...ladder, steps });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["steps"]);
  });

  it("C8 the default ladder is valid", () => {
    expect(escalationLadderSchema.parse(ladder)).toEqual(ladder);
  });
});

describe("C8/C9/C6 matters that escalate", () => {
  const dueAt = shanghai("2026-10-07T17:00:00");

  it("C8 a promise escalates to who promised until the owner is answered", () => {
    expect(
      promiseSubject({
        id: "p1",
        answerDueAt: dueAt,
        promisedBy: "cs-lin",
        department: "customerService",
        answer: { text: "答", answeredAt: shanghai("2026-10-08T09:00:00"), answeredBy: "cs-lin" },
      }),
    ).toEqual({
      kind: "promise",
      id: "p1",
      dueAt,
      assigneeId: "cs-lin",
      department: "customerService",
      resolvedAt: shanghai("2026-10-08T09:00:00"),
    });
  });

  it("C6 a visit escalates in customer service until it is made", () => {
    expect(visitSubject({ id: "v1", plannedFor: dueAt, assigneeId: null, outcome: null })).toEqual({
      kind: "visit",
      id: "v1",
      dueAt,
      assigneeId: null,
      department: "customerService",
      resolvedAt: null,
    });
  });

  it.each([
    {
      clause: "C9 an item without an action has no deadline: no escalation",
      action: null,
      subject: null,
    },
    {
      clause: "C9 an item's action escalates from its deadline until the item closes",
      action: {
        ownerId: "mt-zhao",
        department: "maintenance" as const,
        description: "修補",
        deadline: dueAt,
        doneAt: null,
        doneNote: null,
      },
      subject: {
        kind: "meetingAction",
        id: "m-1010_visit_v1",
        dueAt,
        assigneeId: "mt-zhao",
        department: "maintenance",
        resolvedAt: null,
      },
    },
  ])("$clause", ({ action, subject }) => {
    expect(meetingActionSubject("m-1010", { id: "visit_v1", action, closedAt: null })).toEqual(
      subject,
    );
  });
});

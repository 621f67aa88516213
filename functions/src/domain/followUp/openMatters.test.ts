import { describe, expect, it } from "vitest";
import {
  closureDashboard,
  meetingActionMatter,
  openMatterRow,
  promiseMatter,
  rectificationMatter,
  summariseOpenMatters,
  ticketMatter,
  visitMatter,
  type OpenMatter,
  type OpenMatterFilter,
} from "./openMatters.js";

const at = (text: string) => new Date(`${text}+08:00`);
const now = at("2026-10-20T12:00:00");

const matter = (
  kind: OpenMatter["kind"],
  id: string,
  openedAt: string,
  dueAt: string | null,
  ownerId: string | null,
  department: OpenMatter["department"],
): OpenMatter => ({
  kind,
  id,
  title: id,
  openedAt: at(openedAt),
  dueAt: dueAt === null ? null : at(dueAt),
  ownerId,
  department,
});

const matters = [
  matter("ticket", "t-new", "2026-10-19T09:00:00", "2026-10-22T09:00:00", "mt-zhao", "maintenance"),
  matter(
    "promise",
    "p-late",
    "2026-10-15T09:00:00",
    "2026-10-18T17:00:00",
    "cs-lin",
    "customerService",
  ),
  matter(
    "visitDue",
    "v-old",
    "2026-09-01T09:00:00",
    "2026-10-25T00:00:00",
    null,
    "customerService",
  ),
  matter(
    "rectification",
    "r-late-old",
    "2026-09-10T09:00:00",
    "2026-10-01T18:00:00",
    "env-he",
    "environment",
  ),
  matter("meetingAction", "m-nodeadline", "2026-10-10T09:30:00", null, null, null),
  matter(
    "ticket",
    "t-due-now",
    "2026-10-19T09:00:00",
    "2026-10-20T12:00:00",
    "mt-zhao",
    "maintenance",
  ),
];

describe("SPEC §10 closure dashboard: overdue first, then the oldest first", () => {
  it("orders every open matter", () => {
    expect(closureDashboard(matters, now).map((row) => [row.id, row.overdue, row.ageDays])).toEqual(
      [
        ["r-late-old", true, 40],
        ["p-late", true, 5],
        ["t-due-now", true, 1],
        ["v-old", false, 49],
        ["m-nodeadline", false, 10],
        ["t-new", false, 1],
      ],
    );
  });

  it("equal age and state: by kind, then id", () => {
    const same = [
      matter("ticket", "b", "2026-10-19T09:00:00", null, null, null),
      matter("promise", "z", "2026-10-19T09:00:00", null, null, null),
      matter("ticket", "a", "2026-10-19T09:00:00", null, null, null),
    ];
    expect(closureDashboard(same, now).map((row) => row.id)).toEqual(["z", "a", "b"]);
  });

  it.each([
    {
      clause: "a matter is overdue from its due time on",
      dueAt: "2026-10-20T12:00:00",
      overdue: true,
    },
    { clause: "a second before, it is not", dueAt: "2026-10-20T12:00:01", overdue: false },
    { clause: "without a deadline, never", dueAt: null, overdue: false },
  ])("$clause", ({ dueAt, overdue }) => {
    expect(
      openMatterRow(matter("ticket", "x", "2026-10-20T11:00:00", dueAt, null, null), now),
    ).toMatchObject({
      overdue,
      ageMs: 3_600_000,
      ageDays: 0,
    });
  });

  it.each([
    { clause: "by department", filter: { department: "maintenance" }, ids: ["t-due-now", "t-new"] },
    { clause: "by person", filter: { personId: "cs-lin" }, ids: ["p-late"] },
    {
      clause: "by department and person",
      filter: { department: "maintenance", personId: "cs-lin" },
      ids: [],
    },
    {
      clause: "no filter: everything",
      filter: {},
      ids: ["r-late-old", "p-late", "t-due-now", "v-old", "m-nodeadline", "t-new"],
    },
  ] satisfies { clause: string; filter: OpenMatterFilter; ids: string[] }[])(
    "filters $clause",
    ({ filter, ids }) => {
      expect(closureDashboard(matters, now, filter).map((row) => row.id)).toEqual(ids);
    },
  );

  it("summarises open, overdue and kinds", () => {
    expect(summariseOpenMatters(closureDashboard(matters, now))).toEqual({
      open: 6,
      overdue: 3,
      byKind: { promise: 1, meetingAction: 1, ticket: 2, visitDue: 1, rectification: 1 },
    });
  });
});

describe("SPEC §10 what counts as an open matter", () => {
  it.each([
    { clause: "§5 a ticket in progress is open", status: "inProgress", open: true },
    {
      clause: "§5 a done ticket is followed by its return visit instead",
      status: "done",
      open: false,
    },
    { clause: "§5 a closed ticket is not open", status: "closed", open: false },
  ])("$clause", ({ status, open }) => {
    const ticket = {
      id: "t1",
      title: "漏水",
      status,
      createdAt: at("2026-10-19T09:00:00"),
      dueAt: null,
      assigneeId: "mt-zhao",
      department: "maintenance" as const,
    };
    expect(ticketMatter(ticket) !== null).toBe(open);
  });

  const promise = {
    id: "p1",
    question: "車位租金明年會漲嗎?",
    promisedAt: at("2026-10-15T09:00:00"),
    answerDueAt: at("2026-10-18T17:00:00"),
    promisedBy: "cs-lin",
    department: "customerService" as const,
    answer: null,
  };
  it.each([
    { clause: "C8 an overdue promise is open", answer: null, open: true },
    {
      clause: "C8 an answered promise is not",
      answer: { text: "不漲", answeredAt: at("2026-10-19T09:00:00"), answeredBy: "cs-lin" },
      open: false,
    },
  ])("$clause", ({ answer, open }) => {
    expect(promiseMatter({ ...promise, answer }, now) !== null).toBe(open);
  });

  it("C8 a promise's matter is owned by who promised", () => {
    expect(promiseMatter(promise, now)).toMatchObject({
      kind: "promise",
      ownerId: "cs-lin",
      dueAt: promise.answerDueAt,
      title: promise.question,
    });
  });

  it("C6 a visit not yet made is a customer-service matter due at its planned time", () => {
    const visit = {
      id: "afterTicket_t1",
      note: "漏水",
      plannedFor: at("2026-10-22T00:00:00"),
      assigneeId: null,
      outcome: null,
      createdAt: at("2026-10-19T09:00:00"),
    };
    expect(visitMatter(visit)).toMatchObject({ kind: "visitDue", department: "customerService" });
    expect(
      visitMatter({
        ...visit,
        outcome: {
          channel: "phone",
          doneAt: at("2026-10-20T09:00:00"),
          doneBy: "cs-lin",
          heard: "好",
          criticismAccepted: [],
          suggestionsAdopted: [],
          ownerSatisfaction: "satisfied",
          misunderstandingExplained: false,
          misunderstandingNote: null,
        },
      }),
    ).toBeNull();
  });

  it("C9 a meeting item is owned by its action's owner, due by its deadline", () => {
    expect(
      meetingActionMatter({
        meetingId: "m-1010",
        itemId: "visit_v1",
        title: "車庫滲水",
        escalatedAt: at("2026-10-07T11:00:00"),
        action: {
          ownerId: "mt-zhao",
          department: "maintenance",
          description: "修補",
          deadline: at("2026-10-20T18:00:00"),
          doneAt: null,
          doneNote: null,
        },
      }),
    ).toEqual({
      kind: "meetingAction",
      id: "m-1010_visit_v1",
      title: "車庫滲水",
      openedAt: at("2026-10-07T11:00:00"),
      dueAt: at("2026-10-20T18:00:00"),
      ownerId: "mt-zhao",
      department: "maintenance",
    });
  });

  it.each([
    { clause: "C3 an open rectification task is open", status: "inProgress" as const, open: true },
    { clause: "C3 a done task is not", status: "done" as const, open: false },
  ])("$clause", ({ status, open }) => {
    const task = {
      id: "rect1",
      title: "綠化補種",
      status,
      createdAt: at("2026-09-10T09:00:00"),
      deadline: at("2026-10-01T18:00:00"),
      ownerUid: "env-he",
      department: "environment" as const,
    };
    expect(rectificationMatter(task) !== null).toBe(open);
  });
});

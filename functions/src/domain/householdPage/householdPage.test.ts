import { describe, expect, it } from "vitest";
import type { Notice } from "../schema/notice.js";
import { receptionSchema, type Reception } from "../schema/reception.js";
import type { StoredOnSiteVisit } from "../schema/onSiteVisit.js";
import type { StoredPromise } from "../schema/promise.js";
import type { StoredTicket } from "../schema/ticket.js";
import {
  ownerNotices,
  ownerPromises,
  ownerRequests,
  ownerTickets,
  ownerVisits,
} from "./projection.js";
import { countRequest, HOUSEHOLD_PAGE_LIMITS } from "./rateLimit.js";
import { householdActionSchema, receptionOfRequest, requestReceptionId } from "./requests.js";

const now = new Date("2026-11-27T02:00:00Z");
const hash = "a".repeat(64);

describe("§12 a request from the household page becomes one online reception at the desk", () => {
  const reception = receptionOfRequest({
    estateId: "e",
    householdId: "h501",
    linkId: hash,
    request: { requestId: "req-00000001", kind: "question", content: "何時修好電梯？" },
    now,
    timeZone: "Asia/Shanghai",
  });

  it("is a valid reception on the online channel with the page's identity and the day in the estate's zone", () => {
    expect(receptionSchema.parse(reception)).toMatchObject({
      channel: "online",
      category: "inquiry",
      householdId: "h501",
      day: "2026-11-27",
      outcome: "",
      householdRequest: { householdId: "h501", linkId: hash, requestId: "req-00000001" },
    });
  });

  it("has the same id when resent, and different ids for different households", () => {
    expect(reception.id).toBe(requestReceptionId("h501", "req-00000001"));
    expect(requestReceptionId("h502", "req-00000001")).not.toBe(reception.id);
  });

  it.each([
    { kind: "repair", category: "repair" },
    { kind: "question", category: "inquiry" },
    { kind: "complaint", category: "complaint" },
    { kind: "suggestion", category: "suggestion" },
  ] as const)("a $kind arrives as category $category", ({ kind, category }) => {
    const record = receptionOfRequest({
      estateId: "e",
      householdId: "h",
      linkId: hash,
      request: { requestId: "req-00000001", kind, content: "x" },
      now,
      timeZone: "Asia/Shanghai",
    });
    expect(record.category).toBe(category);
  });
});

describe("§12 the page's bodies are checked field by field", () => {
  const token = "A".repeat(24);
  it.each([
    { case: "a confirmation", body: { action: "confirmNotice", token, noticeId: "n1" }, ok: true },
    {
      case: "a request",
      body: {
        action: "sendRequest",
        token,
        requestId: "r-12345678",
        kind: "repair",
        content: "漏水",
      },
      ok: true,
    },
    {
      case: "an empty request",
      body: { action: "sendRequest", token, requestId: "r-12345678", kind: "repair", content: " " },
      ok: false,
    },
    {
      case: "a request over 1000 characters",
      body: {
        action: "sendRequest",
        token,
        requestId: "r-12345678",
        kind: "repair",
        content: "x".repeat(1001),
      },
      ok: false,
    },
    { case: "an unknown action", body: { action: "deleteAll", token }, ok: false },
    {
      case: "an unknown field",
      body: { action: "confirmNotice", token, noticeId: "n1", staffNote: "x" },
      ok: false,
    },
    {
      case: "a forged token",
      body: { action: "confirmNotice", token: "../x", noticeId: "n1" },
      ok: false,
    },
  ])("$case → accepted $ok", ({ body, ok }) => {
    expect(householdActionSchema.safeParse(body).success).toBe(ok);
  });
});

describe("§12 rate limit per token and minute", () => {
  it("allows the limit of reads in a minute and refuses the next until the minute turns", () => {
    let counter = null;
    for (let i = 0; i < HOUSEHOLD_PAGE_LIMITS.readsPerMinute; i += 1) {
      const decision = countRequest(counter, "read", now);
      if (!decision.allowed) throw new Error(`read ${String(i)} refused`);
      counter = decision.counter;
    }
    expect(countRequest(counter, "read", now)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect(countRequest(counter, "action", now).allowed).toBe(true);
    expect(countRequest(counter, "read", new Date(now.getTime() + 60_000)).allowed).toBe(true);
  });

  it("counts actions apart from reads, with their own smaller limit", () => {
    const full = { minute: Math.floor(now.getTime() / 60_000), reads: 0, actions: 10 };
    expect(countRequest(full, "action", new Date(now.getTime() + 45_000))).toEqual({
      allowed: false,
      retryAfterSeconds: 15,
    });
  });
});

function reception(change: Partial<Reception>): Reception {
  return {
    ...receptionOfRequest({
      estateId: "e",
      householdId: "h501",
      linkId: hash,
      request: { requestId: "req-00000001", kind: "repair", content: "廚房漏水" },
      now,
      timeZone: "Asia/Shanghai",
    }),
    ...change,
  };
}

describe("§12 the page shows a household's own requests and the desk's replies, nothing staff-internal", () => {
  it("shows the reply of the record, or of its latest amendment", () => {
    const original = reception({ outcome: "" });
    const answered = reception({
      id: "amend-1",
      amends: original.id,
      amendReason: "reply",
      outcome: "明早九點維修部上門",
      staffId: "cs-uid",
      updatedAt: new Date(now.getTime() + 3_600_000),
    });
    expect(ownerRequests([original, answered], "h501")).toEqual([
      {
        requestId: "req-00000001",
        kind: "repair",
        content: "廚房漏水",
        sentAt: now.toISOString(),
        reply: "明早九點維修部上門",
        repliedAt: new Date(now.getTime() + 3_600_000).toISOString(),
      },
    ]);
  });

  it("never shows another household's request, nor a reception staff wrote", () => {
    const other = reception({
      id: "other",
      householdId: "h502",
      householdRequest: {
        householdId: "h502",
        linkId: hash,
        requestId: "r-99999999",
        kind: "repair",
      },
    });
    const staffRecord: Reception = { ...reception({ id: "phone", outcome: "internal" }) };
    delete staffRecord.householdRequest;
    expect(ownerRequests([other, staffRecord], "h501")).toEqual([]);
  });

  it("copies only named fields of a notice (no author, no stamps)", () => {
    const notice: Notice = {
      id: "n1",
      estateId: "e",
      kind: "powerOutage",
      title: { "zh-Hant": "停電", "zh-Hans": null, en: "Power cut" },
      body: { "zh-Hant": "維修", "zh-Hans": null, en: null },
      target: { scope: "households", householdIds: ["h501"] },
      startsAt: new Date(now.getTime() - 1000),
      endsAt: new Date(now.getTime() + 3_600_000),
      critical: true,
      withdrawnAt: null,
      withdrawnBy: null,
      createdAt: now,
      createdBy: "cs-uid",
      updatedAt: now,
      updatedBy: "cs-uid",
    };
    const [shown] = ownerNotices([notice], { id: "h501", building: "3" }, new Map(), now);
    expect(Object.keys(shown ?? {}).sort()).toEqual(
      [
        "body",
        "confirmedAt",
        "critical",
        "endsAt",
        "id",
        "kind",
        "phase",
        "startsAt",
        "title",
      ].sort(),
    );
    expect(shown?.phase).toBe("inEffect");
    expect(ownerNotices([notice], { id: "h502", building: "3" }, new Map(), now)).toEqual([]);
  });
});

describe("§12 tickets, on-site records and promises: only the owner-visible fields of the household's own", () => {
  const day = (n: number) => new Date(now.getTime() + n * 86_400_000);
  const ticket = (change: Partial<StoredTicket>): StoredTicket =>
    ({
      id: "t1",
      estateId: "e",
      type: "repair",
      householdId: "h501",
      title: "廚房漏水",
      status: "closed",
      charge: "unpaid",
      openedAt: day(-3),
      dueAt: day(-2),
      assigneeId: "maint-uid",
      transitions: [
        { from: "open", to: "assigned", by: "cs-uid", at: day(-3), note: "internal note" },
        { from: "assigned", to: "closed", by: "maint-uid", at: day(-1), note: "staff only" },
      ],
      visitFlags: [],
      flagged: false,
      inspections: [],
      ...change,
    }) as unknown as StoredTicket;

  it("shows a ticket's state and the steps it went through, never who or the notes", () => {
    const [shown] = ownerTickets([ticket({})], "h501");
    expect(shown).toEqual({
      id: "t1",
      type: "repair",
      title: "廚房漏水",
      status: "closed",
      charge: "unpaid",
      openedAt: day(-3).toISOString(),
      dueAt: day(-2).toISOString(),
      steps: [
        { to: "assigned", at: day(-3).toISOString() },
        { to: "closed", at: day(-1).toISOString() },
      ],
    });
    expect(JSON.stringify(shown)).not.toMatch(/note|maint-uid|cs-uid/);
  });

  it.each([
    { case: "another household's ticket", change: { householdId: "h502" }, shown: false },
    {
      case: "an arrears reminder (a staff matter)",
      change: { type: "arrearsReminder" },
      shown: false,
    },
    { case: "an illegal construction case", change: { type: "illegalConstruction" }, shown: false },
    { case: "a cleaning ticket", change: { type: "cleaning" }, shown: true },
  ] as const)("$case → shown $shown", ({ change, shown }) => {
    expect(ownerTickets([ticket(change)], "h501").length).toBe(shown ? 1 : 0);
  });

  const visit = (change: Partial<StoredOnSiteVisit>): StoredOnSiteVisit =>
    ({
      id: "v1",
      estateId: "e",
      ticketId: "t1",
      householdId: "h501",
      staffId: "maint-uid",
      department: "maintenance",
      charge: "unpaid",
      workDone: "更換水龍頭",
      photos: [],
      doneAt: day(-1),
      signature: { signerName: "陳先生", signedAt: day(-1), image: { imagePath: "x" } },
      rating: { value: "satisfied", at: day(-1) },
      signedHash: "b".repeat(64),
      ownerResponse: null,
      amendments: [{ by: "maint-uid", at: day(0), text: "補充：已測試" }],
      ...change,
    }) as unknown as StoredOnSiteVisit;

  it("lists the household's signed on-site records without the staff member or department", () => {
    const shown = ownerVisits(
      [visit({}), visit({ id: "unsigned", signature: null, signedHash: null })],
      "h501",
    );
    expect(shown.map((v) => v.id)).toEqual(["v1"]);
    expect(shown[0]).toMatchObject({
      signerName: "陳先生",
      rating: "satisfied",
      amendments: [{ text: "補充：已測試" }],
    });
    expect(JSON.stringify(shown)).not.toMatch(/maint-uid|maintenance|imagePath/);
    expect(ownerVisits([visit({ householdId: "h502" })], "h501")).toEqual([]);
  });

  const promise = (change: Partial<StoredPromise>): StoredPromise =>
    ({
      id: "p1",
      estateId: "e",
      householdId: "h501",
      question: "車位何時重新分配？",
      promisedBy: "cs-uid",
      department: "customerService",
      promisedAt: day(-5),
      answerDueAt: day(-1),
      answer: null,
      escalatedTo: "director",
      ...change,
    }) as unknown as StoredPromise;

  it.each([
    { case: "not answered by the time", change: {}, state: "overdue" },
    {
      case: "answered in time",
      change: { answer: { text: "下月一日", answeredAt: day(-2), answeredBy: "cs-uid" } },
      state: "kept",
    },
    {
      case: "answered late",
      change: { answer: { text: "下月一日", answeredAt: day(0), answeredBy: "cs-uid" } },
      state: "lateKept",
    },
  ] as const)(
    "C8 a promise $case → $state, without who promised or the escalation",
    ({ change, state }) => {
      const [shown] = ownerPromises([promise(change)], "h501", new Date(now.getTime() + 1000));
      expect(shown?.state).toBe(state);
      expect(JSON.stringify(shown)).not.toMatch(/cs-uid|director|customerService/);
    },
  );
});

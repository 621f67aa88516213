import { describe, expect, it } from "vitest";
import {
  addAgendaItem,
  meetingIdAt,
  newRegularMeeting,
  nextRegularMeetingTime,
  openAgendaItemOf,
  promiseHistory,
  receptionHistory,
  recordActionDone,
  recordItemMinutes,
  recordOwnerReply,
  ticketHistory,
  visitHistory,
  type ItemMinutes,
} from "./meetingAgenda.js";
import { closeItem, type Escalation, type OwnerReply } from "./regularMeeting.js";

const ZONE = "Asia/Shanghai";
const at = (text: string) => new Date(`${text}+08:00`);

const escalation: Escalation = {
  source: { kind: "promise", id: "p-1" },
  title: "車庫滲水,業主要求例會答復",
  raisedBy: { householdId: "3-2-501", ownerName: "張先生" },
  history: [
    { at: at("2026-11-20T10:00:00"), by: "cs-lin", text: "回訪:仍滲水" },
    { at: at("2026-11-10T09:00:00"), by: "cs-lin", text: "接待:車庫滲水" },
  ],
  escalatedAt: at("2026-11-25T11:00:00"),
  escalatedBy: "cs-lin",
};
const upcoming = newRegularMeeting({
  estateId: "e1",
  scheduledFor: at("2026-11-30T09:30:00"),
  zone: ZONE,
  chairId: "director-wang",
});
const minutes: ItemMinutes = {
  discussion: "防水層老化",
  decision: "請防水公司修補",
  action: {
    ownerId: "mt-zhao",
    department: "maintenance",
    description: "聯繫防水公司修補並回訪",
    deadline: at("2026-12-10T18:00:00"),
  },
};
const reply: OwnerReply = {
  text: "已修補,業主確認不再滲水",
  channel: "phone",
  repliedAt: at("2026-12-09T15:00:00"),
  repliedBy: "cs-lin",
};

function openItem() {
  const added = addAgendaItem(upcoming, escalation);
  if (!added.added) throw new Error(added.reason);
  return added.item;
}

describe("C9 the next regular meeting's time, per the estate's rule and zone", () => {
  it.each([
    {
      clause: "C9 later the same week",
      now: "2026-11-25T11:00:00",
      rule: { weekday: 1, time: "09:30" },
      next: "2026-11-30T09:30:00",
    },
    {
      clause: "C9 on the meeting day before the time: the same day",
      now: "2026-11-30T08:00:00",
      rule: { weekday: 1, time: "09:30" },
      next: "2026-11-30T09:30:00",
    },
    {
      clause: "C9 on the meeting day at the time: a week later",
      now: "2026-11-30T09:30:00",
      rule: { weekday: 1, time: "09:30" },
      next: "2026-12-07T09:30:00",
    },
    {
      clause: "C9 late Sunday evening local (still Sunday UTC-wise earlier) to a Friday",
      now: "2026-11-29T23:30:00",
      rule: { weekday: 5, time: "14:00" },
      next: "2026-12-04T14:00:00",
    },
  ])("$clause", ({ now, rule, next }) => {
    expect(nextRegularMeetingTime(rule, at(now), ZONE)).toEqual(at(next));
  });

  it("C9 the time is local to the estate's zone", () => {
    const next = nextRegularMeetingTime(
      { weekday: 1, time: "09:30" },
      new Date("2026-11-25T00:00:00Z"),
      "Europe/London",
    );
    expect(next.toISOString()).toBe("2026-11-30T09:30:00.000Z");
  });

  it("C9 one meeting id per local minute, and a titled empty agenda", () => {
    expect(meetingIdAt(at("2026-11-30T09:30:00"), ZONE)).toBe("meeting-20261130-0930");
    expect(upcoming).toMatchObject({
      id: "meeting-20261130-0930",
      title: "例會 2026-11-30",
      heldAt: null,
      items: [],
    });
  });
});

describe("C9 escalating a major issue puts it on the agenda with its history, once", () => {
  it("C9 the item is added open, with the history in time order", () => {
    const item = openItem();
    expect(item.id).toBe("promise_p-1");
    expect(item.history.map((entry) => entry.text)).toEqual(["接待:車庫滲水", "回訪:仍滲水"]);
    expect([item.action, item.ownerReply, item.closedAt]).toEqual([null, null, null]);
  });

  it.each([
    {
      clause: "C9 the same source twice is one item",
      meeting: () => {
        const first = addAgendaItem(upcoming, escalation);
        if (!first.added) throw new Error("not added");
        return first.meeting;
      },
      reason: "alreadyOnAgenda",
    },
    {
      clause: "C9 a meeting already held takes no new item",
      meeting: () => ({ ...upcoming, heldAt: at("2026-11-30T09:30:00") }),
      reason: "meetingHeld",
    },
    {
      clause: "C9 a full agenda takes no more",
      meeting: () => ({
        ...upcoming,
        items: Array.from({ length: 200 }, (_, index) => ({
          ...openItem(),
          id: `ticket_t${String(index)}`,
        })),
      }),
      reason: "agendaFull",
    },
  ])("$clause", ({ meeting, reason }) => {
    expect(addAgendaItem(meeting(), escalation)).toEqual({ added: false, reason });
  });

  it("C9 an open item of the source is found in any meeting; a closed one is not", () => {
    const item = openItem();
    const held = { ...upcoming, id: "older", items: [item] };
    expect(openAgendaItemOf([upcoming, held], escalation.source)?.meeting.id).toBe("older");
    const closed = { ...held, items: [{ ...item, closedAt: at("2026-12-01T00:00:00") }] };
    expect(openAgendaItemOf([upcoming, closed], escalation.source)).toBeNull();
  });
});

describe("C9 the history copied from the source record", () => {
  it("C9 a reception: what was said and what was done", () => {
    const entries = receptionHistory({
      at: at("2026-11-10T09:00:00"),
      staffId: "cs-lin",
      channel: "phone_in",
      category: "complaint",
      callerName: "張先生",
      content: "車庫滲水",
      outcome: "已派維修",
    });
    expect(entries.map((entry) => entry.text)).toEqual([
      "接待(phone_in/complaint)張先生:車庫滲水",
      "處理:已派維修",
    ]);
  });

  it("C9 a ticket: the opening and every step", () => {
    const entries = ticketHistory({
      title: "車庫滲水",
      description: "B1 層",
      openedAt: at("2026-11-10T09:05:00"),
      openedBy: "cs-lin",
      transitions: [
        { from: "open", to: "assigned", by: "lead", at: at("2026-11-10T10:00:00"), note: "" },
        {
          from: "assigned",
          to: "done",
          by: "mt-zhao",
          at: at("2026-11-12T10:00:00"),
          note: "臨時封堵",
        },
      ],
    });
    expect(entries.map((entry) => [entry.by, entry.text])).toEqual([
      ["cs-lin", "開單:車庫滲水—B1 層"],
      ["lead", "工單 open → assigned"],
      ["mt-zhao", "工單 assigned → done:臨時封堵"],
    ]);
  });

  it("C9 a promise: the question with its local due time, and the answer", () => {
    const entries = promiseHistory(
      {
        question: "何時徹底修好?",
        promisedBy: "cs-lin",
        promisedAt: at("2026-11-13T10:00:00"),
        answerDueAt: at("2026-11-15T18:00:00"),
        answer: { text: "需上例會", answeredAt: at("2026-11-15T17:00:00"), answeredBy: "cs-lin" },
      },
      ZONE,
    );
    expect(entries.map((entry) => entry.text)).toEqual([
      "預約答復(2026-11-15 18:00 前):何時徹底修好?",
      "答復:需上例會",
    ]);
  });

  it("C9 a visit: why planned, and what was heard, accepted and adopted", () => {
    const entries = visitHistory(
      {
        note: "工單完成後回訪",
        plannedFor: at("2026-11-18T10:00:00"),
        assigneeId: null,
        outcome: {
          channel: "door",
          doneAt: at("2026-11-20T10:00:00"),
          doneBy: "cs-lin",
          heard: "仍滲水",
          criticismAccepted: ["維修太慢"],
          suggestionsAdopted: [],
          ownerSatisfaction: "dissatisfied",
          misunderstandingExplained: false,
          misunderstandingNote: null,
        },
      },
      "system",
    );
    expect(entries.map((entry) => [entry.by, entry.text])).toEqual([
      ["system", "計劃回訪:工單完成後回訪"],
      ["cs-lin", "回訪(door,dissatisfied):仍滲水;接受批評:維修太慢"],
    ]);
  });

  it("C9 a long text is shortened to the history line's limit, not refused", () => {
    const entries = receptionHistory({
      at: at("2026-11-10T09:00:00"),
      staffId: "cs-lin",
      channel: "visit",
      category: "complaint",
      callerName: "",
      content: "漏".repeat(1500),
      outcome: "",
    });
    expect(entries).toHaveLength(1);
    expect(entries[0]?.text).toHaveLength(1000);
  });
});

describe("C9 recording per item: minutes, the action done, the reply to the owner", () => {
  it("C9 the minutes record discussion, decision, the action's owner and deadline", () => {
    const result = recordItemMinutes(openItem(), minutes);
    expect(result.recorded && result.item).toMatchObject({
      discussion: "防水層老化",
      decision: "請防水公司修補",
      action: { ownerId: "mt-zhao", deadline: at("2026-12-10T18:00:00"), doneAt: null },
    });
  });

  it("C9 an item closes after minutes, the action done and the reply — and not before", () => {
    const closing = { by: "director-wang", at: at("2026-12-11T09:00:00") };
    const withMinutes = recordItemMinutes(openItem(), minutes);
    if (!withMinutes.recorded) throw new Error(withMinutes.reason);
    expect(closeItem(withMinutes.item, closing)).toEqual({
      closed: false,
      reasons: ["actionNotDone", "ownerNotAnswered"],
    });
    const done = recordActionDone(withMinutes.item, {
      at: at("2026-12-08T16:00:00"),
      note: " 已修補 ",
    });
    if (!done.recorded) throw new Error(done.reason);
    expect(done.item.action?.doneNote).toBe("已修補");
    expect(closeItem(done.item, closing)).toEqual({ closed: false, reasons: ["ownerNotAnswered"] });
    const answered = recordOwnerReply(done.item, reply);
    if (!answered.recorded) throw new Error(answered.reason);
    const closed = closeItem(answered.item, closing);
    expect(closed.closed && closed.item.closedAt).toEqual(closing.at);
  });

  it.each([
    {
      clause: "C9 no action done without an action",
      run: () => recordActionDone(openItem(), { at: at("2026-12-01T00:00:00"), note: null }),
      reason: "noAction",
    },
    {
      clause: "C9 an action is done once",
      run: () => {
        const item = recordItemMinutes(openItem(), minutes);
        if (!item.recorded) throw new Error(item.reason);
        const done = recordActionDone(item.item, { at: at("2026-12-01T00:00:00"), note: null });
        if (!done.recorded) throw new Error(done.reason);
        return recordActionDone(done.item, { at: at("2026-12-02T00:00:00"), note: null });
      },
      reason: "actionAlreadyDone",
    },
    {
      clause: "C9 a done action is not rewritten by later minutes",
      run: () => {
        const item = recordItemMinutes(openItem(), minutes);
        if (!item.recorded) throw new Error(item.reason);
        const done = recordActionDone(item.item, { at: at("2026-12-01T00:00:00"), note: null });
        if (!done.recorded) throw new Error(done.reason);
        return recordItemMinutes(done.item, { ...minutes, action: null });
      },
      reason: "actionFixedOnceDone",
    },
    {
      clause: "C9 the owner is answered once",
      run: () => {
        const answered = recordOwnerReply(openItem(), reply);
        if (!answered.recorded) throw new Error(answered.reason);
        return recordOwnerReply(answered.item, reply);
      },
      reason: "alreadyAnswered",
    },
    {
      clause: "C9 a closed item is never edited",
      run: () =>
        recordItemMinutes(
          { ...openItem(), closedAt: at("2026-12-01T00:00:00"), closedBy: "d" },
          minutes,
        ),
      reason: "itemClosed",
    },
  ])("$clause", ({ run, reason }) => {
    expect(run()).toEqual({ recorded: false, reason });
  });

  it("C9 after the action is done the decision may still be completed", () => {
    const item = recordItemMinutes(openItem(), minutes);
    if (!item.recorded) throw new Error(item.reason);
    const done = recordActionDone(item.item, { at: at("2026-12-01T00:00:00"), note: null });
    if (!done.recorded) throw new Error(done.reason);
    const again = recordItemMinutes(done.item, { ...minutes, decision: "修補並保修一年" });
    expect(again.recorded && again.item).toMatchObject({
      decision: "修補並保修一年",
      action: { doneAt: at("2026-12-01T00:00:00") },
    });
  });
});

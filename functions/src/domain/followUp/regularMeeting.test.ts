import { describe, expect, it } from "vitest";
import {
  agendaItemFor,
  closeItem,
  meetingMinutes,
  nextRegularMeeting,
  openMeetingActions,
  type AgendaItem,
  type MeetingAction,
  type OwnerReply,
  type RegularMeeting,
} from "./regularMeeting.js";

const at = (text: string) => new Date(`${text}+08:00`);

const item = agendaItemFor({
  source: { kind: "visit", id: "afterTicket_t1" },
  title: "3號樓地下車庫反覆滲水",
  raisedBy: { householdId: "3-2-501", ownerName: "張先生" },
  history: [
    { at: at("2026-10-07T10:00:00"), by: "cs-lin", text: "回訪:業主說車庫仍滲水" },
    { at: at("2026-09-20T09:00:00"), by: "cs-lin", text: "接待:業主來電反映車庫滲水" },
  ],
  escalatedAt: at("2026-10-07T11:00:00"),
  escalatedBy: "cs-lin",
});

const action: MeetingAction = {
  ownerId: "mt-zhao",
  department: "maintenance",
  description: "請防水公司檢查並修補",
  deadline: at("2026-10-20T18:00:00"),
  doneAt: null,
  doneNote: null,
};
const reply: OwnerReply = {
  text: "已修補,並請業主確認",
  channel: "phone",
  repliedAt: at("2026-10-19T15:00:00"),
  repliedBy: "cs-lin",
};
const doneAction = { ...action, doneAt: at("2026-10-18T16:00:00"), doneNote: "已修補" };
const closing = { by: "director-wang", at: at("2026-10-21T10:00:00") };

describe("C9 escalation to the regular meeting with the issue's history", () => {
  it("C9 the item carries the history in time order and starts open", () => {
    expect(item.id).toBe("visit_afterTicket_t1");
    expect(item.history.map((entry) => entry.text)).toEqual([
      "接待:業主來電反映車庫滲水",
      "回訪:業主說車庫仍滲水",
    ]);
    expect([item.action, item.ownerReply, item.closedAt]).toEqual([null, null, null]);
  });

  it.each([
    {
      clause: "C9 the next meeting not yet held, from now on",
      now: "2026-10-07T11:00:00",
      next: "m-1010",
    },
    {
      clause: "C9 a meeting later that day still counts",
      now: "2026-10-10T09:00:00",
      next: "m-1010",
    },
    { clause: "C9 after it started: the one after", now: "2026-10-10T09:30:01", next: "m-1017" },
    { clause: "C9 no meeting scheduled: none", now: "2026-10-18T00:00:00", next: null },
  ])("$clause", ({ now, next }) => {
    const meetings = [
      { id: "m-1017", scheduledFor: at("2026-10-17T09:30:00"), heldAt: null },
      { id: "m-1003", scheduledFor: at("2026-10-03T09:30:00"), heldAt: at("2026-10-03T09:30:00") },
      { id: "m-1010", scheduledFor: at("2026-10-10T09:30:00"), heldAt: null },
    ];
    expect(nextRegularMeeting(meetings, at(now))?.id ?? null).toBe(next);
  });
});

describe("C9 an item closes only when the action is done and the owner has been answered", () => {
  it.each([
    {
      clause: "C9 no action decided: refused",
      item: item,
      reasons: ["noAction", "ownerNotAnswered"],
    },
    {
      clause: "C9 action open, owner not answered: refused for both",
      item: { ...item, action },
      reasons: ["actionNotDone", "ownerNotAnswered"],
    },
    {
      clause: "C9 action done, owner not answered: refused",
      item: { ...item, action: doneAction },
      reasons: ["ownerNotAnswered"],
    },
    {
      clause: "C9 owner answered, action not done: refused",
      item: { ...item, action, ownerReply: reply },
      reasons: ["actionNotDone"],
    },
    {
      clause: "C9 already closed: refused",
      item: {
        ...item,
        action: doneAction,
        ownerReply: reply,
        closedAt: at("2026-10-20T10:00:00"),
        closedBy: "director-wang",
      },
      reasons: ["alreadyClosed"],
    },
  ] satisfies { clause: string; item: AgendaItem; reasons: string[] }[])(
    "$clause",
    ({ item: subject, reasons }) => {
      expect(closeItem(subject, closing)).toEqual({ closed: false, reasons });
    },
  );

  it("C9 action done and owner answered: closed, by whom and when", () => {
    expect(closeItem({ ...item, action: doneAction, ownerReply: reply }, closing)).toEqual({
      closed: true,
      item: {
        ...item,
        action: doneAction,
        ownerReply: reply,
        closedAt: closing.at,
        closedBy: "director-wang",
      },
    });
  });
});

describe("C9 minutes are printable; open items stay on the dashboard", () => {
  const meeting: RegularMeeting = {
    id: "m-1010",
    estateId: "demo",
    title: "10月第2次例會",
    scheduledFor: at("2026-10-10T09:30:00"),
    heldAt: at("2026-10-10T09:35:00"),
    chairId: "director-wang",
    attendeeIds: ["director-wang", "cs-lin", "mt-zhao"],
    items: [
      {
        ...item,
        discussion: "滲水來自頂板裂縫",
        decision: "請防水公司修補",
        action: doneAction,
        ownerReply: reply,
        closedAt: closing.at,
        closedBy: "director-wang",
      },
      {
        ...agendaItemFor({
          source: { kind: "reception", id: "r9" },
          title: "東門夜間照明不足",
          raisedBy: { householdId: null, ownerName: "業委會李主任" },
          history: [],
          escalatedAt: at("2026-10-08T10:00:00"),
          escalatedBy: "cs-lin",
        }),
        action,
      },
    ],
  };

  it("C9 minutes: numbered items, local times, action, reply and status", () => {
    const minutes = meetingMinutes(meeting, "Asia/Shanghai");
    expect(minutes).toMatchObject({
      meetingId: "m-1010",
      scheduledFor: "2026-10-10 09:30",
      heldAt: "2026-10-10 09:35",
      openItems: 1,
      closedItems: 1,
    });
    expect(minutes.items[0]).toEqual({
      number: 1,
      title: "3號樓地下車庫反覆滲水",
      raisedBy: "張先生 (3-2-501)",
      history: [
        { at: "2026-09-20 09:00", by: "cs-lin", text: "接待:業主來電反映車庫滲水" },
        { at: "2026-10-07 10:00", by: "cs-lin", text: "回訪:業主說車庫仍滲水" },
      ],
      discussion: "滲水來自頂板裂縫",
      decision: "請防水公司修補",
      action: {
        ownerId: "mt-zhao",
        department: "maintenance",
        description: "請防水公司檢查並修補",
        deadline: "2026-10-20 18:00",
        doneAt: "2026-10-18 16:00",
      },
      reply: {
        text: "已修補,並請業主確認",
        channel: "phone",
        at: "2026-10-19 15:00",
        by: "cs-lin",
      },
      status: "closed",
    });
    expect(minutes.items[1]).toMatchObject({ number: 2, raisedBy: "業委會李主任", status: "open" });
  });

  it("C9 minutes are written in the estate's zone", () => {
    expect(meetingMinutes(meeting, "Europe/Berlin").scheduledFor).toBe("2026-10-10 03:30");
  });

  it("C9 the open items are the meeting actions still to follow", () => {
    expect(openMeetingActions(meeting).map((open) => open.itemId)).toEqual(["reception_r9"]);
  });
});

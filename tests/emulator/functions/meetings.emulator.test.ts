import { randomUUID } from "node:crypto";
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import { beforeAll, describe, expect, it } from "vitest";
import { closeMeetingItemAs } from "../../../functions/src/callables/closeMeetingItem.js";
import { saveFollowUpSettingsAs } from "../../../functions/src/callables/followUpSettings.js";
import {
  escalateToMeetingAs,
  recordMeetingItemAs,
  scheduleMeetingAs,
} from "../../../functions/src/callables/meetings.js";
import { recordPromiseAs } from "../../../functions/src/callables/recordPromise.js";
import { openMatterId } from "../../../functions/src/domain/followUp/openMatterIndex.js";
import { paths } from "../../../functions/src/domain/paths.js";
import { defaultFollowUpSettings } from "../../../functions/src/domain/schema/followUpSettings.js";
import { collections } from "../../../functions/src/firestore/collections.js";
import { caller, seedStaff } from "./callers.js";

const PROJECT_ID = "demo-huiyin";
const ZONE = "Asia/Shanghai";
const CS = "cs-wang";
const DIRECTOR = "director-li";
const MAINT = "mt-zhao";
const ENV = "env-chen";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Wednesday 2026-11-25 10:00 in Shanghai: the next regular meeting is Monday 11-30 09:30. */
const NOW = new Date("2026-11-25T02:00:00Z");

let firestore: Firestore;
beforeAll(() => {
  firestore = getFirestore(getApps()[0] ?? initializeApp({ projectId: PROJECT_ID }));
});

/** A fresh estate (no meeting yet) with its staff and one open promise to escalate. */
async function freshEstate(): Promise<{ estateId: string; promiseId: string }> {
  const estateId = `meet-${randomUUID().slice(0, 8)}`;
  await firestore
    .doc(paths.estate(estateId))
    .set({ id: estateId, name: "測試小區", timeZone: ZONE });
  await seedStaff(firestore, estateId, DIRECTOR, "director");
  await seedStaff(firestore, estateId, CS, "customerService");
  await seedStaff(firestore, estateId, MAINT, "maintenance");
  await seedStaff(firestore, estateId, ENV, "environment");
  const { promiseId } = await recordPromiseAs(
    firestore,
    caller(estateId, "customerService", CS),
    {
      estateId,
      requestId: "p-leak",
      householdId: "h-3-2-501",
      record: { kind: "reception", receptionId: "r-1" },
      question: "車庫滲水什麼時候徹底修好?",
      answerDueAt: new Date(NOW.getTime() - DAY + 2 * HOUR),
    },
    new Date(NOW.getTime() - DAY),
  );
  return { estateId, promiseId };
}

async function meetingsOf(estateId: string) {
  return (await collections(firestore).meetings(estateId).get()).docs.map((doc) => doc.data());
}

async function openMatterExists(estateId: string, meetingId: string, itemId: string) {
  const id = openMatterId("meetingAction", `${meetingId}_${itemId}`);
  return (await firestore.doc(paths.openMatter(estateId, id)).get()).exists;
}

describe("C9 escalateToMeeting: a major issue goes to the next regular meeting with its history", () => {
  it("C9 escalating the same promise twice (and at once) gives one agenda item", async () => {
    const { estateId, promiseId } = await freshEstate();
    const input = { estateId, source: { kind: "promise" as const, id: promiseId } };
    const first = await escalateToMeetingAs(
      firestore,
      caller(estateId, "customerService", CS),
      input,
      NOW,
    );
    expect(first).toEqual({
      meetingId: "meeting-20261130-0930",
      itemId: `promise_${promiseId}`,
      created: true,
      meetingCreated: true,
    });
    const again = await Promise.all([
      escalateToMeetingAs(firestore, caller(estateId, "customerService", CS), input, NOW),
      escalateToMeetingAs(firestore, caller(estateId, "director", DIRECTOR), input, NOW),
    ]);
    expect(again.map((each) => [each.meetingId, each.itemId, each.created])).toEqual([
      [first.meetingId, first.itemId, false],
      [first.meetingId, first.itemId, false],
    ]);
    const meetings = await meetingsOf(estateId);
    expect(meetings).toHaveLength(1);
    const [meeting] = meetings;
    expect(meeting?.scheduledFor).toEqual(new Date("2026-11-30T01:30:00Z"));
    expect(meeting?.items).toHaveLength(1);
    expect(meeting?.items[0]).toMatchObject({
      title: "車庫滲水什麼時候徹底修好?",
      raisedBy: { householdId: "h-3-2-501" },
      escalatedBy: CS,
      source: { kind: "promise", id: promiseId },
    });
    expect(meeting?.items[0]?.history.map((entry) => entry.text)).toEqual([
      "預約答復(2026-11-24 12:00 前):車庫滲水什麼時候徹底修好?",
    ]);
    expect(await openMatterExists(estateId, first.meetingId, first.itemId)).toBe(true);
  });

  it("C9 a planned meeting takes the item; with none, the caller's date makes one", async () => {
    const { estateId, promiseId } = await freshEstate();
    const reception = {
      id: "r-noise",
      estateId,
      channel: "walk_in",
      at: new Date(NOW.getTime() - 2 * DAY),
      day: "2026-11-23",
      callerNumber: "",
      callerKey: "",
      callerName: "李太太",
      householdId: "h-5-1-302",
      personId: null,
      category: "complaint",
      content: "樓上裝修噪音,晚上十點後仍施工",
      outcome: "已聯繫裝修隊",
      staffId: CS,
      ticketId: null,
      archived: false,
      handoverId: null,
      amends: null,
      amendReason: null,
      createdAt: NOW,
      createdBy: CS,
      updatedAt: NOW,
      updatedBy: CS,
    };
    await firestore.doc(`${paths.receptions(estateId)}/r-noise`).set(reception);
    const chosen = new Date("2026-12-02T06:00:00Z"); // 14:00 local
    const first = await escalateToMeetingAs(
      firestore,
      caller(estateId, "director", DIRECTOR),
      { estateId, source: { kind: "reception", id: "r-noise" }, scheduledFor: chosen },
      NOW,
    );
    expect(first).toMatchObject({ meetingId: "meeting-20261202-1400", meetingCreated: true });
    const second = await escalateToMeetingAs(
      firestore,
      caller(estateId, "customerService", CS),
      { estateId, source: { kind: "promise", id: promiseId } },
      NOW,
    );
    expect(second).toMatchObject({ meetingId: first.meetingId, created: true });
    const [meeting] = await meetingsOf(estateId);
    expect(meeting?.items.map((item) => [item.id, item.raisedBy.ownerName])).toEqual([
      ["reception_r-noise", "李太太"],
      // No reception or household record to name the owner: the household id stands in.
      [`promise_${promiseId}`, "h-3-2-501"],
    ]);
    expect(meeting?.items[0]?.history.map((entry) => entry.text)).toEqual([
      "接待(walk_in/complaint)李太太:樓上裝修噪音,晚上十點後仍施工",
      "處理:已聯繫裝修隊",
    ]);
  });

  it.each([
    { clause: "C9 maintenance may not escalate", uid: MAINT, role: "maintenance" as const },
    { clause: "C9 environment may not escalate", uid: ENV, role: "environment" as const },
    { clause: "C9 a director of another estate may not", uid: "other", role: null },
  ])("$clause", async ({ uid, role }) => {
    const { estateId, promiseId } = await freshEstate();
    const auth =
      role === null ? caller("other-estate", "director", uid) : caller(estateId, role, uid);
    await expect(
      escalateToMeetingAs(
        firestore,
        auth,
        { estateId, source: { kind: "promise", id: promiseId } },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "permission-denied" });
    expect(await meetingsOf(estateId)).toEqual([]);
  });

  it("C9 a source of another estate is not found from this one", async () => {
    const { promiseId } = await freshEstate();
    const other = await freshEstate();
    await expect(
      escalateToMeetingAs(
        firestore,
        caller(other.estateId, "customerService", CS),
        { estateId: other.estateId, source: { kind: "promise", id: `${promiseId}-x` } },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "not-found" });
  });

  it("C9 with no meeting planned, the estate's saved regular meeting time makes one", async () => {
    const { estateId, promiseId } = await freshEstate();
    const { ladder, leads, dueSoonHours, visitPlanning } = defaultFollowUpSettings();
    const settings = { ladder, leads, dueSoonHours, visitPlanning };
    // Thursdays at 14:00: from Wednesday 11-25 10:00 the next one is Thursday 11-26 14:00.
    await saveFollowUpSettingsAs(
      firestore,
      caller(estateId, "director", DIRECTOR),
      { estateId, settings: { ...settings, regularMeeting: { weekday: 4, time: "14:00" } } },
      NOW,
    );
    const stored = (await collections(firestore).followUpSettings(estateId).get()).data();
    expect(stored?.regularMeeting).toEqual({ weekday: 4, time: "14:00" });

    const result = await escalateToMeetingAs(
      firestore,
      caller(estateId, "customerService", CS),
      { estateId, source: { kind: "promise", id: promiseId } },
      NOW,
    );
    expect(result).toMatchObject({ meetingId: "meeting-20261126-1400", meetingCreated: true });
    const meetings = await meetingsOf(estateId);
    expect(meetings.map((meeting) => meeting.scheduledFor)).toEqual([
      new Date("2026-11-26T06:00:00Z"),
    ]);
  });

  it("C9 scheduleMeeting: the director plans a meeting once per time; others may not", async () => {
    const { estateId } = await freshEstate();
    const at = new Date("2026-12-07T01:30:00Z");
    const director = caller(estateId, "director", DIRECTOR);
    expect(
      await scheduleMeetingAs(firestore, director, { estateId, scheduledFor: at }, NOW),
    ).toEqual({ meetingId: "meeting-20261207-0930", created: true });
    expect(
      (await scheduleMeetingAs(firestore, director, { estateId, scheduledFor: at }, NOW)).created,
    ).toBe(false);
    await expect(
      scheduleMeetingAs(
        firestore,
        caller(estateId, "customerService", CS),
        { estateId, scheduledFor: at },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "permission-denied" });
    await expect(
      scheduleMeetingAs(firestore, director, { estateId, scheduledFor: NOW }, NOW),
    ).rejects.toMatchObject({ code: "invalid-argument" });
  });
});

describe("C9 closeMeetingItem: closes only with the action done and the owner answered", () => {
  it("C9 refused without the reply; with the action done and the reply: closed, off the dashboard", async () => {
    const { estateId, promiseId } = await freshEstate();
    const cs = caller(estateId, "customerService", CS);
    const director = caller(estateId, "director", DIRECTOR);
    const maint = caller(estateId, "maintenance", MAINT);
    const env = caller(estateId, "environment", ENV);
    const { meetingId, itemId } = await escalateToMeetingAs(
      firestore,
      cs,
      { estateId, source: { kind: "promise", id: promiseId } },
      NOW,
    );
    const at = (days: number) => new Date(NOW.getTime() + days * DAY);
    const target = { estateId, meetingId, itemId };

    // Minutes: the director and admin only; the action's owner must be staff of the estate.
    const minutes = {
      kind: "minutes" as const,
      discussion: "防水層老化",
      decision: "請防水公司修補",
      action: {
        ownerId: MAINT,
        department: "maintenance" as const,
        description: "聯繫防水公司修補並回訪",
        deadline: at(10),
      },
    };
    await expect(
      recordMeetingItemAs(firestore, cs, { ...target, record: minutes }, at(5)),
    ).rejects.toMatchObject({ code: "permission-denied" });
    await expect(
      recordMeetingItemAs(
        firestore,
        director,
        { ...target, record: { ...minutes, action: { ...minutes.action, ownerId: "nobody" } } },
        at(5),
      ),
    ).rejects.toMatchObject({ code: "invalid-argument" });
    await recordMeetingItemAs(firestore, director, { ...target, record: minutes }, at(5));

    // Closing with neither the action done nor the reply: refused, naming both.
    await expect(closeMeetingItemAs(firestore, director, target, at(5))).rejects.toMatchObject({
      code: "failed-precondition",
      details: { reasons: ["actionNotDone", "ownerNotAnswered"] },
    });
    // Only the director, an admin or the action's owner records it done.
    await expect(
      recordMeetingItemAs(
        firestore,
        env,
        { ...target, record: { kind: "actionDone", note: null } },
        at(8),
      ),
    ).rejects.toMatchObject({ code: "permission-denied" });
    await recordMeetingItemAs(
      firestore,
      maint,
      { ...target, record: { kind: "actionDone", note: "已修補" } },
      at(8),
    );
    // The action done but the owner not answered: still refused.
    await expect(closeMeetingItemAs(firestore, director, target, at(8))).rejects.toMatchObject({
      code: "failed-precondition",
      details: { reasons: ["ownerNotAnswered"] },
    });
    expect(await openMatterExists(estateId, meetingId, itemId)).toBe(true);

    // The reply: customer service, director, admin — not maintenance.
    const reply = {
      kind: "ownerReply" as const,
      text: "已修補,業主確認不再滲水",
      channel: "phone" as const,
    };
    await expect(
      recordMeetingItemAs(firestore, maint, { ...target, record: reply }, at(9)),
    ).rejects.toMatchObject({ code: "permission-denied" });
    await recordMeetingItemAs(firestore, cs, { ...target, record: reply }, at(9));
    await expect(
      recordMeetingItemAs(firestore, cs, { ...target, record: reply }, at(9)),
    ).rejects.toMatchObject({
      code: "failed-precondition",
      details: { reason: "alreadyAnswered" },
    });

    // Closing: the director only, and of this estate only.
    await expect(closeMeetingItemAs(firestore, cs, target, at(9))).rejects.toMatchObject({
      code: "permission-denied",
    });
    await expect(
      closeMeetingItemAs(firestore, caller("other-estate", "director", DIRECTOR), target, at(9)),
    ).rejects.toMatchObject({ code: "permission-denied" });
    await closeMeetingItemAs(firestore, director, target, at(9));

    const [meeting] = await meetingsOf(estateId);
    const item = meeting?.items.find((each) => each.id === itemId);
    expect(meeting?.heldAt).toEqual(at(5));
    expect(item).toMatchObject({
      decision: "請防水公司修補",
      action: { ownerId: MAINT, doneAt: at(8), doneNote: "已修補" },
      ownerReply: { repliedBy: CS, repliedAt: at(9), channel: "phone" },
      closedAt: at(9),
      closedBy: DIRECTOR,
    });
    await expect
      .poll(() => openMatterExists(estateId, meetingId, itemId), { timeout: 10_000 })
      .toBe(false);

    // A closed item is never edited; escalating the promise again starts a new item.
    await expect(
      recordMeetingItemAs(firestore, director, { ...target, record: minutes }, at(10)),
    ).rejects.toMatchObject({ code: "failed-precondition", details: { reason: "itemClosed" } });
    const next = await escalateToMeetingAs(
      firestore,
      cs,
      { estateId, source: { kind: "promise", id: promiseId } },
      at(10),
    );
    expect(next).toMatchObject({ created: true, meetingCreated: true });
    expect(next.meetingId).not.toBe(meetingId);
  });
});

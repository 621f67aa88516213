import { randomUUID } from "node:crypto";
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import { beforeAll, describe, expect, it } from "vitest";
import { answerPromiseAs } from "../../../functions/src/callables/answerPromise.js";
import { recordPromiseAs } from "../../../functions/src/callables/recordPromise.js";
import { recordReturnVisitAs } from "../../../functions/src/callables/recordReturnVisit.js";
import { paths } from "../../../functions/src/domain/paths.js";
import { defaultFollowUpSettings } from "../../../functions/src/domain/schema/followUpSettings.js";
import type { Role } from "../../../functions/src/domain/schema/role.js";
import { collections } from "../../../functions/src/firestore/collections.js";
import { checkFollowUp } from "../../../functions/src/firestore/followUpChecks.js";
import { planVisitAfterTicket } from "../../../functions/src/firestore/visitPlanning.js";
import { caller, seedStaff } from "./callers.js";

const PROJECT_ID = "demo-huiyin";
const ZONE = "Asia/Shanghai";
const CS = "cs-wang";
const LEAD = "cs-lead-zhao";
const DIRECTOR = "director-li";
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

let firestore: Firestore;
beforeAll(() => {
  firestore = getFirestore(getApps()[0] ?? initializeApp({ projectId: PROJECT_ID }));
});

/** A fresh estate with a director, and a lead for customer service in the follow-up settings. */
async function freshEstate(): Promise<string> {
  const estateId = `follow-${randomUUID().slice(0, 8)}`;
  await firestore
    .doc(paths.estate(estateId))
    .set({ id: estateId, name: "測試小區", timeZone: ZONE });
  await seedStaff(firestore, estateId, DIRECTOR, "director", {
    name: "李主任",
    email: "director@example.test",
    badgeNumber: "001",
  });
  await collections(firestore)
    .followUpSettings(estateId)
    .set({ ...defaultFollowUpSettings(), leads: { customerService: LEAD } });
  return estateId;
}

async function notificationsOf(estateId: string) {
  const snapshot = await collections(firestore).notifications(estateId).get();
  return snapshot.docs.map((doc) => doc.data()).sort((a, b) => a.id.localeCompare(b.id));
}

describe("C8 promises: recorded, escalated by the scheduled check, closed by the answer", () => {
  it("the check run twice at the same schedule time escalates assignee → lead → director once", async () => {
    const estateId = await freshEstate();
    const promisedAt = new Date("2026-11-27T02:00:00Z"); // 10:00 in Shanghai
    const due = new Date(promisedAt.getTime() + 2 * HOUR);
    const { promiseId, created } = await recordPromiseAs(
      firestore,
      caller(estateId, "customerService", CS),
      {
        estateId,
        requestId: "req-1",
        householdId: "h-3-2-501",
        record: { kind: "reception", receptionId: "r-1" },
        question: "電梯什麼時候修好?",
        answerDueAt: due,
      },
      promisedAt,
    );
    expect(created).toBe(true);
    // A retried call records nothing more.
    const again = await recordPromiseAs(
      firestore,
      caller(estateId, "customerService", CS),
      {
        estateId,
        requestId: "req-1",
        householdId: "h-3-2-501",
        record: { kind: "reception", receptionId: "r-1" },
        question: "電梯什麼時候修好?",
        answerDueAt: due,
      },
      promisedAt,
    );
    expect(again.created).toBe(false);

    // An hour before the due time: due soon, told to the assignee once.
    const soon = await checkFollowUp(firestore, estateId, new Date(due.getTime() - HOUR), ZONE);
    expect(soon).toMatchObject({ escalationsNotified: 0, dueSoonNotified: 1 });

    // Two days later (the schedule time injected): every rung, once, however often it runs.
    const late = new Date(due.getTime() + 2 * DAY);
    const first = await checkFollowUp(firestore, estateId, late, ZONE);
    const second = await checkFollowUp(firestore, estateId, late, ZONE);
    const later = await checkFollowUp(firestore, estateId, new Date(late.getTime() + HOUR), ZONE);
    expect(first).toMatchObject({ escalationSteps: 3, escalationsNotified: 3 });
    expect(second).toMatchObject({
      escalationSteps: 3,
      escalationsNotified: 0,
      dueSoonNotified: 0,
    });
    expect(later.escalationsNotified).toBe(0);

    const notifications = await notificationsOf(estateId);
    expect(
      notifications.map((each) => [each.reason, each.level, each.recipientUid, each.createdAt]),
    ).toEqual(
      expect.arrayContaining([
        ["dueSoon", null, CS, new Date(due.getTime() - HOUR)],
        ["overdue", "assignee", CS, due],
        ["escalated", "lead", LEAD, new Date(due.getTime() + 4 * HOUR)],
        ["escalated", "director", DIRECTOR, new Date(due.getTime() + DAY)],
      ]),
    );
    expect(notifications).toHaveLength(4);

    const promise = (await collections(firestore).promises(estateId).doc(promiseId).get()).data();
    expect(promise?.escalatedTo).toBe("director");
    const matter = (
      await collections(firestore).openMatters(estateId).doc(`promise_${promiseId}`).get()
    ).data();
    expect(matter).toMatchObject({ kind: "promise", escalatedTo: "director", ownerId: CS });

    // The answer closes it: off the dashboard, and never answered twice.
    await answerPromiseAs(
      firestore,
      caller(estateId, "customerService", CS),
      { estateId, promiseId, text: "已聯繫電梯公司,週五前修好。" },
      new Date(late.getTime() + 2 * HOUR),
    );
    const closed = await collections(firestore)
      .openMatters(estateId)
      .doc(`promise_${promiseId}`)
      .get();
    expect(closed.exists).toBe(false);
    await expect(
      answerPromiseAs(
        firestore,
        caller(estateId, "customerService", CS),
        { estateId, promiseId, text: "再次答復" },
        new Date(late.getTime() + 3 * HOUR),
      ),
    ).rejects.toMatchObject({ code: "failed-precondition" });
  });

  it.each([
    {
      case: "an answer time before now",
      due: -HOUR,
      role: "customerService" as Role,
      code: "invalid-argument",
    },
    { case: "a caller of another estate", due: HOUR, role: null, code: "permission-denied" },
  ])("refuses a promise with $case", async ({ due, role, code }) => {
    const estateId = await freshEstate();
    const now = new Date("2026-11-27T02:00:00Z");
    const auth = role === null ? caller("elsewhere", "admin", CS) : caller(estateId, role, CS);
    await expect(
      recordPromiseAs(
        firestore,
        auth,
        {
          estateId,
          requestId: `bad-${code}`,
          householdId: null,
          record: { kind: "reception", receptionId: "r-1" },
          question: "?",
          answerDueAt: new Date(now.getTime() + due),
        },
        now,
      ),
    ).rejects.toMatchObject({ code });
    expect((await collections(firestore).promises(estateId).get()).size).toBe(0);
  });
});

describe("C6 return visits: planned once after a done ticket, recorded once (C4, C7)", () => {
  it("plans the visit within the type's days once, and records it once", async () => {
    const estateId = await freshEstate();
    const doneAt = new Date("2026-11-23T07:00:00Z"); // Monday 15:00 in Shanghai
    await firestore.doc(paths.ticket(estateId, "t-1")).set({
      id: "t-1",
      estateId,
      type: "repair",
      status: "done",
      title: "廚房水管漏水",
      householdId: "h-3-2-501",
      department: "maintenance",
      assigneeId: "maint-1",
      openedAt: new Date("2026-11-23T01:00:00Z"),
      dueAt: new Date("2026-11-24T01:00:00Z"),
      transitions: [{ from: "inProgress", to: "done", at: doneAt, by: "maint-1", note: "" }],
    });
    const first = await planVisitAfterTicket(firestore, estateId, "t-1", ZONE, doneAt);
    const second = await planVisitAfterTicket(firestore, estateId, "t-1", ZONE, doneAt);
    expect([first, second]).toEqual([true, false]);
    const visit = (
      await collections(firestore).returnVisits(estateId).doc("afterTicket_t-1").get()
    ).data();
    // Repair: within 3 days → late from Friday 00:00 in Shanghai.
    expect(visit?.plannedFor).toEqual(new Date("2026-11-26T16:00:00Z"));
    const indexed = await collections(firestore)
      .openMatters(estateId)
      .doc("visitDue_afterTicket_t-1")
      .get();
    expect(indexed.exists).toBe(true);

    const auth = caller(estateId, "customerService", CS);
    const outcome = {
      estateId,
      visitId: "afterTicket_t-1",
      channel: "phone" as const,
      heard: "水管已不漏,但維修後地面未清理。",
      criticismAccepted: ["維修後未清理現場"],
      suggestionsAdopted: [],
      ownerSatisfaction: "fair" as const,
      misunderstandingExplained: true,
      misunderstandingNote: null,
    };
    await expect(recordReturnVisitAs(firestore, auth, outcome, doneAt)).rejects.toMatchObject({
      code: "invalid-argument",
    });
    const note = "業主以為維修要收費,已解釋保修期內免費。";
    await recordReturnVisitAs(firestore, auth, { ...outcome, misunderstandingNote: note }, doneAt);
    await expect(
      recordReturnVisitAs(firestore, auth, { ...outcome, misunderstandingNote: note }, doneAt),
    ).rejects.toMatchObject({ code: "failed-precondition" });
    const made = (
      await collections(firestore).returnVisits(estateId).doc("afterTicket_t-1").get()
    ).data();
    expect(made?.outcome).toMatchObject({ doneBy: CS, misunderstandingNote: note });
    const gone = await collections(firestore)
      .openMatters(estateId)
      .doc("visitDue_afterTicket_t-1")
      .get();
    expect(gone.exists).toBe(false);
  });
});

/**
 * The demo estate's follow-up (C4, C6–C9, A): promises kept on time, one kept late, two overdue
 * and one due soon; return visits made (one with a misunderstanding explained) and visits due;
 * a regular meeting with minutes (one item closed with the owner's reply, one action open);
 * the offers register with refused offers and witnesses; conduct acknowledgements. Then the
 * follow-up check runs at the seed's "now" (escalations and notifications) and the closure
 * dashboard's index is built, as the paused triggers would have. Deterministic for a given now.
 */
import type { Firestore } from "firebase-admin/firestore";
import { agendaItemFor } from "../../functions/src/domain/followUp/regularMeeting.js";
import { paths } from "../../functions/src/domain/paths.js";
import { conductAcknowledgementSchema } from "../../functions/src/domain/schema/conductAcknowledgement.js";
import { defaultFollowUpSettings } from "../../functions/src/domain/schema/followUpSettings.js";
import { storedMeetingSchema } from "../../functions/src/domain/schema/meeting.js";
import { storedOfferSchema } from "../../functions/src/domain/schema/offerRegister.js";
import { storedPromiseSchema } from "../../functions/src/domain/schema/promise.js";
import { storedReturnVisitSchema } from "../../functions/src/domain/schema/returnVisit.js";
import { checkFollowUp } from "../../functions/src/firestore/followUpChecks.js";
import {
  syncMeetingMatters,
  syncPromiseMatter,
  syncRectificationMatter,
  syncTicketMatter,
  syncVisitMatter,
} from "../../functions/src/firestore/openMatters.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ZONE = "Asia/Shanghai";

/** Seeds the follow-up of `estateId` (households, staff and receptions must be there). */
export async function seedFollowUp(
  db: Firestore,
  estateId: string,
  now: Date,
  writeAll: (db: Firestore, documents: { path: string; data: object }[]) => Promise<void>,
): Promise<Record<string, number>> {
  const at = (offsetMs: number) => new Date(now.getTime() + offsetMs);
  const stamp = (by: string, when: Date) => ({
    createdAt: when,
    createdBy: by,
    updatedAt: when,
    updatedBy: by,
  });
  const households = (
    await db.collection(paths.households(estateId)).orderBy("__name__").limit(12).get()
  ).docs.map((doc) => doc.id);
  const receptions = (
    await db.collection(paths.receptions(estateId)).orderBy("__name__").limit(8).get()
  ).docs.map((doc) => doc.id);
  const household = (index: number) => households[index % households.length] ?? null;
  const reception = (index: number) =>
    receptions[index % receptions.length] ?? `seed-reception-${index}`;

  const settings = {
    ...defaultFollowUpSettings(),
    leads: {
      customerService: "demo-cs2",
      maintenance: "demo-maint",
      environment: "demo-env",
      order: "demo-order",
    },
  };

  const promise = (
    id: string,
    index: number,
    promisedBy: string,
    department: "customerService" | "maintenance" | "environment",
    question: string,
    promisedAgo: number,
    dueAfter: number,
    answer: { text: string; after: number } | null,
  ) =>
    storedPromiseSchema.parse({
      id,
      estateId,
      householdId: household(index),
      record: { kind: "reception", receptionId: reception(index) },
      question,
      promisedBy,
      department,
      promisedAt: at(-promisedAgo),
      answerDueAt: at(-promisedAgo + dueAfter),
      answer:
        answer === null
          ? null
          : {
              text: answer.text,
              answeredAt: at(-promisedAgo + answer.after),
              answeredBy: promisedBy,
            },
      escalatedTo: null,
      ...stamp(promisedBy, at(-promisedAgo)),
    });
  const promises = [
    promise(
      "seed-promise-1",
      0,
      "demo-cs",
      "customerService",
      "地下車庫月租車位還有空位嗎?",
      20 * DAY,
      2 * DAY,
      { text: "已查:B2 區尚有 3 個車位,已告知辦理方式。", after: DAY },
    ),
    promise(
      "seed-promise-2",
      1,
      "demo-maint",
      "maintenance",
      "外牆滲水是否屬保修範圍?",
      15 * DAY,
      3 * DAY,
      { text: "屬保修範圍,已報開發商,下週施工。", after: 2 * DAY },
    ),
    promise(
      "seed-promise-3",
      2,
      "demo-cs2",
      "customerService",
      "物業費可以按季度繳納嗎?",
      10 * DAY,
      DAY,
      { text: "可以,已說明季度繳費流程。", after: 20 * HOUR },
    ),
    promise(
      "seed-promise-4",
      3,
      "demo-env",
      "environment",
      "樓下垃圾站能否移位?",
      12 * DAY,
      2 * DAY,
      { text: "經研究暫不能移位,已增加清運次數。", after: 4 * DAY },
    ),
    promise(
      "seed-promise-5",
      4,
      "demo-cs",
      "customerService",
      "小區門禁卡何時可以補辦?",
      5 * DAY,
      2 * DAY,
      null,
    ),
    promise(
      "seed-promise-6",
      5,
      "demo-maint",
      "maintenance",
      "電梯異響的原因查明了嗎?",
      3 * DAY,
      DAY + 6 * HOUR,
      null,
    ),
    promise(
      "seed-promise-7",
      6,
      "demo-cs2",
      "customerService",
      "快遞櫃能否增設到 5 號樓?",
      18 * HOUR,
      24 * HOUR,
      null,
    ),
  ];

  const visit = (
    id: string,
    index: number,
    reason: "afterTicket" | "dissatisfiedRating" | "periodic",
    note: string,
    plannedIn: number,
    outcome: object | null,
  ) =>
    storedReturnVisitSchema.parse({
      id,
      estateId,
      householdId: household(index),
      reason,
      source:
        reason === "periodic"
          ? { kind: "household" }
          : { kind: "ticket", ticketId: `seed-ticket-${index}` },
      note,
      plannedFor: at(plannedIn),
      assigneeId: null,
      outcome,
      escalatedTo: null,
      ...stamp("planReturnVisits", at(plannedIn - 3 * DAY)),
    });
  const done = (doneAgo: number, by: string, channel: string, extra: object = {}) => ({
    channel,
    doneAt: at(-doneAgo),
    doneBy: by,
    heard: "業主對維修結果滿意,希望以後提前電話告知上門時間。",
    criticismAccepted: ["上門前未提前電話告知"],
    suggestionsAdopted: ["上門前一小時電話告知業主"],
    ownerSatisfaction: "satisfied",
    misunderstandingExplained: false,
    misunderstandingNote: null,
    ...extra,
  });
  const visits = [
    visit(
      "afterTicket_seed-ticket-1",
      1,
      "afterTicket",
      "廚房水管漏水",
      -10 * DAY,
      done(11 * DAY, "demo-cs", "phone"),
    ),
    visit(
      "dissatisfiedRating_seed-ticket-2",
      2,
      "dissatisfiedRating",
      "綠化修剪不及時",
      -6 * DAY,
      done(6 * DAY + 4 * HOUR, "demo-cs2", "door", {
        ownerSatisfaction: "fair",
        misunderstandingExplained: true,
        misunderstandingNote: "業主以為修剪費另收,已解釋包含在物業費內。",
      }),
    ),
    visit(
      "periodic_seed-household-3",
      3,
      "periodic",
      "",
      -30 * DAY,
      done(30 * DAY, "demo-cs", "door"),
    ),
    visit("afterTicket_seed-ticket-4", 4, "afterTicket", "樓道燈不亮", -DAY, null),
    visit("afterTicket_seed-ticket-5", 5, "afterTicket", "門禁對講故障", 2 * DAY, null),
    visit("periodic_seed-household-6", 6, "periodic", "", 5 * DAY, null),
  ];

  const escalated = (
    kind: "promise" | "reception",
    id: string,
    title: string,
    index: number,
    ownerName: string,
  ) =>
    agendaItemFor({
      source: { kind, id },
      title,
      raisedBy: { householdId: household(index), ownerName },
      history: [{ at: at(-20 * DAY), by: "demo-cs", text: "業主來電反映,已派維修兩次未解決。" }],
      escalatedAt: at(-9 * DAY),
      escalatedBy: "demo-cs",
    });
  const closedItem = {
    ...escalated("reception", reception(1), "3 號樓地下室反覆積水", 7, "張先生"),
    discussion: "維修部兩次抽水未根治,需排查排水管。",
    decision: "請專業公司疏通並加裝止回閥。",
    action: {
      ownerId: "demo-maint",
      department: "maintenance",
      description: "疏通排水管、加裝止回閥",
      deadline: at(-3 * DAY),
      doneAt: at(-4 * DAY),
      doneNote: "已完成,連續降雨未再積水。",
    },
    ownerReply: {
      text: "已電話告知張先生處理結果,業主表示滿意。",
      channel: "phone",
      repliedAt: at(-3 * DAY),
      repliedBy: "demo-cs",
    },
    closedAt: at(-3 * DAY),
    closedBy: "demo-director",
  };
  const openItem = {
    ...escalated("promise", "seed-promise-6", "電梯異響多次報修未解決", 5, "王女士"),
    discussion: "電梯公司稱需更換導靴,配件待到。",
    decision: "督促電梯公司本週內更換,完成後回訪業主。",
    action: {
      ownerId: "demo-maint",
      department: "maintenance",
      description: "督促電梯公司更換導靴並回訪",
      deadline: at(3 * DAY),
      doneAt: null,
      doneNote: null,
    },
  };
  const meetings = [
    storedMeetingSchema.parse({
      id: "seed-meeting-1",
      estateId,
      title: "11 月第 3 週例會",
      scheduledFor: at(-7 * DAY),
      heldAt: at(-7 * DAY),
      chairId: "demo-director",
      attendeeIds: ["demo-director", "demo-cs", "demo-cs2", "demo-maint", "demo-env", "demo-order"],
      items: [closedItem, openItem],
      ...stamp("demo-director", at(-7 * DAY)),
    }),
    storedMeetingSchema.parse({
      id: "seed-meeting-2",
      estateId,
      title: "下週例會",
      scheduledFor: at(7 * DAY),
      heldAt: null,
      chairId: "demo-director",
      attendeeIds: [],
      items: [],
      ...stamp("demo-director", at(-DAY)),
    }),
  ];

  const offer = (
    id: string,
    staffId: string,
    index: number,
    kind: "meal" | "gift" | "extraPay" | "privateJob",
    offeredBy: string,
    what: string,
    refusal: string,
    witness: { name: string; staffId: string | null },
    ago: number,
  ) =>
    storedOfferSchema.parse({
      id,
      estateId,
      staffId,
      householdId: household(index),
      offeredBy,
      kind,
      offer: what,
      offeredAt: at(-ago),
      refusal,
      refusedAt: at(-ago + HOUR),
      witness,
      ...stamp(staffId, at(-ago + 2 * HOUR)),
    });
  const offers = [
    offer(
      "seed-offer-1",
      "demo-maint",
      1,
      "meal",
      "2-1-302 劉先生",
      "修好水管後留下吃午飯",
      "婉拒並致謝,說明公司紀律",
      { name: "陳嘉怡", staffId: "demo-cs2" },
      25 * DAY,
    ),
    offer(
      "seed-offer-2",
      "demo-cs",
      2,
      "gift",
      "5-2-1101 黃女士",
      "中秋月餅一盒",
      "當面婉拒,由客服轉達謝意",
      { name: "李主任", staffId: "demo-director" },
      60 * DAY,
    ),
    offer(
      "seed-offer-3",
      "demo-env",
      3,
      "privateJob",
      "1-1-601 趙先生",
      "週末到家中修剪私家花園,另付 300 元",
      "拒絕接私活,建議聯繫專業公司",
      { name: "樓長 吳阿姨", staffId: null },
      12 * DAY,
    ),
  ];
  const acknowledgements = ["demo-cs", "demo-cs2", "demo-maint"].map((uid) =>
    conductAcknowledgementSchema.parse({
      id: `${uid}_1_${now.getUTCFullYear()}`,
      estateId,
      uid,
      version: 1,
      language: "zh-Hant",
      acknowledgedAt: at(-40 * DAY),
    }),
  );

  await writeAll(db, [
    { path: paths.followUpSettings(estateId), data: settings },
    ...promises.map((each) => ({ path: paths.promise(estateId, each.id), data: each })),
    ...visits.map((each) => ({ path: paths.returnVisit(estateId, each.id), data: each })),
    ...meetings.map((each) => ({ path: paths.meeting(estateId, each.id), data: each })),
    ...offers.map((each) => ({ path: paths.offerRegisterEntry(estateId, each.id), data: each })),
    ...acknowledgements.map((each) => ({
      path: paths.conductAcknowledgement(estateId, each.id),
      data: each,
    })),
  ]);

  // What the paused triggers would have done: the closure dashboard's index of every source.
  for (const each of promises) await syncPromiseMatter(db, estateId, each.id, now);
  // Every visit not made, also those the tickets' seed planned.
  const notMade = await db
    .collection(paths.returnVisits(estateId))
    .where("outcome", "==", null)
    .get();
  for (const each of notMade.docs) await syncVisitMatter(db, estateId, each.id, now);
  for (const each of meetings) await syncMeetingMatters(db, estateId, each.id, now);
  const tickets = await db.collection(paths.tickets(estateId)).limit(500).get();
  for (const ticket of tickets.docs) await syncTicketMatter(db, estateId, ticket.id, now);
  const campaigns = await db.collection(paths.surveyCampaigns(estateId)).get();
  let rectifications = 0;
  for (const campaign of campaigns.docs) {
    const tasks = await db.collection(paths.rectifications(estateId, campaign.id)).get();
    for (const task of tasks.docs) {
      await syncRectificationMatter(db, estateId, campaign.id, task.id, now);
      rectifications += 1;
    }
  }
  // The scheduled check at the seed's now: the overdue promises escalate, notifications appear.
  const check = await checkFollowUp(db, estateId, now, ZONE);
  return {
    promises: promises.length,
    visits: visits.length,
    meetings: meetings.length,
    offers: offers.length,
    tickets: tickets.size,
    rectifications,
    escalationsNotified: check.escalationsNotified,
  };
}

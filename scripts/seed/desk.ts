/**
 * Seeds a month of the demo estate's reception desk (B.1.1–4, B2.1, B2.2, B2.5): a roster of
 * day (08:00–20:00) and overnight (20:00–08:00) shifts for the two customer-service staff
 * (and a week ahead), 20–40 receptions a day on every channel, handovers (some deliberately
 * missing, unconfirmed or incomplete), daily logs (some missing or late), then the duty
 * check over the month so that the B2.1 and B2.2 findings appear. Deterministic for a given
 * day. Receptions are written already archived with their handover's id, so the archiving
 * trigger finds nothing to do.
 */
import type { Firestore } from "firebase-admin/firestore";
import { createRosterIndex } from "../../functions/src/domain/roster.js";
import { paths } from "../../functions/src/domain/paths.js";
import { dailyLogId, type DailyLog } from "../../functions/src/domain/schema/dailyLog.js";
import { defaultDutySettings } from "../../functions/src/domain/schema/dutySettings.js";
import type { Handover } from "../../functions/src/domain/schema/handover.js";
import type { Person } from "../../functions/src/domain/schema/person.js";
import {
  receptionCategories,
  type Reception,
  type ReceptionCategory,
  type ReceptionChannel,
} from "../../functions/src/domain/schema/reception.js";
import type { RosterShiftRecord } from "../../functions/src/domain/schema/rosterShift.js";
import { normalisePhoneNumber } from "../../functions/src/domain/phoneNumber.js";
import { addDays, dayOf, dayRange } from "../../functions/src/domain/time.js";
import { dailyLogDeadline } from "../../functions/src/domain/dailyLog.js";
import { checkDutyRecords } from "../../functions/src/firestore/dutyRecords.js";
import { pick, seededRandom } from "./random.js";

const ZONE = "Asia/Shanghai";
const HOUR = 3_600_000;
const MINUTE = 60_000;
/** How many days of history, before today. */
const DAYS = 30;
/** How many days of roster ahead of today. */
const DAYS_AHEAD = 7;
const CS = ["demo-cs", "demo-cs2"] as const;
const DUTY_LINE = "010-6914 2200";

type Writer = (db: Firestore, documents: { path: string; data: object }[]) => Promise<void>;

const channelWeights: readonly [ReceptionChannel, number][] = [
  ["phone_in", 45],
  ["phone_out", 12],
  ["walk_in", 18],
  ["onsite", 8],
  ["messaging", 12],
  ["letter", 2],
  ["online", 3],
];

const categoryTexts: Record<ReceptionCategory, readonly [string, string][]> = {
  inquiry: [
    ["詢問本週停水時間", "已告知週四 9:00–12:00 停水"],
    ["詢問快遞代收點位置", "已告知在南門物業中心"],
  ],
  repair: [
    ["廚房水管漏水", "已派維修,師傅下午到"],
    ["樓道燈不亮", "已轉維修部,今日處理"],
    ["門禁卡失靈", "已重新授權"],
  ],
  cleaningGreening: [
    ["樓下垃圾桶滿溢", "已通知環境部清運"],
    ["草坪需修剪", "已排入本週綠化計劃"],
  ],
  security: [
    ["地下車庫有陌生車輛", "已通知秩序部巡查"],
    ["夜間噪音擾民", "已派保安勸導"],
  ],
  complaint: [
    ["投訴保潔不及時", "已記錄並回訪,環境部整改"],
    ["投訴維修師傅遲到", "已致歉並轉主任"],
  ],
  suggestion: [["建議增設兒童遊樂設施", "已記錄,提交例會討論"]],
  praise: [["表揚保安幫忙搬運物品", "已轉達秩序部"]],
  fee: [
    ["詢問物業費繳納方式", "已告知可線上繳費"],
    ["申請物業費發票", "已開具,業主自取"],
  ],
  renovation: [
    ["辦理裝修申請", "已發放裝修協議,待審批"],
    ["鄰居裝修噪音", "已提醒施工時間"],
  ],
  developerLegacy: [["車位產權證未辦", "已聯繫開發商,等待答復"]],
  houseQuality: [
    ["外牆滲水", "在保修期內,已報開發商維修"],
    ["窗戶密封不嚴", "已登記,約定查勘時間"],
  ],
  violationReport: [["舉報樓頂私搭亂建", "已報告主任,現場勸阻"]],
  dispute: [["鄰里因停車位發生糾紛", "已協調雙方"]],
  emergency: [["老人突發疾病,請求帶路", "已派保安為救護車帶路"]],
};

const categoryWeights: readonly [ReceptionCategory, number][] = receptionCategories.map(
  (category): [ReceptionCategory, number] => [
    category,
    (
      {
        inquiry: 20,
        repair: 25,
        cleaningGreening: 10,
        security: 8,
        complaint: 6,
        fee: 10,
      } as Partial<Record<ReceptionCategory, number>>
    )[category] ?? 3,
  ],
);

function weighted<T>(random: () => number, weights: readonly [T, number][]): T {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [value, weight] of weights) {
    roll -= weight;
    if (roll < 0) return value;
  }
  const last = weights.at(-1);
  if (last === undefined) throw new Error("no weights");
  return last[0];
}

/** The demo estate's desk history; returns how much was written and found. */
export async function seedDesk(
  db: Firestore,
  estateId: string,
  now: Date,
  writeAll: Writer,
): Promise<{
  receptions: number;
  shifts: number;
  handovers: number;
  logs: number;
  findings: number;
}> {
  const today = dayOf(now, ZONE);
  const firstDay = addDays(today, -DAYS);
  const random = seededRandom(Number(today.replaceAll("-", "")));
  const stamp = (at: Date, by: string) => ({
    createdAt: at,
    createdBy: by,
    updatedAt: at,
    updatedBy: by,
  });
  const peopleSnapshot = await db.collection(paths.people(estateId)).get();
  const people = peopleSnapshot.docs.map((document) => document.data() as Person);

  // Roster: each week one of the two takes the days, the other the nights.
  const shifts: RosterShiftRecord[] = [];
  for (let offset = 0; offset <= DAYS + DAYS_AHEAD; offset += 1) {
    const day = addDays(firstDay, offset);
    const { start: midnight } = dayRange(day, ZONE);
    const week = Math.floor(offset / 7) % 2;
    const dayStaff = CS[week] ?? "demo-cs";
    const nightStaff = CS[1 - week] ?? "demo-cs2";
    const planned = new Date(midnight.getTime() - 14 * 24 * HOUR);
    for (const [kind, staffId, startHour] of [
      ["day", dayStaff, 8],
      ["night", nightStaff, 20],
    ] as const) {
      const start = new Date(midnight.getTime() + startHour * HOUR);
      shifts.push({
        id: `shift-${day}-${kind}`,
        estateId,
        staffId,
        start,
        end: new Date(start.getTime() + 12 * HOUR),
        dutyLine: DUTY_LINE,
        ...stamp(planned, "demo-director"),
      });
    }
  }
  const roster = createRosterIndex(shifts);
  const shiftAt = (instant: Date) =>
    shifts.find((shift) => shift.start <= instant && instant < shift.end);

  // Handovers of the shifts that ended: a few missing, unconfirmed or incomplete.
  const handovers = new Map<string, Handover>();
  shifts.forEach((shift, index) => {
    if (shift.end > now) return;
    const roll = random();
    if (roll < 0.07) return;
    const next = shifts[index + 1];
    const writtenAt = new Date(shift.end.getTime() - 10 * MINUTE);
    const incomplete = roll >= 0.07 && roll < 0.12;
    const unconfirmed = roll >= 0.12 && roll < 0.17;
    const confirmedAt = unconfirmed
      ? null
      : new Date(shift.end.getTime() + (5 + Math.floor(random() * 30)) * MINUTE);
    const anomalies = incomplete
      ? ""
      : pick(random, ["無", "無", "3 號樓電梯困人,已解救", "地下車庫積水,已通知維修"]);
    handovers.set(shift.id, {
      id: shift.id,
      estateId,
      shiftId: shift.id,
      shiftStart: shift.start,
      shiftEnd: shift.end,
      outgoingStaffId: shift.staffId,
      incomingStaffId: next?.staffId ?? null,
      openItems: [],
      noOpenItems: true,
      anomalies,
      notes: "",
      writtenAt,
      confirmedBy: confirmedAt === null ? null : (next?.staffId ?? null),
      confirmedAt,
      ...stamp(writtenAt, shift.staffId),
    });
  });

  // Receptions: 20–40 a day, mostly in the daytime, served by whoever was on duty.
  const receptions: Reception[] = [];
  for (let offset = 0; offset <= DAYS; offset += 1) {
    const day = addDays(firstDay, offset);
    const { start: midnight } = dayRange(day, ZONE);
    const count = 20 + Math.floor(random() * 21);
    for (let serial = 0; serial < count; serial += 1) {
      const hour =
        random() < 0.85 ? 8 + random() * 12 : random() < 0.5 ? random() * 8 : 20 + random() * 4;
      const at = new Date(
        midnight.getTime() + Math.floor(hour * 60) * MINUTE + Math.floor(random() * 60) * 1000,
      );
      if (at > now) continue;
      const staffId = roster.onDutyAt(at)[0] ?? "demo-cs";
      const channel = weighted(random, channelWeights);
      const category = weighted(random, categoryWeights);
      const [content, outcome] = pick(random, categoryTexts[category]);
      const known = random() < 0.85;
      const person = known ? pick(random, people) : undefined;
      const phoneChannel =
        channel === "phone_in" || channel === "phone_out" || channel === "messaging";
      const unknownNumber = `1${String(30 + Math.floor(random() * 60))}${String(Math.floor(random() * 1e8)).padStart(8, "0")}`;
      const callerNumber = phoneChannel ? (person?.phones[0]?.number ?? unknownNumber) : "";
      const shift = shiftAt(at);
      const handover = shift === undefined ? undefined : handovers.get(shift.id);
      const archived = handover?.confirmedAt != null;
      const id = `rec-${day}-${String(serial).padStart(3, "0")}`;
      receptions.push({
        id,
        estateId,
        channel,
        at,
        day,
        callerNumber,
        callerKey: normalisePhoneNumber(callerNumber),
        callerName: person?.name ?? (phoneChannel ? "" : "來訪業主"),
        householdId: person?.householdId ?? null,
        personId: person?.id ?? null,
        category,
        content,
        outcome,
        staffId,
        ticketId: null,
        archived,
        handoverId: archived ? handover.id : null,
        amends: null,
        amendReason: null,
        ...stamp(new Date(at.getTime() + 2 * MINUTE), staffId),
      });
    }
  }
  // One amendment of an archived record, to show the original with its correction.
  const amended = receptions.find(
    (reception) => reception.archived && reception.channel === "phone_in",
  );
  if (amended !== undefined) {
    const at = new Date(amended.at.getTime() + 30 * MINUTE);
    receptions.push({
      ...amended,
      id: `${amended.id}-amend`,
      at: at > now ? amended.at : at,
      archived: false,
      handoverId: null,
      outcome: `${amended.outcome}(更正:師傅改為次日上午到)`,
      amends: amended.id,
      amendReason: "處理結果記錄有誤",
    });
  }

  // Daily logs of the working days that are over: most submitted, some late, some missing.
  const settings = defaultDutySettings(estateId);
  const logs: DailyLog[] = [];
  const workingDays = new Set(
    shifts
      .filter((shift) => shift.start < now)
      .map((shift) => dailyLogId(shift.staffId, dayOf(shift.start, ZONE))),
  );
  for (const id of [...workingDays].sort()) {
    const [staffId = "", day = ""] = id.split("_");
    if (day === today) continue;
    const roll = random();
    if (roll < 0.08) continue;
    const deadline = dailyLogDeadline(day, settings, ZONE);
    const submittedAt =
      roll < 0.12
        ? new Date(deadline.getTime() + 3 * HOUR)
        : new Date(deadline.getTime() - 10 * HOUR);
    const draft = submittedAt > now;
    const served = receptions.filter(
      (reception) => reception.staffId === staffId && reception.day === day,
    );
    logs.push({
      id,
      estateId,
      staffId,
      day,
      receptionIds: served.map((reception) => reception.id),
      summary: `接待業主 ${String(served.length)} 人次,報修已全部轉維修部`,
      pending: "",
      status: draft ? "draft" : "submitted",
      submittedAt: draft ? null : submittedAt,
      ...stamp(draft ? now : submittedAt, staffId),
    });
  }

  await writeAll(db, [
    { path: paths.dutySettings(estateId), data: settings },
    ...shifts.map((shift) => ({ path: paths.rosterShift(estateId, shift.id), data: shift })),
    ...receptions.map((reception) => ({
      path: paths.reception(estateId, reception.id),
      data: reception,
    })),
    ...logs.map((log) => ({ path: paths.dailyLog(estateId, log.id), data: log })),
  ]);
  // Last, so that the archiving trigger finds the shifts' receptions already archived.
  await writeAll(
    db,
    [...handovers.values()].map((handover) => ({
      path: paths.handover(estateId, handover.id),
      data: handover,
    })),
  );
  const result = await checkDutyRecords(
    db,
    estateId,
    { from: dayRange(firstDay, ZONE).start, to: now },
    now,
    ZONE,
  );
  return {
    receptions: receptions.length,
    shifts: shifts.length,
    handovers: handovers.size,
    logs: logs.length,
    findings: result.handoverFindings + result.dailyLogFindings,
  };
}

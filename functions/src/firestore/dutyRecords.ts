/**
 * The duty records in Firestore (B2.1, B2.2): archiving a handed-over shift's receptions, and
 * the duty check that turns missing, incomplete or unconfirmed handovers and missing daily
 * logs into findings. The decisions are the domain's (`handover.ts`, `dailyLog.ts`); this
 * module reads, asks and writes.
 */
import type { Firestore } from "firebase-admin/firestore";
import { dueDailyLogFindings, type DailyLogFindingDue } from "../domain/dailyLog.js";
import { dueHandoverFindings, type HandoverFindingDue } from "../domain/handover.js";
import { paths } from "../domain/paths.js";
import { defaultDutySettings, type DutySettings } from "../domain/schema/dutySettings.js";
import type { Handover } from "../domain/schema/handover.js";
import { addDays, dayOf, toZonedIso } from "../domain/time.js";
import type { Finding } from "../domain/assessment/finding.js";
import { collections } from "./collections.js";
import { findingId, recordFindingOnce } from "./findings.js";

/** Firestore's limit of writes in one batch. */
const BATCH_LIMIT = 500;

/**
 * Archives the receptions of a confirmed handover's shift: every not-yet-archived record of
 * the estate whose time lies in [shiftStart, shiftEnd) gets `archived: true` and the
 * handover's id. Idempotent: a second run finds nothing left to archive. Returns how many
 * records this run archived.
 */
export async function archiveShiftReceptions(
  db: Firestore,
  estateId: string,
  handover: Pick<Handover, "id" | "shiftStart" | "shiftEnd" | "confirmedAt">,
): Promise<number> {
  if (handover.confirmedAt === null) return 0;
  const receptions = collections(db).receptions(estateId);
  const snapshot = await receptions
    .where("at", ">=", handover.shiftStart)
    .where("at", "<", handover.shiftEnd)
    .orderBy("at")
    .get();
  const open = snapshot.docs.filter((document) => !document.data().archived);
  for (let start = 0; start < open.length; start += BATCH_LIMIT) {
    const batch = db.batch();
    for (const document of open.slice(start, start + BATCH_LIMIT)) {
      // Only the two archive fields change: the author's stamps stay (who wrote it, when).
      batch.update(document.ref, { archived: true, handoverId: handover.id });
    }
    await batch.commit();
  }
  return open.length;
}

/** The estate's duty settings, or the defaults when none were written. */
export async function dutySettingsOf(db: Firestore, estateId: string): Promise<DutySettings> {
  const snapshot = await collections(db).dutySettings(estateId).get();
  return snapshot.data() ?? defaultDutySettings(estateId);
}

/** What one run of the duty check found and recorded. */
export interface DutyCheckResult {
  estateId: string;
  /** Findings owed in the period. */
  handoverFindings: number;
  dailyLogFindings: number;
  /** Of those, how many this run created (the rest existed already). */
  created: number;
}

/** The name recorded on automatic duty findings. */
export const DUTY_CHECK = "dutyRecordsCheck";

/**
 * Checks the shifts of one estate that ended in [from, to) (B2.1) and the working days they
 * start (B2.2), as they stand at `now`, and records each finding owed once
 * (ids `B2.1_<shiftId>` and `B2.2_<staffId>_<day>`).
 */
export async function checkDutyRecords(
  db: Firestore,
  estateId: string,
  period: { from: Date; to: Date },
  now: Date,
  timeZone: string,
): Promise<DutyCheckResult> {
  const settings = await dutySettingsOf(db, estateId);
  const store = collections(db);
  // A shift lasts at most 24 hours: those ending in the period start at most a day before it.
  const shiftSnapshot = await store
    .rosterShifts(estateId)
    .where("start", ">=", new Date(period.from.getTime() - 24 * 3_600_000))
    .where("start", "<", period.to)
    .orderBy("start")
    .get();
  const shifts = shiftSnapshot.docs
    .map((document) => document.data())
    .filter((shift) => shift.end >= period.from && shift.end < period.to);

  const handoverRefs = shifts.map((shift) => store.handovers(estateId).doc(shift.id));
  const handoverSnapshots = handoverRefs.length === 0 ? [] : await db.getAll(...handoverRefs);
  const handovers = new Map<string, Handover>();
  for (const snapshot of handoverSnapshots) {
    const handover = snapshot.data() as Handover | undefined;
    if (handover !== undefined) handovers.set(snapshot.id, handover);
  }

  const firstDay = dayOf(shifts[0]?.start ?? period.from, timeZone);
  const logSnapshot = await store
    .dailyLogs(estateId)
    .where("day", ">=", firstDay)
    .where("day", "<", addDays(dayOf(period.to, timeZone), 1))
    .get();
  const logs = new Map(logSnapshot.docs.map((document) => [document.id, document.data()]));

  const handoverDue = dueHandoverFindings(shifts, handovers, settings, now);
  const dailyLogDue = dueDailyLogFindings(shifts, logs, settings, timeZone, now);
  let created = 0;
  for (const due of handoverDue) {
    if (
      await recordFindingOnce(db, estateId, handoverFinding(estateId, due, timeZone), timeZone, now)
    ) {
      created += 1;
    }
  }
  for (const due of dailyLogDue) {
    if (
      await recordFindingOnce(db, estateId, dailyLogFinding(estateId, due, timeZone), timeZone, now)
    ) {
      created += 1;
    }
  }
  return {
    estateId,
    handoverFindings: handoverDue.length,
    dailyLogFindings: dailyLogDue.length,
    created,
  };
}

const automatic = {
  status: "open",
  source: "automatic",
  recordedBy: DUTY_CHECK,
  referForDismissal: false,
  confirmation: null,
  clearing: null,
} as const;

const defectText: Record<HandoverFindingDue["defect"]["kind"], string> = {
  missing: "未交接班",
  incomplete: "交接班記錄不全",
  unconfirmed: "交接班未經接班人按時確認",
};

/** The B2.1 finding of a shift (evidence: the handover, or the shift when there is none). */
export function handoverFinding(
  estateId: string,
  due: HandoverFindingDue,
  timeZone: string,
): Finding {
  const parts = due.defect.kind === "incomplete" ? `(${due.defect.parts.join(", ")})` : "";
  return {
    ...automatic,
    id: findingId("B2.1", due.shiftId),
    rule: "B2.1",
    staffId: due.staffId,
    teamId: null,
    at: due.at,
    evidence: [
      {
        kind: "text",
        text: `${defectText[due.defect.kind]}${parts}:班次 ${due.shiftId},${toZonedIso(due.at, timeZone)} 結束`,
      },
      {
        kind: "record",
        path:
          due.defect.kind === "missing"
            ? paths.rosterShift(estateId, due.shiftId)
            : paths.handover(estateId, due.shiftId),
      },
    ],
  };
}

/** The B2.2 finding of a working day without its log (evidence: the day's first shift). */
export function dailyLogFinding(
  estateId: string,
  due: DailyLogFindingDue,
  timeZone: string,
): Finding {
  return {
    ...automatic,
    id: findingId("B2.2", due.staffId, due.day),
    rule: "B2.2",
    staffId: due.staffId,
    teamId: null,
    at: due.firstShiftStart,
    evidence: [
      {
        kind: "text",
        text: `${due.day} 上班日誌未於 ${toZonedIso(due.deadline, timeZone)} 前提交`,
      },
      { kind: "record", path: paths.dailyLog(estateId, `${due.staffId}_${due.day}`) },
    ],
  };
}

/**
 * B2.5a on the store: reconciles the carrier calls of a period with the phone reception
 * records around them and the roster, then writes what changed: flags (id = the call's id),
 * B2.5a findings (through `recordFindingOnce`), call-back tasks for missed calls. Reads, calls
 * the domain (`reconcile`, `nextFlag`), writes: running it twice writes nothing the second time.
 */
import type { Firestore, WriteBatch } from "firebase-admin/firestore";
import {
  SYSTEM_ACTOR,
  matchedReason,
  nextFlag,
  reopenedFinding,
  unloggedCallFindings,
  type FlagChange,
} from "../domain/callFlags.js";
import { paths } from "../domain/paths.js";
import { reconcile, type Reconciliation } from "../domain/reconciliation.js";
import { createRosterIndex } from "../domain/roster.js";
import type { CallbackTask } from "../domain/schema/callbackTask.js";
import { defaultCallSettings, type CallSettings } from "../domain/schema/callSettings.js";
import type { StoredCarrierCall } from "../domain/schema/carrierCall.js";
import { toPhoneReceptionRecord } from "../domain/schema/reception.js";
import { MAX_SHIFT_HOURS, toRosterShift } from "../domain/schema/rosterShift.js";
import { clearedFinding } from "../domain/assessment/findingReview.js";
import { DEFAULT_TIME_ZONE } from "../domain/time.js";
import { collections } from "./collections.js";
import { FindingNotFoundError, recordFindingOnce, reviewFinding } from "./findings.js";

/** Who records the B2.5a findings (the findings' `recordedBy`). */
export const RECONCILER = "reconcileCarrierCalls";

/** How far back from a record the reconciliation looks for the start of a call it may match. */
export const LONGEST_CALL_MS = 6 * 3_600_000;

/** Firestore's limit of writes in one batch. */
const BATCH_LIMIT = 500;
/** Findings are recorded one document at a time; this many at once. */
const FINDING_CONCURRENCY = 32;

/** What one reconciliation did. */
export interface CallReconciliationResult {
  reconciliation: Reconciliation<StoredCarrierCall>;
  flagsWritten: number;
  findingsCreated: number;
  findingsCleared: number;
  callbackTasksCreated: number;
}

/** The estate's B2.5a settings (defaults when none were written). */
export async function callSettingsOf(db: Firestore, estateId: string): Promise<CallSettings> {
  const stored = (await collections(db).callSettings(estateId).get()).data();
  return stored ?? defaultCallSettings(estateId);
}

/** The estate's zone; the default zone when the estate document is absent. */
export async function timeZoneOf(db: Firestore, estateId: string): Promise<string> {
  const estate = (await collections(db).estates().doc(estateId).get()).data();
  return estate?.timeZone ?? DEFAULT_TIME_ZONE;
}

/**
 * Reconciles the calls that started in [from, to): reads those calls, the phone receptions
 * from the first call's start − tolerance to the last call's end + tolerance (one range
 * query), the roster shifts around them, the flags and call-back tasks of the period, and
 * writes what changed.
 */
export async function reconcileCallsStartingBetween(
  db: Firestore,
  estateId: string,
  from: Date,
  to: Date,
  now: Date = new Date(),
): Promise<CallReconciliationResult> {
  const store = collections(db);
  const [settings, timeZone, callsSnapshot] = await Promise.all([
    callSettingsOf(db, estateId),
    timeZoneOf(db, estateId),
    store.carrierCalls(estateId).where("start", ">=", from).where("start", "<", to).get(),
  ]);
  const calls = callsSnapshot.docs.map((snapshot) => snapshot.data());
  const empty: CallReconciliationResult = {
    reconciliation: {
      outcomes: [],
      summary: { connected: 0, missed: 0, matched: 0, unlogged: 0 },
    },
    flagsWritten: 0,
    findingsCreated: 0,
    findingsCleared: 0,
    callbackTasksCreated: 0,
  };
  if (calls.length === 0) return empty;

  const tolerance = settings.toleranceMinutes * 60_000;
  let firstStart = Infinity;
  let lastEnd = -Infinity;
  let lastStart = -Infinity;
  for (const call of calls) {
    const start = call.start.getTime();
    firstStart = Math.min(firstStart, start);
    lastStart = Math.max(lastStart, start);
    lastEnd = Math.max(lastEnd, start + call.seconds * 1000);
  }
  const [receptions, shifts, flags, tasks] = await Promise.all([
    store
      .receptions(estateId)
      .where("at", ">=", new Date(firstStart - tolerance))
      .where("at", "<", new Date(lastEnd + tolerance + 1))
      .get(),
    store
      .rosterShifts(estateId)
      .where("start", ">=", new Date(firstStart - MAX_SHIFT_HOURS * 3_600_000))
      .where("start", "<", new Date(lastStart + 1))
      .get(),
    store.callFlags(estateId).where("start", ">=", from).where("start", "<", to).get(),
    store.callbackTasks(estateId).where("start", ">=", from).where("start", "<", to).get(),
  ]);

  const reconciliation = reconcile(
    calls,
    receptions.docs.map((snapshot) => toPhoneReceptionRecord(snapshot.data())),
    {
      settings,
      roster: createRosterIndex(shifts.docs.map((snapshot) => toRosterShift(snapshot.data()))),
    },
  );

  const flagOf = new Map(flags.docs.map((snapshot) => [snapshot.id, snapshot.data()]));
  const taskIds = new Set(tasks.docs.map((snapshot) => snapshot.id));
  const changes: FlagChange[] = [];
  const newTasks: CallbackTask[] = [];
  for (const outcome of reconciliation.outcomes) {
    if (outcome.status === "missed") {
      if (!taskIds.has(outcome.call.id)) newTasks.push(callbackTaskOf(outcome.call, now));
      continue;
    }
    const change = nextFlag(flagOf.get(outcome.call.id) ?? null, outcome, now);
    if (change !== null) changes.push(change);
  }

  // Findings before flags: a flag exists only once its findings do, so a run interrupted in
  // between is completed by the next one (the findings are created once).
  let findingsCreated = 0;
  let findingsCleared = 0;
  await inChunks(changes, FINDING_CONCURRENCY, async (change) => {
    const flagPath = paths.callFlag(estateId, change.flag.id);
    if (change.findings === "create") {
      for (const finding of unloggedCallFindings(change.flag, flagPath, RECONCILER)) {
        if (await recordFindingOnce(db, estateId, finding, timeZone, now)) findingsCreated++;
      }
    } else if (change.findings === "clear") {
      const reason = matchedReason(change.flag.matchedReceptionId ?? "");
      for (const id of change.flag.findingIds) {
        if (await clearFindingBySystem(db, estateId, id, reason, now)) findingsCleared++;
      }
    } else if (change.findings === "reopen") {
      for (const id of change.flag.findingIds) await reopenFindingBySystem(db, estateId, id, now);
    }
  });

  const writes: ((batch: WriteBatch) => void)[] = [
    ...changes.map(
      (change) => (batch: WriteBatch) =>
        batch.set(store.callFlags(estateId).doc(change.flag.id), change.flag),
    ),
    ...newTasks.map(
      (task) => (batch: WriteBatch) => batch.set(store.callbackTasks(estateId).doc(task.id), task),
    ),
  ];
  for (let index = 0; index < writes.length; index += BATCH_LIMIT) {
    const batch = db.batch();
    for (const write of writes.slice(index, index + BATCH_LIMIT)) write(batch);
    await batch.commit();
  }

  return {
    reconciliation,
    flagsWritten: changes.length,
    findingsCreated,
    findingsCleared,
    callbackTasksCreated: newTasks.length,
  };
}

/**
 * Re-reconciles around a phone reception record written or edited at `at`: the calls whose
 * window may hold that time (started up to the longest call plus the tolerance before it,
 * or up to the tolerance after it).
 */
export async function reconcileAroundRecord(
  db: Firestore,
  estateId: string,
  at: Date,
  now: Date = new Date(),
): Promise<CallReconciliationResult> {
  const settings = await callSettingsOf(db, estateId);
  const tolerance = settings.toleranceMinutes * 60_000;
  return reconcileCallsStartingBetween(
    db,
    estateId,
    new Date(at.getTime() - tolerance - LONGEST_CALL_MS),
    new Date(at.getTime() + tolerance + 1),
    now,
  );
}

function callbackTaskOf(call: StoredCarrierCall, now: Date): CallbackTask {
  return {
    id: call.id,
    estateId: call.estateId,
    callId: call.id,
    line: call.line,
    start: call.start,
    seconds: call.seconds,
    number: call.number,
    status: "open",
    note: "",
    doneBy: null,
    doneAt: null,
    createdAt: now,
    createdBy: SYSTEM_ACTOR,
    updatedAt: now,
    updatedBy: SYSTEM_ACTOR,
  };
}

/** Clears a finding by the system; false when it is absent or already cleared. */
export async function clearFindingBySystem(
  db: Firestore,
  estateId: string,
  findingId: string,
  reason: string,
  now: Date,
  by: string = SYSTEM_ACTOR,
): Promise<boolean> {
  let cleared = false;
  try {
    await reviewFinding(db, estateId, findingId, by, now, (finding) => {
      if (finding.status === "cleared") return finding;
      cleared = true;
      return clearedFinding(finding, by, now, reason);
    });
  } catch (error) {
    if (!(error instanceof FindingNotFoundError)) throw error;
  }
  return cleared;
}

async function reopenFindingBySystem(
  db: Firestore,
  estateId: string,
  findingId: string,
  now: Date,
): Promise<void> {
  try {
    await reviewFinding(db, estateId, findingId, SYSTEM_ACTOR, now, reopenedFinding);
  } catch (error) {
    if (!(error instanceof FindingNotFoundError)) throw error;
  }
}

async function inChunks<T>(
  items: readonly T[],
  size: number,
  act: (item: T) => Promise<void>,
): Promise<void> {
  for (let index = 0; index < items.length; index += size) {
    await Promise.all(items.slice(index, index + size).map(act));
  }
}

/**
 * The assessment's link to Firebase (SPEC §8): scorecards, findings and month summaries read
 * through the rules, and the callables a director uses (manual findings, confirm, clear,
 * recompute, fee import). Loaded only by the assessment routes (it pulls in Firestore and
 * Functions).
 */
import {
  collection,
  doc,
  getDoc,
  getDocs,
  onSnapshot,
  query,
  serverTimestamp,
  setDoc,
  where,
} from "firebase/firestore";
import type { FeeRowError } from "@domain/assessment/feeImport.js";
import type { ManualFindingInput } from "@domain/assessment/findingReview.js";
import type { RecomputeSchedule } from "@domain/assessment/recomputeSchedule.js";
import { paths } from "@domain/paths.js";
import {
  assessmentSettingsSchema,
  defaultAssessmentSettings,
  type AssessmentSettings,
} from "@domain/schema/assessmentSettings.js";
import {
  arrearsReminderSchema,
  type ArrearsReminder,
  type ReminderChannel,
} from "@domain/schema/arrearsReminder.js";
import { feeBillSchema, type StoredFeeBill } from "@domain/schema/feeBill.js";
import { feeMonthSchema, type FeeMonth } from "@domain/schema/feeMonth.js";
import { imageRecordSchema, type ImageRecord } from "@domain/schema/image.js";
import { storedFindingSchema, type StoredFinding } from "@domain/schema/finding.js";
import { scoreMonthSchema, type ScoreMonth } from "@domain/schema/scoreMonth.js";
import { storedScorecardSchema, type StoredScorecard } from "@domain/schema/scorecard.js";
import { staffSchema, type Staff } from "@domain/schema/staff.js";
import { currentUid } from "./app.js";
import {
  firestore,
  parseSnapshot,
  readRecords,
  watchDocument,
  watchQuery,
  type Records,
  type Unsubscribe,
} from "./firestore.js";
import { callFunction as call } from "./functions.js";

/** Records read, and the ids of documents the schema rejected (shown, never dropped silently). */
export type Read<T> = Records<T>;

/** A person's or team's scorecard of a month, or null when nothing was counted. */
export async function readScorecard(
  estateId: string,
  scorecardId: string,
): Promise<StoredScorecard | null> {
  return parseSnapshot(
    storedScorecardSchema,
    await getDoc(doc(firestore(), paths.scorecard(estateId, scorecardId))),
  );
}

/** Every scorecard of a month, live (director, admin). */
export function watchScorecardsOfMonth(
  estateId: string,
  month: string,
  onData: (cards: Read<StoredScorecard>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(
    query(collection(firestore(), paths.scorecards(estateId)), where("month", "==", month)),
    storedScorecardSchema,
    onData,
    onError,
  );
}

/** The scorecards of the months from `fromMonth` on (director, admin): the trend. */
export async function readScorecardsSince(
  estateId: string,
  fromMonth: string,
): Promise<Read<StoredScorecard>> {
  const snapshot = await getDocs(
    query(collection(firestore(), paths.scorecards(estateId)), where("month", ">=", fromMonth)),
  );
  return readRecords(storedScorecardSchema, snapshot.docs);
}

/** The findings with these ids (a scorecard line's evidence); ones not readable are left out. */
export async function readFindings(
  estateId: string,
  ids: readonly string[],
): Promise<StoredFinding[]> {
  const found = await Promise.all(
    ids.map((id) =>
      getDoc(doc(firestore(), paths.finding(estateId, id))).then(
        (snapshot) => parseSnapshot(storedFindingSchema, snapshot),
        () => null,
      ),
    ),
  );
  return found.filter((finding): finding is StoredFinding => finding !== null);
}

/** Every finding of a month, live (director, admin). */
export function watchFindingsOfMonth(
  estateId: string,
  month: string,
  onData: (findings: Read<StoredFinding>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(
    query(collection(firestore(), paths.findings(estateId)), where("month", "==", month)),
    storedFindingSchema,
    onData,
    onError,
  );
}

/** The findings charged to one person in a month, live (their own, or any for a director). */
export function watchPersonFindingsOfMonth(
  estateId: string,
  staffId: string,
  month: string,
  onData: (findings: Read<StoredFinding>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(
    query(
      collection(firestore(), paths.findings(estateId)),
      where("staffId", "==", staffId),
      where("month", "==", month),
    ),
    storedFindingSchema,
    onData,
    onError,
  );
}

/** The month's computation summary, live; null before the month is first computed. */
export function watchScoreMonth(
  estateId: string,
  month: string,
  onData: (summary: ScoreMonth | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchDocument(paths.scoreMonth(estateId, month), scoreMonthSchema, onData, onError);
}

/** The month's arrears count (B2.10), or null when no fee data was imported for it. */
export async function readFeeMonth(estateId: string, month: string): Promise<FeeMonth | null> {
  return parseSnapshot(
    feeMonthSchema,
    await getDoc(doc(firestore(), paths.feeMonth(estateId, month))),
  );
}

/** An image of the estate (an evidence photo), or null when missing or unreadable. */
export async function readImage(estateId: string, imageId: string): Promise<ImageRecord | null> {
  return parseSnapshot(
    imageRecordSchema,
    await getDoc(doc(firestore(), paths.image(estateId, imageId))),
  );
}

/** The estate's staff (names on scorecards and forms). */
export async function readStaff(estateId: string): Promise<Staff[]> {
  const snapshot = await getDocs(collection(firestore(), paths.staff(estateId)));
  return readRecords(staffSchema, snapshot.docs).records;
}

/** Records a manual finding (director, admin); retrying with the same request id records it once. */
export function recordManualFinding(
  input: ManualFindingInput,
): Promise<{ findingId: string; created: boolean }> {
  return call("recordManualFinding", input);
}

/** Confirms a finding (director, admin). */
export function confirmFinding(estateId: string, findingId: string): Promise<unknown> {
  return call("confirmFinding", { estateId, findingId });
}

/** Clears a finding with a reason (director, admin). */
export function clearFinding(
  estateId: string,
  findingId: string,
  reason: string,
): Promise<unknown> {
  return call("clearFinding", { estateId, findingId, reason });
}

/** What a recompute did. */
export interface RecomputeSummary {
  findingsRead: number;
  scorecardsWritten: number;
  scorecardsDeleted: number;
}

/** Recomputes a month now (director, admin). */
export function recomputeScores(estateId: string, month: string): Promise<RecomputeSummary> {
  return call("recomputeScores", { estateId, month });
}

/**
 * The estate's assessment settings (when the monthly recompute runs), live; the defaults when
 * none were written. A document the schema rejects is reported as an error, never replaced.
 */
export function watchAssessmentSettings(
  estateId: string,
  onData: (settings: AssessmentSettings) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(firestore(), paths.assessmentSettings(estateId)),
    (snapshot) => {
      if (!snapshot.exists()) {
        onData(defaultAssessmentSettings(estateId));
        return;
      }
      const parsed = assessmentSettingsSchema.safeParse({
        ...snapshot.data({ serverTimestamps: "estimate" }),
        id: snapshot.id,
      });
      if (parsed.success) onData(parsed.data);
      else onError(new Error(`settings/assessment: ${parsed.error.message}`));
    },
    onError,
  );
}

/** Sets when the monthly recompute runs (director, admin), stamped as the rules require. */
export async function saveRecomputeSchedule(
  estateId: string,
  recompute: RecomputeSchedule,
): Promise<void> {
  await setDoc(doc(firestore(), paths.assessmentSettings(estateId)), {
    id: "assessment",
    estateId,
    recompute,
    updatedAt: serverTimestamp(),
    updatedBy: currentUid(),
  });
}

/** What a fee import counted (B2.10) and the rows it could not read. */
export interface FeeImportSummary {
  month: string;
  chargeable: number;
  inArrears: number;
  billCount: number;
  rowErrors: FeeRowError[];
}

/** Imports a fee file of a month's end (director, admin) through the `importFees` callable. */
export function importFees(input: {
  estateId: string;
  month: string;
  fileName: string;
  contentBase64: string;
}): Promise<FeeImportSummary> {
  return call("importFees", input);
}

/** A month's unpaid bills, live (customer service, director, admin): the arrears list (B2.10). */
export function watchArrearsBills(
  estateId: string,
  month: string,
  onData: (bills: Read<StoredFeeBill>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(
    query(
      collection(firestore(), paths.feeBills(estateId)),
      where("month", "==", month),
      where("inArrears", "==", true),
    ),
    feeBillSchema,
    onData,
    onError,
  );
}

/** The arrears reminders logged for a month, live (customer service, director, admin). */
export function watchArrearsReminders(
  estateId: string,
  month: string,
  onData: (reminders: Read<ArrearsReminder>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(
    query(collection(firestore(), paths.arrearsReminders(estateId)), where("month", "==", month)),
    arrearsReminderSchema,
    onData,
    onError,
  );
}

/** Logs an arrears reminder (B2.10, feeding B2.8) through `logArrearsReminder`. */
export function logArrearsReminder(input: {
  estateId: string;
  reminderId: string;
  month: string;
  household: string;
  channel: ReminderChannel;
  note: string;
}): Promise<{ reminderId: string; ticketId: string; created: boolean; ticketCreated: boolean }> {
  return call("logArrearsReminder", input);
}

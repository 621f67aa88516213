/**
 * `importFees` (B2.10, SPEC §7): a director or admin uploads the fee export (CSV or XLSX,
 * UTF-8 or GBK) as it stood at a month's end; the month's arrears count (households in arrears
 * ÷ chargeable households) is stored for the monthly score, and each household's bill per billing
 * period (due, paid, arrears in fen) for the arrears list. Importing a month again replaces its
 * bills (deterministic ids; the month's bills the new file no longer has are deleted). Bad rows
 * are reported with their row number and reason; the good rows are counted.
 */
import type { DocumentReference, Firestore, WriteBatch } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import {
  FeeFileError,
  monthArrearsCount,
  readFeeFile,
  type FeeBill,
  type FeeRowError,
} from "../domain/assessment/feeImport.js";
import { teamIds } from "../domain/assessment/findingReview.js";
import { docId } from "../domain/schema/common.js";
import { feeBillId, type StoredFeeBill } from "../domain/schema/feeBill.js";
import type { FeeMonth } from "../domain/schema/feeMonth.js";
import { householdLabel } from "../domain/schema/household.js";
import { isMonthKey, type MonthKey } from "../domain/time.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

/** The fee file of one month's end. */
export const importFeesInputSchema = z.object({
  estateId: docId,
  month: z.string().refine(isMonthKey, "must be a month YYYY-MM"),
  fileName: z.string().trim().min(1).max(300),
  /** The file's bytes, base64 (a callable carries up to 10 MB). */
  contentBase64: z.base64().max(9_000_000, "the file is too large (at most about 6 MB)"),
  teamId: z.enum(teamIds).default("customerService"),
});

/** What the import counted and refused. */
export interface ImportFeesResult {
  month: string;
  chargeable: number;
  inArrears: number;
  billCount: number;
  rowErrors: FeeRowError[];
}

/** Imports the fee file for the caller (director or admin of the estate). */
export async function importFeesAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof importFeesInputSchema>,
  now: Date = new Date(),
): Promise<ImportFeesResult> {
  const data = importFeesInputSchema.parse(input);
  requireRole(auth, data.estateId, ["director", "admin"]);
  let read;
  try {
    read = readFeeFile(Buffer.from(data.contentBase64, "base64"), data.fileName);
  } catch (error) {
    if (error instanceof FeeFileError) throw new HttpsError("invalid-argument", error.message);
    throw error;
  }
  const count = monthArrearsCount(read.bills, data.month);
  await replaceMonthBills(firestore, data.estateId, data.month, read.bills, auth.uid, now);
  const ref = collections(firestore).feeMonths(data.estateId).doc(data.month);
  const existing = (await ref.get()).data();
  const record: FeeMonth = {
    id: data.month,
    estateId: data.estateId,
    teamId: data.teamId,
    ...count,
    fileName: data.fileName,
    billCount: read.bills.length,
    rowErrorCount: read.errors.length,
    createdAt: existing?.createdAt ?? now,
    createdBy: existing?.createdBy ?? auth.uid,
    updatedAt: now,
    updatedBy: auth.uid,
  };
  await ref.set(record);
  return { month: data.month, ...count, billCount: read.bills.length, rowErrors: read.errors };
}

/** The callable. */
export const importFees = validatedOnCall(importFeesInputSchema, ({ data, auth }) =>
  importFeesAs(db(), auth, data),
);

/** Firestore's limit of writes in one batch. */
const BATCH_SIZE = 500;

/**
 * Stores the month's bills (billing periods up to the month, as the count takes them) under
 * deterministic ids and deletes the month's earlier bills the file no longer has, in batches of
 * at most 500 writes. Each bill names its household record when one has that fee account or
 * label.
 */
async function replaceMonthBills(
  firestore: Firestore,
  estateId: string,
  month: MonthKey,
  bills: readonly FeeBill[],
  uid: string,
  now: Date,
): Promise<void> {
  const typed = collections(firestore);
  const [households, earlier] = await Promise.all([
    typed.households(estateId).get(),
    typed.feeBills(estateId).where("month", "==", month).select().get(),
  ]);
  const householdIds = new Map<string, string>();
  for (const snapshot of households.docs) {
    const household = snapshot.data();
    householdIds.set(householdLabel(household), household.id);
  }
  // A fee account names its household before a label does.
  for (const snapshot of households.docs) {
    const household = snapshot.data();
    if (household.feeAccount !== "") householdIds.set(household.feeAccount, household.id);
  }
  const collection = typed.feeBills(estateId);
  const writes: ((batch: WriteBatch) => void)[] = [];
  const kept = new Set<string>();
  for (const bill of bills) {
    if (bill.period > month) continue;
    const id = feeBillId(month, bill.period, bill.household);
    kept.add(id);
    const stored: StoredFeeBill = {
      id,
      estateId,
      month,
      household: bill.household,
      householdId: householdIds.get(bill.household) ?? null,
      period: bill.period,
      dueFen: bill.dueFen,
      paidFen: bill.paidFen,
      arrearsFen: bill.arrearsFen,
      inArrears: bill.arrearsFen > 0,
      row: bill.row,
      createdAt: now,
      createdBy: uid,
      updatedAt: now,
      updatedBy: uid,
    };
    writes.push((batch) => batch.set(collection.doc(id), stored));
  }
  for (const snapshot of earlier.docs) {
    if (kept.has(snapshot.id)) continue;
    const ref: DocumentReference = snapshot.ref;
    writes.push((batch) => batch.delete(ref));
  }
  for (let start = 0; start < writes.length; start += BATCH_SIZE) {
    const batch = firestore.batch();
    for (const write of writes.slice(start, start + BATCH_SIZE)) write(batch);
    await batch.commit();
  }
}

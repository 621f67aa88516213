/**
 * `importFees` (B2.10, SPEC §7): a director or admin uploads the fee export (CSV or XLSX,
 * UTF-8 or GBK) as it stood at a month's end; the month's arrears count (households in arrears
 * ÷ chargeable households) is stored for the monthly score. Bad rows are reported with their
 * row number and reason; the good rows are counted.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import {
  FeeFileError,
  monthArrearsCount,
  readFeeFile,
  type FeeRowError,
} from "../domain/assessment/feeImport.js";
import { teamIds } from "../domain/assessment/findingReview.js";
import { docId } from "../domain/schema/common.js";
import type { FeeMonth } from "../domain/schema/feeMonth.js";
import { isMonthKey } from "../domain/time.js";
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

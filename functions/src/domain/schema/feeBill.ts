/**
 * Fee bill (B2.10, SPEC §7 "per household and billing period: amount due, paid, arrears"): one
 * household's bill for one billing period as the fee export of a month's end had it, in whole
 * fen (分) so sums are exact. Path `estates/{estateId}/feeBills/{id}`, the id derived from the
 * month, the billing period and the household ({@link feeBillId}), so importing the same
 * month again replaces its bills and never duplicates them. Written only by the callable
 * `importFees` (director, admin); read by customer service, the director and the admin.
 */
import { z } from "zod";
import { isMonthKey } from "../time.js";
import { docId, writeStamp } from "./common.js";

const monthKey = z.string().refine(isMonthKey, "must be a month YYYY-MM");
const fen = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** Validates a stored fee bill. */
export const feeBillSchema = z
  .object({
    id: docId,
    estateId: docId,
    /** The month whose end the import describes (the fee month it belongs to). */
    month: monthKey,
    /** The household as the fee file writes it (e.g. `3-2-501` or the fee account). */
    household: z.string().trim().min(1).max(100),
    /** The household record it names, when one matches by fee account or label. */
    householdId: docId.nullable(),
    /** The billing period, `YYYY-MM`. */
    period: monthKey,
    dueFen: fen,
    paidFen: fen,
    /** Still owed: due − paid, never below zero. */
    arrearsFen: fen,
    /** Whether anything is still owed (a query needs an equality field). */
    inArrears: z.boolean(),
    /** The row of the file the bill came from. */
    row: z.number().int().positive(),
    ...writeStamp,
  })
  .refine((bill) => bill.arrearsFen === Math.max(bill.dueFen - bill.paidFen, 0), {
    error: "arrearsFen must be dueFen − paidFen (never below zero)",
    path: ["arrearsFen"],
  })
  .refine((bill) => bill.inArrears === bill.arrearsFen > 0, {
    error: "inArrears must say whether arrearsFen is above zero",
    path: ["inArrears"],
  });

/** A fee bill as stored. */
export type StoredFeeBill = z.infer<typeof feeBillSchema>;

/**
 * A household's text as a piece of a document id: letters, digits and `-` kept, every other
 * character written as `_` and its code point in hex, so different texts never collide and
 * no `/` reaches an id.
 */
export function householdIdPart(household: string): string {
  let part = "";
  for (const character of household) {
    part += /^[A-Za-z0-9-]$/.test(character)
      ? character
      : `_${(character.codePointAt(0) ?? 0).toString(16)}_`;
  }
  return part;
}

/** The id of a month's bill for a household and billing period: `2026-10_2026-09_3-2-501`. */
export function feeBillId(month: string, period: string, household: string): string {
  return `${month}_${period}_${householdIdPart(household)}`;
}

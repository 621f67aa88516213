/**
 * Fee month (B2.10, SPEC §7): one month's arrears count of the estate, from the fee data as it
 * stood at the month's end: chargeable households and households in arrears, charged to a team
 * (the customer-service team). Path `estates/{estateId}/feeMonths/{YYYY-MM}`. Written only by
 * the callable `importFees` (director, admin); read by the director, the admin and the team.
 */
import { z } from "zod";
import { arrearsCountSchema } from "../assessment/arrears.js";
import { isMonthKey } from "../time.js";
import { docId, writeStamp } from "./common.js";

/** Validates a stored fee month. */
export const feeMonthSchema = z
  .object({
    /** The month, `YYYY-MM`. */
    id: z.string().refine(isMonthKey, "must be a month YYYY-MM"),
    estateId: docId,
    /** The team B2.10 charges. */
    teamId: docId,
    chargeable: z.number().int().nonnegative(),
    inArrears: z.number().int().nonnegative(),
    /** The file the count came from, its bills read and its rows refused. */
    fileName: z.string().max(300),
    billCount: z.number().int().nonnegative(),
    rowErrorCount: z.number().int().nonnegative(),
    ...writeStamp,
  })
  .refine((month) => arrearsCountSchema.safeParse(month).success, {
    error: "inArrears cannot exceed chargeable",
    path: ["inArrears"],
  });

/** A month's arrears count as stored. */
export type FeeMonth = z.infer<typeof feeMonthSchema>;

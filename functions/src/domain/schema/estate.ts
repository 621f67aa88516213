/**
 * Estate (小區/山莊): the unit of tenancy (SPEC "Who uses it"). Path `estates/{estateId}`.
 * Written by admins; read by every staff member of the estate.
 */
import { z } from "zod";
import { isValidTimeZone } from "../time.js";
import { docId, instant, requiredText } from "./common.js";

export const estateSchema = z.object({
  id: docId,
  name: requiredText(100),
  /** IANA zone in which the estate's days and scoring months are counted. */
  timeZone: z.string().refine(isValidTimeZone, "is not a known time zone").default("Asia/Shanghai"),
  /** The 24-hour duty number published to owners (B2.5). */
  dutyPhone: z.string().trim().max(40).default(""),
  address: z.string().trim().max(200).default(""),
  /** Who last edited the estate in the app, and when; absent on estates only the seed wrote. */
  updatedAt: instant.optional(),
  updatedBy: docId.optional(),
});
export type Estate = z.infer<typeof estateSchema>;

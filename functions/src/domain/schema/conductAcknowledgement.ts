/**
 * Code-of-conduct acknowledgement (article A, yearly). Path
 * `estates/{estateId}/conductAcknowledgements/{uid}_{version}_{year}`. Written only by the
 * callable `acknowledgeConduct` (the staff member themself, server time); read by the staff
 * member, the director and the admin.
 */
import { z } from "zod";
import { docId, instant } from "./common.js";

export const conductAcknowledgementSchema = z.object({
  id: docId,
  estateId: docId,
  uid: docId,
  version: z.int().min(1),
  /** The language the code was read in. */
  language: z.enum(["zh-Hant", "zh-Hans", "en"]),
  acknowledgedAt: instant,
});
export type StoredConductAcknowledgement = z.infer<typeof conductAcknowledgementSchema>;

/**
 * Notice receipt (B.1.3): a household confirmed it received a critical notice. Path
 * `estates/{estateId}/notices/{noticeId}/receipts/{householdId}` — one per household, so a
 * repeated confirmation changes nothing. Written only by the public function `householdAction`
 * (the owner's household page); read by the staff of the estate (who has not confirmed).
 */
import { z } from "zod";
import { docId, instant } from "./common.js";
import { tokenHashSchema } from "./surveyLink.js";

export const noticeReceiptSchema = z.object({
  /** The household's id. */
  id: docId,
  estateId: docId,
  noticeId: docId,
  householdId: docId,
  confirmedAt: instant,
  /** The household link it was confirmed through (its token's hash). */
  linkId: tokenHashSchema,
});
export type NoticeReceipt = z.infer<typeof noticeReceiptSchema>;

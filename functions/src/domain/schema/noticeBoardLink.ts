/**
 * Notice board link (B.1.3): the estate's public notice board `/n/<token>`, posted in the
 * lobby as a QR code. Path `noticeBoardLinks/{tokenHash}` (the id is the token's SHA-256; the
 * token is never stored). Written by the callables `issueNoticeBoardLink` /
 * `revokeNoticeBoardLink` (customer service, director, admin); listed by them (to revoke).
 */
import { z } from "zod";
import { docId, instant, requiredText } from "./common.js";
import { tokenHashSchema } from "./surveyLink.js";

export const noticeBoardLinkSchema = z.object({
  id: tokenHashSchema,
  estateId: docId,
  /** Where the link is posted, e.g. 3座大堂. */
  label: requiredText(100),
  createdAt: instant,
  createdBy: docId,
  revokedAt: instant.nullable(),
  revokedBy: docId.nullable(),
});
export type NoticeBoardLink = z.infer<typeof noticeBoardLinkSchema>;

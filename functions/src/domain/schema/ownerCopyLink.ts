/**
 * Owner-copy link (B2.5: the owner's copy of an on-site service record, opened without an
 * account by a link or QR code shown on the staff member's device after signing). Path
 * `ownerCopyLinks/{tokenHash}` (top level, found from the token alone); the id is the SHA-256
 * of the token (≥ 128 bits), the token itself is never stored. Written only by functions:
 * issued by `signOnSiteVisit`, marked used when the owner confirms or disputes. No client reads
 * it.
 */
import { z } from "zod";
import { docId, instant } from "./common.js";
import { tokenHashSchema } from "./surveyLink.js";

/** How long an owner-copy link opens the copy: 30 days after signing. */
export const OWNER_COPY_LINK_DAYS = 30;

export const ownerCopyLinkSchema = z.object({
  id: tokenHashSchema,
  estateId: docId,
  visitId: docId,
  householdId: docId,
  issuedAt: instant,
  issuedBy: docId,
  expiresAt: instant,
  /** When the owner confirmed or disputed through it; the copy still opens afterwards. */
  usedAt: instant.nullable(),
});
/** An owner-copy link. */
export type OwnerCopyLink = z.infer<typeof ownerCopyLinkSchema>;

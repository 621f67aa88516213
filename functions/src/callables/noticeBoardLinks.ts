/**
 * `issueNoticeBoardLink` / `revokeNoticeBoardLink` (B.1.3): the estate's public notice board
 * link, printed as a QR code for a lobby, and taken back. The token (144 bits) is returned
 * once; only its SHA-256 is stored (`noticeBoardLinks/{hash}`).
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { docId, requiredText } from "../domain/schema/common.js";
import type { NoticeBoardLink } from "../domain/schema/noticeBoardLink.js";
import { tokenHashSchema } from "../domain/schema/surveyLink.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { linkTokenHash, newLinkToken } from "../https/linkTokens.js";
import { NOTICE_ROLES } from "./publishNotice.js";
import { requireRole, validatedOnCall } from "./validatedOnCall.js";

export const issueNoticeBoardLinkInputSchema = z.object({
  estateId: docId,
  label: requiredText(100),
});

export const revokeNoticeBoardLinkInputSchema = z.object({
  estateId: docId,
  linkId: tokenHashSchema,
});

/** Creates a board link (no permission check: the callable checks the caller). */
export async function issueNoticeBoardLinkFor(
  firestore: Firestore,
  input: z.infer<typeof issueNoticeBoardLinkInputSchema>,
  actorUid: string,
  now: Date = new Date(),
): Promise<{ token: string; linkId: string }> {
  const typed = collections(firestore);
  if (!(await typed.estates().doc(input.estateId).get()).exists) {
    throw new HttpsError("not-found", `no estate ${input.estateId}`);
  }
  const token = newLinkToken();
  const link: NoticeBoardLink = {
    id: linkTokenHash(token),
    estateId: input.estateId,
    label: input.label,
    createdAt: now,
    createdBy: actorUid,
    revokedAt: null,
    revokedBy: null,
  };
  await typed.noticeBoardLinks().doc(link.id).create(link);
  return { token, linkId: link.id };
}

/** Revokes a board link of the estate; revoking twice keeps the first revocation. */
export async function revokeNoticeBoardLinkFor(
  firestore: Firestore,
  input: z.infer<typeof revokeNoticeBoardLinkInputSchema>,
  actorUid: string,
  now: Date = new Date(),
): Promise<{ revokedAt: string }> {
  const ref = collections(firestore).noticeBoardLinks().doc(input.linkId);
  return firestore.runTransaction(async (transaction) => {
    const link = (await transaction.get(ref)).data();
    if (link?.estateId !== input.estateId) {
      throw new HttpsError(
        "not-found",
        `no notice board link ${input.linkId} in estate ${input.estateId}`,
      );
    }
    if (link.revokedAt !== null) return { revokedAt: link.revokedAt.toISOString() };
    transaction.update(ref, { revokedAt: now, revokedBy: actorUid });
    return { revokedAt: now.toISOString() };
  });
}

export const issueNoticeBoardLink = validatedOnCall(
  issueNoticeBoardLinkInputSchema,
  async ({ data, auth }) => {
    requireRole(auth, data.estateId, NOTICE_ROLES);
    return issueNoticeBoardLinkFor(db(), data, auth.uid);
  },
);

export const revokeNoticeBoardLink = validatedOnCall(
  revokeNoticeBoardLinkInputSchema,
  async ({ data, auth }) => {
    requireRole(auth, data.estateId, NOTICE_ROLES);
    return revokeNoticeBoardLinkFor(db(), data, auth.uid);
  },
);

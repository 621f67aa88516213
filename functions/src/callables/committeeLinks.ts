/**
 * `issueCommitteeLink` / `revokeCommitteeLink` (C5): the director gives the owners' committee a
 * read-only link to a campaign's report and takes it back. The token (144 bits) is returned
 * once; only its SHA-256 is stored (`committeeLinks/{hash}`), and a revoked link opens nothing.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { docId, requiredText } from "../domain/schema/common.js";
import type { CommitteeLink } from "../domain/schema/committeeLink.js";
import { tokenHashSchema } from "../domain/schema/surveyLink.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { linkTokenHash, newLinkToken } from "../https/linkTokens.js";
import { requireRole, validatedOnCall } from "./validatedOnCall.js";

export const issueCommitteeLinkInputSchema = z.object({
  estateId: docId,
  campaignId: docId,
  label: requiredText(100),
});

export const revokeCommitteeLinkInputSchema = z.object({
  estateId: docId,
  linkId: tokenHashSchema,
});

/** Creates a committee link (no permission check: the callable checks the caller). */
export async function issueLink(
  firestore: Firestore,
  input: z.infer<typeof issueCommitteeLinkInputSchema>,
  actorUid: string,
  now: Date = new Date(),
): Promise<{ token: string; linkId: string }> {
  const typed = collections(firestore);
  const campaign = await typed.surveyCampaigns(input.estateId).doc(input.campaignId).get();
  if (!campaign.exists) {
    throw new HttpsError(
      "not-found",
      `no survey campaign ${input.campaignId} in estate ${input.estateId}`,
    );
  }
  const token = newLinkToken();
  const link: CommitteeLink = {
    id: linkTokenHash(token),
    estateId: input.estateId,
    campaignId: input.campaignId,
    label: input.label,
    createdAt: now,
    createdBy: actorUid,
    revokedAt: null,
    revokedBy: null,
  };
  await typed.committeeLinks().doc(link.id).create(link);
  return { token, linkId: link.id };
}

/** Revokes a committee link of the estate; revoking twice keeps the first revocation. */
export async function revokeLink(
  firestore: Firestore,
  input: z.infer<typeof revokeCommitteeLinkInputSchema>,
  actorUid: string,
  now: Date = new Date(),
): Promise<{ revokedAt: string }> {
  const ref = collections(firestore).committeeLinks().doc(input.linkId);
  return firestore.runTransaction(async (transaction) => {
    const link = (await transaction.get(ref)).data();
    if (link?.estateId !== input.estateId) {
      throw new HttpsError(
        "not-found",
        `no committee link ${input.linkId} in estate ${input.estateId}`,
      );
    }
    if (link.revokedAt !== null) return { revokedAt: link.revokedAt.toISOString() };
    transaction.update(ref, { revokedAt: now, revokedBy: actorUid });
    return { revokedAt: now.toISOString() };
  });
}

/** The callables: the director or admin of the estate. */
export const issueCommitteeLink = validatedOnCall(
  issueCommitteeLinkInputSchema,
  async ({ data, auth }) => {
    requireRole(auth, data.estateId, ["director", "admin"]);
    return issueLink(db(), data, auth.uid);
  },
);

export const revokeCommitteeLink = validatedOnCall(
  revokeCommitteeLinkInputSchema,
  async ({ data, auth }) => {
    requireRole(auth, data.estateId, ["director", "admin"]);
    return revokeLink(db(), data, auth.uid);
  },
);

/**
 * `issueHouseholdLink` / `revokeHouseholdLink` (SPEC §12): customer service, the director or an
 * admin gives a household its page link (printed on a welcome sheet as a QR code) and takes it
 * back, e.g. when the home is sold. Issuing again replaces the live link: the old one stops
 * working at once. The token (144 bits) is returned once; only its SHA-256 is stored.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { docId } from "../domain/schema/common.js";
import { householdLabel } from "../domain/schema/household.js";
import type { HouseholdLink } from "../domain/schema/householdLink.js";
import type { Role } from "../domain/schema/role.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { linkTokenHash, newLinkToken } from "../https/linkTokens.js";
import { requireRole, validatedOnCall } from "./validatedOnCall.js";

/** Who hands out and takes back household links: those who keep the directory. */
export const HOUSEHOLD_LINK_ROLES: readonly Role[] = ["customerService", "director", "admin"];

export const householdLinkInputSchema = z.object({ estateId: docId, householdId: docId });
export type HouseholdLinkInput = z.infer<typeof householdLinkInputSchema>;

/** A freshly issued link: the only time its token is seen. */
export interface IssuedHouseholdLink {
  token: string;
  linkId: string;
  label: string;
  /** How many earlier links of the household this call revoked. */
  replaced: number;
}

function liveLinksOf(firestore: Firestore, input: HouseholdLinkInput) {
  return collections(firestore)
    .householdLinks()
    .where("estateId", "==", input.estateId)
    .where("householdId", "==", input.householdId)
    .where("revokedAt", "==", null);
}

/** Issues (or re-issues) a household's link (no permission check: the callable checks). */
export async function issueHouseholdLinkFor(
  firestore: Firestore,
  input: HouseholdLinkInput,
  actorUid: string,
  now: Date = new Date(),
  random?: (size: number) => Uint8Array,
): Promise<IssuedHouseholdLink> {
  const typed = collections(firestore);
  const token = newLinkToken(random);
  return firestore.runTransaction(async (transaction) => {
    const household = (
      await transaction.get(typed.households(input.estateId).doc(input.householdId))
    ).data();
    if (household === undefined) {
      throw new HttpsError(
        "not-found",
        `no household ${input.householdId} in estate ${input.estateId}`,
      );
    }
    const live = await transaction.get(liveLinksOf(firestore, input));
    for (const old of live.docs) {
      transaction.update(old.ref, { revokedAt: now, revokedBy: actorUid });
    }
    const link: HouseholdLink = {
      id: linkTokenHash(token),
      estateId: input.estateId,
      householdId: input.householdId,
      label: householdLabel(household),
      building: household.building,
      issuedAt: now,
      issuedBy: actorUid,
      revokedAt: null,
      revokedBy: null,
      counter: null,
    };
    transaction.create(typed.householdLinks().doc(link.id), link);
    return { token, linkId: link.id, label: link.label, replaced: live.size };
  });
}

/** Revokes every live link of a household; revoking when none is live changes nothing. */
export async function revokeHouseholdLinkFor(
  firestore: Firestore,
  input: HouseholdLinkInput,
  actorUid: string,
  now: Date = new Date(),
): Promise<{ revoked: number }> {
  return firestore.runTransaction(async (transaction) => {
    const live = await transaction.get(liveLinksOf(firestore, input));
    for (const old of live.docs) {
      transaction.update(old.ref, { revokedAt: now, revokedBy: actorUid });
    }
    return { revoked: live.size };
  });
}

/** The callables: customer service, director or admin of the estate. */
export const issueHouseholdLink = validatedOnCall(
  householdLinkInputSchema,
  async ({ data, auth }) => {
    requireRole(auth, data.estateId, HOUSEHOLD_LINK_ROLES);
    return issueHouseholdLinkFor(db(), data, auth.uid);
  },
);

export const revokeHouseholdLink = validatedOnCall(
  householdLinkInputSchema,
  async ({ data, auth }) => {
    requireRole(auth, data.estateId, HOUSEHOLD_LINK_ROLES);
    return revokeHouseholdLinkFor(db(), data, auth.uid);
  },
);

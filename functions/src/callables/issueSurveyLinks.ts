/**
 * `issueSurveyLinks` (C1): the director issues one unguessable link per occupied household of
 * a campaign and gets the tokens back once, to print as QR codes; only each token's SHA-256 is
 * stored (`surveyLinks/{hash}`). Called again, it issues links to households that have none
 * yet; with `householdIds` it replaces those households' links (a lost sheet), and their old
 * links stop working.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { docId } from "../domain/schema/common.js";
import type { SurveyLink } from "../domain/schema/surveyLink.js";
import type { RosterHousehold, SurveyRoster } from "../domain/schema/surveyRoster.js";
import { campaignState, surveyRecipients } from "../domain/survey/campaign.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { recomputeSurveyAggregate } from "../firestore/surveyStatistics.js";
import { linkTokenHash, newLinkToken } from "../https/linkTokens.js";
import { requireRole, validatedOnCall } from "./validatedOnCall.js";

export const issueSurveyLinksInputSchema = z.object({
  estateId: docId,
  campaignId: docId,
  /** Replace the links of these households only; omitted: issue to every household without one. */
  householdIds: z.array(docId).min(1).max(5000).optional(),
});
export type IssueSurveyLinksInput = z.infer<typeof issueSurveyLinksInputSchema>;

/** A link handed to the director's screen once, for printing. */
export interface IssuedSurveyLink extends RosterHousehold {
  token: string;
}

export interface IssueSurveyLinksResult {
  /** The links issued by this call (the only time their tokens are seen). */
  issued: IssuedSurveyLink[];
  /** Households holding a live link after this call. */
  linksIssued: number;
  occupiedHouseholds: number;
}

const BATCH = 400;

/**
 * Issues the links (no permission check: the callable checks the caller, the seed is trusted).
 *
 * @throws HttpsError `not-found` (campaign), `failed-precondition` (closed campaign),
 *   `invalid-argument` (a household that is not an occupied household of the estate)
 */
export async function issueLinks(
  firestore: Firestore,
  input: IssueSurveyLinksInput,
  actorUid: string,
  now: Date = new Date(),
  random?: (size: number) => Uint8Array,
): Promise<IssueSurveyLinksResult> {
  const { estateId, campaignId } = input;
  const typed = collections(firestore);
  const campaign = (await typed.surveyCampaigns(estateId).doc(campaignId).get()).data();
  if (campaign === undefined) {
    throw new HttpsError("not-found", `no survey campaign ${campaignId} in estate ${estateId}`);
  }
  if (campaignState(campaign, now) === "closed") {
    throw new HttpsError("failed-precondition", `survey campaign ${campaignId} has closed`);
  }
  const recipients = surveyRecipients(
    (await typed.households(estateId).get()).docs.map((d) => d.data()),
    now,
  );
  const byId = new Map(recipients.map((household) => [household.householdId, household]));

  const live = await typed
    .surveyLinks()
    .where("estateId", "==", estateId)
    .where("campaignId", "==", campaignId)
    .where("revokedAt", "==", null)
    .get();
  const linked = new Map<string, string[]>();
  for (const link of live.docs) {
    const hashes = linked.get(link.data().householdId) ?? [];
    hashes.push(link.id);
    linked.set(link.data().householdId, hashes);
  }

  let targets: RosterHousehold[];
  if (input.householdIds === undefined) {
    targets = recipients.filter((household) => !linked.has(household.householdId));
  } else {
    const unknown = input.householdIds.filter((id) => !byId.has(id));
    if (unknown.length > 0) {
      throw new HttpsError(
        "invalid-argument",
        `householdIds: not occupied households of estate ${estateId}: ${unknown.slice(0, 10).join(", ")}`,
      );
    }
    targets = [...new Set(input.householdIds)].flatMap((id) => {
      const household = byId.get(id);
      return household === undefined ? [] : [household];
    });
  }

  const issued: IssuedSurveyLink[] = targets.map((household) => ({
    ...household,
    token: newLinkToken(random),
  }));
  const writes: { hash: string; link: SurveyLink | null }[] = [];
  for (const household of targets) {
    for (const hash of linked.get(household.householdId) ?? []) writes.push({ hash, link: null });
  }
  for (const link of issued) {
    const hash = linkTokenHash(link.token);
    writes.push({
      hash,
      link: {
        id: hash,
        estateId,
        campaignId,
        householdId: link.householdId,
        building: link.building,
        label: link.label,
        issuedAt: now,
        issuedBy: actorUid,
        revokedAt: null,
      },
    });
  }
  for (let start = 0; start < writes.length; start += BATCH) {
    const batch = firestore.batch();
    for (const { hash, link } of writes.slice(start, start + BATCH)) {
      const ref = typed.surveyLinks().doc(hash);
      if (link === null) batch.update(ref, { revokedAt: now });
      else batch.create(ref, link);
    }
    await batch.commit();
  }

  const holders = new Set([...linked.keys(), ...targets.map((household) => household.householdId)]);
  const roster: SurveyRoster = {
    id: "roster",
    estateId,
    campaignId,
    occupiedHouseholds: recipients.length,
    households: recipients.filter((household) => holders.has(household.householdId)),
    issuedAt: now,
    issuedBy: actorUid,
  };
  await typed.surveyRoster(estateId, campaignId).set(roster);
  await recomputeSurveyAggregate(firestore, estateId, campaignId, null, now);
  return { issued, linksIssued: roster.households.length, occupiedHouseholds: recipients.length };
}

/** The callable: the director or admin of the estate. */
export const issueSurveyLinks = validatedOnCall(
  issueSurveyLinksInputSchema,
  async ({ data, auth }) => {
    requireRole(auth, data.estateId, ["director", "admin"]);
    return issueLinks(db(), data, auth.uid);
  },
);

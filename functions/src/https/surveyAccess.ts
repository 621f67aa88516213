/**
 * From a survey link token to what it opens (C1): the link, its campaign and estate, refused
 * politely when the token is unknown, forged, replaced, or its campaign is not open.
 */
import type { DocumentReference, Firestore, Transaction } from "firebase-admin/firestore";
import type { SurveyCampaign } from "../domain/schema/surveyCampaign.js";
import type { SurveyLink } from "../domain/schema/surveyLink.js";
import { campaignState } from "../domain/survey/campaign.js";
import { collections } from "../firestore/collections.js";
import { linkTokenHash } from "./linkTokens.js";
import { PublicRefusal, refusals } from "./publicEndpoint.js";

/** A valid link of an open campaign. */
export interface OpenSurveyLink {
  link: SurveyLink;
  campaign: SurveyCampaign;
}

/** The link of a token, or the `unknownLink` refusal (no such link, or replaced). */
export function linkOfToken(link: SurveyLink | undefined): SurveyLink {
  if (link?.revokedAt !== null) throw refusals.unknownLink();
  return link;
}

/**
 * The link's campaign if it is open. Throws a {@link PublicRefusal}: `unknownLink` (the campaign
 * is gone), `notOpen`, `closed`.
 */
export function openCampaign(campaign: SurveyCampaign | undefined, now: Date): SurveyCampaign {
  if (campaign === undefined) throw refusals.unknownLink();
  const dates = {
    opensAt: campaign.opensAt.toISOString(),
    closesAt: campaign.closesAt.toISOString(),
  };
  switch (campaignState(campaign, now)) {
    case "notOpen":
      throw new PublicRefusal(
        403,
        "notOpen",
        `This survey is not open yet. It opens on ${dates.opensAt}.`,
        dates,
      );
    case "closed":
      throw new PublicRefusal(
        410,
        "closed",
        "This survey has closed. Thank you for your interest; nothing was recorded.",
        dates,
      );
    case "open":
      return campaign;
  }
}

/**
 * Resolves a token (inside a transaction when one is given). Throws a {@link PublicRefusal}:
 * `unknownLink` (no such link, replaced link, campaign gone), `notOpen`, `closed`.
 */
export async function openSurveyLink(
  firestore: Firestore,
  token: string,
  now: Date,
  transaction?: Transaction,
): Promise<OpenSurveyLink> {
  const typed = collections(firestore);
  const read = <T>(ref: DocumentReference<T>) =>
    transaction === undefined ? ref.get() : transaction.get(ref);
  const link = linkOfToken((await read(typed.surveyLinks().doc(linkTokenHash(token)))).data());
  const campaign = (await read(typed.surveyCampaigns(link.estateId).doc(link.campaignId))).data();
  return { link, campaign: openCampaign(campaign, now) };
}

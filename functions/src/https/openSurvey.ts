/**
 * `openSurvey` (C1): the public survey page opens a link. Answers with what the page shows:
 * the campaign's title and areas, the household's label, the closing time, and the household's
 * current answer (so the owner can correct it until the campaign closes). Reads only.
 */
import type { Firestore } from "firebase-admin/firestore";
import { tokenRequestSchema } from "../domain/survey/submission.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { publicEndpoint, refusals } from "./publicEndpoint.js";
import { linkTokenHash } from "./linkTokens.js";
import { linkOfToken, openCampaign } from "./surveyAccess.js";

/** What the page shows for a valid link. */
export async function openSurveyFor(
  firestore: Firestore,
  body: unknown,
  now: Date = new Date(),
): Promise<Record<string, unknown>> {
  const parsed = tokenRequestSchema.safeParse(body);
  // A malformed token cannot be a link: the owner gets the same message as for a forged one.
  if (!parsed.success) throw refusals.unknownLink();
  const typed = collections(firestore);
  const link = linkOfToken(
    (await typed.surveyLinks().doc(linkTokenHash(parsed.data.token)).get()).data(),
  );
  // The campaign, the estate and the answer so far, read at once: the page waits for this.
  const [campaignRead, estate, previous] = await Promise.all([
    typed.surveyCampaigns(link.estateId).doc(link.campaignId).get(),
    typed.estates().doc(link.estateId).get(),
    typed.surveyResponses(link.estateId, link.campaignId).doc(link.householdId).get(),
  ]);
  const campaign = openCampaign(campaignRead.data(), now);
  const answer = previous.data();
  return {
    survey: {
      title: campaign.title,
      estateName: estate.data()?.name ?? "",
      household: link.label,
      opensAt: campaign.opensAt.toISOString(),
      closesAt: campaign.closesAt.toISOString(),
      areas: campaign.areas,
      extraQuestions: campaign.extraQuestions,
      previous:
        answer === undefined
          ? null
          : {
              ratings: answer.ratings,
              extraAnswers: answer.extraAnswers,
              opinion: answer.opinion,
              submittedAt: answer.submittedAt.toISOString(),
            },
    },
  };
}

/** The deployed endpoint. */
export const openSurvey = publicEndpoint("openSurvey", (body) => openSurveyFor(db(), body));

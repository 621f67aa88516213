/**
 * `submitSurvey` (C1): an owner's answer through their link. In one transaction: the link must
 * be live and its campaign open, the body valid; the answer is stored under the household's id,
 * replacing any earlier one (a correction; the latest counts). A resent request (same
 * `submissionId`) changes nothing. A refused submission stores nothing.
 */
import type { Firestore } from "firebase-admin/firestore";
import {
  parseSubmission,
  responseRecordOf,
  SubmissionRefused,
  type SurveySubmission,
} from "../domain/survey/submission.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { publicEndpoint, refusals } from "./publicEndpoint.js";
import { openSurveyLink } from "./surveyAccess.js";

/** Stores one submission; returns when it was stored and how many times the household answered. */
export async function submitSurveyFor(
  firestore: Firestore,
  body: unknown,
  now: () => Date = () => new Date(),
): Promise<Record<string, unknown>> {
  let submission: SurveySubmission;
  try {
    submission = parseSubmission(body);
  } catch (error) {
    if (error instanceof SubmissionRefused) {
      // A bad token is a bad link, whatever else the body holds.
      if (error.reasons.some((reason) => reason.startsWith("token"))) throw refusals.unknownLink();
      throw refusals.invalid(error.reasons);
    }
    throw error;
  }
  return firestore.runTransaction(async (transaction) => {
    const at = now();
    const { link, campaign } = await openSurveyLink(firestore, submission.token, at, transaction);
    const ref = collections(firestore)
      .surveyResponses(link.estateId, link.campaignId)
      .doc(link.householdId);
    const previous = (await transaction.get(ref)).data() ?? null;
    if (previous !== null && previous.submissionId === submission.submissionId) {
      return {
        submittedAt: previous.submittedAt.toISOString(),
        revisions: previous.revisions,
        duplicate: true,
      };
    }
    let record;
    try {
      record = responseRecordOf(campaign, link, submission, previous, at);
    } catch (error) {
      if (error instanceof SubmissionRefused) throw refusals.invalid(error.reasons);
      throw error;
    }
    transaction.set(ref, record);
    return { submittedAt: at.toISOString(), revisions: record.revisions, duplicate: false };
  });
}

/** The deployed endpoint. */
export const submitSurvey = publicEndpoint("submitSurvey", (body) => submitSurveyFor(db(), body));

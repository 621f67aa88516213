/**
 * The owner survey's link to Firebase for staff (C1–C5): campaigns, the statistics document,
 * the roster of households with a link, the director's topic edits and the rectification tasks,
 * read live through the rules (a bounded number of documents whatever the number of answers),
 * and the callables that issue links. Loaded only by the survey routes.
 */
import {
  collection,
  doc,
  limit,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from "firebase/firestore";
import { paths } from "@domain/paths.js";
import { committeeLinkSchema, type CommitteeLink } from "@domain/schema/committeeLink.js";
import {
  rectificationSchema,
  type Rectification,
  type RectificationSource,
  type RectificationStatus,
} from "@domain/schema/rectification.js";
import { storedReturnVisitSchema, type StoredReturnVisit } from "@domain/schema/returnVisit.js";
import type { Department } from "@domain/schema/role.js";
import {
  surveyAggregateRecordSchema,
  type SurveyAggregateRecord,
} from "@domain/schema/surveyAggregateRecord.js";
import {
  surveyCampaignSchema,
  type ExtraQuestion,
  type SurveyCampaign,
  type SurveyTargets,
} from "@domain/schema/surveyCampaign.js";
import {
  surveyResponseRecordSchema,
  type SurveyResponseRecord,
} from "@domain/schema/surveyResponse.js";
import { surveyRosterSchema, type SurveyRoster } from "@domain/schema/surveyRoster.js";
import { surveyTopicEditsSchema, type SurveyTopicEdits } from "@domain/schema/surveyTopicEdits.js";
import type { SatisfactionLevel, SurveyArea } from "@domain/survey/areas.js";
import type { TopicEdit } from "@domain/survey/commonOpinions.js";
import { currentUid } from "./app.js";
import {
  firestore,
  watchDocument,
  watchQuery,
  type Records,
  type Unsubscribe,
} from "./firestore.js";
import { callFunction as call } from "./functions.js";

/** Records read, and the ids of documents the schema rejected (shown, never dropped). */
export type Read<T> = Records<T>;

/** Every campaign of an estate, live, newest opening first. */
export function watchCampaigns(
  estateId: string,
  onData: (campaigns: Read<SurveyCampaign>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(
    collection(firestore(), paths.surveyCampaigns(estateId)),
    surveyCampaignSchema,
    ({ records, unreadable }) => {
      records.sort((left, right) => right.opensAt.getTime() - left.opensAt.getTime());
      onData({ records, unreadable });
    },
    onError,
  );
}

/** One campaign, live. */
export function watchCampaign(
  estateId: string,
  campaignId: string,
  onData: (campaign: SurveyCampaign | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchDocument(
    paths.surveyCampaign(estateId, campaignId),
    surveyCampaignSchema,
    onData,
    onError,
  );
}

/** The campaign's statistics (one bounded document), live. */
export function watchAggregate(
  estateId: string,
  campaignId: string,
  onData: (aggregate: SurveyAggregateRecord | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchDocument(
    paths.surveyAggregate(estateId, campaignId),
    surveyAggregateRecordSchema,
    onData,
    onError,
  );
}

/** The households holding a link (director and admin), live. */
export function watchRoster(
  estateId: string,
  campaignId: string,
  onData: (roster: SurveyRoster | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchDocument(
    paths.surveyRoster(estateId, campaignId),
    surveyRosterSchema,
    onData,
    onError,
  );
}

/** The director's edits to the common opinions, live. */
export function watchTopicEdits(
  estateId: string,
  campaignId: string,
  onData: (edits: SurveyTopicEdits | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchDocument(
    paths.surveyTopicEdits(estateId, campaignId),
    surveyTopicEditsSchema,
    onData,
    onError,
  );
}

/** The campaign's rectification tasks, live, by deadline. */
export function watchRectifications(
  estateId: string,
  campaignId: string,
  onData: (tasks: Read<Rectification>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(
    collection(firestore(), paths.rectifications(estateId, campaignId)),
    rectificationSchema,
    ({ records, unreadable }) => {
      records.sort((left, right) => left.deadline.getTime() - right.deadline.getTime());
      onData({ records, unreadable });
    },
    onError,
  );
}

/** The committee links of a campaign (director and admin), live. */
export function watchCommitteeLinks(
  estateId: string,
  campaignId: string,
  onData: (links: CommitteeLink[]) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(
    query(
      collection(firestore(), paths.committeeLinks()),
      where("estateId", "==", estateId),
      where("campaignId", "==", campaignId),
    ),
    committeeLinkSchema,
    ({ records }) => {
      records.sort((left, right) => right.createdAt.getTime() - left.createdAt.getTime());
      onData(records);
    },
    onError,
  );
}

/** What the director fills in to create a campaign. */
export interface CampaignInput {
  id: string;
  title: string;
  opensAt: Date;
  closesAt: Date;
  areas: SurveyArea[];
  extraQuestions: ExtraQuestion[];
  satisfiedLevels: SatisfactionLevel[];
  targets: SurveyTargets;
}

/** Creates a campaign, stamped with who and when (server time). */
export async function createCampaign(estateId: string, input: CampaignInput): Promise<void> {
  const uid = currentUid();
  await setDoc(doc(firestore(), paths.surveyCampaign(estateId, input.id)), {
    ...input,
    estateId,
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
}

/**
 * Replaces a campaign's extra questions (C1), stamped with who and when; the statistics
 * trigger recounts them and the survey page shows them to owners.
 */
export async function saveExtraQuestions(
  estateId: string,
  campaignId: string,
  extraQuestions: readonly ExtraQuestion[],
): Promise<void> {
  await updateDoc(doc(firestore(), paths.surveyCampaign(estateId, campaignId)), {
    extraQuestions,
    updatedAt: serverTimestamp(),
    updatedBy: currentUid(),
  });
}

/** How many of the latest answers the director's list shows. */
export const LATEST_ANSWERS = 50;

/** A campaign's latest answers (director, admin), live: one bounded page, newest first. */
export function watchLatestAnswers(
  estateId: string,
  campaignId: string,
  onData: (answers: Read<SurveyResponseRecord>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(
    query(
      collection(firestore(), paths.surveyResponses(estateId, campaignId)),
      orderBy("submittedAt", "desc"),
      limit(LATEST_ANSWERS),
    ),
    surveyResponseRecordSchema,
    onData,
    onError,
  );
}

/** A campaign's follow-up visits (C4, C6), live: planned, made, misunderstandings explained. */
export function watchSurveyFollowUps(
  estateId: string,
  campaignId: string,
  onData: (visits: Read<StoredReturnVisit>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(
    query(
      collection(firestore(), paths.returnVisits(estateId)),
      where("source.campaignId", "==", campaignId),
    ),
    storedReturnVisitSchema,
    onData,
    onError,
  );
}

/** Plans the return visit that explains a household's misunderstanding (C4; director, admin). */
export function planSurveyExplanation(input: {
  estateId: string;
  campaignId: string;
  householdId: string;
  misunderstanding: string;
  withinDays: number;
}): Promise<{ visitId: string; created: boolean }> {
  return call("planSurveyExplanation", input);
}

/** Stores the director's topic edits (the trigger applies them to the statistics). */
export async function saveTopicEdits(
  estateId: string,
  campaignId: string,
  edits: readonly TopicEdit[],
  existing: SurveyTopicEdits | null,
): Promise<void> {
  const uid = currentUid();
  await setDoc(doc(firestore(), paths.surveyTopicEdits(estateId, campaignId)), {
    id: "current",
    estateId,
    campaignId,
    edits,
    createdAt: existing?.createdAt ?? serverTimestamp(),
    createdBy: existing?.createdBy ?? uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
}

/** What the director fills in to create a rectification task (C3). */
export interface RectificationInput {
  source: RectificationSource;
  title: string;
  department: Department;
  ownerName: string;
  ownerUid: string | null;
  deadline: Date;
}

/** Creates an open task. */
export async function createRectification(
  estateId: string,
  campaignId: string,
  input: RectificationInput,
): Promise<string> {
  const uid = currentUid();
  const ref = doc(collection(firestore(), paths.rectifications(estateId, campaignId)));
  await setDoc(ref, {
    ...input,
    id: ref.id,
    estateId,
    campaignId,
    status: "open",
    progressNote: "",
    outcome: null,
    closedAt: null,
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
  return ref.id;
}

/** Reports progress on a task; `done` closes it with what was done (never edited again). */
export async function updateRectification(
  estateId: string,
  campaignId: string,
  taskId: string,
  change: { status: RectificationStatus; progressNote: string; outcome: string | null },
): Promise<void> {
  await updateDoc(doc(firestore(), paths.rectification(estateId, campaignId, taskId)), {
    status: change.status,
    progressNote: change.progressNote,
    outcome: change.outcome,
    closedAt: change.status === "done" ? serverTimestamp() : null,
    updatedAt: serverTimestamp(),
    updatedBy: currentUid(),
  });
}

/** A link handed back once for printing. */
export interface IssuedLink {
  householdId: string;
  label: string;
  building: string;
  token: string;
}

/** Issues the links of a campaign (all households without one, or replaces the given ones). */
export function issueSurveyLinks(
  estateId: string,
  campaignId: string,
  householdIds?: string[],
): Promise<{ issued: IssuedLink[]; linksIssued: number; occupiedHouseholds: number }> {
  return call("issueSurveyLinks", {
    estateId,
    campaignId,
    ...(householdIds === undefined ? {} : { householdIds }),
  });
}

/** Issues a read-only committee link (C5); the token is returned once. */
export function issueCommitteeLink(
  estateId: string,
  campaignId: string,
  label: string,
): Promise<{ token: string; linkId: string }> {
  return call("issueCommitteeLink", { estateId, campaignId, label });
}

/** Revokes a committee link: it opens nothing from then on. */
export function revokeCommitteeLink(estateId: string, linkId: string): Promise<unknown> {
  return call("revokeCommitteeLink", { estateId, linkId });
}

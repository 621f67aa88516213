/**
 * `householdAction` (SPEC §12): what an owner does on the household page — confirm receipt of a
 * critical notice (idempotent: one receipt per household), send a request to the desk (one
 * `online` reception per request id, however often it is resent), or open the current survey
 * (a fresh survey link for this household, so the page never holds the printed survey token),
 * open the signed copy of one of its on-site service records, or confirm or dispute it (once,
 * through the tickets issue's `answerOwnerCopyFor`).
 * Each action is admitted through the link first (`householdAccess.ts`); a refused action
 * stores nothing but the request count.
 */
import type { Firestore } from "firebase-admin/firestore";
import {
  householdActionSchema,
  MAX_HOUSEHOLD_BODY_BYTES,
  receptionOfRequest,
  type HouseholdAction,
} from "../domain/householdPage/requests.js";
import { isShownToOwners, targetsHousehold } from "../domain/notices/notices.js";
import type { HouseholdLink } from "../domain/schema/householdLink.js";
import type { NoticeReceipt } from "../domain/schema/noticeReceipt.js";
import type { StoredOnSiteVisit } from "../domain/schema/onSiteVisit.js";
import type { SurveyLink } from "../domain/schema/surveyLink.js";
import { campaignState } from "../domain/survey/campaign.js";
import { collections } from "../firestore/collections.js";
import { createOnce } from "../firestore/createOnce.js";
import { db } from "../firestore/db.js";
import { admitHouseholdRequest, ownerRefusals, refuseBadBody } from "./householdAccess.js";
import { linkTokenHash, newLinkToken } from "./linkTokens.js";
import { answerOwnerCopyFor, ownerCopyOf } from "./ownerCopy.js";
import { publicEndpoint, refusals } from "./publicEndpoint.js";

type Action<Name extends HouseholdAction["action"]> = Extract<HouseholdAction, { action: Name }>;

async function confirmNotice(
  firestore: Firestore,
  link: HouseholdLink,
  action: Action<"confirmNotice">,
  now: Date,
): Promise<Record<string, unknown>> {
  const typed = collections(firestore);
  const household = (await typed.households(link.estateId).doc(link.householdId).get()).data();
  if (household === undefined) throw refusals.unknownLink();
  const notice = (await typed.notices(link.estateId).doc(action.noticeId).get()).data();
  // A notice of another household is as unknown to this page as one that does not exist.
  if (
    notice === undefined ||
    !targetsHousehold(notice.target, household) ||
    !isShownToOwners(notice, now)
  ) {
    throw ownerRefusals.notFound("This notice");
  }
  if (!notice.critical) throw refusals.invalid(["noticeId: this notice asks for no confirmation"]);
  const ref = typed.noticeReceipts(link.estateId, notice.id).doc(link.householdId);
  const receipt: NoticeReceipt = {
    id: link.householdId,
    estateId: link.estateId,
    noticeId: notice.id,
    householdId: link.householdId,
    confirmedAt: now,
    linkId: link.id,
  };
  const created = await createOnce(ref, receipt);
  const stored = created ? receipt : (await ref.get()).data();
  return {
    confirmedAt: (stored?.confirmedAt ?? now).toISOString(),
    duplicate: !created,
  };
}

async function sendRequest(
  firestore: Firestore,
  link: HouseholdLink,
  action: Action<"sendRequest">,
  now: Date,
): Promise<Record<string, unknown>> {
  const typed = collections(firestore);
  const estate = (await typed.estates().doc(link.estateId).get()).data();
  const reception = receptionOfRequest({
    estateId: link.estateId,
    householdId: link.householdId,
    linkId: link.id,
    request: action,
    now,
    timeZone: estate?.timeZone ?? "Asia/Shanghai",
  });
  const ref = typed.receptions(link.estateId).doc(reception.id);
  const created = await createOnce(ref, reception);
  const stored = created ? reception : (await ref.get()).data();
  return {
    requestId: action.requestId,
    sentAt: (stored?.at ?? now).toISOString(),
    duplicate: !created,
  };
}

async function openSurvey(
  firestore: Firestore,
  link: HouseholdLink,
  action: Action<"openSurvey">,
  now: Date,
): Promise<Record<string, unknown>> {
  const typed = collections(firestore);
  const [campaign, roster] = await Promise.all([
    typed.surveyCampaigns(link.estateId).doc(action.campaignId).get(),
    typed.surveyRoster(link.estateId, action.campaignId).get(),
  ]);
  const listed = roster.data()?.households.find((entry) => entry.householdId === link.householdId);
  const data = campaign.data();
  if (data === undefined || listed === undefined || campaignState(data, now) !== "open") {
    throw ownerRefusals.notFound("This survey");
  }
  // Another live link of the same household: answers are stored per household, so it
  // counts once, and the printed link keeps working.
  const token = newLinkToken();
  const surveyLink: SurveyLink = {
    id: linkTokenHash(token),
    estateId: link.estateId,
    campaignId: data.id,
    householdId: link.householdId,
    building: listed.building,
    label: listed.label,
    issuedAt: now,
    issuedBy: "householdPage",
    revokedAt: null,
  };
  await typed.surveyLinks().doc(surveyLink.id).create(surveyLink);
  return { surveyToken: token };
}

/** The signed copy of one of the household's on-site records, with the signature picture. */
async function openVisitCopy(
  firestore: Firestore,
  link: HouseholdLink,
  action: Action<"openVisitCopy">,
): Promise<Record<string, unknown>> {
  return ownerCopyOf(firestore, await signedVisitOf(firestore, link, action.visitId));
}

/** A signed on-site record of the link's household; any other is "not found". */
async function signedVisitOf(
  firestore: Firestore,
  link: HouseholdLink,
  visitId: string,
): Promise<StoredOnSiteVisit> {
  const visit = (
    await collections(firestore).onSiteVisits(link.estateId).doc(visitId).get()
  ).data();
  // Another household's record is as unknown to this page as one that does not exist.
  if (visit?.householdId !== link.householdId || visit.signature === null) {
    throw ownerRefusals.notFound("This record");
  }
  return visit;
}

/** Runs one action from a household page. */
export async function householdActionFor(
  firestore: Firestore,
  body: unknown,
  now: () => Date = () => new Date(),
): Promise<Record<string, unknown>> {
  const parsed = householdActionSchema.safeParse(body);
  if (!parsed.success) refuseBadBody(parsed.error.issues);
  const action = parsed.data;
  const at = now();
  const link = await admitHouseholdRequest(
    firestore,
    action.token,
    action.householdId,
    action.action === "openVisitCopy" ? "read" : "action",
    at,
  );
  switch (action.action) {
    case "confirmNotice":
      return confirmNotice(firestore, link, action, at);
    case "sendRequest":
      return sendRequest(firestore, link, action, at);
    case "openSurvey":
      return openSurvey(firestore, link, action, at);
    case "openVisitCopy":
      return openVisitCopy(firestore, link, action);
    case "answerVisit":
      // Another household's record is "not found" here, as for openVisitCopy.
      await signedVisitOf(firestore, link, action.visitId);
      // The tickets issue's owner-copy answer, once per record, checked against this household.
      return answerOwnerCopyFor(
        firestore,
        { estateId: link.estateId, visitId: action.visitId, householdId: link.householdId },
        action.answer,
        action.note,
        at,
      );
  }
}

/** The deployed endpoint. */
export const householdAction = publicEndpoint(
  "householdAction",
  (body) => householdActionFor(db(), body),
  { maxBytes: MAX_HOUSEHOLD_BODY_BYTES },
);

/**
 * `householdPage` (SPEC §12): what a household's page shows, read through its link — the
 * notices for this household with its confirmations, its requests and the desk's replies, the
 * open survey, its tickets and their state, its signed on-site service records (and its answer
 * to each), the promises made to it and whether they were kept. Only owner-visible projections (`domain/householdPage/projection.ts`) leave this
 * function. The page polls it every {@link HOUSEHOLD_PAGE_REFRESH_SECONDS} seconds with the
 * version it shows; an unchanged page is answered with `{ unchanged: true }`.
 */
import type { Firestore } from "firebase-admin/firestore";
import {
  ownerNotices,
  ownerPromises,
  ownerRequests,
  ownerSurvey,
  ownerTickets,
  ownerVisits,
  type OwnerSurvey,
} from "../domain/householdPage/projection.js";
import {
  householdPageRequestSchema,
  MAX_HOUSEHOLD_BODY_BYTES,
} from "../domain/householdPage/requests.js";
import type { NoticeReceipt } from "../domain/schema/noticeReceipt.js";
import { householdLabel } from "../domain/schema/household.js";
import { campaignState } from "../domain/survey/campaign.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { admitHouseholdRequest, refuseBadBody } from "./householdAccess.js";
import { pageVersion } from "./pageVersion.js";
import { publicEndpoint, refusals } from "./publicEndpoint.js";

/** How often the page asks for changes (documented in the README). */
export const HOUSEHOLD_PAGE_REFRESH_SECONDS = 15;

/** The most requests a page lists (newest first). */
const REQUESTS_SHOWN = 50;
/** The most tickets, on-site records and promises a page lists (newest first). */
const RECORDS_SHOWN = 30;

/** The household page's view of one household (no staff-internal field). */
export async function householdView(
  firestore: Firestore,
  estateId: string,
  householdId: string,
  now: Date,
): Promise<Record<string, unknown>> {
  const typed = collections(firestore);
  const [estate, household, notices, receptions, campaigns] = await Promise.all([
    typed.estates().doc(estateId).get(),
    typed.households(estateId).doc(householdId).get(),
    typed.notices(estateId).where("endsAt", ">", now).get(),
    typed
      .receptions(estateId)
      .where("householdRequest.householdId", "==", householdId)
      .orderBy("at", "desc")
      .limit(REQUESTS_SHOWN * 2)
      .get(),
    typed.surveyCampaigns(estateId).get(),
  ]);
  const [tickets, visits, promises] = await Promise.all([
    typed
      .tickets(estateId)
      .where("householdId", "==", householdId)
      .orderBy("openedAt", "desc")
      .limit(RECORDS_SHOWN)
      .get(),
    typed
      .onSiteVisits(estateId)
      .where("householdId", "==", householdId)
      .orderBy("updatedAt", "desc")
      .limit(RECORDS_SHOWN)
      .get(),
    typed.promises(estateId).where("householdId", "==", householdId).get(),
  ]);
  const facts = household.data();
  // A household removed from the directory has no page any more.
  if (facts === undefined) throw refusals.unknownLink();
  const target = { id: householdId, building: facts.building };
  const noticeRecords = notices.docs.map((d) => d.data());
  const critical = noticeRecords.filter((notice) => notice.critical);
  const receiptRefs = critical.map((notice) =>
    typed.noticeReceipts(estateId, notice.id).doc(householdId),
  );
  const receiptDocs = receiptRefs.length === 0 ? [] : await firestore.getAll(...receiptRefs);
  const receipts = new Map<string, NoticeReceipt>();
  for (const snapshot of receiptDocs) {
    const receipt = snapshot.exists ? (snapshot.data() as NoticeReceipt) : undefined;
    if (receipt !== undefined) receipts.set(receipt.noticeId, receipt);
  }

  const surveys: OwnerSurvey[] = [];
  for (const campaign of campaigns.docs.map((d) => d.data())) {
    if (campaignState(campaign, now) !== "open") continue;
    const [roster, response] = await Promise.all([
      typed.surveyRoster(estateId, campaign.id).get(),
      typed.surveyResponses(estateId, campaign.id).doc(householdId).get(),
    ]);
    const listed = roster.data()?.households.some((entry) => entry.householdId === householdId);
    if (listed === true) surveys.push(ownerSurvey(campaign, response.exists));
  }

  const estateData = estate.data();
  return {
    estateName: estateData?.name ?? "",
    dutyPhone: estateData?.dutyPhone ?? "",
    household: householdLabel(facts),
    refreshSeconds: HOUSEHOLD_PAGE_REFRESH_SECONDS,
    notices: ownerNotices(noticeRecords, target, receipts, now),
    requests: ownerRequests(
      receptions.docs.map((d) => d.data()),
      householdId,
    ).slice(0, REQUESTS_SHOWN),
    surveys,
    tickets: ownerTickets(
      tickets.docs.map((d) => d.data()),
      householdId,
    ),
    visits: ownerVisits(
      visits.docs.map((d) => d.data()),
      householdId,
    ),
    promises: ownerPromises(
      promises.docs.map((d) => d.data()),
      householdId,
      now,
    ).slice(0, RECORDS_SHOWN),
  };
}

/** Answers one poll of the household page. */
export async function householdPageFor(
  firestore: Firestore,
  body: unknown,
  now: Date = new Date(),
): Promise<Record<string, unknown>> {
  const parsed = householdPageRequestSchema.safeParse(body);
  if (!parsed.success) refuseBadBody(parsed.error.issues);
  const request = parsed.data;
  const link = await admitHouseholdRequest(
    firestore,
    request.token,
    request.householdId,
    "read",
    now,
  );
  const page = await householdView(firestore, link.estateId, link.householdId, now);
  const version = pageVersion(page);
  if (request.version === version) return { unchanged: true, version };
  return { unchanged: false, version, page };
}

/** The deployed endpoint. */
export const householdPage = publicEndpoint(
  "householdPage",
  (body) => householdPageFor(db(), body),
  { maxBytes: MAX_HOUSEHOLD_BODY_BYTES },
);

/**
 * Firestore and Functions access of professional distance (article A; SPEC §11): the staff
 * member's own conduct acknowledgements and the director's roll, the offers register, the
 * visit-coverage counts, and the follow-up settings. Writes go through the callables
 * `acknowledgeConduct`, `recordOffer` and `saveFollowUpSettings`. Pulls in the full SDK: load
 * it with `import("./conduct.js")`.
 */
import { collection, getCountFromServer, limit, orderBy, query, where } from "firebase/firestore";
import { paths } from "@domain/paths.js";
import { conductAcknowledgementSchema } from "@domain/schema/conductAcknowledgement.js";
import type { StoredConductAcknowledgement } from "@domain/schema/conductAcknowledgement.js";
import {
  defaultFollowUpSettings,
  followUpSettingsSchema,
  type FollowUpSettings,
} from "@domain/schema/followUpSettings.js";
import { storedOfferSchema, type StoredOffer } from "@domain/schema/offerRegister.js";
import { staffSchema, type Staff } from "@domain/schema/staff.js";
import type { OfferKind } from "@domain/followUp/conduct.js";
import type { VisitChannel } from "@domain/followUp/returnVisit.js";
import { channelSetKey } from "@domain/followUp/visitCoverage.js";
import {
  firestore,
  watchDocument,
  watchQuery,
  type Records,
  type Unsubscribe,
} from "./firestore.js";
import { callFunction } from "./functions.js";

/** The signed-in staff member's own acknowledgements (a few: one a year), live. */
export function watchMyAcknowledgements(
  estateId: string,
  uid: string,
  onData: (acknowledgements: Records<StoredConductAcknowledgement>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const source = query(
    collection(firestore(), paths.conductAcknowledgements(estateId)),
    where("uid", "==", uid),
    limit(100),
  );
  return watchQuery(source, conductAcknowledgementSchema, onData, onError);
}

/** Every acknowledgement since `since` (the start of the year), for the director's roll, live. */
export function watchAcknowledgementsSince(
  estateId: string,
  since: Date,
  onData: (acknowledgements: Records<StoredConductAcknowledgement>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const source = query(
    collection(firestore(), paths.conductAcknowledgements(estateId)),
    where("acknowledgedAt", ">=", since),
    limit(2000),
  );
  return watchQuery(source, conductAcknowledgementSchema, onData, onError);
}

/** The estate's staff (the roll, the witness list), live. */
export function watchStaff(
  estateId: string,
  onData: (staff: Records<Staff>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(collection(firestore(), paths.staff(estateId)), staffSchema, onData, onError);
}

/** Acknowledges the current code of conduct for this year (once; a retry stores nothing more). */
export function acknowledgeConduct(request: {
  estateId: string;
  version: number;
  language: "zh-Hant" | "zh-Hans" | "en";
}): Promise<{ acknowledgementId: string; created: boolean }> {
  return callFunction("acknowledgeConduct", request);
}

/** The offers register of a year, newest first (director and admin), live. */
export function watchOffersOfYear(
  estateId: string,
  range: { start: Date; end: Date },
  onData: (offers: Records<StoredOffer>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const source = query(
    collection(firestore(), paths.offerRegister(estateId)),
    where("offeredAt", ">=", range.start),
    where("offeredAt", "<", range.end),
    orderBy("offeredAt", "desc"),
    limit(1000),
  );
  return watchQuery(source, storedOfferSchema, onData, onError);
}

/** The offers the signed-in staff member declared, live (sorted on the device). */
export function watchMyOffers(
  estateId: string,
  uid: string,
  onData: (offers: Records<StoredOffer>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const source = query(
    collection(firestore(), paths.offerRegister(estateId)),
    where("staffId", "==", uid),
    limit(500),
  );
  return watchQuery(source, storedOfferSchema, onData, onError);
}

/** What `recordOffer` takes (see functions/src/callables/recordOffer.ts). */
export interface RecordOfferRequest {
  estateId: string;
  requestId: string;
  householdId: string | null;
  offeredBy: string;
  kind: OfferKind;
  offer: string;
  /** ISO instant. */
  offeredAt: string;
  refused: boolean;
  refusal: string;
  witness: { staffId: string } | { staffId: null; name: string };
}

/** Declares an offer from an owner; the request id makes a retry record it once. */
export function recordOffer(
  request: RecordOfferRequest,
): Promise<{ entryId: string; created: boolean }> {
  return callFunction("recordOffer", request);
}

/**
 * The two counts of the visit-coverage figure: households, and households whose latest visit
 * by a counted channel is on or after `since`. Aggregations: one read per 1,000 index entries,
 * however many visits were made.
 */
export async function countVisitCoverage(
  estateId: string,
  channels: readonly VisitChannel[],
  since: Date,
): Promise<{ households: number; visited: number }> {
  const households = getCountFromServer(collection(firestore(), paths.households(estateId)));
  if (channels.length === 0) return { households: (await households).data().count, visited: 0 };
  const visitedQuery = query(
    collection(firestore(), paths.lastVisits(estateId)),
    where(`latestByChannelSet.${channelSetKey(channels)}`, ">=", since),
  );
  const [all, visited] = await Promise.all([households, getCountFromServer(visitedQuery)]);
  return { households: all.data().count, visited: visited.data().count };
}

/** The estate's follow-up settings (the defaults when none are stored), live. */
export function watchFollowUpSettings(
  estateId: string,
  onData: (settings: FollowUpSettings) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchDocument(
    paths.followUpSettings(estateId),
    followUpSettingsSchema,
    (settings) => {
      onData(settings ?? defaultFollowUpSettings());
    },
    onError,
  );
}

/** Replaces the estate's follow-up settings (director, admin); the server stamps who and when. */
export async function saveFollowUpSettings(
  estateId: string,
  settings: Omit<FollowUpSettings, "id" | "updatedAt" | "updatedBy">,
): Promise<void> {
  await callFunction("saveFollowUpSettings", { estateId, settings });
}

/** The estate's households (the offer form's household list), live. */
export { watchHouseholds } from "./firestore.js";

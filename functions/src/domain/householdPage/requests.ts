/**
 * What the household page sends (SPEC §12), and the reception record a request becomes: an
 * `online` contact at the desk, with the page's identity and a deterministic id, so a request
 * resent after a dropped connection is one record, not two.
 */
import { z } from "zod";
import { docId, requiredText } from "../schema/common.js";
import {
  clientRequestIdSchema,
  HOUSEHOLD_REQUEST_KINDS,
  HOUSEHOLD_REQUEST_MAX,
  type HouseholdRequestKind,
} from "../schema/householdRequest.js";
import type { Reception, ReceptionCategory } from "../schema/reception.js";
import { dayOf } from "../time.js";

/** The largest body the household page's functions read, in bytes. */
export const MAX_HOUSEHOLD_BODY_BYTES = 8 * 1024;

/** A link token as issued: base64url, 24 characters for 144 bits (some slack either way). */
export const householdTokenSchema = z
  .string({ error: "token is required" })
  .regex(/^[A-Za-z0-9_-]{22,64}$/, "token is not a household link token");

/**
 * The household a request names, if it names one. The page never needs to; a request naming
 * another household than its link's is refused (never answered with that household's data).
 */
const namedHousehold = docId.optional();

/** The body of `householdPage`: the token, and the version the page already shows. */
export const householdPageRequestSchema = z.strictObject({
  token: householdTokenSchema,
  householdId: namedHousehold,
  version: z.string().max(64).optional(),
});
export type HouseholdPageRequest = z.infer<typeof householdPageRequestSchema>;

/** The bodies of `householdAction`. */
export const householdActionSchema = z.discriminatedUnion("action", [
  z.strictObject({
    action: z.literal("confirmNotice"),
    token: householdTokenSchema,
    householdId: namedHousehold,
    noticeId: docId,
  }),
  z.strictObject({
    action: z.literal("sendRequest"),
    token: householdTokenSchema,
    householdId: namedHousehold,
    requestId: clientRequestIdSchema,
    kind: z.enum(HOUSEHOLD_REQUEST_KINDS),
    content: requiredText(HOUSEHOLD_REQUEST_MAX),
  }),
  z.strictObject({
    action: z.literal("openVisitCopy"),
    token: householdTokenSchema,
    householdId: namedHousehold,
    visitId: docId,
  }),
  z.strictObject({
    action: z.literal("answerVisit"),
    token: householdTokenSchema,
    householdId: namedHousehold,
    visitId: docId,
    answer: z.enum(["confirmed", "disputed"]),
    note: z.string().trim().max(2000).default(""),
  }),
  z.strictObject({
    action: z.literal("openSurvey"),
    token: householdTokenSchema,
    householdId: namedHousehold,
    campaignId: docId,
  }),
]);
export type HouseholdAction = z.infer<typeof householdActionSchema>;

/** The desk category of each kind of request. */
export const REQUEST_CATEGORY: Record<HouseholdRequestKind, ReceptionCategory> = {
  repair: "repair",
  question: "inquiry",
  complaint: "complaint",
  suggestion: "suggestion",
};

/** Who wrote a record the household page created (no staff member did). */
export const HOUSEHOLD_PAGE_ACTOR = "householdPage";

/** The id of the reception a request becomes: the same for the same household and request. */
export function requestReceptionId(householdId: string, requestId: string): string {
  return `online-${householdId}-${requestId}`;
}

/** The reception record of a request from a household's page. */
export function receptionOfRequest(input: {
  estateId: string;
  householdId: string;
  linkId: string;
  request: { requestId: string; kind: HouseholdRequestKind; content: string };
  now: Date;
  timeZone: string;
}): Reception {
  const { estateId, householdId, linkId, request, now, timeZone } = input;
  return {
    id: requestReceptionId(householdId, request.requestId),
    estateId,
    channel: "online",
    at: now,
    day: dayOf(now, timeZone),
    callerNumber: "",
    callerKey: "",
    callerName: "",
    householdId,
    personId: null,
    category: REQUEST_CATEGORY[request.kind],
    content: request.content,
    outcome: "",
    staffId: HOUSEHOLD_PAGE_ACTOR,
    ticketId: null,
    archived: false,
    handoverId: null,
    amends: null,
    amendReason: null,
    householdRequest: {
      householdId,
      linkId,
      requestId: request.requestId,
      kind: request.kind,
    },
    createdAt: now,
    createdBy: HOUSEHOLD_PAGE_ACTOR,
    updatedAt: now,
    updatedBy: HOUSEHOLD_PAGE_ACTOR,
  };
}

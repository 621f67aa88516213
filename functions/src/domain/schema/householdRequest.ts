/**
 * Household request (SPEC §12): what an owner sends from the household page — a repair, a
 * question, a complaint or a suggestion. It is stored as a reception record on the `online`
 * channel (`reception.ts`, field `householdRequest`), so it arrives at the desk like every other
 * contact and is answered there (the reception's outcome is the reply the page shows).
 */
import { z } from "zod";
import { docId } from "./common.js";
import { tokenHashSchema } from "./surveyLink.js";

import { HOUSEHOLD_REQUEST_KINDS } from "../householdPage/requestKinds.js";

export {
  HOUSEHOLD_REQUEST_KINDS,
  HOUSEHOLD_REQUEST_MAX,
  type HouseholdRequestKind,
} from "../householdPage/requestKinds.js";

/** Chosen by the page once per request, so a resent request is recognised (one record). */
export const clientRequestIdSchema = z
  .string({ error: "requestId is required" })
  .regex(/^[A-Za-z0-9_-]{8,64}$/, "requestId must be 8–64 letters, digits, _ or -");

/** Stored on the reception a household page created: whose page, which request. */
export const householdRequestRefSchema = z.object({
  householdId: docId,
  /** The household link it came through (its token's hash). */
  linkId: tokenHashSchema,
  requestId: clientRequestIdSchema,
  kind: z.enum(HOUSEHOLD_REQUEST_KINDS),
});
export type HouseholdRequestRef = z.infer<typeof householdRequestRefSchema>;

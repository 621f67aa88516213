/**
 * Household link (SPEC §12): a household's one unguessable link to its page `/h/<token>`.
 * Path `householdLinks/{tokenHash}` (top level, so the public functions find it from the token
 * alone); the id is the token's SHA-256 and the token is never stored. Written by the
 * callables `issueHouseholdLink` / `revokeHouseholdLink` (customer service, director, admin;
 * re-issuing revokes the old link, e.g. when a home is sold) and by the public functions
 * (the per-minute request counter only). Listed by customer service, director and admin of its
 * estate (to see whether a household has a live link); the hash opens nothing.
 */
import { z } from "zod";
import { docId, instant } from "./common.js";
import { tokenHashSchema } from "./surveyLink.js";

/** Requests counted in the current minute (rate limit per token, see `householdPage/rateLimit`). */
export const requestCounterSchema = z.object({
  /** The minute counted, as epoch minutes. */
  minute: z.number().int().nonnegative(),
  reads: z.number().int().nonnegative(),
  actions: z.number().int().nonnegative(),
});
export type RequestCounter = z.infer<typeof requestCounterSchema>;

export const householdLinkSchema = z.object({
  id: tokenHashSchema,
  estateId: docId,
  householdId: docId,
  /** The household as owners read it, e.g. `3-2-501`. */
  label: z.string().trim().min(1).max(80),
  building: z.string().trim().min(1).max(20),
  issuedAt: instant,
  issuedBy: docId,
  revokedAt: instant.nullable(),
  revokedBy: docId.nullable(),
  counter: requestCounterSchema.nullable(),
});
export type HouseholdLink = z.infer<typeof householdLinkSchema>;

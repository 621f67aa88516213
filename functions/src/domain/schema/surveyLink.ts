/**
 * Survey link (C1): one household's unguessable link to one campaign. Path
 * `surveyLinks/{tokenHash}` (top level, so the public function finds it from the token alone);
 * the id is the SHA-256 of the token, and the token itself is never stored. Written only by
 * the callable `issueSurveyLinks`; read only by the functions (no client may read it).
 */
import { z } from "zod";
import { docId, instant } from "./common.js";

/** A SHA-256 digest in lower-case hex: the id of a stored link. */
export const tokenHashSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, "must be a SHA-256 digest in lower-case hex");

export const surveyLinkSchema = z.object({
  id: tokenHashSchema,
  estateId: docId,
  campaignId: docId,
  householdId: docId,
  building: z.string().trim().min(1).max(20),
  /** The household as owners read it, e.g. `3-2-501`. */
  label: z.string().trim().min(1).max(80),
  issuedAt: instant,
  issuedBy: docId,
  /** Set when the link was replaced by a newer one (a lost sheet); a revoked link opens nothing. */
  revokedAt: instant.nullable(),
});
export type SurveyLink = z.infer<typeof surveyLinkSchema>;

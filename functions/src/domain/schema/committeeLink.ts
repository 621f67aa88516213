/**
 * Committee link (C5): a revocable read-only link through which the owners' committee reads a
 * campaign's report and the rectification progress, never an individual answer. Path
 * `committeeLinks/{tokenHash}` (top level, so the public function finds it from the token);
 * the id is the SHA-256 of the token, never the token. Written only by the callables
 * `issueCommitteeLink` / `revokeCommitteeLink`; listed by the director and admin of its estate.
 */
import { z } from "zod";
import { docId, instant, requiredText } from "./common.js";
import { tokenHashSchema } from "./surveyLink.js";

export const committeeLinkSchema = z.object({
  id: tokenHashSchema,
  estateId: docId,
  campaignId: docId,
  /** Whom the link was given to, e.g. 業主委員會 2026. */
  label: requiredText(100),
  createdAt: instant,
  createdBy: docId,
  revokedAt: instant.nullable(),
  revokedBy: docId.nullable(),
});
export type CommitteeLink = z.infer<typeof committeeLinkSchema>;

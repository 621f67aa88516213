/**
 * Stored on-site service record (上門服務; B2.5 "對于上門進行服務的內容,必須要由相關業主簽字確認",
 * B2.5b, B2.5c; SPEC §5). Path `estates/{estateId}/onSiteVisits/{visitId}`. Written only by
 * functions: `recordOnSiteVisit` (the work done, marked done), `signOnSiteVisit` (signature
 * image stored by `imageStore`, rating, sealed by the signed-content hash), `amendOnSiteVisit`
 * (an amendment appended; the signed content is never rewritten), and the owner's
 * confirm/dispute through the owner-copy HTTPS function. Read by the estate's staff of the
 * ticket's department, customer service, the director and admin.
 *
 * Owner-visible fields (their copy, and the household page of issue 6): `id`, `ticketId`,
 * `householdId`, `charge`, `workDone`, `doneAt`, `signature.signerName`, `signature.signedAt`,
 * the signature picture, `rating`, `signedHash`, `ownerResponse`, `amendments` (text and time).
 * Not shown to owners: `staffId` (shown as the staff member's name and badge), `department`.
 */
import { z } from "zod";
import { checkVisitInvariants, onSiteVisitFieldsSchema } from "../tickets/onSiteVisit.js";
import { withDates } from "../tickets/storedDates.js";
import { departmentSchema } from "./role.js";
import { docId, requiredText } from "./common.js";

/** A change to a visit after it was signed: appended, never replacing the signed content. */
export const visitAmendmentSchema = z.object({
  by: docId,
  at: z.date(),
  text: requiredText(2000),
});
/** One amendment. */
export type VisitAmendment = z.infer<typeof visitAmendmentSchema>;

/** The visit's fields as stored, before the invariants. */
export const storedOnSiteVisitFieldsSchema = onSiteVisitFieldsSchema.extend({
  /** The ticket's department, so that rules let department staff read it. */
  department: departmentSchema,
  /** Amendments after signing, oldest first (each is a B2.5c "changed after signing"). */
  amendments: z.array(visitAmendmentSchema),
  createdAt: z.date(),
  createdBy: docId,
  updatedBy: docId,
});

/** Validates a stored visit (Timestamps at any depth read as Dates). */
export const storedOnSiteVisitSchema = withDates(
  storedOnSiteVisitFieldsSchema.superRefine(checkVisitInvariants),
);
/** An on-site visit as stored. */
export type StoredOnSiteVisit = z.infer<typeof storedOnSiteVisitFieldsSchema>;

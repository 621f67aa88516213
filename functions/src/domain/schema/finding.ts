/**
 * Stored finding (考核記錄, SPEC §8, every clause of B2 except B2.10): the domain finding
 * (`assessment/finding.ts`) plus its estate, its scoring month in the estate's zone (so one
 * query by month reads a month) and write stamps. Path `estates/{estateId}/findings/{id}`.
 * Written only by functions: automatic findings through `recordFindingOnce` (B2.1, B2.2, B2.5),
 * manual ones and confirm/clear through callables (director, admin). Read by the person it
 * charges, by the members of the team it charges, and by the estate's director and admin.
 * Nothing is deleted: a cleared finding stays, with who cleared it, when and why.
 */
import { z } from "zod";
import {
  checkFindingInvariants,
  findingFieldsSchema,
  type Finding,
} from "../assessment/finding.js";
import { isMonthKey, monthOf } from "../time.js";
import { docId, instant, requiredText, writeStamp } from "./common.js";

const storedActSchema = z.object({ by: docId, at: instant });

/** Validates a stored finding (Timestamps read as Dates). */
export const storedFindingSchema = findingFieldsSchema
  .extend({
    id: docId,
    estateId: docId,
    staffId: docId.nullable(),
    teamId: docId.nullable(),
    at: instant,
    /** The calendar month of `at` in the estate's zone, `YYYY-MM`. */
    month: z.string().refine(isMonthKey, "must be a month YYYY-MM"),
    recordedBy: docId,
    confirmation: storedActSchema.nullable(),
    clearing: storedActSchema.extend({ reason: requiredText(500) }).nullable(),
    ...writeStamp,
  })
  .superRefine(checkFindingInvariants);

/** A finding as stored. */
export type StoredFinding = z.infer<typeof storedFindingSchema>;

/**
 * The stored record of a domain finding: its month in the estate's zone and the stamps of its
 * creation by whoever recorded it.
 */
export function storedFindingOf(
  estateId: string,
  finding: Finding,
  timeZone: string,
  now: Date,
): StoredFinding {
  return {
    ...finding,
    estateId,
    month: monthOf(finding.at, timeZone),
    createdAt: now,
    createdBy: finding.recordedBy,
    updatedAt: now,
    updatedBy: finding.recordedBy,
  };
}

/** The domain finding of a stored one (what scoring and the CLI read). */
export function domainFindingOf(stored: StoredFinding): Finding {
  return {
    id: stored.id,
    rule: stored.rule,
    staffId: stored.staffId,
    teamId: stored.teamId,
    at: stored.at,
    status: stored.status,
    source: stored.source,
    recordedBy: stored.recordedBy,
    evidence: stored.evidence,
    referForDismissal: stored.referForDismissal,
    confirmation: stored.confirmation,
    clearing: stored.clearing,
  };
}

/**
 * A finding (考核記錄): one assessed event of the standard (seed article 2 section 二, SPEC §8).
 * Serves every clause of B2 except B2.10, whose line comes from the fees. Written by automatic
 * triggers (B2.1, B2.2, B2.5) and by a director (manual findings); read by scoring and by the
 * person it concerns. Points are not stored: they come from the catalogue in force that month.
 * Firestore-free: instants are `Date`, converted at the edge.
 */
import { z } from "zod";
import { ruleCodeSchema, type RuleCode } from "./catalogue.js";

/** open: counts unless the rule needs confirmation; confirmed: counts; cleared: never counts. */
export const findingStatuses = ["open", "confirmed", "cleared"] as const;

/** The life-cycle state of a finding. */
export type FindingStatus = (typeof findingStatuses)[number];

/**
 * Evidence of a finding: a written note, a photo (an image document of the estate, kept by
 * `firestore/imageStore.ts`), or the record it came from.
 */
export const evidenceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), text: z.string().min(1) }),
  z.object({
    kind: z.literal("photo"),
    /** The image's id under `estates/{estateId}/images`. */
    imageId: z.string().min(1),
  }),
  z.object({
    kind: z.literal("record"),
    /** The document path of the record, e.g. `estates/e1/receptions/r9`. */
    path: z.string().min(1),
  }),
]);

/** One piece of evidence. */
export type Evidence = z.infer<typeof evidenceSchema>;

const actSchema = z.object({ by: z.string().min(1), at: z.date() });

/** The fields of a finding before its invariants: stored schemas compose from it. */
export const findingFieldsSchema = z.object({
  id: z.string().min(1),
  rule: ruleCodeSchema.exclude(["B2.10"]),
  /** The person charged; null when the finding charges a team. */
  staffId: z.string().min(1).nullable(),
  teamId: z.string().min(1).nullable(),
  /** When the assessed event happened; its calendar month in the estate's zone is the month scored. */
  at: z.date(),
  status: z.enum(findingStatuses),
  source: z.enum(["automatic", "manual"]),
  /** Who recorded it: a user id, or the trigger's name for automatic findings. */
  recordedBy: z.string().min(1),
  evidence: z.array(evidenceSchema),
  /** B2.4c: a grave physical conflict is referred for dismissal review (惡劣者應除名). */
  referForDismissal: z.boolean(),
  confirmation: actSchema.nullable(),
  clearing: actSchema.extend({ reason: z.string().trim().min(1) }).nullable(),
});

/** The part of a finding its invariants look at. */
type FindingInvariantFields = Pick<
  z.infer<typeof findingFieldsSchema>,
  "rule" | "staffId" | "teamId" | "status" | "confirmation" | "clearing" | "referForDismissal"
>;

/**
 * The invariants of a finding (a person or a team; confirmed and cleared ones say who, when
 * and why; only B2.4c is referred for dismissal), as a zod refinement that stored schemas
 * reuse (zod 4 cannot extend a refined object).
 */
export function checkFindingInvariants(
  finding: FindingInvariantFields,
  context: z.RefinementCtx,
): void {
  if (finding.staffId === null && finding.teamId === null) {
    context.addIssue({
      code: "custom",
      path: ["staffId"],
      message: "names neither a person nor a team",
    });
  }
  if (finding.status === "confirmed" && finding.confirmation === null) {
    context.addIssue({
      code: "custom",
      path: ["confirmation"],
      message: "a confirmed finding says who confirmed it and when",
    });
  }
  if (finding.status === "cleared" && finding.clearing === null) {
    context.addIssue({
      code: "custom",
      path: ["clearing"],
      message: "a cleared finding says who cleared it, when and why",
    });
  }
  if (finding.status !== "cleared" && finding.clearing !== null) {
    context.addIssue({
      code: "custom",
      path: ["clearing"],
      message: "only a cleared finding has a clearing",
    });
  }
  if (finding.referForDismissal && finding.rule !== "B2.4c") {
    context.addIssue({
      code: "custom",
      path: ["referForDismissal"],
      message: "only a physical conflict (B2.4c) is referred for dismissal",
    });
  }
}

/** Validates a finding as the domain sees it. */
export const findingSchema = findingFieldsSchema.superRefine(checkFindingInvariants);

/** A finding (考核記錄). */
export type Finding = z.infer<typeof findingSchema>;

/** What scoring needs of a finding. */
export type ScoredFinding = Pick<Finding, "id" | "staffId" | "teamId" | "at" | "status"> & {
  rule: RuleCode;
};

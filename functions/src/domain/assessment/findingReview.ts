/**
 * What a director does with findings (SPEC §8, issue 5 item 2): records the ones software
 * cannot see (B2.3 dress, badge, smoking; B2.4a–c conduct; B2.6 and B2.13 verified complaints;
 * B2.7–9 inspections; B2.11 confirmed rights cases), confirms them, or clears them with a
 * reason. Nothing is deleted: a cleared finding keeps who cleared it, when and why.
 */
import { z } from "zod";
import { decodeImageDataUrl } from "../schema/image.js";
import { catalogueForMonth, catalogueVersions, ruleIn, type RuleCode } from "./catalogue.js";
import type { Evidence, Finding } from "./finding.js";
import { monthOf } from "../time.js";

/** The rules a director records by hand, in the seed's order. */
export const manualRuleCodes = [
  "B2.3",
  "B2.4a",
  "B2.4b",
  "B2.4c",
  "B2.6",
  "B2.7",
  "B2.8",
  "B2.9",
  "B2.11",
  "B2.13",
] as const satisfies readonly RuleCode[];

/** A rule a director records by hand. */
export type ManualRuleCode = (typeof manualRuleCodes)[number];

/** The teams a finding can charge: the four departments and the office. */
export const teamIds = [
  "customerService",
  "environment",
  "order",
  "maintenance",
  "office",
] as const;

const id = z
  .string()
  .min(1, "must not be empty")
  .max(200)
  .refine((text) => !text.includes("/"), "must not contain '/'");

/** At most this many photos go with one manual finding. */
export const MAX_EVIDENCE_PHOTOS = 3;

/**
 * The image id of a manual finding's `index`-th photo (0-based): derived from the finding, so
 * a retried call stores each photo once.
 */
export function evidencePhotoId(findingId: string, index: number): string {
  return `${findingId}_photo${String(index + 1)}`;
}

/** What a director sends to record a manual finding. */
export const manualFindingInputSchema = z
  .object({
    estateId: id,
    /** Chosen by the client once per form, so that a retried call records the finding once. */
    requestId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8 to 64 letters, digits, '-' or '_'"),
    rule: z.enum(manualRuleCodes),
    staffId: id.nullable(),
    teamId: z.enum(teamIds).nullable(),
    /** When it happened (ISO 8601 with an offset). */
    at: z.iso.datetime({ offset: true, error: "must be an ISO date and time with an offset" }),
    /** What was seen, by whom; always required. */
    evidenceText: z.string().trim().min(1, "must not be empty").max(2000),
    /** The record it concerns, e.g. `estates/e1/tickets/t9`; must be of the same estate. */
    recordPath: z.string().trim().max(500).nullable().default(null),
    /** Photos of what was seen: PNG or JPEG data URLs of at most 300 KB each. */
    photos: z.array(z.string()).max(MAX_EVIDENCE_PHOTOS).default([]),
    /** B2.4c only: a grave case is referred for dismissal review (惡劣者應除名). */
    referForDismissal: z.boolean().default(false),
    /** Recorded as already confirmed or verified (e.g. a complaint the committee verified). */
    confirmed: z.boolean().default(false),
  })
  .superRefine((input, context) => {
    if ((input.staffId === null) === (input.teamId === null)) {
      context.addIssue({
        code: "custom",
        path: ["staffId"],
        message: "name either a person (staffId) or a team (teamId), not both or neither",
      });
    }
    const prefix = `estates/${input.estateId}/`;
    const record = input.recordPath;
    if (record !== null && record !== "" && (!record.startsWith(prefix) || record.includes(".."))) {
      context.addIssue({
        code: "custom",
        path: ["recordPath"],
        message: `must be a path inside ${prefix}`,
      });
    }
    input.photos.forEach((dataUrl, index) => {
      const decoded = decodeImageDataUrl(dataUrl);
      if (!decoded.ok) {
        context.addIssue({
          code: "custom",
          path: ["photos", index],
          message: `photo ${String(index + 1)} ${decoded.reason}`,
        });
      }
    });
    if (input.referForDismissal && input.rule !== "B2.4c") {
      context.addIssue({
        code: "custom",
        path: ["referForDismissal"],
        message: "only a physical conflict (B2.4c) is referred for dismissal",
      });
    }
  });

/** The input of `recordManualFinding`, as sent. */
export type ManualFindingInput = z.input<typeof manualFindingInputSchema>;

/** Input the finding cannot be made from (wrong scope, in the future). */
export class FindingReviewError extends Error {
  override name = "FindingReviewError";
}

/** The id of a manual finding: its rule and the client's request id. */
export function manualFindingId(rule: ManualRuleCode, requestId: string): string {
  return `${rule}_manual_${requestId}`;
}

/**
 * The finding a director records. A rule scoped to a person needs a person; a finding dated
 * more than five minutes after `now` is refused (clocks differ a little, not by days).
 */
export function manualFindingOf(
  input: Omit<z.output<typeof manualFindingInputSchema>, "teamId"> & { teamId: string | null },
  recordedBy: string,
  now: Date,
  timeZone: string,
): Finding {
  const at = new Date(input.at);
  if (at.getTime() > now.getTime() + 5 * 60_000) {
    throw new FindingReviewError(`at ${input.at} is in the future`);
  }
  const rule = ruleIn(catalogueForMonth(catalogueVersions, monthOf(at, timeZone)), input.rule);
  if (rule === undefined) {
    throw new FindingReviewError(`rule ${input.rule} is not in force in ${monthOf(at, timeZone)}`);
  }
  if (rule.scope === "person" && input.staffId === null) {
    throw new FindingReviewError(`rule ${input.rule} charges a person: name the staff member`);
  }
  const evidence: Evidence[] = [{ kind: "text", text: input.evidenceText }];
  if (input.recordPath) evidence.push({ kind: "record", path: input.recordPath });
  const id = manualFindingId(input.rule, input.requestId);
  input.photos.forEach((_photo, index) => {
    evidence.push({ kind: "photo", imageId: evidencePhotoId(id, index) });
  });
  return {
    id,
    rule: input.rule,
    staffId: input.staffId,
    teamId: input.teamId,
    at,
    status: input.confirmed ? "confirmed" : "open",
    source: "manual",
    recordedBy,
    evidence,
    referForDismissal: input.referForDismissal,
    confirmation: input.confirmed ? { by: recordedBy, at: now } : null,
    clearing: null,
  };
}

/**
 * The finding confirmed (經確認 / 經查實) by `by` at `now`. Confirming a confirmed finding
 * changes nothing; a cleared finding cannot be confirmed (it stays as cleared, with its reason).
 */
export function confirmedFinding<F extends Finding>(finding: F, by: string, now: Date): F {
  if (finding.status === "confirmed") return finding;
  if (finding.status === "cleared") {
    throw new FindingReviewError(`finding ${finding.id} was cleared; it cannot be confirmed`);
  }
  return { ...finding, status: "confirmed", confirmation: { by, at: now } };
}

/**
 * The finding cleared by `by` at `now` for `reason`: it no longer counts, and keeps its
 * confirmation (if any) as history. Clearing a cleared finding is refused, so the first
 * reason is never overwritten.
 */
export function clearedFinding<F extends Finding>(
  finding: F,
  by: string,
  now: Date,
  reason: string,
): F {
  const trimmed = reason.trim();
  if (trimmed === "") throw new FindingReviewError("clearing a finding needs a reason");
  if (finding.status === "cleared") {
    throw new FindingReviewError(`finding ${finding.id} is already cleared`);
  }
  return { ...finding, status: "cleared", clearing: { by, at: now, reason: trimmed } };
}

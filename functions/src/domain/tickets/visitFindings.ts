/**
 * What an on-site visit owes under B2.5 (seed "在上門服務中業主對其服務態度進行評估,非有償服務的
 * 條目中,評估為不滿意的,每次扣…20分。…如手續不全或與業主之間保存資料不一致,每發現一項扣…20分"):
 * - B2.5c, the record's procedure: done without a signature → flagged at once, and a finding
 *   once a grace period has passed without one; the owner disputes their copy; the record
 *   changed after signing (its signed content no longer matches the hash the owner saw);
 * - B2.5b, the rating: an unpaid service rated dissatisfied → a finding and a return visit
 *   (回訪); a paid one → the return visit only.
 * Every output has a deterministic id, so a redelivered trigger produces nothing new.
 */
import type { Evidence, Finding } from "../assessment/finding.js";
import { signedContentHash, type OnSiteVisit } from "./onSiteVisit.js";

/** How the checks are tuned per estate. */
export interface VisitCheckSettings {
  /** How long a done visit may stay unsigned before it costs a B2.5c finding. */
  unsignedGraceMinutes: number;
}

/**
 * One working day: the owner may be out when the work ends, and the staff member comes back
 * to collect the signature; a record still unsigned a day later is "手續不全".
 */
export const defaultVisitCheckSettings: VisitCheckSettings = { unsignedGraceMinutes: 24 * 60 };

/** What a screen shows on the visit's ticket at once, before any finding. */
export type VisitFlag =
  | { kind: "unsigned"; visitId: string; since: Date; findingDueAt: Date }
  | { kind: "disputed"; visitId: string; at: Date; note: string }
  | { kind: "changedAfterSigning"; visitId: string; at: Date }
  | { kind: "dissatisfied"; visitId: string; at: Date; charge: OnSiteVisit["charge"] };

/** A return visit (回訪) a dissatisfied rating calls for. */
export interface ReturnVisitDue {
  /** `returnVisit_<visitId>`: one per visit, however often it is checked. */
  id: string;
  visitId: string;
  ticketId: string;
  householdId: string;
  /** The staff member whose service was rated. */
  staffId: string;
  reason: "dissatisfied";
  /** When the rating was given. */
  at: Date;
}

/** Everything a visit owes at one moment. */
export interface VisitAssessment {
  flags: VisitFlag[];
  findings: Finding[];
  returnVisits: ReturnVisitDue[];
}

/** What the check needs besides the visit. */
export interface VisitCheckContext {
  now: Date;
  settings?: VisitCheckSettings;
  /** The visit's document path, cited as the findings' evidence. */
  recordPath: string;
  /** The trigger or job recording the findings. */
  recordedBy: string;
  /**
   * When the signed record was first amended (an amendment is a change after signing, kept
   * beside the signed content, which stays as the owner signed it); null or absent if never.
   */
  firstAmendedAt?: Date | null;
}

/** Which B2.5c defect a finding is about. */
export type VisitDefect = "unsigned" | "disputed" | "changed";

/** The id of a visit's finding: `B2.5c_<visitId>_<defect>` or `B2.5b_<visitId>`. */
export function visitFindingId(visitId: string, defect: VisitDefect | "dissatisfied"): string {
  return defect === "dissatisfied" ? `B2.5b_${visitId}` : `B2.5c_${visitId}_${defect}`;
}

/** The id of the return visit a visit calls for. */
export function returnVisitId(visitId: string): string {
  return `returnVisit_${visitId}`;
}

/**
 * The flags, findings and return visits of `visit` at `context.now`, given the hash of its
 * signed content as it is now (see `signedContentHash`). Synchronous and pure.
 */
export function assessVisitWithHash(
  visit: OnSiteVisit,
  currentHash: string,
  context: VisitCheckContext,
): VisitAssessment {
  const settings = context.settings ?? defaultVisitCheckSettings;
  const flags: VisitFlag[] = [];
  const findings: Finding[] = [];
  const returnVisits: ReturnVisitDue[] = [];
  const finding = (
    rule: "B2.5b" | "B2.5c",
    defect: VisitDefect | "dissatisfied",
    at: Date,
    note = "",
  ): Finding => {
    const evidence: Evidence[] = [{ kind: "record", path: context.recordPath }];
    if (note.trim() !== "") evidence.push({ kind: "text", text: note.trim() });
    return {
      id: visitFindingId(visit.id, defect),
      rule,
      staffId: visit.staffId,
      teamId: null,
      at,
      status: "open",
      source: "automatic",
      recordedBy: context.recordedBy,
      evidence,
      referForDismissal: false,
      confirmation: null,
      clearing: null,
    };
  };

  if (visit.doneAt !== null) {
    const deadline = new Date(visit.doneAt.getTime() + settings.unsignedGraceMinutes * 60_000);
    if (visit.signature === null) {
      flags.push({
        kind: "unsigned",
        visitId: visit.id,
        since: visit.doneAt,
        findingDueAt: deadline,
      });
    }
    // Signed at or after the deadline counts as unsigned then, so the outcome does not depend
    // on whether a check happened to run between the deadline and the late signature.
    const unsignedAtDeadline =
      visit.signature === null
        ? context.now.getTime() >= deadline.getTime()
        : visit.signature.signedAt.getTime() >= deadline.getTime();
    if (unsignedAtDeadline) findings.push(finding("B2.5c", "unsigned", deadline));
  }

  if (visit.ownerResponse?.kind === "disputed") {
    const { at, note } = visit.ownerResponse;
    flags.push({ kind: "disputed", visitId: visit.id, at, note });
    findings.push(finding("B2.5c", "disputed", at, note));
  }

  const amendedAt = context.firstAmendedAt ?? null;
  if (visit.signedHash !== null && (visit.signedHash !== currentHash || amendedAt !== null)) {
    const changedAt =
      visit.signedHash !== currentHash ? visit.updatedAt : (amendedAt ?? visit.updatedAt);
    flags.push({ kind: "changedAfterSigning", visitId: visit.id, at: changedAt });
    findings.push(finding("B2.5c", "changed", changedAt));
  }

  if (visit.rating?.value === "dissatisfied") {
    const { at } = visit.rating;
    flags.push({ kind: "dissatisfied", visitId: visit.id, at, charge: visit.charge });
    if (visit.charge === "unpaid") findings.push(finding("B2.5b", "dissatisfied", at));
    returnVisits.push({
      id: returnVisitId(visit.id),
      visitId: visit.id,
      ticketId: visit.ticketId,
      householdId: visit.householdId,
      staffId: visit.staffId,
      reason: "dissatisfied",
      at,
    });
  }

  return { flags, findings, returnVisits };
}

/** Like {@link assessVisitWithHash}, hashing the visit's signed content itself. */
export async function assessVisit(
  visit: OnSiteVisit,
  context: VisitCheckContext,
): Promise<VisitAssessment> {
  return assessVisitWithHash(visit, await signedContentHash(visit), context);
}

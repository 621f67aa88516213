/**
 * Findings from cases (SPEC §5):
 * - B2.7, B2.8, B2.9: "定期或不定期進行檢查,如發現未處理…每發現一件扣服務質量標準分值50分" —
 *   a director's inspection finds a case unhandled: -50 to its assignee, or to its
 *   department's team when nobody is assigned;
 * - B2.13: a verified complaint that the ambulance was not guided: -20 to the guide;
 * - B2.11: within warranty a quality defect is settled with the developer, after it with the
 *   owner; a successful rights-protection case confirmed by the supervisory committee: +100.
 * Each function returns the finding with a deterministic id, or the reason it cannot.
 */
import type { Evidence, Finding } from "../assessment/finding.js";
import { isWithinWarranty, type Household } from "../schema/household.js";
import { teamIdOf } from "../schema/staff.js";
import { DEFAULT_TIME_ZONE, toZonedIso } from "../time.js";
import { caseRuleByType, isCaseType, type Ticket } from "./ticket.js";

/** A finding, or why none can be made. */
export type CaseFindingResult = { ok: true; finding: Finding } | { ok: false; reason: string };

const none = (reason: string): CaseFindingResult => ({ ok: false, reason });

function evidenceOf(recordPath: string, text: string): Evidence[] {
  const evidence: Evidence[] = [{ kind: "record", path: recordPath }];
  if (text.trim() !== "") evidence.push({ kind: "text", text: text.trim() });
  return evidence;
}

/** A director's inspection (定期或不定期檢查) of one case. */
export interface CaseInspection {
  /** Chosen once per inspection record, so that recording it twice makes one finding. */
  id: string;
  /** The director who inspected. */
  by: string;
  at: Date;
  /** What was found, in writing. */
  note: string;
}

/**
 * The -50 finding of a B2.7–9 case an inspection found unhandled (or handled against the law or
 * the estate's rules): charged to the assignee, or to the department's team when unassigned.
 * Its id is `<rule>_<ticketId>_<inspectionId>`: each inspection that finds it counts once.
 */
export function unhandledCaseFinding(
  ticket: Pick<Ticket, "id" | "type" | "assigneeId" | "department" | "openedAt">,
  inspection: CaseInspection,
  recordPath: string,
): CaseFindingResult {
  if (!isCaseType(ticket.type)) {
    return none(`a ${ticket.type} ticket is not a case of B2.7, B2.8 or B2.9`);
  }
  if (inspection.note.trim() === "") {
    return none("an inspection finding says in writing what was found unhandled");
  }
  if (inspection.at.getTime() < ticket.openedAt.getTime()) {
    return none("the inspection is dated before the case was opened");
  }
  const rule = caseRuleByType[ticket.type];
  return {
    ok: true,
    finding: {
      id: `${rule}_${ticket.id}_${inspection.id}`,
      rule,
      staffId: ticket.assigneeId,
      teamId: ticket.assigneeId === null ? teamIdOf(ticket.department) : null,
      at: inspection.at,
      status: "open",
      source: "manual",
      recordedBy: inspection.by,
      evidence: evidenceOf(recordPath, inspection.note),
      referForDismissal: false,
      confirmation: null,
      clearing: null,
    },
  };
}

/** An owner's complaint to the supervisory committee, verified as true (經查實屬實). */
export interface VerifiedComplaint {
  id: string;
  text: string;
  receivedAt: Date;
  /** The director who recorded the committee's verification. */
  verifiedBy: string;
  verifiedAt: Date;
}

/**
 * The -20 finding of B2.13 for a verified complaint about the ambulance guidance of an
 * emergency ticket, charged to the guide recorded on it, else to its assignee.
 * Its id is `B2.13_<ticketId>_<complaintId>`.
 */
export function ambulanceComplaintFinding(
  ticket: Pick<Ticket, "id" | "type" | "assigneeId" | "openedAt" | "ambulanceGuidance">,
  complaint: VerifiedComplaint,
  recordPath: string,
): CaseFindingResult {
  if (ticket.type !== "emergency") {
    return none(`B2.13 concerns emergency tickets, not ${ticket.type}`);
  }
  if (complaint.verifiedAt.getTime() < complaint.receivedAt.getTime()) {
    return none("the complaint is verified before it was received");
  }
  const staffId = ticket.ambulanceGuidance?.guidedBy ?? ticket.assigneeId;
  if (staffId === null) {
    return none("B2.13 charges a person: record who guided the ambulance, or assign the ticket");
  }
  return {
    ok: true,
    finding: {
      id: `B2.13_${ticket.id}_${complaint.id}`,
      rule: "B2.13",
      staffId,
      teamId: null,
      at: ticket.ambulanceGuidance?.calledAt ?? ticket.openedAt,
      status: "confirmed",
      source: "manual",
      recordedBy: complaint.verifiedBy,
      evidence: evidenceOf(recordPath, complaint.text),
      referForDismissal: false,
      confirmation: { by: complaint.verifiedBy, at: complaint.verifiedAt },
      clearing: null,
    },
  };
}

/** How a house-quality defect is settled (B2.11), and why. */
export interface WarrantyDecision {
  /** developer: "與開發商簽訂維修辦法"; owner: "與業主商量如何維修及費用". */
  arrangement: "developer" | "owner";
  reason: "withinWarranty" | "warrantyExpired" | "noWarrantyEnd";
  warrantyEnd: Date | null;
}

/**
 * Whether a defect reported at `reportedAt` is settled with the developer (within warranty,
 * the last instant of the warranty included) or with the owner (after it, or when the
 * household has no warranty end on record).
 */
export function warrantyDecision(
  household: Pick<Household, "warrantyEnd">,
  reportedAt: Date,
): WarrantyDecision {
  const warrantyEnd = household.warrantyEnd;
  if (isWithinWarranty(household, reportedAt)) {
    return { arrangement: "developer", reason: "withinWarranty", warrantyEnd };
  }
  return {
    arrangement: "owner",
    reason: warrantyEnd === null ? "noWarrantyEnd" : "warrantyExpired",
    warrantyEnd,
  };
}

/**
 * The +100 finding of B2.11 for a house-quality ticket a director marked as a successful
 * rights-protection case and whose supervisory-committee confirmation a director recorded:
 * to the assignee, or to the department's team. Its id is `B2.11_<ticketId>`.
 */
export function rightsProtectionFinding(
  ticket: Pick<Ticket, "id" | "type" | "assigneeId" | "department" | "houseQuality">,
  recordPath: string,
  timeZone: string = DEFAULT_TIME_ZONE,
): CaseFindingResult {
  if (ticket.type !== "houseQuality") {
    return none(`B2.11 concerns house-quality tickets, not ${ticket.type}`);
  }
  const success = ticket.houseQuality?.rightsProtection ?? null;
  if (success === null) return none("no director has marked this case a successful one");
  const confirmation = success.committeeConfirmation;
  if (confirmation === null) {
    return none("the supervisory committee's confirmation is not recorded yet");
  }
  if (confirmation.recordedAt.getTime() < confirmation.confirmedAt.getTime()) {
    return none("the confirmation is recorded before the committee gave it");
  }
  return {
    ok: true,
    finding: {
      id: `B2.11_${ticket.id}`,
      rule: "B2.11",
      staffId: ticket.assigneeId,
      teamId: ticket.assigneeId === null ? teamIdOf(ticket.department) : null,
      at: confirmation.confirmedAt,
      status: "confirmed",
      source: "manual",
      recordedBy: confirmation.recordedBy,
      evidence: evidenceOf(
        recordPath,
        `監督委員會確認:${confirmation.confirmedBy},${toZonedIso(confirmation.confirmedAt, timeZone)}`,
      ),
      referForDismissal: false,
      confirmation: { by: confirmation.recordedBy, at: confirmation.recordedAt },
      clearing: null,
    },
  };
}

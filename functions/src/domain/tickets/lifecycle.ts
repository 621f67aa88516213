/**
 * The life cycle of a ticket (SPEC §5): open → assigned → inProgress → done → followedUp (回訪)
 * → closed, plus cancelled with a reason, and who may take each step. Every step is recorded
 * with its actor, time and note. Closing a case of B2.7–9 needs the written process and result
 * signed by the responsible person; closing a house-quality case (B2.11) needs its
 * arrangement with the developer or the owner recorded.
 */
import type { Department, Role } from "../schema/role.js";
import { needsWrittenRecord, type Ticket, type TicketStatus } from "./ticket.js";

/** Who is acting on a ticket. */
export interface TicketActor {
  staffId: string;
  /** The actor's role in the ticket's estate. */
  role: Role;
  /** The departments this person leads (組長 / 主管); usually none or their own. */
  leads: readonly Department[];
}

/**
 * In what capacity someone may act on a ticket: its assignee; the lead of its department;
 * customer service (who open, chase and close tickets); the director (辦公室主任, or an admin).
 */
export type TicketCapacity = "assignee" | "departmentLead" | "customerService" | "director";

/** The capacities in which `actor` acts on `ticket`. */
export function capacitiesOf(
  ticket: Pick<Ticket, "assigneeId" | "department">,
  actor: TicketActor,
): TicketCapacity[] {
  const capacities: TicketCapacity[] = [];
  if (ticket.assigneeId !== null && ticket.assigneeId === actor.staffId) {
    capacities.push("assignee");
  }
  if (actor.role === ticket.department && actor.leads.includes(ticket.department)) {
    capacities.push("departmentLead");
  }
  if (actor.role === "customerService") capacities.push("customerService");
  if (actor.role === "director" || actor.role === "admin") capacities.push("director");
  return capacities;
}

/** One allowed step of the life cycle and who may take it. */
export interface LifecycleStep {
  from: TicketStatus;
  to: TicketStatus;
  by: readonly TicketCapacity[];
  /** What the step is, for screens and refusals. */
  meaning: string;
}

const dispatchers: readonly TicketCapacity[] = ["departmentLead", "customerService", "director"];

/**
 * Every allowed step, as data. A step not listed is refused. Reassigning (assigned or in
 * progress → assigned) names a new assignee; a follow-up that finds the work not done reopens
 * the ticket to "assigned". Cancelling is only possible before the work is done.
 */
export const lifecycleSteps: readonly LifecycleStep[] = [
  { from: "open", to: "assigned", by: dispatchers, meaning: "assign" },
  { from: "assigned", to: "assigned", by: dispatchers, meaning: "reassign" },
  { from: "inProgress", to: "assigned", by: dispatchers, meaning: "reassign" },
  { from: "assigned", to: "inProgress", by: ["assignee"], meaning: "start the work" },
  { from: "inProgress", to: "done", by: ["assignee"], meaning: "finish the work" },
  { from: "done", to: "followedUp", by: ["customerService", "director"], meaning: "follow up" },
  { from: "done", to: "assigned", by: ["customerService", "director"], meaning: "reopen" },
  { from: "followedUp", to: "assigned", by: ["customerService", "director"], meaning: "reopen" },
  { from: "followedUp", to: "closed", by: ["customerService", "director"], meaning: "close" },
  { from: "open", to: "cancelled", by: ["customerService", "director"], meaning: "cancel" },
  { from: "assigned", to: "cancelled", by: ["customerService", "director"], meaning: "cancel" },
  { from: "inProgress", to: "cancelled", by: ["customerService", "director"], meaning: "cancel" },
];

/** Why a transition was refused. */
export type TransitionRefusalCode =
  /** the ticket is closed or cancelled */
  | "finished"
  /** the life cycle has no such step */
  | "noSuchStep"
  /** the actor may not take this step on this ticket */
  | "notPermitted"
  /** an assignment without a (new) assignee */
  | "assigneeMissing"
  /** cancelling or reopening without a reason */
  | "reasonMissing"
  /** the step is dated before the last one */
  | "outOfOrder"
  /** B2.7–9: the written process, result or responsible signature is missing */
  | "caseRecordIncomplete"
  /** B2.11: the arrangement with the developer or the owner is not recorded */
  | "qualityArrangementMissing"
  /** B2.7–9: only a director cancels a case */
  | "caseCancelNeedsDirector";

/** A refused transition: a code to branch on and a sentence to show. */
export interface TransitionRefusal {
  code: TransitionRefusalCode;
  reason: string;
}

/** The outcome of {@link transition}. */
export type TransitionResult =
  { ok: true; ticket: Ticket } | { ok: false; refusal: TransitionRefusal };

/** What some steps need besides the note. */
export interface TransitionDetails {
  /** assign / reassign: the staff member who will do the work */
  assigneeId?: string;
}

const refuse = (code: TransitionRefusalCode, reason: string): TransitionResult => ({
  ok: false,
  refusal: { code, reason },
});

/** What is missing from the written record of a B2.7–9 case, in a fixed order. */
export function missingCaseRecordParts(
  ticket: Pick<Ticket, "caseRecord">,
): ("process" | "result" | "responsibleSignature")[] {
  const record = ticket.caseRecord;
  const missing: ("process" | "result" | "responsibleSignature")[] = [];
  if (record === null || record.process.trim() === "") missing.push("process");
  if (record === null || record.result.trim() === "") missing.push("result");
  if (record?.responsibleSignature == null) missing.push("responsibleSignature");
  return missing;
}

function closingRefusal(ticket: Ticket): TransitionResult | null {
  if (needsWrittenRecord(ticket.type)) {
    const missing = missingCaseRecordParts(ticket);
    if (missing.length > 0) {
      return refuse(
        "caseRecordIncomplete",
        `a ${ticket.type} case closes only with the written process and result signed by the ` +
          `responsible person; missing: ${missing.join(", ")}`,
      );
    }
  }
  if (ticket.type === "houseQuality") {
    const quality = ticket.houseQuality;
    const recorded =
      quality !== null &&
      (quality.arrangement === "developer"
        ? quality.developerReply !== null
        : quality.ownerAgreement !== null);
    if (!recorded) {
      return refuse(
        "qualityArrangementMissing",
        quality?.arrangement === "owner"
          ? "a house-quality case after warranty closes only with the repair and cost agreed with the owner"
          : "a house-quality case within warranty closes only with the developer's reply and its date",
      );
    }
  }
  return null;
}

/**
 * Moves `ticket` to `to` on behalf of `actor` at `at`, recording the step with `note`.
 * Returns the new ticket (the input is not changed), or a refusal saying why not.
 */
export function transition(
  ticket: Ticket,
  to: TicketStatus,
  actor: TicketActor,
  at: Date,
  note: string,
  details: TransitionDetails = {},
): TransitionResult {
  const from = ticket.status;
  if (from === "closed" || from === "cancelled") {
    return refuse("finished", `the ticket is ${from}; nothing more happens to it`);
  }
  const step = lifecycleSteps.find((candidate) => candidate.from === from && candidate.to === to);
  if (step === undefined) {
    return refuse("noSuchStep", `a ticket does not go from ${from} to ${to}`);
  }
  const capacities = capacitiesOf(ticket, actor);
  if (!step.by.some((capacity) => capacities.includes(capacity))) {
    return refuse(
      "notPermitted",
      `to ${step.meaning} (${from} → ${to}) one must be ${step.by.join(" or ")} of this ticket`,
    );
  }
  const trimmedNote = note.trim();
  const last = ticket.transitions.at(-1);
  const lastAt = last?.at ?? ticket.openedAt;
  if (at.getTime() < lastAt.getTime()) {
    return refuse("outOfOrder", `the step is dated before the ticket's last step`);
  }
  let assigneeId = ticket.assigneeId;
  let cancellationReason = ticket.cancellationReason;
  if (to === "assigned") {
    const chosen = details.assigneeId?.trim() ?? "";
    if (chosen === "") return refuse("assigneeMissing", "an assignment names who will do the work");
    if (step.meaning === "reassign" && chosen === ticket.assigneeId) {
      return refuse("assigneeMissing", "a reassignment names someone other than the assignee");
    }
    assigneeId = chosen;
  }
  if ((to === "cancelled" || step.meaning === "reopen") && trimmedNote === "") {
    return refuse("reasonMissing", `to ${step.meaning} a ticket, write the reason in the note`);
  }
  if (to === "cancelled") {
    if (needsWrittenRecord(ticket.type) && !capacities.includes("director")) {
      return refuse(
        "caseCancelNeedsDirector",
        `a ${ticket.type} case is cancelled only by the director, so that no case goes unhandled`,
      );
    }
    cancellationReason = trimmedNote;
  }
  if (to === "closed") {
    const refusal = closingRefusal(ticket);
    if (refusal !== null) return refusal;
  }
  return {
    ok: true,
    ticket: {
      ...ticket,
      status: to,
      assigneeId,
      cancellationReason,
      transitions: [...ticket.transitions, { from, to, by: actor.staffId, at, note: trimmedNote }],
    },
  };
}

/** The steps `actor` may take on `ticket` now (for the buttons a screen shows). */
export function stepsAvailableTo(ticket: Ticket, actor: TicketActor): LifecycleStep[] {
  const capacities = capacitiesOf(ticket, actor);
  return lifecycleSteps.filter(
    (step) =>
      step.from === ticket.status && step.by.some((capacity) => capacities.includes(capacity)),
  );
}

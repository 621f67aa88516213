/**
 * What the ticket screens derive from a ticket, without React: the actor the life cycle
 * checks (with the departments they lead), the department a role's queue shows, whether a
 * ticket stands out as overdue, and which case blocks a ticket shows and to whom.
 */
import { departments, type Department, type Role } from "@domain/schema/role.js";
import type { StoredTicket, TicketSettings } from "@domain/schema/ticket.js";
import { isOverdue } from "@domain/tickets/dueTime.js";
import { capacitiesOf, stepsAvailableTo, type TicketActor } from "@domain/tickets/lifecycle.js";
import { isCaseType, needsWrittenRecord } from "@domain/tickets/ticket.js";
import { fromLocalParts, toZonedIso } from "@domain/time.js";

/** The department whose queue a role sees first: its own; null (all) for the others. */
export function queueDepartmentOf(role: Role): Department | null {
  return role === "environment" || role === "order" || role === "maintenance" ? role : null;
}

/** The departments `uid` leads according to the estate's ticket settings (`leads`). */
export function leadsOf(leads: TicketSettings["leads"], uid: string): Department[] {
  return departments.filter((department) => leads[department]?.includes(uid) === true);
}

/**
 * The signed-in user as the life cycle sees them, with the departments they lead (from the
 * estate's ticket settings, as the callables read them), so a lead sees a lead's steps.
 */
export function actorOf(uid: string, role: Role, leads: readonly Department[] = []): TicketActor {
  return { staffId: uid, role, leads };
}

/** Whether `actor` may assign (or reassign) `ticket` now: the button the queue and page show. */
export function mayAssign(ticket: StoredTicket, actor: TicketActor): boolean {
  return stepsAvailableTo(ticket, actor).some((step) => step.to === "assigned");
}

/** A case block: shown (or not) for the ticket's type, and editable or read-only for the user. */
export interface CaseBlock {
  shown: boolean;
  editable: boolean;
}

/** The case blocks of the ticket page for one user (the callables decide the same way). */
export interface CaseBlocks {
  /** B2.7–9 written process and result with the responsible signature. */
  caseRecord: CaseBlock;
  /** B2.7–9 director's inspection ("handled" / "found unhandled"). */
  inspection: CaseBlock;
  /** B2.11 the developer's reply or the owner's agreement. */
  houseQuality: CaseBlock;
  /** B2.11 the rights-protection success and the committee's confirmation (director). */
  rightsProtection: CaseBlock;
  /** B2.13 the ambulance guidance. */
  ambulanceGuidance: CaseBlock;
  /** B2.13 a verified complaint about the guidance (director). */
  ambulanceComplaint: CaseBlock;
}

/** Which case blocks `ticket` shows to `actor`, and which they may fill in. */
export function caseBlocksOf(ticket: StoredTicket, actor: TicketActor): CaseBlocks {
  const works = capacitiesOf(ticket, actor).length > 0;
  const director = actor.role === "director" || actor.role === "admin";
  const finished = ticket.status === "closed" || ticket.status === "cancelled";
  const quality = ticket.type === "houseQuality" && ticket.houseQuality !== null;
  const emergency = ticket.type === "emergency";
  return {
    caseRecord: {
      shown: needsWrittenRecord(ticket.type),
      editable: works && !finished && ticket.caseRecord?.responsibleSignature == null,
    },
    inspection: { shown: isCaseType(ticket.type), editable: director },
    houseQuality: { shown: quality, editable: quality && works && !finished },
    rightsProtection: {
      shown: quality,
      editable:
        quality && director && ticket.houseQuality?.rightsProtection?.committeeConfirmation == null,
    },
    ambulanceGuidance: {
      shown: emergency,
      editable:
        emergency && works && ticket.status !== "cancelled" && ticket.ambulanceComplaint === null,
    },
    ambulanceComplaint: {
      shown: emergency,
      editable: emergency && director && ticket.ambulanceComplaint === null,
    },
  };
}

/** Whether a ticket stands out as overdue at `now` (the check's mark, or past its due time). */
export function standsOutOverdue(
  ticket: Pick<StoredTicket, "status" | "dueAt" | "overdueAt">,
  now: Date,
): boolean {
  return isOverdue(ticket, now);
}

/** The queue's order: overdue first, then soonest due. */
export function queueOrder(tickets: readonly StoredTicket[], now: Date): StoredTicket[] {
  return [...tickets].sort((a, b) => {
    const late = Number(standsOutOverdue(b, now)) - Number(standsOutOverdue(a, now));
    return late !== 0 ? late : a.dueAt.getTime() - b.dueAt.getTime();
  });
}

/** A date as an `<input type="datetime-local">` value in the estate's zone (`2026-03-02T09:00`). */
export function localInputValue(at: Date, timeZone: string): string {
  return toZonedIso(at, timeZone).slice(0, 16);
}

/** An `<input type="datetime-local">` value read in the estate's zone; null when not a time. */
export function instantOfLocalInput(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (match === null) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  return fromLocalParts({ year, month, day, hour, minute }, timeZone);
}

/** The refusal codes a callable puts in its error's details (e.g. `caseRecordIncomplete`). */
export function refusalCodeOf(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("details" in error)) return null;
  const details: unknown = error.details;
  if (typeof details !== "object" || details === null || !("code" in details)) return null;
  return typeof details.code === "string" ? details.code : null;
}

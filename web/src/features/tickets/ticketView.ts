/**
 * What the ticket screens derive from a ticket, without React: the actor the life cycle
 * checks, the department a role's queue shows, whether a ticket stands out as overdue.
 */
import type { Department, Role } from "@domain/schema/role.js";
import type { StoredTicket } from "@domain/schema/ticket.js";
import { isOverdue } from "@domain/tickets/dueTime.js";
import type { TicketActor } from "@domain/tickets/lifecycle.js";

/** The department whose queue a role sees first: its own; null (all) for the others. */
export function queueDepartmentOf(role: Role): Department | null {
  return role === "environment" || role === "order" || role === "maintenance" ? role : null;
}

/**
 * The signed-in user as the life cycle sees them. Department leads are kept in the estate's
 * ticket settings, which the screen does not read: the callable decides for leads, and the
 * screen shows a lead the steps of a member (they can still assign from the ticket page once
 * the settings are read by the function).
 */
export function actorOf(uid: string, role: Role, leads: readonly Department[] = []): TicketActor {
  return { staffId: uid, role, leads };
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

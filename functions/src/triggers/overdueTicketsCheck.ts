/**
 * `overdueTicketsCheck` (SPEC §5 "overdue tickets stand out and notify the assignee and the
 * lead"): every 15 minutes, each estate's running tickets past their due time are marked
 * `overdueAt` (once) and their assignee and their department's leads are notified through
 * `notify` (deterministic id `ticketOverdue_<ticketId>_<uid>`, so a re-run notifies once).
 * "Now" is the event's schedule time.
 */
import type { Firestore } from "firebase-admin/firestore";
import { onSchedule } from "firebase-functions/v2/scheduler";
import { runningStatuses } from "../domain/tickets/dueTime.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { checkEveryEstate } from "../firestore/everyEstate.js";
import { notify } from "../firestore/notifications.js";
import { ticketSettingsOf } from "../callables/ticketAccess.js";

/** The check's name, as the tickets record it. */
export const OVERDUE_CHECK = "overdueTicketsCheck";

/** Tickets read per estate and run. */
export const OVERDUE_PAGE = 500;

/** Marks and notifies the overdue tickets of every estate; returns the newly marked ids. */
export async function checkOverdueTickets(
  firestore: Firestore,
  scheduleTime: string,
): Promise<string[]> {
  const typed = collections(firestore);
  const marked = await checkEveryEstate(
    firestore,
    OVERDUE_CHECK,
    scheduleTime,
    async (estate, now) => {
      const settings = await ticketSettingsOf(firestore, estate.id);
      const overdue = await typed
        .tickets(estate.id)
        .where("status", "in", [...runningStatuses])
        .where("dueAt", "<", now)
        .orderBy("dueAt", "asc")
        .limit(OVERDUE_PAGE)
        .get();
      const newlyMarked: string[] = [];
      for (const snapshot of overdue.docs) {
        const ticket = snapshot.data();
        const recipients = new Set([
          ...(ticket.assigneeId === null ? [] : [ticket.assigneeId]),
          ...(settings.leads[ticket.department] ?? []),
        ]);
        for (const recipientUid of recipients) {
          await notify(firestore, estate.id, {
            id: `ticketOverdue_${ticket.id}_${recipientUid}`,
            recipientUid,
            subject: { kind: "ticket", id: ticket.id },
            reason: "overdue",
            title: ticket.title,
            link: `/tickets/${ticket.id}`,
            at: ticket.dueAt,
          });
        }
        if (ticket.overdueAt === null) {
          await snapshot.ref.update({ overdueAt: now, updatedAt: now, updatedBy: OVERDUE_CHECK });
          newlyMarked.push(ticket.id);
        }
      }
      return newlyMarked;
    },
  );
  return marked.flat();
}

/** The deployed schedule. */
export const overdueTicketsCheck = onSchedule(
  { schedule: "every 15 minutes", timeZone: "Asia/Shanghai" },
  async (event) => {
    await checkOverdueTickets(db(), event.scheduleTime);
  },
);

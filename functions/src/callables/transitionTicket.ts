/**
 * `transitionTicket` (SPEC §5): moves a ticket one step of its life cycle (open → assigned →
 * in progress → done → followed up → closed, or cancelled with a reason) on behalf of the
 * caller, as `domain/tickets/lifecycle.ts` allows; the step is recorded with actor, server time
 * and note. Refusals say why (not permitted, case record incomplete, reason missing…).
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { docId } from "../domain/schema/common.js";
import type { StoredTicket } from "../domain/schema/ticket.js";
import { transition, type TransitionRefusalCode } from "../domain/tickets/lifecycle.js";
import { ticketStatusSchema } from "../domain/tickets/ticket.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { seesDepartment, ticketActorOf, ticketSettingsOf } from "./ticketAccess.js";
import { validatedOnCall, type AuthData } from "./validatedOnCall.js";

/** What the caller gives. */
export const transitionTicketInputSchema = z.object({
  estateId: docId,
  ticketId: docId,
  to: ticketStatusSchema,
  note: z.string().trim().max(2000).default(""),
  /** assign / reassign: who will do the work. */
  assigneeId: docId.optional(),
});
/** Input of `transitionTicket`. */
export type TransitionTicketInput = z.input<typeof transitionTicketInputSchema>;

const statusOfRefusal: Record<TransitionRefusalCode, "permission-denied" | "failed-precondition"> =
  {
    finished: "failed-precondition",
    noSuchStep: "failed-precondition",
    notPermitted: "permission-denied",
    assigneeMissing: "failed-precondition",
    reasonMissing: "failed-precondition",
    outOfOrder: "failed-precondition",
    caseRecordIncomplete: "failed-precondition",
    qualityArrangementMissing: "failed-precondition",
    caseCancelNeedsDirector: "permission-denied",
  };

/** The ticket after the step. */
export interface TransitionTicketResult {
  ticketId: string;
  status: StoredTicket["status"];
  assigneeId: string | null;
}

/** Takes the step; returns where the ticket now stands. */
export async function transitionTicketAs(
  firestore: Firestore,
  auth: AuthData,
  input: TransitionTicketInput,
  now: Date = new Date(),
): Promise<TransitionTicketResult> {
  const data = transitionTicketInputSchema.parse(input);
  const settings = await ticketSettingsOf(firestore, data.estateId);
  const actor = ticketActorOf(auth, data.estateId, settings);
  const typed = collections(firestore);
  if (data.assigneeId !== undefined) {
    const member = (await typed.staff(data.estateId).doc(data.assigneeId).get()).data();
    if (!member?.active) {
      throw new HttpsError("not-found", `no active staff member ${data.assigneeId}`);
    }
  }
  const ref = typed.tickets(data.estateId).doc(data.ticketId);
  return firestore.runTransaction(async (transaction) => {
    const ticket = (await transaction.get(ref)).data();
    if (ticket === undefined || !seesDepartment(actor, ticket.department)) {
      throw new HttpsError("not-found", `no ticket ${data.ticketId} in ${data.estateId}`);
    }
    const details = data.assigneeId === undefined ? {} : { assigneeId: data.assigneeId };
    const result = transition(ticket, data.to, actor, now, data.note, details);
    if (!result.ok) {
      throw new HttpsError(statusOfRefusal[result.refusal.code], result.refusal.reason, {
        code: result.refusal.code,
      });
    }
    const next: StoredTicket = {
      ...ticket,
      ...result.ticket,
      // A ticket no longer running is no longer overdue.
      overdueAt: ["open", "assigned", "inProgress"].includes(result.ticket.status)
        ? ticket.overdueAt
        : null,
      updatedAt: now,
      updatedBy: auth.uid,
    };
    transaction.set(ref, next);
    return { ticketId: next.id, status: next.status, assigneeId: next.assigneeId };
  });
}

/** The callable. */
export const transitionTicket = validatedOnCall(transitionTicketInputSchema, ({ data, auth }) =>
  transitionTicketAs(db(), auth, data),
);

/**
 * `openTicket` (SPEC §5; A, B.1.4, B.1.6, B.1.8, B2.11, B2.13): opens a ticket from a
 * reception record or directly. The department defaults per type, the due time per type and
 * estate (SLA-style); an assignee named at opening makes the first step "assigned" at once.
 * A house-quality ticket gets its warranty arrangement from the household's warranty end.
 * From a reception record: the ticket's id is `reception_<receptionId>` (a retried call opens
 * one ticket) and the reception's `ticketId` is set in the same transaction — a system field,
 * written only here, also on an archived record (linking changes nothing the owner said).
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { docId, instant } from "../domain/schema/common.js";
import { departmentSchema } from "../domain/schema/role.js";
import type { StoredTicket } from "../domain/schema/ticket.js";
import { warrantyDecision } from "../domain/tickets/caseFindings.js";
import { defaultDepartment } from "../domain/tickets/defaultDepartment.js";
import { defaultDueAt } from "../domain/tickets/dueTime.js";
import { transition } from "../domain/tickets/lifecycle.js";
import { serviceChargeSchema, ticketTypeSchema } from "../domain/tickets/ticket.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { estateZoneOrRefuse, ticketActorOf, ticketSettingsOf } from "./ticketAccess.js";
import { validatedOnCall, type AuthData } from "./validatedOnCall.js";

/** What the opener gives. */
export const openTicketInputSchema = z.object({
  estateId: docId,
  type: ticketTypeSchema,
  /** Defaults to the type's department. */
  department: departmentSchema.optional(),
  householdId: docId.nullable(),
  title: z.string().trim().min(1, "must not be empty").max(200),
  description: z.string().trim().max(5000).default(""),
  charge: serviceChargeSchema.default("unpaid"),
  assigneeId: docId.nullable().default(null),
  /** Defaults per type and estate. */
  dueAt: instant.nullable().default(null),
  /** The reception record the ticket comes from (issue 3: "open a ticket stub" at the desk). */
  fromReceptionId: docId.nullable().default(null),
});
/** Input of `openTicket`. */
export type OpenTicketInput = z.input<typeof openTicketInputSchema>;

/** The opened ticket's id, and whether this call opened it (false on a retry). */
export interface OpenTicketResult {
  ticketId: string;
  created: boolean;
}

/** How another callable opens a ticket through this same path. */
export interface OpenTicketOptions {
  /** A deterministic ticket id, so a retried caller opens one ticket (`patrol_<patrolId>`). */
  ticketId?: string;
  /**
   * The calling callable has already checked that the caller may open this ticket (a
   * renovation patrol by order staff opens a customer-service ticket): skip the
   * own-department check.
   */
  openerChecked?: boolean;
}

/**
 * Opens a ticket on behalf of the caller: customer service, the director or admin open any;
 * department staff open tickets of their own department.
 */
export async function openTicketAs(
  firestore: Firestore,
  auth: AuthData,
  input: OpenTicketInput,
  now: Date = new Date(),
  options: OpenTicketOptions = {},
): Promise<OpenTicketResult> {
  const data = openTicketInputSchema.parse(input);
  const settings = await ticketSettingsOf(firestore, data.estateId);
  const actor = ticketActorOf(auth, data.estateId, settings);
  const department = data.department ?? defaultDepartment(data.type);
  const dispatcher = ["customerService", "director", "admin"].includes(actor.role);
  if (!dispatcher && actor.role !== department && options.openerChecked !== true) {
    throw new HttpsError(
      "permission-denied",
      `a ${actor.role} staff member opens tickets of their own department, not ${department}`,
    );
  }
  const timeZone = await estateZoneOrRefuse(firestore, data.estateId);
  const typed = collections(firestore);
  let householdWarrantyEnd: Date | null = null;
  if (data.householdId !== null) {
    const household = (await typed.households(data.estateId).doc(data.householdId).get()).data();
    if (household === undefined) {
      throw new HttpsError("not-found", `no household ${data.householdId} in ${data.estateId}`);
    }
    householdWarrantyEnd = household.warrantyEnd;
  }
  if (data.assigneeId !== null) {
    const member = (await typed.staff(data.estateId).doc(data.assigneeId).get()).data();
    if (!member?.active) {
      throw new HttpsError("not-found", `no active staff member ${data.assigneeId}`);
    }
  }
  const dueAt =
    data.dueAt ?? defaultDueAt(data.type, now, { timeZone, overrides: settings.dueTimes });
  if (dueAt.getTime() < now.getTime()) {
    throw new HttpsError("invalid-argument", "dueAt: is before the ticket is opened");
  }
  const tickets = typed.tickets(data.estateId);
  const ref =
    options.ticketId !== undefined
      ? tickets.doc(options.ticketId)
      : data.fromReceptionId === null
        ? tickets.doc()
        : tickets.doc(`reception_${data.fromReceptionId}`);

  const opened: StoredTicket = {
    id: ref.id,
    estateId: data.estateId,
    type: data.type,
    department,
    householdId: data.householdId,
    receptionId: data.fromReceptionId,
    title: data.title,
    description: data.description,
    charge: data.charge,
    assigneeId: null,
    openedBy: auth.uid,
    openedAt: now,
    dueAt,
    status: "open",
    transitions: [],
    cancellationReason: null,
    caseRecord: null,
    ambulanceGuidance: null,
    houseQuality:
      data.type === "houseQuality"
        ? {
            arrangement: warrantyDecision({ warrantyEnd: householdWarrantyEnd }, now).arrangement,
            developerReply: null,
            ownerAgreement: null,
            rightsProtection: null,
          }
        : null,
    visitFlags: [],
    flagged: false,
    overdueAt: null,
    inspections: [],
    ambulanceComplaint: null,
    createdAt: now,
    createdBy: auth.uid,
    updatedAt: now,
    updatedBy: auth.uid,
  };
  let ticket = opened;
  if (data.assigneeId !== null) {
    const assigned = transition(opened, "assigned", actor, now, "", {
      assigneeId: data.assigneeId,
    });
    if (!assigned.ok) throw new HttpsError("permission-denied", assigned.refusal.reason);
    ticket = { ...opened, ...assigned.ticket };
  }

  return firestore.runTransaction(async (transaction) => {
    const receptionRef =
      data.fromReceptionId === null
        ? null
        : typed.receptions(data.estateId).doc(data.fromReceptionId);
    const [existing, reception] = await Promise.all([
      transaction.get(ref),
      receptionRef === null ? Promise.resolve(null) : transaction.get(receptionRef),
    ]);
    if (existing.exists) return { ticketId: ref.id, created: false };
    if (receptionRef !== null) {
      const record = reception?.data();
      if (record === undefined) {
        throw new HttpsError("not-found", `no reception record ${data.fromReceptionId ?? ""}`);
      }
      if (record.ticketId !== null && record.ticketId !== ref.id) {
        throw new HttpsError(
          "failed-precondition",
          `reception ${record.id} already opened ticket ${record.ticketId}`,
        );
      }
      if (ticket.householdId === null && record.householdId !== null) {
        ticket = { ...ticket, householdId: record.householdId };
      }
      transaction.update(receptionRef, { ticketId: ref.id });
    }
    transaction.create(ref, ticket);
    return { ticketId: ref.id, created: true };
  });
}

/** The callable. */
export const openTicket = validatedOnCall(openTicketInputSchema, ({ data, auth }) =>
  openTicketAs(db(), auth, data),
);

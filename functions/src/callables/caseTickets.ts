/**
 * Case callables of tickets (SPEC §5; B2.7–9, B2.11), for the director or admin of the estate:
 * - `inspectCase`: a director's inspection (定期或不定期檢查) of an illegal-construction,
 *   covenant, dispute, arrears or renovation case; "found unhandled" records the -50 finding
 *   (B2.7, B2.8 or B2.9) to the assignee, or to the department's team when nobody is assigned.
 *   The device chooses the inspection id, so a retried call records one finding.
 * - `recordRightsProtection`: marks a house-quality case a successful rights-protection case
 *   and records the supervisory committee's confirmation (who, when; recorded by the director),
 *   which makes the +100 finding of B2.11, once (`B2.11_<ticketId>`).
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { paths } from "../domain/paths.js";
import { docId, instant, requiredText } from "../domain/schema/common.js";
import type { StoredTicket } from "../domain/schema/ticket.js";
import { rightsProtectionFinding, unhandledCaseFinding } from "../domain/tickets/caseFindings.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { estateTimeZone, recordFindingOnce } from "../firestore/findings.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

/** Input of `inspectCase`. */
export const inspectCaseInputSchema = z.object({
  estateId: docId,
  ticketId: docId,
  inspectionId: docId,
  result: z.enum(["handled", "foundUnhandled"]),
  note: z.string().trim().max(2000).default(""),
});

/** Input of `recordRightsProtection`. */
export const recordRightsProtectionInputSchema = z.object({
  estateId: docId,
  ticketId: docId,
  /** Who on the supervisory committee confirmed (a name). */
  confirmedBy: requiredText(60),
  confirmedAt: instant,
});

async function caseTicket(
  firestore: Firestore,
  estateId: string,
  ticketId: string,
): Promise<StoredTicket> {
  const ticket = (await collections(firestore).tickets(estateId).doc(ticketId).get()).data();
  if (ticket === undefined)
    throw new HttpsError("not-found", `no ticket ${ticketId} in ${estateId}`);
  return ticket;
}

/** Records an inspection; returns the finding's id when it found the case unhandled. */
export async function inspectCaseAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof inspectCaseInputSchema>,
  now: Date = new Date(),
): Promise<{ inspectionId: string; findingId: string | null }> {
  const data = inspectCaseInputSchema.parse(input);
  requireRole(auth, data.estateId, ["director", "admin"]);
  const ticket = await caseTicket(firestore, data.estateId, data.ticketId);
  const existing = ticket.inspections.find((inspection) => inspection.id === data.inspectionId);
  if (existing !== undefined) return { inspectionId: existing.id, findingId: existing.findingId };
  let findingId: string | null = null;
  if (data.result === "foundUnhandled") {
    const result = unhandledCaseFinding(
      ticket,
      { id: data.inspectionId, by: auth.uid, at: now, note: data.note },
      paths.ticket(data.estateId, ticket.id),
    );
    if (!result.ok) throw new HttpsError("failed-precondition", result.reason);
    const timeZone = await estateTimeZone(firestore, data.estateId);
    await recordFindingOnce(firestore, data.estateId, result.finding, timeZone, now);
    findingId = result.finding.id;
  }
  const ref = collections(firestore).tickets(data.estateId).doc(ticket.id);
  await firestore.runTransaction(async (transaction) => {
    const current = (await transaction.get(ref)).data();
    if (current === undefined) return;
    if (current.inspections.some((inspection) => inspection.id === data.inspectionId)) return;
    transaction.set(ref, {
      ...current,
      inspections: [
        ...current.inspections,
        {
          id: data.inspectionId,
          by: auth.uid,
          at: now,
          result: data.result,
          note: data.note,
          findingId,
        },
      ],
      updatedAt: now,
      updatedBy: auth.uid,
    });
  });
  return { inspectionId: data.inspectionId, findingId };
}

/** Marks the success with the committee's confirmation; records the B2.11 finding once. */
export async function recordRightsProtectionAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof recordRightsProtectionInputSchema>,
  now: Date = new Date(),
): Promise<{ findingId: string }> {
  const data = recordRightsProtectionInputSchema.parse(input);
  requireRole(auth, data.estateId, ["director", "admin"]);
  if (data.confirmedAt.getTime() > now.getTime()) {
    throw new HttpsError("invalid-argument", "confirmedAt: is in the future");
  }
  const ref = collections(firestore).tickets(data.estateId).doc(data.ticketId);
  const marked = await firestore.runTransaction(async (transaction) => {
    const ticket = (await transaction.get(ref)).data();
    if (ticket === undefined) throw new HttpsError("not-found", `no ticket ${data.ticketId}`);
    if (ticket.houseQuality === null) {
      throw new HttpsError(
        "failed-precondition",
        "only a house-quality case is a rights-protection case",
      );
    }
    if (ticket.houseQuality.rightsProtection?.committeeConfirmation != null) return ticket;
    const next: StoredTicket = {
      ...ticket,
      houseQuality: {
        ...ticket.houseQuality,
        rightsProtection: {
          markedBy: ticket.houseQuality.rightsProtection?.markedBy ?? auth.uid,
          markedAt: ticket.houseQuality.rightsProtection?.markedAt ?? now,
          committeeConfirmation: {
            confirmedBy: data.confirmedBy,
            confirmedAt: data.confirmedAt,
            recordedBy: auth.uid,
            recordedAt: now,
          },
        },
      },
      updatedAt: now,
      updatedBy: auth.uid,
    };
    transaction.set(ref, next);
    return next;
  });
  const timeZone = await estateTimeZone(firestore, data.estateId);
  const result = rightsProtectionFinding(marked, paths.ticket(data.estateId, marked.id), timeZone);
  if (!result.ok) throw new HttpsError("failed-precondition", result.reason);
  await recordFindingOnce(firestore, data.estateId, result.finding, timeZone, now);
  return { findingId: result.finding.id };
}

/** The callables. */
export const inspectCase = validatedOnCall(inspectCaseInputSchema, ({ data, auth }) =>
  inspectCaseAs(db(), auth, data),
);
export const recordRightsProtection = validatedOnCall(
  recordRightsProtectionInputSchema,
  ({ data, auth }) => recordRightsProtectionAs(db(), auth, data),
);

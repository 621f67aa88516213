/**
 * Case callables of tickets (SPEC §5; B2.7–9, B2.11), for the director or admin of the estate:
 * - `inspectCase`: a director's inspection (定期或不定期檢查) of an illegal-construction,
 *   covenant, dispute, arrears or renovation case; "found unhandled" records the -50 finding
 *   (B2.7, B2.8 or B2.9) to the assignee, or to the department's team when nobody is assigned.
 *   The device chooses the inspection id, so a retried call records one finding.
 * - `recordRightsProtection`: marks a house-quality case a successful rights-protection case
 *   and records the supervisory committee's confirmation (who, when; recorded by the director),
 *   which makes the +100 finding of B2.11, once (`B2.11_<ticketId>`).
 * - `recordCaseRecord` (B2.7–9): the written process and result and the responsible person's
 *   signature (drawn on screen, stored by `imageStore` with the signer's name and time); by
 *   whoever works the case (its assignee, the department lead, customer service, the
 *   director). Once signed it is never edited. Closing needs it complete (`lifecycle.ts`).
 * - `recordAmbulanceGuidance` (B2.13): called at, arrived at, who guided; by those who work
 *   the ticket, until a complaint about it is recorded.
 * - `recordHouseQuality` (B2.11): within warranty the developer's reply and its date, after it
 *   the repair and cost agreed with the owner; by those who work the ticket.
 * - `recordAmbulanceComplaint` (B2.13): the director records a complaint about the ambulance
 *   guidance verified as true, which makes the -20 finding once (`B2.13_<ticketId>_<id>`).
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { paths } from "../domain/paths.js";
import { docId, instant, requiredText } from "../domain/schema/common.js";
import type { StoredTicket } from "../domain/schema/ticket.js";
import {
  ambulanceComplaintFinding,
  rightsProtectionFinding,
  unhandledCaseFinding,
} from "../domain/tickets/caseFindings.js";
import { capacitiesOf } from "../domain/tickets/lifecycle.js";
import {
  ambulanceGuidanceUpdate,
  caseRecordUpdate,
  houseQualityUpdate,
  type CasePartResult,
} from "../domain/tickets/ticket.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { estateTimeZone, recordFindingOnce } from "../firestore/findings.js";
import { InvalidImageError, saveImage } from "../firestore/imageStore.js";
import { seesDepartment, ticketActorOf, ticketSettingsOf } from "./ticketAccess.js";
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

/** Input of `recordCaseRecord`. */
export const recordCaseRecordInputSchema = z
  .object({
    estateId: docId,
    ticketId: docId,
    process: z.string().trim().max(5000),
    result: z.string().trim().max(5000),
    /** The responsible person's name and drawn signature (a PNG data URL); both or neither. */
    signerName: z.string().trim().max(60).default(""),
    signatureDataUrl: z.string().default(""),
  })
  .refine((data) => (data.signerName === "") === (data.signatureDataUrl === ""), {
    path: ["signerName"],
    error: "a signature comes with the signer's name, and a name with the drawn signature",
  });

/** Input of `recordAmbulanceGuidance`. */
export const recordAmbulanceGuidanceInputSchema = z.object({
  estateId: docId,
  ticketId: docId,
  calledAt: instant,
  arrivedAt: instant.nullable().default(null),
  /** The staff member who guided the ambulance. */
  guidedBy: docId.nullable().default(null),
});

/** Input of `recordHouseQuality`. */
export const recordHouseQualityInputSchema = z.object({
  estateId: docId,
  ticketId: docId,
  settlement: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("developerReply"), text: requiredText(2000), at: instant }),
    z.object({
      kind: z.literal("ownerAgreement"),
      repair: requiredText(2000),
      costYuan: z.number().min(0).max(10_000_000),
      agreedAt: instant,
    }),
  ]),
});

/** Input of `recordAmbulanceComplaint`. */
export const recordAmbulanceComplaintInputSchema = z.object({
  estateId: docId,
  ticketId: docId,
  /** Chosen by the device, so a retried call records one finding. */
  complaintId: docId,
  text: requiredText(2000),
  receivedAt: instant,
});

/**
 * The ticket, read by someone who works it (assignee, department lead, customer service,
 * director): `not-found` when the caller may not see its department, `permission-denied` when
 * they see it but do not work it.
 */
async function workedTicket(
  firestore: Firestore,
  auth: AuthData,
  estateId: string,
  ticketId: string,
): Promise<StoredTicket> {
  const settings = await ticketSettingsOf(firestore, estateId);
  const actor = ticketActorOf(auth, estateId, settings);
  const ticket = (await collections(firestore).tickets(estateId).doc(ticketId).get()).data();
  if (ticket === undefined || !seesDepartment(actor, ticket.department)) {
    throw new HttpsError("not-found", `no ticket ${ticketId} in ${estateId}`);
  }
  if (capacitiesOf(ticket, actor).length === 0) {
    throw new HttpsError(
      "permission-denied",
      "only the assignee, the department lead, customer service or the director records this",
    );
  }
  return ticket;
}

function valueOrRefuse<T>(result: CasePartResult<T>): T {
  if (!result.ok) throw new HttpsError("failed-precondition", result.reason);
  return result.value;
}

/**
 * Writes one case part of a ticket in a transaction: `update` derives the new ticket from the
 * current one (or throws a refusal); nothing is written when it returns the ticket unchanged.
 */
async function updateTicket(
  firestore: Firestore,
  estateId: string,
  ticketId: string,
  update: (ticket: StoredTicket) => StoredTicket,
): Promise<StoredTicket> {
  const ref = collections(firestore).tickets(estateId).doc(ticketId);
  return firestore.runTransaction(async (transaction) => {
    const current = (await transaction.get(ref)).data();
    if (current === undefined) throw new HttpsError("not-found", `no ticket ${ticketId}`);
    const next = update(current);
    if (next !== current) transaction.set(ref, next);
    return next;
  });
}

/** Records the written process and result, signed or not yet; returns the record's state. */
export async function recordCaseRecordAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof recordCaseRecordInputSchema>,
  now: Date = new Date(),
): Promise<{ ticketId: string; signed: boolean }> {
  const data = recordCaseRecordInputSchema.parse(input);
  const ticket = await workedTicket(firestore, auth, data.estateId, data.ticketId);
  const draft = { process: data.process, result: data.result, responsibleSignature: null };
  valueOrRefuse(caseRecordUpdate(ticket, draft));
  let signature = null;
  if (data.signatureDataUrl !== "" && ticket.caseRecord?.responsibleSignature == null) {
    const imageId = `caseSignature_${ticket.id}_${String(now.getTime())}`;
    try {
      await saveImage(firestore, data.estateId, {
        id: imageId,
        dataUrl: data.signatureDataUrl,
        kind: "signature",
        signerName: data.signerName,
        subjectPath: paths.ticket(data.estateId, ticket.id),
        by: auth.uid,
        now,
      });
    } catch (error) {
      if (error instanceof InvalidImageError) {
        throw new HttpsError("invalid-argument", `signatureDataUrl: ${error.message}`);
      }
      throw error;
    }
    signature = {
      image: { imagePath: paths.image(data.estateId, imageId) },
      signerName: data.signerName,
      signedAt: now,
    };
  }
  const stored = await updateTicket(firestore, data.estateId, ticket.id, (current) => {
    const record = valueOrRefuse(
      caseRecordUpdate(current, { ...draft, responsibleSignature: signature }),
    );
    if (record === current.caseRecord) return current;
    return { ...current, caseRecord: record, updatedAt: now, updatedBy: auth.uid };
  });
  return { ticketId: stored.id, signed: stored.caseRecord?.responsibleSignature != null };
}

/** Records (or completes) the ambulance guidance of an emergency ticket. */
export async function recordAmbulanceGuidanceAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof recordAmbulanceGuidanceInputSchema>,
  now: Date = new Date(),
): Promise<{ ticketId: string }> {
  const data = recordAmbulanceGuidanceInputSchema.parse(input);
  await workedTicket(firestore, auth, data.estateId, data.ticketId);
  if (data.guidedBy !== null) {
    const guide = (
      await collections(firestore).staff(data.estateId).doc(data.guidedBy).get()
    ).data();
    if (!guide?.active)
      throw new HttpsError("not-found", `no active staff member ${data.guidedBy}`);
  }
  const guidance = { calledAt: data.calledAt, arrivedAt: data.arrivedAt, guidedBy: data.guidedBy };
  await updateTicket(firestore, data.estateId, data.ticketId, (current) => {
    if (current.ambulanceComplaint !== null) {
      throw new HttpsError(
        "failed-precondition",
        "a verified complaint about this guidance is recorded; the guidance is evidence now",
      );
    }
    const value = valueOrRefuse(ambulanceGuidanceUpdate(current, guidance, now));
    return { ...current, ambulanceGuidance: value, updatedAt: now, updatedBy: auth.uid };
  });
  return { ticketId: data.ticketId };
}

/** Records the developer's reply (within warranty) or the owner's agreement (after it). */
export async function recordHouseQualityAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof recordHouseQualityInputSchema>,
  now: Date = new Date(),
): Promise<{ ticketId: string }> {
  const data = recordHouseQualityInputSchema.parse(input);
  await workedTicket(firestore, auth, data.estateId, data.ticketId);
  await updateTicket(firestore, data.estateId, data.ticketId, (current) => {
    const value = valueOrRefuse(houseQualityUpdate(current, data.settlement, now));
    return { ...current, houseQuality: value, updatedAt: now, updatedBy: auth.uid };
  });
  return { ticketId: data.ticketId };
}

/** Records a verified complaint about the ambulance guidance; the B2.13 finding once. */
export async function recordAmbulanceComplaintAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof recordAmbulanceComplaintInputSchema>,
  now: Date = new Date(),
): Promise<{ findingId: string }> {
  const data = recordAmbulanceComplaintInputSchema.parse(input);
  requireRole(auth, data.estateId, ["director", "admin"]);
  if (data.receivedAt.getTime() > now.getTime()) {
    throw new HttpsError("invalid-argument", "receivedAt: is in the future");
  }
  const ticket = await caseTicket(firestore, data.estateId, data.ticketId);
  const existing = ticket.ambulanceComplaint;
  if (existing !== null) {
    if (existing.id === data.complaintId) return { findingId: existing.findingId };
    throw new HttpsError(
      "already-exists",
      "a verified complaint about this guidance is already recorded",
    );
  }
  const complaint = {
    id: data.complaintId,
    text: data.text,
    receivedAt: data.receivedAt,
    verifiedBy: auth.uid,
    verifiedAt: now,
  };
  const result = ambulanceComplaintFinding(
    ticket,
    complaint,
    paths.ticket(data.estateId, ticket.id),
  );
  if (!result.ok) throw new HttpsError("failed-precondition", result.reason);
  const timeZone = await estateTimeZone(firestore, data.estateId);
  await recordFindingOnce(firestore, data.estateId, result.finding, timeZone, now);
  const findingId = result.finding.id;
  await updateTicket(firestore, data.estateId, ticket.id, (current) =>
    current.ambulanceComplaint !== null
      ? current
      : {
          ...current,
          ambulanceComplaint: { ...complaint, findingId },
          updatedAt: now,
          updatedBy: auth.uid,
        },
  );
  return { findingId };
}

/** The callables. */
export const inspectCase = validatedOnCall(inspectCaseInputSchema, ({ data, auth }) =>
  inspectCaseAs(db(), auth, data),
);
export const recordRightsProtection = validatedOnCall(
  recordRightsProtectionInputSchema,
  ({ data, auth }) => recordRightsProtectionAs(db(), auth, data),
);
export const recordCaseRecord = validatedOnCall(recordCaseRecordInputSchema, ({ data, auth }) =>
  recordCaseRecordAs(db(), auth, data),
);
export const recordAmbulanceGuidance = validatedOnCall(
  recordAmbulanceGuidanceInputSchema,
  ({ data, auth }) => recordAmbulanceGuidanceAs(db(), auth, data),
);
export const recordHouseQuality = validatedOnCall(recordHouseQualityInputSchema, ({ data, auth }) =>
  recordHouseQualityAs(db(), auth, data),
);
export const recordAmbulanceComplaint = validatedOnCall(
  recordAmbulanceComplaintInputSchema,
  ({ data, auth }) => recordAmbulanceComplaintAs(db(), auth, data),
);

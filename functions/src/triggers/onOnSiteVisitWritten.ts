/**
 * `onOnSiteVisitWritten` (B2.5b, B2.5c; the design's "visits needing signature"): every write
 * of an on-site visit is assessed by `assessVisit` at the event's time —
 * - a visit done without a signature → an "unsigned" flag on its ticket at once (the B2.5c
 *   finding comes from `unsignedVisitsCheck` once the grace period has passed);
 * - the owner disputed their copy, or the record changed after signing (its content no longer
 *   matches the signed hash, or an amendment was appended) → a B2.5c finding;
 * - an unpaid service rated dissatisfied → a B2.5b finding and a return-visit task; a paid one
 *   → the return-visit task only.
 * Idempotent: findings and return visits have deterministic ids and are created once; the
 * ticket's flags are a function of the visit and are written only when they differ.
 */
import type { Firestore } from "firebase-admin/firestore";
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import type { DocumentSnapshot } from "firebase-admin/firestore";
import { paths, triggerPaths } from "../domain/paths.js";
import { storedReturnVisitSchema } from "../domain/schema/returnVisit.js";
import type { StoredOnSiteVisit } from "../domain/schema/onSiteVisit.js";
import { isFlagging, type StoredVisitFlag } from "../domain/schema/ticket.js";
import { assessVisit, type VisitAssessment } from "../domain/tickets/visitFindings.js";
import { collections, converters } from "../firestore/collections.js";
import { createOnce } from "../firestore/createOnce.js";
import { db } from "../firestore/db.js";
import { estateTimeZone, recordFindingOnce } from "../firestore/findings.js";
import { ticketSettingsOf } from "../callables/ticketAccess.js";

/** Who records the findings and tasks. */
export const VISIT_TRIGGER = "onOnSiteVisitWritten";

/** How long after a dissatisfied rating the return visit should be made: three days. */
export const RETURN_VISIT_WITHIN_MS = 3 * 86_400_000;

/** The flags of one visit as its ticket stores them. */
function storedFlags(assessment: VisitAssessment): StoredVisitFlag[] {
  return assessment.flags.map((flag) => ({
    kind: flag.kind,
    visitId: flag.visitId,
    at: flag.kind === "unsigned" ? flag.since : flag.at,
  }));
}

/**
 * Records what the visit owes at `now`: findings, return visits, and its flags on the ticket.
 * Returns the assessment.
 */
export async function applyVisitAssessment(
  firestore: Firestore,
  visit: StoredOnSiteVisit,
  now: Date,
  recordedBy: string = VISIT_TRIGGER,
): Promise<VisitAssessment> {
  const { estateId } = visit;
  const [settings, timeZone] = await Promise.all([
    ticketSettingsOf(firestore, estateId),
    estateTimeZone(firestore, estateId),
  ]);
  const assessment = await assessVisit(visit, {
    now,
    settings: { unsignedGraceMinutes: settings.unsignedGraceMinutes },
    recordPath: paths.onSiteVisit(estateId, visit.id),
    recordedBy,
    firstAmendedAt: visit.amendments[0]?.at ?? null,
  });
  for (const finding of assessment.findings) {
    await recordFindingOnce(firestore, estateId, finding, timeZone, now);
  }
  const ticketRef = collections(firestore).tickets(estateId).doc(visit.ticketId);
  for (const due of assessment.returnVisits) {
    const ticket = (await ticketRef.get()).data();
    const returnVisit = storedReturnVisitSchema.parse({
      id: due.id,
      estateId,
      householdId: due.householdId,
      reason: "dissatisfiedRating",
      source: { kind: "ticket", ticketId: due.ticketId },
      note: ticket?.title ?? "",
      plannedFor: new Date(due.at.getTime() + RETURN_VISIT_WITHIN_MS),
      assigneeId: null,
      outcome: null,
      escalatedTo: null,
      createdAt: now,
      createdBy: recordedBy,
      updatedAt: now,
      updatedBy: recordedBy,
    });
    await createOnce(firestore.doc(paths.returnVisit(estateId, due.id)), returnVisit);
  }
  const flags = storedFlags(assessment);
  await firestore.runTransaction(async (transaction) => {
    const ticket = (await transaction.get(ticketRef)).data();
    if (ticket === undefined) return;
    const others = ticket.visitFlags.filter((flag) => flag.visitId !== visit.id);
    const mine = ticket.visitFlags.filter((flag) => flag.visitId === visit.id);
    const same =
      JSON.stringify(mine.map((flag) => [flag.kind, flag.at.getTime()])) ===
      JSON.stringify(flags.map((flag) => [flag.kind, flag.at.getTime()]));
    if (same) return;
    const visitFlags = [...others, ...flags];
    transaction.set(ticketRef, {
      ...ticket,
      visitFlags,
      flagged: visitFlags.some(isFlagging),
      updatedAt: now,
      updatedBy: recordedBy,
    });
  });
  return assessment;
}

/** The part of a write event the trigger reads. */
export interface VisitWrite {
  time: string;
  data?: { after: DocumentSnapshot } | undefined;
}

/** Assesses the visit as written (nothing for a deletion). */
export async function assessWrittenVisit(
  firestore: Firestore,
  event: VisitWrite,
): Promise<VisitAssessment | null> {
  const after = event.data === undefined ? null : converters.onSiteVisit.read(event.data.after);
  if (after === null) return null;
  return applyVisitAssessment(firestore, after, new Date(event.time));
}

/** The deployed trigger. */
export const onOnSiteVisitWritten = onDocumentWritten(triggerPaths.onSiteVisit, async (event) => {
  await assessWrittenVisit(db(), event);
});

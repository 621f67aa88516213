/**
 * The renovation file callables (裝修檔案; B.1.8, B2.9; issue 4 item 5). Every write stamps who
 * and when with the server's time; the file is created by its first write.
 * - `recordRenovationFile`: one part of the file — the works period, the owner's agreement, the
 *   approval, the contractor, a worker, the acceptance. Customer service, the director and
 *   admin record every part; order (security) staff, who meet the contractor's people at the
 *   gate, register the contractor and the workers.
 * - `recordRenovationPatrol`: a daily patrol (order staff, customer service, director, admin),
 *   with optional photos kept by `imageStore`. A patrol that found a problem opens a renovation
 *   ticket through `openTicketAs` with the id `renovation_<householdId>_<patrolId>`, so a
 *   retried call keeps one patrol and opens one ticket.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { paths } from "../domain/paths.js";
import { docId, instant, requiredText } from "../domain/schema/common.js";
import type { StoredRenovationFile } from "../domain/schema/renovationFile.js";
import {
  patrolTicketDraft,
  renovationFileSchema,
  renovationRecorders,
  renovationWorkerSchema,
  type RenovationPatrol,
} from "../domain/tickets/renovationFile.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { InvalidImageError, saveImage } from "../firestore/imageStore.js";
import { openTicketAs } from "./openTicket.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

const MAX_PATROL_PHOTOS = 5;
const note = z.string().trim().max(2000).default("");

/** One part of the file, as the recorder gives it (who and when come from the call). */
export const renovationPartSchema = z.discriminatedUnion("part", [
  z.object({ part: z.literal("works"), start: instant, end: instant }),
  z.object({ part: z.literal("agreement"), signedBy: requiredText(60), signedAt: instant }),
  z.object({ part: z.literal("approval"), note }),
  z.object({
    part: z.literal("contractor"),
    name: requiredText(120),
    licenceNumber: z.string().trim().max(40).default(""),
    contactName: requiredText(60),
    phone: requiredText(40),
  }),
  z.object({
    part: z.literal("worker"),
    name: requiredText(60),
    idNumber: z.string(),
    phone: z.string().trim().max(40).default(""),
    from: instant,
    until: instant,
  }),
  z.object({ part: z.literal("acceptance"), note }),
]);
/** A part of the file. */
export type RenovationPart = z.infer<typeof renovationPartSchema>;

/** Input of `recordRenovationFile`. */
export const recordRenovationFileInputSchema = z.object({
  estateId: docId,
  householdId: docId,
  record: renovationPartSchema,
});

function emptyFile(
  estateId: string,
  householdId: string,
  by: string,
  now: Date,
): StoredRenovationFile {
  return {
    id: householdId,
    estateId,
    householdId,
    works: null,
    agreement: null,
    approval: null,
    contractor: null,
    workers: [],
    patrols: [],
    acceptance: null,
    createdAt: now,
    createdBy: by,
    updatedAt: now,
    updatedBy: by,
  };
}

function withPart(
  file: StoredRenovationFile,
  record: RenovationPart,
  by: string,
  now: Date,
): StoredRenovationFile {
  switch (record.part) {
    case "works":
      return { ...file, works: { start: record.start, end: record.end } };
    case "agreement":
      return {
        ...file,
        agreement: { signedBy: record.signedBy, signedAt: record.signedAt, documentPath: null },
      };
    case "approval":
      return { ...file, approval: { approvedBy: by, approvedAt: now, note: record.note } };
    case "contractor":
      return {
        ...file,
        contractor: {
          name: record.name,
          licenceNumber: record.licenceNumber,
          contactName: record.contactName,
          phone: record.phone,
          registeredAt: now,
        },
      };
    case "worker": {
      const parsed = renovationWorkerSchema.safeParse(record);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new HttpsError(
          "invalid-argument",
          `record.${issue?.path.join(".") ?? ""}: ${issue?.message ?? "is invalid"}`,
        );
      }
      // The same ID number registers the same person again (a new period or phone).
      const others = file.workers.filter((worker) => worker.idNumber !== parsed.data.idNumber);
      return { ...file, workers: [...others, parsed.data] };
    }
    case "acceptance":
      return { ...file, acceptance: { acceptedBy: by, acceptedAt: now, note: record.note } };
  }
}

/** Checks the whole file as the domain does, refusing with the first problem. */
function checkedFile(file: StoredRenovationFile): StoredRenovationFile {
  const parsed = renovationFileSchema.safeParse(file);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpsError(
      "invalid-argument",
      `${issue?.path.join(".") ?? "file"}: ${issue?.message ?? "is invalid"}`,
    );
  }
  return file;
}

async function householdOrRefuse(
  firestore: Firestore,
  estateId: string,
  householdId: string,
): Promise<void> {
  const household = await collections(firestore).households(estateId).doc(householdId).get();
  if (!household.exists) {
    throw new HttpsError("not-found", `no household ${householdId} in ${estateId}`);
  }
}

/** Records one part of a household's renovation file (creating the file on its first part). */
export async function recordRenovationFileAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof recordRenovationFileInputSchema>,
  now: Date = new Date(),
): Promise<{ householdId: string }> {
  const data = recordRenovationFileInputSchema.parse(input);
  requireRole(auth, data.estateId, renovationRecorders[data.record.part]);
  await householdOrRefuse(firestore, data.estateId, data.householdId);
  const ref = collections(firestore).renovationFiles(data.estateId).doc(data.householdId);
  await firestore.runTransaction(async (transaction) => {
    const existing = (await transaction.get(ref)).data();
    const file = existing ?? emptyFile(data.estateId, data.householdId, auth.uid, now);
    const next = checkedFile({
      ...withPart(file, data.record, auth.uid, now),
      updatedAt: now,
      updatedBy: auth.uid,
    });
    transaction.set(ref, next);
  });
  return { householdId: data.householdId };
}

/** Input of `recordRenovationPatrol`. */
export const recordRenovationPatrolInputSchema = z.object({
  estateId: docId,
  householdId: docId,
  /** Chosen by the device: a retried call with the same id records one patrol. */
  patrolId: docId,
  findings: requiredText(2000),
  problemFound: z.boolean(),
  /** PNG/JPEG data URLs (each ≤ 300 KB). */
  photos: z.array(z.string()).max(MAX_PATROL_PHOTOS).default([]),
});

/** The patrol's id and the ticket its problem opened (null when it found none). */
export interface RecordRenovationPatrolResult {
  patrolId: string;
  ticketId: string | null;
}

/** The id of the ticket a patrol's problem opens (one per patrol, whatever the retries). */
export function patrolTicketId(householdId: string, patrolId: string): string {
  return `renovation_${householdId}_${patrolId}`;
}

/**
 * Records a daily patrol by the caller at server time; a problem found opens a renovation
 * ticket (once) and the patrol keeps its id.
 */
export async function recordRenovationPatrolAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof recordRenovationPatrolInputSchema>,
  now: Date = new Date(),
): Promise<RecordRenovationPatrolResult> {
  const data = recordRenovationPatrolInputSchema.parse(input);
  requireRole(auth, data.estateId, renovationRecorders.patrol);
  const ref = collections(firestore).renovationFiles(data.estateId).doc(data.householdId);
  if (!(await ref.get()).exists) {
    throw new HttpsError(
      "not-found",
      `household ${data.householdId} has no renovation file; record its works first`,
    );
  }
  const photoPaths: string[] = [];
  for (const [index, dataUrl] of data.photos.entries()) {
    try {
      const imageId = await saveImage(firestore, data.estateId, {
        id: `patrol_${data.patrolId}_${String(index)}`,
        dataUrl,
        kind: "photo",
        subjectPath: paths.renovationFile(data.estateId, data.householdId),
        by: auth.uid,
        now,
      });
      photoPaths.push(paths.image(data.estateId, imageId));
    } catch (error) {
      if (error instanceof InvalidImageError) {
        throw new HttpsError("invalid-argument", `photos[${String(index)}]: ${error.message}`);
      }
      throw error;
    }
  }

  const patrol = await firestore.runTransaction(async (transaction) => {
    const file = (await transaction.get(ref)).data();
    if (file === undefined) throw new HttpsError("not-found", "the renovation file vanished");
    const recorded = file.patrols.find((one) => one.id === data.patrolId);
    if (recorded !== undefined) return recorded;
    const fresh: RenovationPatrol = {
      id: data.patrolId,
      by: auth.uid,
      at: now,
      findings: data.findings,
      problemFound: data.problemFound,
      photos: photoPaths,
      ticketId: null,
    };
    transaction.set(ref, {
      ...file,
      patrols: [...file.patrols, fresh],
      updatedAt: now,
      updatedBy: auth.uid,
    });
    return fresh;
  });

  const draft = patrolTicketDraft(
    { estateId: data.estateId, householdId: data.householdId },
    patrol,
  );
  if (draft === null) return { patrolId: patrol.id, ticketId: null };
  if (patrol.ticketId !== null) return { patrolId: patrol.id, ticketId: patrol.ticketId };
  const { ticketId } = await openTicketAs(
    firestore,
    auth,
    {
      estateId: draft.estateId,
      type: draft.type,
      department: draft.department,
      householdId: draft.householdId,
      title: draft.title,
      description: draft.description,
    },
    patrol.at,
    { ticketId: patrolTicketId(data.householdId, patrol.id), openerChecked: true },
  );
  await firestore.runTransaction(async (transaction) => {
    const file = (await transaction.get(ref)).data();
    if (file === undefined) return;
    transaction.set(ref, {
      ...file,
      patrols: file.patrols.map((one) => (one.id === patrol.id ? { ...one, ticketId } : one)),
      updatedAt: now,
      updatedBy: auth.uid,
    });
  });
  return { patrolId: patrol.id, ticketId };
}

/** The callables. */
export const recordRenovationFile = validatedOnCall(
  recordRenovationFileInputSchema,
  ({ data, auth }) => recordRenovationFileAs(db(), auth, data),
);
export const recordRenovationPatrol = validatedOnCall(
  recordRenovationPatrolInputSchema,
  ({ data, auth }) => recordRenovationPatrolAs(db(), auth, data),
);

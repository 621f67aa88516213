/**
 * Importing a duty line's carrier export (B2.5a): read the file with the domain reader, store
 * the import and the calls not stored before (id = `carrierCallId`, so the same call in any
 * export is stored once), reconcile the file's period, and complete the import's summary.
 * The import's id comes from the estate, the line and the bytes: uploading the same file
 * again finds the finished import and changes nothing.
 */
import { createHash } from "node:crypto";
import type { Firestore } from "firebase-admin/firestore";
import { dedupeCalls, readCarrierCalls, type CarrierCall } from "../domain/carrierCalls/index.js";
import { MAX_STORED_ROW_ERRORS, type CallImport } from "../domain/schema/callImport.js";
import { storedCarrierCallOf } from "../domain/schema/carrierCall.js";
import { isPhoneChannel } from "../domain/reconciliation.js";
import {
  LONGEST_CALL_MS,
  callSettingsOf,
  reconcileCallsStartingBetween,
  timeZoneOf,
} from "./callReconciliation.js";
import { collections } from "./collections.js";

/** The largest export accepted, in bytes. */
export const MAX_CARRIER_FILE_BYTES = 8 * 1024 * 1024;

const BATCH_LIMIT = 500;

/** What an upload gives the import. */
export interface CarrierFileUpload {
  estateId: string;
  line: string;
  fileName: string;
  bytes: Uint8Array;
  uploadedBy: string;
}

/**
 * How far before the import's first read a reception's server-time stamp may lie and still be
 * re-checked: the function's clock and Firestore's may differ by a little.
 */
export const CLOCK_MARGIN_MS = 60_000;

/** Test seams of {@link importCarrierFile}. */
export interface CarrierImportHooks {
  /** Runs after the first reconciliation wrote its flags, before the re-check. */
  afterFirstPass?: () => Promise<void>;
}

/** The import's summary, and whether the file had been imported before. */
export interface CarrierCallImportResult {
  callImport: CallImport;
  alreadyImported: boolean;
}

/** The id of the import of these bytes on this line of this estate. */
export function callImportId(estateId: string, line: string, bytes: Uint8Array): string {
  return createHash("sha256")
    .update(estateId)
    .update("\u0000")
    .update(line)
    .update("\u0000")
    .update(bytes)
    .digest("hex")
    .slice(0, 32);
}

/**
 * Imports the export and reconciles its period. Throws `CarrierFileError` when the file cannot
 * be read at all (no recognisable header, not a spreadsheet); bad rows are reported in the
 * summary with their row numbers, and the good rows are imported.
 */
export async function importCarrierFile(
  db: Firestore,
  upload: CarrierFileUpload,
  now: Date = new Date(),
  hooks: CarrierImportHooks = {},
): Promise<CarrierCallImportResult> {
  const store = collections(db);
  const id = callImportId(upload.estateId, upload.line, upload.bytes);
  const ref = store.callImports(upload.estateId).doc(id);
  const previous = (await ref.get()).data();
  if (previous?.status === "done") return { callImport: previous, alreadyImported: true };

  const timeZone = await timeZoneOf(db, upload.estateId);
  const read = readCarrierCalls(upload.bytes, upload.fileName, { timeZone });
  const calls = dedupeCalls(read.calls).fresh;
  let first = Infinity;
  let last = -Infinity;
  for (const call of calls) {
    first = Math.min(first, call.start.getTime());
    last = Math.max(last, call.start.getTime());
  }
  const callImport: CallImport = {
    id,
    estateId: upload.estateId,
    line: upload.line,
    fileName: upload.fileName,
    uploadedBy: previous?.uploadedBy ?? upload.uploadedBy,
    uploadedAt: previous?.uploadedAt ?? now,
    rows: read.rows,
    newCalls: 0,
    connected: 0,
    missed: 0,
    matched: 0,
    unlogged: 0,
    errors: read.errors.slice(0, MAX_STORED_ROW_ERRORS),
    errorCount: read.errors.length,
    firstCallAt: calls.length === 0 ? null : new Date(first),
    lastCallAt: calls.length === 0 ? null : new Date(last),
    status: "importing",
    createdAt: previous?.createdAt ?? now,
    createdBy: previous?.createdBy ?? upload.uploadedBy,
    updatedAt: now,
    updatedBy: upload.uploadedBy,
  };
  await ref.set(callImport);

  const newCalls = await storeNewCalls(db, upload, id, calls, now);
  const counts = { connected: 0, missed: 0, matched: 0, unlogged: 0 };
  if (calls.length > 0) {
    const fileCallIds = new Set(calls.map((call) => call.id));
    // The wall clock, not `now`: receptions written meanwhile carry the server's time.
    const firstRead = new Date(Date.now() - CLOCK_MARGIN_MS);
    let { reconciliation } = await reconcileCallsStartingBetween(
      db,
      upload.estateId,
      new Date(first),
      new Date(last + 1),
      now,
    );
    await hooks.afterFirstPass?.();
    // A phone record written while this import ran may have been read by neither the first
    // pass (written after its read) nor its own trigger (which ran before these flags
    // existed): reconcile the period once more so that it clears what it matches.
    if (await phoneRecordsWrittenSince(db, upload.estateId, firstRead, first, last)) {
      ({ reconciliation } = await reconcileCallsStartingBetween(
        db,
        upload.estateId,
        new Date(first),
        new Date(last + 1),
        now,
      ));
    }
    for (const outcome of reconciliation.outcomes) {
      if (!fileCallIds.has(outcome.call.id)) continue;
      if (outcome.status === "missed") counts.missed++;
      else {
        counts.connected++;
        counts[outcome.status]++;
      }
    }
  }
  const done: CallImport = {
    ...callImport,
    newCalls,
    ...counts,
    status: "done",
  };
  await ref.set(done);
  return { callImport: done, alreadyImported: false };
}

/**
 * Whether a phone reception that may match a call starting in [first, last] was written or
 * edited at or after `since` (server time).
 */
async function phoneRecordsWrittenSince(
  db: Firestore,
  estateId: string,
  since: Date,
  first: number,
  last: number,
): Promise<boolean> {
  const tolerance = (await callSettingsOf(db, estateId)).toleranceMinutes * 60_000;
  const written = await collections(db).receptions(estateId).where("updatedAt", ">=", since).get();
  return written.docs.some((snapshot) => {
    const reception = snapshot.data();
    const at = reception.at.getTime();
    return (
      isPhoneChannel(reception.channel) &&
      at >= first - tolerance &&
      at <= last + LONGEST_CALL_MS + tolerance
    );
  });
}

/** Stores the calls not stored before, in batches; returns how many were new. */
async function storeNewCalls(
  db: Firestore,
  upload: CarrierFileUpload,
  importId: string,
  calls: readonly CarrierCall[],
  now: Date,
): Promise<number> {
  const collection = collections(db).carrierCalls(upload.estateId);
  let stored = 0;
  for (let index = 0; index < calls.length; index += BATCH_LIMIT) {
    const chunk = calls.slice(index, index + BATCH_LIMIT);
    const refs = chunk.map((call) => collection.doc(call.id));
    const existing = await db.getAll(...refs, { fieldMask: [] });
    const batch = db.batch();
    let writes = 0;
    chunk.forEach((call, position) => {
      const ref = refs[position];
      if (ref === undefined || existing[position]?.exists === true) return;
      batch.set(
        ref,
        storedCarrierCallOf(call, {
          estateId: upload.estateId,
          line: upload.line,
          importId,
          by: upload.uploadedBy,
          now,
        }),
      );
      writes++;
    });
    if (writes > 0) await batch.commit();
    stored += writes;
  }
  return stored;
}

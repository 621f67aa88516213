/**
 * `importCarrierCalls` (B2.5a): a director or customer service of the estate uploads a duty
 * line's carrier export (CSV, XLSX or XLS, base64, at most 8 MB). Bad rows come back with
 * their row numbers and reasons and the good rows are imported; an unreadable file is
 * `invalid-argument` with the reason. The file's period is reconciled before the answer.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError, onCall } from "firebase-functions/v2/https";
import { z } from "zod";
import { CarrierFileError } from "../domain/carrierCalls/index.js";
import { dutyLineSchema } from "../domain/schema/carrierCall.js";
import type { CallImport } from "../domain/schema/callImport.js";
import { docId } from "../domain/schema/common.js";
import { MAX_CARRIER_FILE_BYTES, importCarrierFile } from "../firestore/carrierCallImport.js";
import { db } from "../firestore/db.js";
import { requireRole, validated, type AuthData } from "./validatedOnCall.js";

const MAX_BASE64_LENGTH = Math.ceil(MAX_CARRIER_FILE_BYTES / 3) * 4;

/** The upload: estate, duty line, file name and the file's bytes in base64. */
export const importCarrierCallsInputSchema = z.object({
  estateId: docId,
  line: dutyLineSchema,
  fileName: z.string().trim().min(1, "must not be empty").max(200),
  contentBase64: z
    .string()
    .min(1, "the file is empty")
    .max(
      MAX_BASE64_LENGTH,
      `the file is larger than ${String(MAX_CARRIER_FILE_BYTES / 1024 / 1024)} MB`,
    )
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "must be base64"),
});

/** What the caller gets: the import's summary as plain JSON. */
export interface ImportCarrierCallsResult {
  importId: string;
  alreadyImported: boolean;
  rows: number;
  newCalls: number;
  connected: number;
  missed: number;
  matched: number;
  unlogged: number;
  errorCount: number;
  errors: CallImport["errors"];
}

/** Imports the upload for the caller, who must be director or customer service of the estate. */
export async function importCarrierCallsAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof importCarrierCallsInputSchema>,
  now: Date = new Date(),
): Promise<ImportCarrierCallsResult> {
  const data = importCarrierCallsInputSchema.parse(input);
  requireRole(auth, data.estateId, ["director", "customerService"]);
  const bytes = Buffer.from(data.contentBase64, "base64");
  if (bytes.length === 0) throw new HttpsError("invalid-argument", "the file is empty");
  try {
    const { callImport, alreadyImported } = await importCarrierFile(
      firestore,
      {
        estateId: data.estateId,
        line: data.line,
        fileName: data.fileName,
        bytes,
        uploadedBy: auth.uid,
      },
      now,
    );
    return {
      importId: callImport.id,
      alreadyImported,
      rows: callImport.rows,
      newCalls: alreadyImported ? 0 : callImport.newCalls,
      connected: callImport.connected,
      missed: callImport.missed,
      matched: callImport.matched,
      unlogged: callImport.unlogged,
      errorCount: callImport.errorCount,
      errors: callImport.errors,
    };
  } catch (error) {
    if (error instanceof CarrierFileError) {
      throw new HttpsError("invalid-argument", `${data.fileName}: ${error.message}`);
    }
    throw error;
  }
}

const handler = validated(importCarrierCallsInputSchema, ({ data, auth }) =>
  importCarrierCallsAs(db(), auth, data),
);

/** The callable, with room for an 8 MB spreadsheet and a month of calls to reconcile. */
export const importCarrierCalls = Object.assign(
  onCall({ timeoutSeconds: 300, memory: "1GiB" }, handler),
  { handler },
);

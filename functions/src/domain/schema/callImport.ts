/**
 * Call import (B2.5a): one upload of a duty line's carrier export and what became of it.
 * Path `estates/{estateId}/callImports/{id}`; the id is derived from the estate, the line and
 * the file's bytes, so uploading the same file again finds its import. Written only by the
 * callable `importCarrierCalls` (upload by customer service or the director); read by
 * customer service, the director and the admin of the estate.
 */
import { z } from "zod";
import { rowProblemSchema } from "../rowProblem.js";
import { docId, instant, writeStamp } from "./common.js";
import { dutyLineSchema } from "./carrierCall.js";

/** At most this many row errors are stored with an import (the count is always exact). */
export const MAX_STORED_ROW_ERRORS = 1000;

/** importing: calls being written and reconciled; done: the summary is final. */
export const callImportStatuses = ["importing", "done"] as const;

export const callImportSchema = z.object({
  id: docId,
  estateId: docId,
  line: dutyLineSchema,
  fileName: z.string().trim().min(1, "must not be empty").max(200),
  uploadedBy: docId,
  uploadedAt: instant,
  /** Data rows read (good and bad). */
  rows: z.number().int().min(0),
  /** Calls of the file not stored before this import. */
  newCalls: z.number().int().min(0),
  connected: z.number().int().min(0),
  missed: z.number().int().min(0),
  matched: z.number().int().min(0),
  unlogged: z.number().int().min(0),
  /**
   * Bad rows, with the row number a person sees in the file, the reason in English and, from
   * imports since the reasons became codes (`domain/rowProblem.ts`), the problems to translate.
   */
  errors: z
    .array(
      z.object({
        row: z.number().int().min(1),
        reason: z.string().min(1),
        problems: z.array(rowProblemSchema).optional(),
      }),
    )
    .max(MAX_STORED_ROW_ERRORS),
  errorCount: z.number().int().min(0),
  /** The first and last call start of the file; null when it had no call. */
  firstCallAt: instant.nullable(),
  lastCallAt: instant.nullable(),
  status: z.enum(callImportStatuses),
  ...writeStamp,
});
export type CallImport = z.infer<typeof callImportSchema>;

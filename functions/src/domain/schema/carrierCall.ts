/**
 * Carrier call (電信局通話記錄, B2.5a): one row of a duty line's call-detail export, as
 * imported. Path `estates/{estateId}/carrierCalls/{id}`, where the id is the domain's
 * `carrierCallId` (type, number, start, duration), so re-importing the same or an
 * overlapping export never stores a call twice. Written only by the callable
 * `importCarrierCalls`; never changed afterwards (it is the carrier's record). Read by
 * customer service, the director and the admin of the estate.
 */
import { z } from "zod";
import { carrierCallId, type CarrierCall } from "../carrierCalls/index.js";
import type { ReconciledCall } from "../reconciliation.js";
import { docId, instant, writeStamp } from "./common.js";

/** The duty line a carrier export belongs to (the published duty number, or its name). */
export const dutyLineSchema = z.string().trim().min(1, "must not be empty").max(40);

export const carrierCallSchema = z
  .object({
    id: docId,
    estateId: docId,
    line: dutyLineSchema,
    start: instant,
    /** Whole seconds; 0 for a missed call. */
    seconds: z.number().int().min(0),
    /** The other party's number, normalised ("" when the carrier withheld it). */
    number: z.string().max(40),
    type: z.enum(["in", "out", "missed"]),
    /** The import that first brought the call, and its row number in that file. */
    importId: docId,
    row: z.number().int().min(1),
    ...writeStamp,
  })
  .refine((call) => call.id === carrierCallId(call), {
    path: ["id"],
    error: "must be the call's carrierCallId (type_number_epochSeconds_seconds)",
  });
export type StoredCarrierCall = z.infer<typeof carrierCallSchema>;

/** The stored record of a call read from an export. */
export function storedCarrierCallOf(
  call: CarrierCall,
  context: { estateId: string; line: string; importId: string; by: string; now: Date },
): StoredCarrierCall {
  return {
    id: call.id,
    estateId: context.estateId,
    line: context.line,
    start: call.start,
    seconds: call.seconds,
    number: call.number,
    type: call.type,
    importId: context.importId,
    row: call.row,
    createdAt: context.now,
    createdBy: context.by,
    updatedAt: context.now,
    updatedBy: context.by,
  };
}

/** The B2.5a view of a stored call (see `reconciliation.ts`). */
export function toReconciledCall(
  call: Pick<StoredCarrierCall, "id" | "start" | "seconds" | "number" | "type">,
): ReconciledCall {
  return {
    id: call.id,
    start: call.start,
    seconds: call.seconds,
    number: call.number,
    type: call.type,
  };
}

/**
 * Handover (交接班): the record of a shift change (B2.1 "all duty and handovers must be
 * recorded and archived"; SPEC §3). Path `estates/{estateId}/handovers/{shiftId}`: one
 * handover per rostered shift, under the outgoing shift's id. Written by the outgoing staff
 * member (editable until confirmed); confirmed by the incoming staff member; never deleted.
 * Read by every staff member of the estate. Its confirmation archives the shift's receptions
 * (trigger `onHandoverConfirmed`); completeness is `domain/handover.ts`.
 */
import { z } from "zod";
import { docId, instant, writeStamp } from "./common.js";

/** What an open item carried over refers to. */
export const openItemKinds = ["reception", "ticket", "promise", "other"] as const;
export type OpenItemKind = (typeof openItemKinds)[number];

export const openItemSchema = z.object({
  kind: z.enum(openItemKinds),
  /** The id of the linked record (reception, ticket, promise); null for `other`. */
  refId: docId.nullable(),
  /** What remains to be done. */
  text: z.string().trim().max(500),
});
export type OpenItem = z.infer<typeof openItemSchema>;

/** At most this many open items in one handover. */
export const MAX_OPEN_ITEMS = 50;

export const handoverSchema = z
  .object({
    id: docId,
    estateId: docId,
    /** The outgoing shift (the handover's id is this id). */
    shiftId: docId,
    /** The outgoing shift's range, copied so archiving needs no roster read. */
    shiftStart: instant,
    shiftEnd: instant,
    outgoingStaffId: docId,
    /** Null while the writer has not named who takes over (an incomplete handover). */
    incomingStaffId: docId.nullable(),
    openItems: z.array(openItemSchema).max(MAX_OPEN_ITEMS),
    /** The writer says explicitly that nothing is carried over (an empty list is not enough). */
    noOpenItems: z.boolean(),
    /** Anomalies of the shift ("無" when none: the part must be written). */
    anomalies: z.string().trim().max(2000),
    notes: z.string().trim().max(2000),
    /** When the outgoing staff member wrote (last saved) it. */
    writtenAt: instant,
    confirmedBy: docId.nullable(),
    confirmedAt: instant.nullable(),
    ...writeStamp,
  })
  .refine((handover) => handover.id === handover.shiftId, {
    path: ["id"],
    error: "a handover's id is its shift's id",
  })
  .refine((handover) => (handover.confirmedBy === null) === (handover.confirmedAt === null), {
    path: ["confirmedAt"],
    error: "a confirmation says who and when",
  });
export type Handover = z.infer<typeof handoverSchema>;

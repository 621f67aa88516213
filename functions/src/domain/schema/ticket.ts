/**
 * Stored ticket (工單; A, B.1.4, B.1.6, B.1.8, B2.7–9, B2.11, B2.13; SPEC §5). Path
 * `estates/{estateId}/tickets/{ticketId}`. Written only by functions: opened by the callable
 * `openTicket` (from a reception record or directly, or by a renovation patrol), moved through
 * its life cycle by `transitionTicket`, its case parts by `recordCaseRecord`, `inspectCase`,
 * `recordRightsProtection`; `visitFlags` by the trigger `onOnSiteVisitWritten`, `overdueAt` by
 * the scheduled `overdueTicketsCheck`. Read by customer service, the director and admin of the
 * estate, and by department staff for their own department's tickets.
 *
 * Owner-visible fields (the household page of issue 6 shows these and nothing else): `id`,
 * `type`, `householdId`, `title`, `status`, `openedAt`, `dueAt`, `charge`, and the `at`/`to`
 * of each transition. Never shown to owners: `assigneeId`, notes, `visitFlags`, `inspections`,
 * `caseRecord`, `houseQuality`, `ambulanceGuidance`, `overdueAt`.
 */
import { z } from "zod";
import { checkTicketInvariants, ticketFieldsSchema } from "../tickets/ticket.js";
import { withDates } from "../tickets/storedDates.js";
import { dueTimeOverridesSchema } from "../tickets/dueTime.js";
import { docId, requiredText } from "./common.js";
import { departmentSchema } from "./role.js";

/** A flag a visit raises on its ticket at once (before any finding), for the director's screen. */
export const storedVisitFlagSchema = z.object({
  kind: z.enum(["unsigned", "disputed", "changedAfterSigning", "dissatisfied"]),
  visitId: docId,
  at: z.date(),
});
/** One visit flag on a ticket. */
export type StoredVisitFlag = z.infer<typeof storedVisitFlagSchema>;

/** A director's inspection of a B2.7–9 case (定期或不定期檢查). */
export const storedInspectionSchema = z.object({
  id: docId,
  by: docId,
  at: z.date(),
  result: z.enum(["handled", "foundUnhandled"]),
  note: z.string().trim().max(2000),
  /** The -50 finding a "found unhandled" inspection made. */
  findingId: docId.nullable(),
});
/** One inspection of a case. */
export type StoredInspection = z.infer<typeof storedInspectionSchema>;

/** The ticket's fields as stored, before the invariants. */
export const storedTicketFieldsSchema = ticketFieldsSchema.extend({
  /** Flags the ticket's on-site visits raise (unsigned visit, disputed copy…); live on screens. */
  visitFlags: z.array(storedVisitFlagSchema),
  /** True while an unsigned, disputed or changed visit flag stands (the director's query). */
  flagged: z.boolean(),
  /** When the overdue check first found it overdue (and notified); null otherwise. */
  overdueAt: z.date().nullable(),
  inspections: z.array(storedInspectionSchema),
  /** The B2.13 verified complaint about the ambulance guidance, with its finding. */
  ambulanceComplaint: z
    .object({
      id: docId,
      text: requiredText(2000),
      receivedAt: z.date(),
      verifiedBy: docId,
      verifiedAt: z.date(),
      findingId: docId,
    })
    .nullable(),
  createdAt: z.date(),
  createdBy: docId,
  updatedAt: z.date(),
  updatedBy: docId,
});

/** Validates a stored ticket (Timestamps at any depth read as Dates). */
export const storedTicketSchema = withDates(
  storedTicketFieldsSchema.superRefine(checkTicketInvariants),
);
/** A ticket as stored. */
export type StoredTicket = z.infer<typeof storedTicketFieldsSchema>;

/** The flags that stand for the director (a dissatisfied rating is followed by a return visit). */
export function isFlagging(flag: Pick<StoredVisitFlag, "kind">): boolean {
  return flag.kind !== "dissatisfied";
}

/**
 * Per-estate ticket settings (`estates/{estateId}/settings/tickets`): due-time overrides per
 * type and the grace period before an unsigned visit costs a B2.5c finding. Written by the
 * director or admin (seeded; no screen yet); read by the estate's staff and the functions.
 * Absent → the defaults ({@link defaultTicketSettings}).
 */
export const ticketSettingsSchema = z.object({
  id: z.literal("tickets"),
  dueTimes: dueTimeOverridesSchema,
  unsignedGraceMinutes: z
    .number()
    .int()
    .min(0)
    .max(14 * 24 * 60),
  /** The lead (組長 / 主管) of each department: assigns its tickets and hears of overdue ones. */
  leads: z.partialRecord(departmentSchema, z.array(docId).max(10)),
});
/** An estate's ticket settings. */
export type TicketSettings = z.infer<typeof ticketSettingsSchema>;

/** The settings of an estate that has none stored. */
export const defaultTicketSettings: TicketSettings = {
  id: "tickets",
  dueTimes: {},
  unsignedGraceMinutes: 24 * 60,
  leads: {},
};

/**
 * Reception (接待記錄): the written record of one contact with an owner, on any channel
 * (B.1.1–4; B2.5 "whatever the channel, there must be a written record"). Path
 * `estates/{estateId}/receptions/{id}`. Written by customer service, director and admin (the
 * author may edit until the shift is handed over; the trigger `onHandoverConfirmed` archives
 * it; an archived record is never edited or deleted, only amended by a new record linked to
 * it with a reason). Read by every staff member of the estate.
 */
import { z } from "zod";
import { normalisePhoneNumber } from "../phoneNumber.js";
import { RECEPTION_CHANNELS, type PhoneReceptionRecord } from "../reconciliation.js";
import { dayOf, isDayKey } from "../time.js";
import { docId, instant, requiredText, writeStamp } from "./common.js";
import { householdRequestRefSchema } from "./householdRequest.js";

export { RECEPTION_CHANNELS, type ReceptionChannel } from "../reconciliation.js";

/** What a contact was about (SPEC §2). */
export const receptionCategories = [
  "inquiry",
  "repair",
  "cleaningGreening",
  "security",
  "complaint",
  "suggestion",
  "praise",
  "fee",
  "renovation",
  "developerLegacy",
  "houseQuality",
  "violationReport",
  "dispute",
  "emergency",
] as const;
export type ReceptionCategory = (typeof receptionCategories)[number];

/** Channels on which the caller's number is the record's key (B2.5a reconciles them). */
export const PHONE_CHANNELS = ["phone_in", "phone_out"] as const;

/** A calendar day `YYYY-MM-DD`. */
export const dayKey = z
  .string()
  .refine((text): boolean => isDayKey(text), "must be a calendar day YYYY-MM-DD");

export const receptionFieldsSchema = z.object({
  id: docId,
  estateId: docId,
  channel: z.enum(RECEPTION_CHANNELS),
  /** When the contact happened (defaults to now on the desk; editable). */
  at: instant,
  /** The local day of `at` in the estate's zone: today's desk reads `day == today` only. */
  day: dayKey,
  /** The caller's number as typed ("" when the contact had none, e.g. a letter). */
  callerNumber: z.string().trim().max(40),
  /** {@link normalisePhoneNumber} of `callerNumber`, for the caller-ID lookup and B2.5a. */
  callerKey: z.string().max(40),
  /** Who called, as they said (an unknown number is kept with what they told). */
  callerName: z.string().trim().max(60),
  /** The household and person, when known; null for an unknown caller. */
  householdId: docId.nullable(),
  personId: docId.nullable(),
  category: z.enum(receptionCategories),
  content: requiredText(2000),
  outcome: z.string().trim().max(2000),
  /** The staff member who served the contact. */
  staffId: docId,
  /** The ticket this contact opened (tickets come later; the link is stored). */
  ticketId: docId.nullable(),
  /** Set by the handover trigger: the record is then only amended, never edited. */
  archived: z.boolean(),
  handoverId: docId.nullable(),
  /** An amendment: the id of the record it corrects, and why. */
  amends: docId.nullable(),
  amendReason: z.string().trim().max(500).nullable(),
  /**
   * Set only on a request an owner sent from the household page (channel `online`, written by
   * the public function `householdAction`); absent on every record staff write.
   */
  householdRequest: householdRequestRefSchema.optional(),
  ...writeStamp,
});

/** The invariants of a reception record, shared by the stored schema and the form. */
export function checkReceptionInvariants(
  reception: Pick<
    z.infer<typeof receptionFieldsSchema>,
    | "callerNumber"
    | "callerKey"
    | "amends"
    | "amendReason"
    | "archived"
    | "handoverId"
    | "personId"
    | "householdId"
  >,
  context: z.RefinementCtx,
): void {
  if (reception.callerKey !== normalisePhoneNumber(reception.callerNumber)) {
    context.addIssue({
      code: "custom",
      path: ["callerKey"],
      message: "must be the normalised caller number",
    });
  }
  if ((reception.amends === null) !== (reception.amendReason === null)) {
    context.addIssue({
      code: "custom",
      path: ["amendReason"],
      message: "an amendment names the record it corrects and a reason; other records neither",
    });
  }
  if (reception.amendReason?.length === 0) {
    context.addIssue({ code: "custom", path: ["amendReason"], message: "must not be empty" });
  }
  if (reception.archived !== (reception.handoverId !== null)) {
    context.addIssue({
      code: "custom",
      path: ["handoverId"],
      message: "an archived record names its handover, and only an archived one",
    });
  }
  if (reception.personId !== null && reception.householdId === null) {
    context.addIssue({
      code: "custom",
      path: ["householdId"],
      message: "a known person belongs to a household",
    });
  }
}

export const receptionSchema = receptionFieldsSchema.superRefine(checkReceptionInvariants);
export type Reception = z.infer<typeof receptionSchema>;

/** The B2.5a view of a reception (see `reconciliation.ts`). */
export function toPhoneReceptionRecord(
  reception: Pick<Reception, "id" | "channel" | "callerNumber" | "at">,
): PhoneReceptionRecord {
  return {
    id: reception.id,
    channel: reception.channel,
    number: reception.callerNumber,
    at: reception.at,
  };
}

/** The derived fields of a record: its caller key and its day in the estate's zone. */
export function derivedReceptionFields(
  reception: Pick<Reception, "callerNumber" | "at">,
  timeZone: string,
): Pick<Reception, "callerKey" | "day"> {
  return {
    callerKey: normalisePhoneNumber(reception.callerNumber),
    day: dayOf(reception.at, timeZone),
  };
}

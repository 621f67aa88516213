/**
 * Person: an owner (業主) or occupant (物業使用人) of a household, with several phones and a
 * preferred contact (B.1.5 "record and update owners' information, keep contact open").
 * Path `estates/{estateId}/people/{id}`. Written by customer service, director and admin
 * (every write stamps who and when; the trigger `onPersonWritten` keeps the history);
 * read by every staff member of the estate.
 */
import { z } from "zod";
import { normalisePhoneNumber } from "../phoneNumber.js";
import { docId, requiredText, writeStamp } from "./common.js";

export const personKinds = ["owner", "occupant"] as const;
export const contactMethods = ["phone", "sms", "wechat", "visit", "letter"] as const;

export const phoneSchema = z.object({
  number: z
    .string()
    .trim()
    .min(3, "phone number is too short")
    .max(40)
    .refine(
      (number) => normalisePhoneNumber(number).length >= 5,
      "phone number has too few digits",
    ),
  label: z.string().trim().max(20).default(""),
});
export type Phone = z.infer<typeof phoneSchema>;

export const personSchema = z.object({
  id: docId,
  estateId: docId,
  householdId: docId,
  kind: z.enum(personKinds),
  name: requiredText(60),
  phones: z.array(phoneSchema).max(10),
  /** Normalised digits of every phone, for the caller-ID lookup (array-contains). */
  phoneKeys: z.array(z.string()).max(10),
  preferredContact: z.enum(contactMethods),
  wechat: z.string().trim().max(60).default(""),
  note: z.string().trim().max(500).default(""),
  ...writeStamp,
});
export type Person = z.infer<typeof personSchema>;

/** The contact fields whose every change is kept in the history (B.1.5). */
export const contactFields = [
  "name",
  "kind",
  "phones",
  "preferredContact",
  "wechat",
  "householdId",
] as const;
export type ContactField = (typeof contactFields)[number];

/** The phone keys a person document must carry, derived from its phones. */
export function phoneKeysOf(phones: readonly Pick<Phone, "number">[]): string[] {
  return [...new Set(phones.map((phone) => normalisePhoneNumber(phone.number)))].sort();
}

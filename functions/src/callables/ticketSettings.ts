/**
 * `saveTicketSettings` (SPEC §5 "due time (defaults per type and estate, SLA-style)"; B2.5c's
 * configurable grace period; the department leads who assign and hear of overdue tickets): the
 * director or an admin of the estate saves `estates/{estateId}/settings/tickets` whole. A
 * callable, not a rules-checked client write like the duty and call settings: the due-time
 * table is a map of tagged rules and the leads must be active staff of their department, which
 * the rules cannot check. Stamped with who and when (server time).
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { paths } from "../domain/paths.js";
import { docId } from "../domain/schema/common.js";
import { departments } from "../domain/schema/role.js";
import { ticketSettingsSchema, type TicketSettings } from "../domain/schema/ticket.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

/** Input of `saveTicketSettings`: the whole settings of the estate. */
export const saveTicketSettingsInputSchema = z.object({
  estateId: docId,
  settings: ticketSettingsSchema.omit({ id: true }),
});

/** Saves the estate's ticket settings; refuses a lead who is not active staff of the department. */
export async function saveTicketSettingsAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof saveTicketSettingsInputSchema>,
  now: Date = new Date(),
): Promise<TicketSettings> {
  const data = saveTicketSettingsInputSchema.parse(input);
  requireRole(auth, data.estateId, ["director", "admin"]);
  const staff = collections(firestore).staff(data.estateId);
  for (const department of departments) {
    for (const leadId of data.settings.leads[department] ?? []) {
      const member = (await staff.doc(leadId).get()).data();
      if (member?.active !== true || member.role !== department) {
        throw new HttpsError(
          "invalid-argument",
          `leads.${department}: ${leadId} is not an active ${department} staff member`,
        );
      }
    }
  }
  const settings: TicketSettings = { id: "tickets", ...data.settings };
  // The stamps sit beside the schema's fields (the typed converter would drop them).
  await firestore
    .doc(paths.ticketSettings(data.estateId))
    .set({ ...settings, updatedAt: now, updatedBy: auth.uid });
  return settings;
}

/** The callable. */
export const saveTicketSettings = validatedOnCall(saveTicketSettingsInputSchema, ({ data, auth }) =>
  saveTicketSettingsAs(db(), auth, data),
);

/**
 * What every ticket callable needs: the caller as a ticket actor (role from the claims, the
 * departments they lead from the estate's ticket settings), the settings themselves, and the
 * estate's zone. Shared by `openTicket`, `transitionTicket`, the on-site visit callables and
 * the case callables.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { departments, roleIn, type Department } from "../domain/schema/role.js";
import { defaultTicketSettings, type TicketSettings } from "../domain/schema/ticket.js";
import type { TicketActor } from "../domain/tickets/lifecycle.js";
import { collections } from "../firestore/collections.js";
import type { AuthData } from "./validatedOnCall.js";

/** The estate's ticket settings, or the defaults when none are stored. */
export async function ticketSettingsOf(
  firestore: Firestore,
  estateId: string,
): Promise<TicketSettings> {
  const stored = (await collections(firestore).ticketSettings(estateId).get()).data();
  return stored ?? defaultTicketSettings;
}

/** The departments `staffId` leads according to the settings. */
export function departmentsLedBy(settings: TicketSettings, staffId: string): Department[] {
  return departments.filter((department) => settings.leads[department]?.includes(staffId));
}

/**
 * The caller as a ticket actor in the estate.
 *
 * @throws HttpsError `permission-denied` when the caller has no role there
 */
export function ticketActorOf(
  auth: AuthData,
  estateId: string,
  settings: TicketSettings,
): TicketActor {
  const role = roleIn(auth.token, estateId);
  if (role === null) {
    throw new HttpsError("permission-denied", `you have no role in estate ${estateId}`);
  }
  return { staffId: auth.uid, role, leads: departmentsLedBy(settings, auth.uid) };
}

/** Whether the actor may see tickets of `department` (as the rules say). */
export function seesDepartment(actor: TicketActor, department: Department): boolean {
  return (
    actor.role === "customerService" ||
    actor.role === "director" ||
    actor.role === "admin" ||
    actor.role === department
  );
}

/** The estate's zone, or `not-found` when there is no such estate. */
export async function estateZoneOrRefuse(firestore: Firestore, estateId: string): Promise<string> {
  const estate = (await collections(firestore).estates().doc(estateId).get()).data();
  if (estate === undefined) throw new HttpsError("not-found", `no estate ${estateId}`);
  return estate.timeZone;
}

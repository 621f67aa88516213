/**
 * One typed accessor per collection; the paths come from `domain/paths.ts`, the only place
 * that spells them. Every reference carries its zod converter.
 */
import type { Firestore } from "firebase-admin/firestore";
import { paths } from "../domain/paths.js";
import { contactChangeSchema, type ContactChange } from "../domain/schema/contactChange.js";
import { estateSchema, type Estate } from "../domain/schema/estate.js";
import { householdSchema, type Household } from "../domain/schema/household.js";
import { personSchema, type Person } from "../domain/schema/person.js";
import { staffSchema, type Staff } from "../domain/schema/staff.js";
import { zodConverter } from "./converters.js";

/** Converters of every collection, for snapshots that arrive without a reference (triggers). */
export const converters = {
  estate: zodConverter<Estate>(estateSchema, "estate"),
  household: zodConverter<Household>(householdSchema, "household"),
  person: zodConverter<Person>(personSchema, "person"),
  contactChange: zodConverter<ContactChange>(contactChangeSchema, "contact change"),
  staff: zodConverter<Staff>(staffSchema, "staff member"),
};

/** The typed collections of a Firestore instance. */
export function collections(db: Firestore) {
  return {
    estates: () => db.collection(paths.estates()).withConverter(converters.estate),
    households: (estateId: string) =>
      db.collection(paths.households(estateId)).withConverter(converters.household),
    people: (estateId: string) =>
      db.collection(paths.people(estateId)).withConverter(converters.person),
    contactChanges: (estateId: string) =>
      db.collection(paths.contactChanges(estateId)).withConverter(converters.contactChange),
    staff: (estateId: string) =>
      db.collection(paths.staff(estateId)).withConverter(converters.staff),
  };
}

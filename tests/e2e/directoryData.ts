/**
 * Households and people the end-to-end tests create for themselves with the Admin SDK, with
 * values unique to the run, so the tests never depend on the seed's contents.
 */
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import { paths } from "../../functions/src/domain/paths.js";
import type { Household } from "../../functions/src/domain/schema/household.js";
import { phoneKeysOf, type Person, type Phone } from "../../functions/src/domain/schema/person.js";

export const estateId = "demo-estate";

/** The Admin SDK's Firestore in the emulator (rules do not apply to it). */
export function adminDb(): Firestore {
  const app = getApps()[0] ?? initializeApp({ projectId: "demo-huiyin" });
  return getFirestore(app);
}

/** A token unique to this run, usable in ids, labels and names. */
export function uniqueToken(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`.toUpperCase();
}

/** An 11-digit mobile number unique to this run. */
export function uniqueMobile(): string {
  const digits = `${Date.now()}${Math.floor(Math.random() * 1000)}`.slice(-8);
  return `139${digits}`;
}

/** What `createHousehold` wrote. */
export interface TestHousehold {
  readonly household: Household;
  readonly person: Person;
  readonly label: string;
}

/** Creates a household with one owner and one phone in the demo estate. */
export async function createHousehold(phone: string): Promise<TestHousehold> {
  const db = adminDb();
  const token = uniqueToken();
  const now = new Date();
  const stamp = { createdAt: now, createdBy: "e2e", updatedAt: now, updatedBy: "e2e" };
  const household: Household = {
    id: `e2e-${token.toLowerCase()}`,
    estateId,
    building: "E2E",
    unit: token,
    room: "808",
    floor: 8,
    locationDescription: `測試樓 ${token}`,
    mapPosition: null,
    areaSquareMetres: 88.5,
    handoverDate: new Date("2024-06-30T16:30:00Z"),
    warrantyEnd: new Date("2029-06-30T16:00:00Z"),
    feeAccount: `FA-${token}`,
    ...stamp,
  };
  const phones: Phone[] = [{ number: phone, label: "手機" }];
  const person: Person = {
    id: `e2e-person-${token.toLowerCase()}`,
    estateId,
    householdId: household.id,
    kind: "owner",
    name: `測試業主${token}`,
    phones,
    phoneKeys: phoneKeysOf(phones),
    preferredContact: "phone",
    wechat: "",
    note: "",
    ...stamp,
  };
  await db.doc(paths.household(estateId, household.id)).set(household);
  await db.doc(paths.person(estateId, person.id)).set(person);
  return { household, person, label: `E2E-${token}-808` };
}

/** Removes what `createHousehold` wrote. */
export async function deleteHousehold({ household, person }: TestHousehold): Promise<void> {
  const db = adminDb();
  await db.doc(paths.person(estateId, person.id)).delete();
  await db.doc(paths.household(estateId, household.id)).delete();
}

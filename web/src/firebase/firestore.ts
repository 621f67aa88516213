/**
 * Firestore access of the web client: typed live views and writes, checked with the shared
 * zod schemas. This module pulls in the full Firestore SDK, so nothing imports it statically:
 * load it with `import("../firebase/firestore.js")` (see `loadFirestore`).
 */
import {
  collection,
  connectFirestoreEmulator,
  doc,
  getDoc,
  getFirestore,
  onSnapshot,
  query,
  serverTimestamp,
  updateDoc,
  where,
  type DocumentSnapshot,
  type Firestore,
  type Query,
} from "firebase/firestore";
import type { z } from "zod";
import { paths } from "@domain/paths.js";
import { contactChangeSchema, type ContactChange } from "@domain/schema/contactChange.js";
import { estateSchema, type Estate } from "@domain/schema/estate.js";
import { householdSchema, type Household } from "@domain/schema/household.js";
import { personSchema, phoneKeysOf, type Person, type Phone } from "@domain/schema/person.js";
import { staffSchema } from "@domain/schema/staff.js";
import { app, config, currentUid } from "./app.js";

let db: Firestore | undefined;

/** The client's Firestore (connected to the emulator in mode `emulator`). */
export function firestore(): Firestore {
  if (db === undefined) {
    db = getFirestore(app);
    if (config.useEmulators)
      connectFirestoreEmulator(db, config.emulatorHost, config.emulatorPorts.firestore);
  }
  return db;
}

/** Records of one collection as read, plus the ids of documents the schema rejected. */
export interface Records<T> {
  readonly records: T[];
  /** Documents that exist but do not match the schema (shown, never silently dropped). */
  readonly unreadable: string[];
}

/** Stops a live view. */
export type Unsubscribe = () => void;

/**
 * A document as its schema reads it (the id added), or null when it does not exist or does not
 * match. Our own pending writes carry serverTimestamp() as null until the server answers, so
 * they are read with the local estimate.
 */
export function parseSnapshot<S extends z.ZodType>(
  schema: S,
  snapshot: DocumentSnapshot,
): z.infer<S> | null {
  if (!snapshot.exists()) return null;
  const data = snapshot.data({ serverTimestamps: "estimate" });
  const parsed = schema.safeParse({ ...data, id: snapshot.id });
  return parsed.success ? parsed.data : null;
}

/** Documents read with their schema; the ids of those it rejects are kept, never dropped. */
export function readRecords<S extends z.ZodType>(
  schema: S,
  documents: readonly DocumentSnapshot[],
): Records<z.infer<S>> {
  const records: z.infer<S>[] = [];
  const unreadable: string[] = [];
  for (const document of documents) {
    const record = parseSnapshot(schema, document);
    if (record === null) unreadable.push(document.id);
    else records.push(record);
  }
  return { records, unreadable };
}

/** A query, live, read with its schema. */
export function watchQuery<S extends z.ZodType>(
  source: Query,
  schema: S,
  onData: (records: Records<z.infer<S>>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    source,
    (snapshot) => {
      onData(readRecords(schema, snapshot.docs));
    },
    onError,
  );
}

/** One document, live, read with its schema (null when absent or unreadable). */
export function watchDocument<S extends z.ZodType>(
  path: string,
  schema: S,
  onData: (record: z.infer<S> | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(firestore(), path),
    (snapshot) => {
      onData(parseSnapshot(schema, snapshot));
    },
    onError,
  );
}

/** The estates' documents (name, time zone); an estate that cannot be read is left out. */
export async function readEstates(estateIds: readonly string[]): Promise<Estate[]> {
  const estates = await Promise.all(
    estateIds.map(async (estateId) => {
      try {
        return parseSnapshot(estateSchema, await getDoc(doc(firestore(), paths.estate(estateId))));
      } catch {
        return null;
      }
    }),
  );
  return estates.filter((estate): estate is Estate => estate !== null);
}

/** Every household of an estate, live. */
export function watchHouseholds(
  estateId: string,
  onData: (households: Records<Household>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(
    collection(firestore(), paths.households(estateId)),
    householdSchema,
    onData,
    onError,
  );
}

/** Every person of an estate, live. */
export function watchPeople(
  estateId: string,
  onData: (people: Records<Person>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(collection(firestore(), paths.people(estateId)), personSchema, onData, onError);
}

/** One household, live (`null` when it does not exist or cannot be read). */
export function watchHousehold(
  estateId: string,
  householdId: string,
  onData: (household: Household | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchDocument(paths.household(estateId, householdId), householdSchema, onData, onError);
}

/** The people of one household, live. */
export function watchPeopleOf(
  estateId: string,
  householdId: string,
  onData: (people: Records<Person>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const source = query(
    collection(firestore(), paths.people(estateId)),
    where("householdId", "==", householdId),
  );
  return watchQuery(source, personSchema, onData, onError);
}

/**
 * The contact history of one household, live, newest first. Sorted here rather than with
 * `orderBy` so the query needs only the automatic single-field index.
 */
export function watchContactChanges(
  estateId: string,
  householdId: string,
  onData: (changes: Records<ContactChange>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const source = query(
    collection(firestore(), paths.contactChanges(estateId)),
    where("householdId", "==", householdId),
  );
  return watchQuery(
    source,
    contactChangeSchema,
    ({ records, unreadable }) => {
      records.sort((a, b) => b.changedAt.getTime() - a.changedAt.getTime());
      onData({ records, unreadable });
    },
    onError,
  );
}

/** Staff names of an estate by uid, live (for "who changed it"). */
export function watchStaffNames(
  estateId: string,
  onData: (names: ReadonlyMap<string, string>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(
    collection(firestore(), paths.staff(estateId)),
    staffSchema,
    ({ records }) => {
      onData(new Map(records.map((member) => [member.id, member.name])));
    },
    onError,
  );
}

/** The contact data a staff member edits on the household page. */
export interface ContactEdit {
  readonly phones: readonly Phone[];
  readonly preferredContact: Person["preferredContact"];
}

/**
 * Writes a person's phones and preferred contact with the write stamps the rules require;
 * `phoneKeys` is derived from the phones by the domain. The history entry is written by the
 * `onPersonWritten` trigger.
 */
export async function updatePersonContact(
  estateId: string,
  personId: string,
  edit: ContactEdit,
): Promise<void> {
  await updateDoc(doc(firestore(), paths.person(estateId, personId)), {
    phones: edit.phones.map((phone) => ({ number: phone.number, label: phone.label })),
    phoneKeys: phoneKeysOf(edit.phones),
    preferredContact: edit.preferredContact,
    updatedAt: serverTimestamp(),
    updatedBy: currentUid(),
  });
}

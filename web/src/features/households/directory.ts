/**
 * The household directory's data: households joined with their people in memory, and the one
 * search box (SPEC §1 "fast search by unit, name, or any phone number"; B.1.5). Pure: the
 * page feeds it the live snapshots.
 */
import { normalisePhoneNumber } from "@domain/phoneNumber.js";
import { householdLabel, type Household } from "@domain/schema/household.js";
import type { Person } from "@domain/schema/person.js";

/** One row of the directory: a household, its label and its people (owners first). */
export interface DirectoryEntry {
  readonly household: Household;
  /** `building-unit-room`, e.g. `3-2-501`. */
  readonly label: string;
  readonly people: readonly Person[];
  /** Lower-cased names, for the name search. */
  readonly names: readonly string[];
  /** Normalised digits of every phone of its people, for the caller-ID search. */
  readonly phoneKeys: readonly string[];
}

/** A phone query needs this many digits, so that a short number does not match half the estate. */
export const MIN_PHONE_DIGITS = 4;

const collator = new Intl.Collator("zh", { numeric: true });

/** Households with their people, sorted by building, unit and room (numerically). */
export function joinDirectory(
  households: readonly Household[],
  people: readonly Person[],
): DirectoryEntry[] {
  const peopleByHousehold = new Map<string, Person[]>();
  for (const person of people) {
    const list = peopleByHousehold.get(person.householdId) ?? [];
    list.push(person);
    peopleByHousehold.set(person.householdId, list);
  }
  return households
    .map((household) => {
      const residents = (peopleByHousehold.get(household.id) ?? []).sort(
        (a, b) =>
          Number(a.kind !== "owner") - Number(b.kind !== "owner") ||
          collator.compare(a.name, b.name),
      );
      const phoneKeys = new Set<string>();
      for (const person of residents) {
        for (const key of person.phoneKeys) phoneKeys.add(key);
        // Also from the numbers themselves, should a record's keys lag behind its phones.
        for (const phone of person.phones) phoneKeys.add(normalisePhoneNumber(phone.number));
      }
      phoneKeys.delete("");
      return {
        household,
        label: householdLabel(household),
        people: residents,
        names: residents.map((person) => person.name.toLowerCase()),
        phoneKeys: [...phoneKeys],
      };
    })
    .sort(
      (a, b) =>
        collator.compare(a.household.building, b.household.building) ||
        collator.compare(a.household.unit, b.household.unit) ||
        collator.compare(a.household.room, b.household.room),
    );
}

/** A parsed search text: what it can match as a unit label, a name and a phone number. */
interface Query {
  readonly label: string;
  readonly name: string;
  /** Digit strings to look for inside phone keys; empty when the text is no phone query. */
  readonly phoneDigits: readonly string[];
}

const PHONE_TEXT = /^[\d\s()（）+\-–—.]+$/u;

function parseQuery(text: string): Query {
  const trimmed = text.trim();
  const phoneDigits: string[] = [];
  if (PHONE_TEXT.test(trimmed)) {
    const digits = trimmed.replace(/\D+/g, "");
    const normalised = normalisePhoneNumber(trimmed);
    for (const candidate of new Set([digits, normalised])) {
      if (candidate.length >= MIN_PHONE_DIGITS) phoneDigits.push(candidate);
    }
  }
  return {
    // `3 2 501`, `3/2/501` and `3-2-501` name the same unit.
    label: trimmed.replace(/[\s/\\_.–—]+/gu, "-").toLowerCase(),
    name: trimmed.toLowerCase(),
    phoneDigits,
  };
}

function matches(entry: DirectoryEntry, query: Query): boolean {
  if (entry.label.toLowerCase().startsWith(query.label)) return true;
  if (entry.names.some((name) => name.includes(query.name))) return true;
  return query.phoneDigits.some((digits) => entry.phoneKeys.some((key) => key.includes(digits)));
}

/**
 * The entries matching the search text: a unit label or its start (`3-2-501`, `3-2`), part
 * of a name, or at least {@link MIN_PHONE_DIGITS} digits found anywhere in a normalised phone
 * number, however the digits are written (`138 0013-8000`, `+86 13800138000`, `8000`).
 * An empty text matches everything.
 */
export function searchDirectory(
  entries: readonly DirectoryEntry[],
  text: string,
): DirectoryEntry[] {
  if (text.trim() === "") return [...entries];
  const query = parseQuery(text);
  return entries.filter((entry) => matches(entry, query));
}

import { roles, type Role } from "@domain/schema/role.js";

/** One estate the signed-in staff member works in, and their role there. */
export interface Membership {
  readonly estateId: string;
  readonly role: Role;
}

function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}

/**
 * The memberships carried by the `estates` custom claim (`{ [estateId]: role }`), sorted by
 * estate id. Entries with an unknown role are left out: the rules would refuse them anyway.
 */
export function membershipsOf(estatesClaim: unknown): Membership[] {
  if (typeof estatesClaim !== "object" || estatesClaim === null) return [];
  return Object.entries(estatesClaim)
    .filter((entry): entry is [string, Role] => entry[0] !== "" && isRole(entry[1]))
    .map(([estateId, role]) => ({ estateId, role }))
    .sort((a, b) => a.estateId.localeCompare(b.estateId));
}

const ESTATE_KEY = "huiyin.estate";

/** The estate chosen earlier on this device when still a membership, else the first one. */
export function chosenEstate(
  memberships: readonly Membership[],
  storage: Pick<Storage, "getItem"> | undefined,
): string | null {
  const stored = storage?.getItem(ESTATE_KEY);
  if (memberships.some((membership) => membership.estateId === stored)) return stored ?? null;
  return memberships[0]?.estateId ?? null;
}

/** Remembers the chosen estate on this device. */
export function storeEstate(storage: Pick<Storage, "setItem">, estateId: string): void {
  storage.setItem(ESTATE_KEY, estateId);
}

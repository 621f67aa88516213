/**
 * The custom claims of a staff account: one role per estate (issue 2, item 3). Merging is
 * pure so that the callable `setStaffRole` and the seed agree, and so that setting a role in
 * one estate never loses the account's roles in the others.
 */
import { roleSchema, type Role, type StaffClaims } from "./schema/role.js";

/** Firebase Auth refuses custom claims whose JSON is longer than this many bytes. */
export const MAX_CLAIMS_BYTES = 1000;

/** The claims would exceed what Firebase Auth stores: too many estates on one account. */
export class StaffClaimsTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(
      `custom claims would be ${bytes} bytes, more than Firebase Auth's ${MAX_CLAIMS_BYTES}: ` +
        "the account belongs to too many estates",
    );
    this.name = "StaffClaimsTooLargeError";
  }
}

/**
 * The estates of the current claims that carry a known role. Anything else in `estates`
 * (an unknown role left by an older version) is dropped rather than carried forward.
 */
export function estateRolesOf(claims: unknown): Record<string, Role> {
  if (typeof claims !== "object" || claims === null || !("estates" in claims)) return {};
  const estates = claims.estates;
  if (typeof estates !== "object" || estates === null) return {};
  const roles: Record<string, Role> = {};
  for (const [estateId, role] of Object.entries(estates)) {
    const parsed = roleSchema.safeParse(role);
    if (estateId !== "" && parsed.success) roles[estateId] = parsed.data;
  }
  return roles;
}

/**
 * The account's claims after giving it `role` in `estateId` (or removing it from the estate
 * when `role` is null). Roles in other estates and claims other than `estates` are kept.
 *
 * @throws StaffClaimsTooLargeError when the result exceeds Firebase Auth's limit.
 */
export function withEstateRole(
  current: Readonly<Record<string, unknown>> | null | undefined,
  estateId: string,
  role: Role | null,
): Record<string, unknown> & StaffClaims {
  const estates = estateRolesOf(current);
  if (role === null) {
    // Rebuild instead of `delete` so the key order of the remaining estates is kept.
    const remaining = Object.fromEntries(Object.entries(estates).filter(([id]) => id !== estateId));
    return checkedSize({ ...current, estates: remaining });
  }
  return checkedSize({ ...current, estates: { ...estates, [estateId]: role } });
}

function checkedSize<T>(claims: T): T {
  const bytes = new TextEncoder().encode(JSON.stringify(claims)).length;
  if (bytes > MAX_CLAIMS_BYTES) throw new StaffClaimsTooLargeError(bytes);
  return claims;
}

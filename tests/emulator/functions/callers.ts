/**
 * What the functions emulator tests share: the auth a callable's handler sees, a staff member's
 * document, and a tiny image.
 * Handlers are called directly (`…As(firestore, auth, input)`), as firebase-functions-test
 * cannot wrap v2 callables; the auth carries the staff claims `{ estates: { id: role } }`.
 */
import type { Firestore } from "firebase-admin/firestore";
import type { AuthData } from "../../../functions/src/callables/validatedOnCall.js";
import type { Role } from "../../../functions/src/domain/schema/role.js";
import { teamIdOf, type Staff } from "../../../functions/src/domain/schema/staff.js";
import { collections } from "../../../functions/src/firestore/collections.js";

/** The auth of a staff member holding `role` in `estateId` (uid `uid-<role>` by default). */
export const caller = (estateId: string, role: Role, uid = `uid-${role}`): AuthData =>
  ({ uid, rawToken: "", token: { uid, estates: { [estateId]: role } } }) as unknown as AuthData;

/** A 1×1 PNG data URL: a signature or a photo, as the phone would hand it over. */
export const TINY_PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

/**
 * Writes staff member `uid` of `estateId` holding `role`, as `setStaffRole` would store it (team
 * by {@link teamIdOf}; name `uid` and an example.test address unless `details` says otherwise).
 */
export async function seedStaff(
  firestore: Firestore,
  estateId: string,
  uid: string,
  role: Role,
  details: Partial<Pick<Staff, "name" | "email" | "badgeNumber">> = {},
): Promise<void> {
  const at = new Date("2026-11-01T00:00:00Z");
  await collections(firestore)
    .staff(estateId)
    .doc(uid)
    .set({
      id: uid,
      estateId,
      name: uid,
      email: `${uid}@example.test`,
      role,
      teamId: teamIdOf(role),
      badgeNumber: "",
      phone: "",
      active: true,
      createdAt: at,
      createdBy: "seed",
      updatedAt: at,
      updatedBy: "seed",
      ...details,
    });
}

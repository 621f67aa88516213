/** Creates the demo staff accounts (Auth emulator) and their roles per estate. */
import type { Auth } from "firebase-admin/auth";
import type { Firestore } from "firebase-admin/firestore";
import type { Role } from "../../functions/src/domain/schema/role.js";
import { assignStaffRole } from "../../functions/src/callables/setStaffRole.js";

export interface SeedStaffMember {
  uid: string;
  email: string;
  role: string;
  name: string;
  badge: string;
  estateId: string;
}

/** Creates each account once (password reset on every run) and assigns its role. */
export async function seedStaff(
  auth: Auth,
  db: Firestore,
  password: string,
  staff: SeedStaffMember[],
): Promise<void> {
  for (const member of staff) {
    await auth.getUser(member.uid).then(
      () =>
        auth.updateUser(member.uid, { email: member.email, password, displayName: member.name }),
      () =>
        auth.createUser({
          uid: member.uid,
          email: member.email,
          password,
          displayName: member.name,
        }),
    );
  }
  for (const member of staff) {
    await assignStaffRole(
      auth,
      db,
      {
        uid: member.uid,
        estateId: member.estateId,
        role: member.role as Role,
        name: member.name,
        badgeNumber: member.badge,
        phone: "",
      },
      "seed",
    );
  }
}

/**
 * `setStaffRole`: an admin of an estate gives a user a role there, or takes it away (issue 2,
 * item 3). Sets the custom claims `{ estates: { [estateId]: role } }`, merged with the user's
 * other estates, and keeps `estates/{estateId}/staff/{uid}` in step.
 */
import { getAuth, type Auth } from "firebase-admin/auth";
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { docId, requiredText } from "../domain/schema/common.js";
import { roleSchema, type Role } from "../domain/schema/role.js";
import { teamIdOf, type Staff } from "../domain/schema/staff.js";
import { StaffClaimsTooLargeError, estateRolesOf, withEstateRole } from "../domain/staffClaims.js";
import { describeValidationError } from "../domain/validationMessage.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { requireRole, validatedOnCall } from "./validatedOnCall.js";

/** What an admin sends: whose role in which estate; `role: null` removes them from it. */
export const setStaffRoleInputSchema = z.object({
  estateId: docId,
  uid: docId,
  role: roleSchema.nullable(),
  /** Display name on the staff list; defaults to the account's name or email. */
  name: requiredText(60).optional(),
  badgeNumber: z.string().trim().max(20).optional(),
  phone: z.string().trim().max(40).optional(),
});
export type SetStaffRoleInput = z.input<typeof setStaffRoleInputSchema>;

/** The outcome: the user's roles in every estate after the change. */
export interface SetStaffRoleResult {
  uid: string;
  estates: Record<string, Role>;
}

/**
 * Gives `input.uid` the role in the estate (no permission check: the callable checks the
 * caller, the seed is trusted). Claims first, then the staff record; a removed member's
 * record stays, inactive, because findings and handovers point at it.
 *
 * @param actorUid who is recorded as the writer (`seed` for the seed)
 * @param now the write time; the functions' clock by default
 * @throws HttpsError `invalid-argument` for bad input, `not-found` for an unknown account or
 *   estate, `failed-precondition` when the account has no email or too many estates
 */
export async function assignStaffRole(
  auth: Auth,
  firestore: Firestore,
  input: SetStaffRoleInput,
  actorUid: string,
  now: Date = new Date(),
): Promise<SetStaffRoleResult> {
  const parsed = setStaffRoleInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new HttpsError(
      "invalid-argument",
      describeValidationError("setStaffRole input", parsed.error),
    );
  }
  const { estateId, uid, role } = parsed.data;
  const user = await auth.getUser(uid).catch((error: unknown) => {
    if (isUserNotFound(error)) {
      throw new HttpsError("not-found", `no account with uid ${uid}`);
    }
    throw error;
  });
  const email = user.email;
  if (email === undefined) {
    throw new HttpsError("failed-precondition", `account ${uid} has no email address`);
  }
  const estate = await collections(firestore).estates().doc(estateId).get();
  if (!estate.exists) throw new HttpsError("not-found", `no estate ${estateId}`);

  let claims: ReturnType<typeof withEstateRole>;
  try {
    claims = withEstateRole(user.customClaims, estateId, role);
  } catch (error) {
    if (error instanceof StaffClaimsTooLargeError) {
      throw new HttpsError("failed-precondition", `account ${uid}: ${error.message}`);
    }
    throw error;
  }
  await auth.setCustomUserClaims(uid, claims);

  const staffRef = collections(firestore).staff(estateId).doc(uid);
  await firestore.runTransaction(async (transaction) => {
    const existing = (await transaction.get(staffRef)).data() ?? null;
    const stamp = { updatedAt: now, updatedBy: actorUid };
    if (role === null) {
      if (existing !== null) transaction.set(staffRef, { ...existing, active: false, ...stamp });
      return;
    }
    const member: Staff = {
      id: uid,
      estateId,
      name: parsed.data.name ?? existing?.name ?? user.displayName ?? email,
      email,
      role,
      teamId: teamIdOf(role),
      badgeNumber: parsed.data.badgeNumber ?? existing?.badgeNumber ?? "",
      phone: parsed.data.phone ?? existing?.phone ?? "",
      active: true,
      createdAt: existing?.createdAt ?? now,
      createdBy: existing?.createdBy ?? actorUid,
      ...stamp,
    };
    transaction.set(staffRef, member);
  });
  return { uid, estates: estateRolesOf(claims) };
}

/** The callable: only an admin of the estate may change roles there, never their own. */
export const setStaffRole = validatedOnCall(setStaffRoleInputSchema, async ({ data, auth }) => {
  requireRole(auth, data.estateId, ["admin"]);
  if (data.uid === auth.uid && data.role !== "admin") {
    throw new HttpsError(
      "failed-precondition",
      `you cannot give up your own admin role in estate ${data.estateId}; ask another admin`,
    );
  }
  return assignStaffRole(getAuth(), db(), data, auth.uid);
});

function isUserNotFound(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    error.code === "auth/user-not-found"
  );
}

import { randomUUID } from "node:crypto";
import { getApps, initializeApp } from "firebase-admin/app";
import { getAuth, type Auth, type DecodedIdToken } from "firebase-admin/auth";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import { beforeAll, describe, expect, it } from "vitest";
import { setStaffRole } from "../../../functions/src/callables/setStaffRole.js";
import type { AuthData } from "../../../functions/src/callables/validatedOnCall.js";
import { paths } from "../../../functions/src/domain/paths.js";
import type { Role } from "../../../functions/src/domain/schema/role.js";

const PROJECT_ID = "demo-huiyin";

let auth: Auth;
let firestore: Firestore;
beforeAll(() => {
  // The handler works through the default app, as it does when deployed.
  const app = getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
  auth = getAuth(app);
  firestore = getFirestore(app);
});

/** A caller as the callable sees them: uid and the roles in their ID token. */
function caller(uid: string, estates: Record<string, Role>): AuthData {
  return { uid, rawToken: "", token: { uid, estates } as unknown as DecodedIdToken };
}

/** A fresh estate, its admin, and a user without roles, for one test. */
async function scene() {
  const tag = randomUUID().slice(0, 8);
  const estateId = `roles-${tag}`;
  const otherEstateId = `roles-other-${tag}`;
  for (const id of [estateId, otherEstateId]) {
    await firestore
      .doc(paths.estate(id))
      .set({ id, name: `山莊 ${id}`, timeZone: "Asia/Shanghai" });
  }
  const user = await auth.createUser({
    uid: `user-${tag}`,
    email: `user-${tag}@huiyin.test`,
    displayName: "李曉梅",
  });
  const admin = caller(`admin-${tag}`, { [estateId]: "admin" });
  return { estateId, otherEstateId, uid: user.uid, admin };
}

const claimsOf = async (uid: string) => (await auth.getUser(uid)).customClaims;

describe("setStaffRole: an admin of the estate gives a user a role there (issue 2, item 3)", () => {
  it("sets the claims and writes the staff record", async () => {
    const { estateId, uid, admin } = await scene();
    const result = await setStaffRole.handler({
      data: { estateId, uid, role: "customerService", badgeNumber: "KF-07" },
      auth: admin,
    });
    expect(result).toEqual({ uid, estates: { [estateId]: "customerService" } });
    expect(await claimsOf(uid)).toEqual({ estates: { [estateId]: "customerService" } });
    const record = (await firestore.doc(paths.staffMember(estateId, uid)).get()).data();
    expect(record).toMatchObject({
      id: uid,
      estateId,
      name: "李曉梅",
      email: `${uid}@huiyin.test`,
      role: "customerService",
      teamId: "customerService",
      badgeNumber: "KF-07",
      active: true,
      createdBy: admin.uid,
      updatedBy: admin.uid,
    });
  });

  it("keeps the user's roles in other estates", async () => {
    const { estateId, otherEstateId, uid, admin } = await scene();
    await auth.setCustomUserClaims(uid, { estates: { [otherEstateId]: "admin" } });
    await setStaffRole.handler({ data: { estateId, uid, role: "maintenance" }, auth: admin });
    expect(await claimsOf(uid)).toEqual({
      estates: { [otherEstateId]: "admin", [estateId]: "maintenance" },
    });
  });

  it("role null takes the estate away and keeps the record, inactive", async () => {
    const { estateId, otherEstateId, uid, admin } = await scene();
    await auth.setCustomUserClaims(uid, { estates: { [otherEstateId]: "order" } });
    await setStaffRole.handler({ data: { estateId, uid, role: "environment" }, auth: admin });
    await setStaffRole.handler({ data: { estateId, uid, role: null }, auth: admin });
    expect(await claimsOf(uid)).toEqual({ estates: { [otherEstateId]: "order" } });
    const record = (await firestore.doc(paths.staffMember(estateId, uid)).get()).data();
    expect(record).toMatchObject({ role: "environment", active: false });
  });

  it.each([
    { who: "a director of the estate", role: "director" as const, sameEstate: true },
    { who: "customer service of the estate", role: "customerService" as const, sameEstate: true },
    { who: "an admin of another estate", role: "admin" as const, sameEstate: false },
  ])("$who may not (permission-denied)", async ({ role, sameEstate }) => {
    const { estateId, otherEstateId, uid } = await scene();
    const asker = caller(`asker-${randomUUID()}`, {
      [sameEstate ? estateId : otherEstateId]: role,
    });
    await expect(
      setStaffRole.handler({ data: { estateId, uid, role: "admin" }, auth: asker }),
    ).rejects.toMatchObject({ code: "permission-denied" });
    expect(await claimsOf(uid)).toBeUndefined();
    expect((await firestore.doc(paths.staffMember(estateId, uid)).get()).exists).toBe(false);
  });

  it("a signed-out caller is refused (unauthenticated)", async () => {
    const { estateId, uid } = await scene();
    await expect(
      setStaffRole.handler({ data: { estateId, uid, role: "admin" } }),
    ).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it.each([
    { case: "an unknown role", data: { role: "janitor" }, where: "role:" },
    { case: "no uid", data: { uid: undefined }, where: "uid:" },
    { case: "a uid with a slash", data: { uid: "a/b" }, where: "uid: must not contain '/'" },
    {
      case: "a badge of 21 characters",
      data: { badgeNumber: "K".repeat(21) },
      where: "badgeNumber:",
    },
  ])("$case is invalid-argument, saying where and why", async ({ data, where }) => {
    const { estateId, uid, admin } = await scene();
    const error: unknown = await setStaffRole
      .handler({ data: { estateId, uid, role: "order", ...data }, auth: admin })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "invalid-argument" });
    expect((error as Error).message).toMatch(/^input is invalid: /);
    expect((error as Error).message).toContain(where);
  });

  it("an admin may not give up their own admin role (failed-precondition)", async () => {
    const { estateId, admin } = await scene();
    await expect(
      setStaffRole.handler({ data: { estateId, uid: admin.uid, role: "director" }, auth: admin }),
    ).rejects.toMatchObject({ code: "failed-precondition" });
  });

  it("an unknown account is not-found", async () => {
    const { estateId, admin } = await scene();
    await expect(
      setStaffRole.handler({ data: { estateId, uid: "nobody-here", role: "order" }, auth: admin }),
    ).rejects.toMatchObject({ code: "not-found", message: "no account with uid nobody-here" });
  });
});

import { assertFails, type RulesTestEnvironment } from "@firebase/rules-unit-testing";
import {
  deleteDoc,
  doc,
  getDoc,
  serverTimestamp,
  setDoc,
  type DocumentData,
} from "firebase/firestore";
import { afterAll, beforeAll, describe, it } from "vitest";
import { paths } from "../../../functions/src/domain/paths.js";
import {
  ESTATE,
  anyStaff,
  arrange,
  expectVerdict,
  firestoreAs,
  roleMatrix,
  rulesEnvironment,
  uidOf,
} from "./rulesHarness.js";

let environment: RulesTestEnvironment;
beforeAll(async () => {
  environment = await rulesEnvironment("call-settings");
});
afterAll(async () => {
  await environment.cleanup();
});

function settings(uid: string): DocumentData {
  return {
    id: "calls",
    estateId: ESTATE,
    toleranceMinutes: 20,
    minSeconds: 1,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  };
}

describe("match /estates/{estateId}/settings/calls", () => {
  const table = roleMatrix({
    read: anyStaff,
    create: ["director", "admin"],
    update: ["director", "admin"],
    delete: [],
  });

  it.each(table)("B2.5a tolerance per estate: $caller $verdict $operation", async (row) => {
    const ref = doc(firestoreAs(environment, row.caller), paths.callSettings(ESTATE));
    await arrange(environment, async (admin) => {
      const adminRef = doc(admin, paths.callSettings(ESTATE));
      if (row.operation === "create") await deleteDoc(adminRef);
      else await setDoc(adminRef, { ...settings("uid-earlier"), updatedAt: new Date() });
    });
    const attempt = {
      read: () => getDoc(ref),
      create: () => setDoc(ref, settings(uidOf(row.caller))),
      update: () => setDoc(ref, settings(uidOf(row.caller))),
      delete: () => deleteDoc(ref),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });

  it.each([
    { case: "a negative tolerance", change: { toleranceMinutes: -1 } },
    { case: "a fractional tolerance", change: { toleranceMinutes: 7.5 } },
    { case: "an unknown field", change: { greedy: true } },
  ])("refuses settings with $case", async ({ change }) => {
    const ref = doc(firestoreAs(environment, "director"), paths.callSettings(ESTATE));
    await assertFails(setDoc(ref, { ...settings(uidOf("director")), ...change }));
  });
});

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
  environment = await rulesEnvironment("assessment-settings");
});
afterAll(async () => {
  await environment.cleanup();
});

function settings(uid: string): DocumentData {
  return {
    id: "assessment",
    estateId: ESTATE,
    recompute: { dayOfMonth: 3, hour: 8, timeZone: null },
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  };
}

describe("match /estates/{estateId}/settings/assessment (SPEC §8 recompute schedule)", () => {
  const table = roleMatrix({
    read: anyStaff,
    create: ["director", "admin"],
    update: ["director", "admin"],
    delete: [],
  });

  it.each(table)("$caller $verdict $operation", async (row) => {
    const firestore = firestoreAs(environment, row.caller);
    const ref = doc(firestore, paths.assessmentSettings(ESTATE));
    await arrange(environment, async (admin) => {
      const adminRef = doc(admin, paths.assessmentSettings(ESTATE));
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

  it("accepts a named zone", async () => {
    const ref = doc(firestoreAs(environment, "director"), paths.assessmentSettings(ESTATE));
    const value = settings(uidOf("director"));
    await expectVerdict(
      true,
      setDoc(ref, { ...value, recompute: { dayOfMonth: 1, hour: 0, timeZone: "Asia/Hong_Kong" } }),
    );
  });

  it.each([
    { case: "day 29 (not in every month)", recompute: { dayOfMonth: 29, hour: 2, timeZone: null } },
    { case: "day 0", recompute: { dayOfMonth: 0, hour: 2, timeZone: null } },
    { case: "hour 24", recompute: { dayOfMonth: 1, hour: 24, timeZone: null } },
    { case: "a fractional hour", recompute: { dayOfMonth: 1, hour: 2.5, timeZone: null } },
    {
      case: "a zone that is no zone name",
      recompute: { dayOfMonth: 1, hour: 2, timeZone: "+08:00" },
    },
    { case: "no zone key", recompute: { dayOfMonth: 1, hour: 2 } },
    { case: "an extra key", recompute: { dayOfMonth: 1, hour: 2, timeZone: null, minute: 5 } },
  ])("refuses a schedule with $case", async ({ recompute }) => {
    const ref = doc(firestoreAs(environment, "director"), paths.assessmentSettings(ESTATE));
    await assertFails(setDoc(ref, { ...settings(uidOf("director")), recompute }));
  });

  it("refuses a stamp naming someone else", async () => {
    const ref = doc(firestoreAs(environment, "director"), paths.assessmentSettings(ESTATE));
    await assertFails(setDoc(ref, settings("someone-else")));
  });
});

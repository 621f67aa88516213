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
  environment = await rulesEnvironment("settings");
});
afterAll(async () => {
  await environment.cleanup();
});

function settings(uid: string): DocumentData {
  return {
    id: "duty",
    estateId: ESTATE,
    handoverWithinMinutes: 90,
    dailyLogDueDays: 1,
    dailyLogDueTime: "10:00",
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  };
}

describe("match /estates/{estateId}/settings/duty", () => {
  const table = roleMatrix({
    read: anyStaff,
    create: ["director", "admin"],
    update: ["director", "admin"],
    delete: [],
  });

  it.each(table)("$caller $verdict $operation", async (row) => {
    const firestore = firestoreAs(environment, row.caller);
    const ref = doc(firestore, paths.dutySettings(ESTATE));
    await arrange(environment, async (admin) => {
      const adminRef = doc(admin, paths.dutySettings(ESTATE));
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
    { case: "a negative window", change: { handoverWithinMinutes: -1 } },
    { case: "a time that is no time", change: { dailyLogDueTime: "25:00" } },
    { case: "a fraction of a day", change: { dailyLogDueDays: 0.5 } },
  ])("refuses settings with $case", async ({ change }) => {
    const ref = doc(firestoreAs(environment, "director"), paths.dutySettings(ESTATE));
    await assertFails(setDoc(ref, { ...settings(uidOf("director")), ...change }));
  });
});

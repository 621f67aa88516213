import { type RulesTestEnvironment } from "@firebase/rules-unit-testing";
import {
  deleteDoc,
  doc,
  getDoc,
  serverTimestamp,
  setDoc,
  updateDoc,
  type DocumentData,
  type Firestore,
} from "firebase/firestore";
import { afterAll, beforeAll, describe, it } from "vitest";
import { paths } from "../../../functions/src/domain/paths.js";
import {
  EARLIER,
  ESTATE,
  anyStaff,
  arrange,
  caseId,
  expectVerdict,
  firestoreAs,
  roleMatrix,
  rulesEnvironment,
  uidOf,
} from "./rulesHarness.js";

let environment: RulesTestEnvironment;
beforeAll(async () => {
  environment = await rulesEnvironment("staff");
});
afterAll(async () => {
  await environment.cleanup();
});

function staffMember(id: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    name: "李曉梅",
    email: `${id}@cuihu.huiyin.test`,
    role: "customerService",
    teamId: "customerService",
    badgeNumber: "KF-01",
    phone: "",
    active: true,
    createdAt: EARLIER,
    createdBy: "seed",
    updatedAt: EARLIER,
    updatedBy: "seed",
  };
}

const staffRef = (firestore: Firestore, id: string) =>
  doc(firestore, paths.staffMember(ESTATE, id));

describe("match /estates/{estateId}/staff/{uid}", () => {
  // Staff records follow the custom claims, so only the callable setStaffRole writes them:
  // not even an admin may promote someone (or themselves) by editing the record.
  const table = roleMatrix({ read: anyStaff, create: [], update: [], delete: [] });

  it.each(table)("$caller $verdict $operation", async (row) => {
    const id = caseId(row);
    const firestore = firestoreAs(environment, row.caller);
    const uid = uidOf(row.caller);
    if (row.operation !== "create") {
      await arrange(environment, (admin) => setDoc(staffRef(admin, id), staffMember(id)));
    }
    const attempt = {
      read: () => getDoc(staffRef(firestore, id)),
      create: () => setDoc(staffRef(firestore, id), staffMember(id)),
      update: () =>
        updateDoc(staffRef(firestore, id), {
          role: "admin",
          updatedAt: serverTimestamp(),
          updatedBy: uid,
        }),
      delete: () => deleteDoc(staffRef(firestore, id)),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });
});

import { assertFails, type RulesTestEnvironment } from "@firebase/rules-unit-testing";
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
  environment = await rulesEnvironment("estates");
});
afterAll(async () => {
  await environment.cleanup();
});

function estate(id: string): DocumentData {
  return {
    id,
    name: "翠湖山莊",
    timeZone: "Asia/Shanghai",
    dutyPhone: "010-6914 2200",
    address: "北京市延慶區翠湖路 8 號",
  };
}

const estateRef = (firestore: Firestore, id: string) => doc(firestore, paths.estate(id));

async function putEstate(id: string): Promise<void> {
  await arrange(environment, (firestore) => setDoc(estateRef(firestore, id), estate(id)));
}

describe("match /estates/{estateId}", () => {
  // Estates are opened and closed by the Admin SDK only; their admin edits them.
  const table = roleMatrix({ read: anyStaff, create: [], update: ["admin"], delete: [] });

  it.each(table)("$caller $verdict $operation", async (row) => {
    // Each case has an estate of its own, in which the caller holds their role.
    const estateId = caseId(row);
    const firestore = firestoreAs(environment, row.caller, estateId);
    const uid = uidOf(row.caller);
    if (row.operation !== "create") await putEstate(estateId);
    const attempt = {
      read: () => getDoc(estateRef(firestore, estateId)),
      create: () => setDoc(estateRef(firestore, estateId), estate(estateId)),
      update: () =>
        updateDoc(estateRef(firestore, estateId), {
          dutyPhone: "010-6914 2211",
          updatedAt: serverTimestamp(),
          updatedBy: uid,
        }),
      delete: () => deleteDoc(estateRef(firestore, estateId)),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });
});

describe("match /estates/{estateId}: what an admin may write", () => {
  const estateId = "admin-edits";
  const uid = uidOf("admin");
  beforeAll(() => putEstate(estateId));

  it.each([
    { case: "no stamp", change: { dutyPhone: "110" } },
    { case: "another user's stamp", change: { updatedAt: serverTimestamp(), updatedBy: "uid-x" } },
    { case: "an empty name", change: { name: "", updatedAt: serverTimestamp(), updatedBy: uid } },
    {
      case: "a name of 101 characters",
      change: { name: "翠".repeat(101), updatedAt: serverTimestamp(), updatedBy: uid },
    },
    {
      case: "another id",
      change: { id: "elsewhere", updatedAt: serverTimestamp(), updatedBy: uid },
    },
    {
      case: "an unknown field",
      change: { plan: "gold", updatedAt: serverTimestamp(), updatedBy: uid },
    },
  ])("refuses an update with $case", async ({ change }) => {
    const firestore = firestoreAs(environment, "admin", estateId);
    await assertFails(updateDoc(estateRef(firestore, estateId), change));
  });
});

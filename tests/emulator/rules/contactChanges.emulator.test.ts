import { type RulesTestEnvironment } from "@firebase/rules-unit-testing";
import {
  deleteDoc,
  doc,
  getDoc,
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
  environment = await rulesEnvironment("contact-changes");
});
afterAll(async () => {
  await environment.cleanup();
});

function contactChange(id: string, changedBy: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    personId: "p1",
    householdId: "3-2-501",
    changes: [{ field: "wechat", before: "", after: "wjg_1960" }],
    changedBy,
    changedAt: EARLIER,
  };
}

const changeRef = (firestore: Firestore, id: string) =>
  doc(firestore, paths.contactChange(ESTATE, id));

describe("match /estates/{estateId}/contactChanges/{changeId}", () => {
  // The history is kept by the trigger onPersonWritten only: nobody edits or erases it.
  const table = roleMatrix({ read: anyStaff, create: [], update: [], delete: [] });

  it.each(table)("$caller $verdict $operation", async (row) => {
    const id = caseId(row);
    const firestore = firestoreAs(environment, row.caller);
    const uid = uidOf(row.caller);
    if (row.operation !== "create") {
      await arrange(environment, (admin) =>
        setDoc(changeRef(admin, id), contactChange(id, "uid-earlier")),
      );
    }
    const attempt = {
      read: () => getDoc(changeRef(firestore, id)),
      create: () => setDoc(changeRef(firestore, id), contactChange(id, uid)),
      update: () => updateDoc(changeRef(firestore, id), { changedBy: uid }),
      delete: () => deleteDoc(changeRef(firestore, id)),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });
});

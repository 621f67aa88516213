import { assertFails, type RulesTestEnvironment } from "@firebase/rules-unit-testing";
import {
  deleteDoc,
  doc,
  getDoc,
  serverTimestamp,
  setDoc,
  updateDoc,
  type DocumentData,
} from "firebase/firestore";
import { afterAll, beforeAll, describe, it } from "vitest";
import { paths } from "../../../functions/src/domain/paths.js";
import { callDocument, callKeepers } from "./callDocs.js";
import {
  ESTATE,
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
  environment = await rulesEnvironment("callback-tasks");
});
afterAll(async () => {
  await environment.cleanup();
});

/** The fields a caller changes to mark a call-back done. */
function done(uid: string, note = "已回電,業主詢問停水時間"): DocumentData {
  return {
    status: "done",
    note,
    doneBy: uid,
    doneAt: serverTimestamp(),
    updatedBy: uid,
    updatedAt: serverTimestamp(),
  };
}

async function arrangeTask(id: string, changes: DocumentData = {}): Promise<void> {
  await arrange(environment, (admin) =>
    setDoc(doc(admin, paths.callbackTask(ESTATE, id)), {
      ...callDocument("callbackTask", id),
      ...changes,
    }),
  );
}

describe("match /estates/{estateId}/callbackTasks/{callId}", () => {
  describe("B2.5a: missed calls become call-back tasks; the call keepers read and mark them done", () => {
    const table = roleMatrix({ read: callKeepers, create: [], update: callKeepers, delete: [] });
    it.each(table)("$caller $verdict $operation", async (row) => {
      const id = caseId(row);
      if (row.operation !== "create") await arrangeTask(id);
      const ref = doc(firestoreAs(environment, row.caller), paths.callbackTask(ESTATE, id));
      const attempt = {
        read: () => getDoc(ref),
        create: () => setDoc(ref, callDocument("callbackTask", id)),
        update: () => updateDoc(ref, done(uidOf(row.caller))),
        delete: () => deleteDoc(ref),
      }[row.operation];
      await expectVerdict(row.allowed, attempt());
    });
  });

  it.each([
    { case: "without a note", change: { note: "" } },
    { case: "in someone else's name", change: { doneBy: "uid-director" } },
    { case: "with a changed call", change: { number: "13900000000" } },
    { case: "back to open", change: { status: "open" } },
  ])("refuses marking a call-back done $case", async ({ change }) => {
    const id = `refuse-${Object.keys(change).join("-")}-${String(Object.values(change)[0])}`;
    await arrangeTask(id);
    const ref = doc(firestoreAs(environment, "customerService"), paths.callbackTask(ESTATE, id));
    await assertFails(updateDoc(ref, { ...done(uidOf("customerService")), ...change }));
  });

  it("refuses editing a call-back already done", async () => {
    await arrangeTask("already-done", {
      status: "done",
      note: "已回電",
      doneBy: "uid-director",
      doneAt: new Date("2026-01-05T10:00:00+08:00"),
    });
    const ref = doc(
      firestoreAs(environment, "customerService"),
      paths.callbackTask(ESTATE, "already-done"),
    );
    await assertFails(updateDoc(ref, done(uidOf("customerService"), "改寫")));
  });
});

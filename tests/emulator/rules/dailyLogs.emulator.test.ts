import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from "@firebase/rules-unit-testing";
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
import { dailyLogId } from "../../../functions/src/domain/schema/dailyLog.js";
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
  environment = await rulesEnvironment("dailylogs");
});
afterAll(async () => {
  await environment.cleanup();
});

/** `uid`'s draft log of `day`. */
function newLog(uid: string, day: string): DocumentData {
  return {
    id: dailyLogId(uid, day),
    estateId: ESTATE,
    staffId: uid,
    day,
    receptionIds: ["r1", "r2"],
    summary: "接待業主 2 人次,漏水已派維修",
    pending: "",
    status: "draft",
    submittedAt: null,
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  };
}

const logRef = (firestore: Firestore, id: string) => doc(firestore, paths.dailyLog(ESTATE, id));

async function putLog(uid: string, day: string, submitted = false): Promise<string> {
  const id = dailyLogId(uid, day);
  await arrange(environment, (firestore) =>
    setDoc(logRef(firestore, id), {
      ...newLog(uid, day),
      status: submitted ? "submitted" : "draft",
      submittedAt: submitted ? EARLIER : null,
      createdAt: EARLIER,
      updatedAt: EARLIER,
    }),
  );
  return id;
}

const submit = (uid: string) => ({
  status: "submitted",
  submittedAt: serverTimestamp(),
  updatedAt: serverTimestamp(),
  updatedBy: uid,
});

describe("match /estates/{estateId}/dailyLogs/{logId}", () => {
  // B2.2 concerns every employee: each writes their own log.
  const table = roleMatrix({ read: anyStaff, create: anyStaff, update: anyStaff, delete: [] });

  it.each(table)("$caller $verdict $operation", async (row) => {
    const uid = uidOf(row.caller);
    const day = `2026-10-${String(1 + (table.indexOf(row) % 28)).padStart(2, "0")}`;
    const suffix = caseId(row);
    const firestore = firestoreAs(environment, row.caller);
    const id = dailyLogId(uid, day);
    if (row.operation !== "create") await putLog(uid, day);
    const attempt = {
      read: () => getDoc(logRef(firestore, id)),
      create: () => setDoc(logRef(firestore, id), newLog(uid, day)),
      update: () => updateDoc(logRef(firestore, id), submit(uid)),
      delete: () => deleteDoc(logRef(firestore, id)),
    }[row.operation];
    await expectVerdict(
      row.allowed,
      attempt().then(() => suffix),
    );
  });
});

describe("dailyLogs: B2.2 each employee's own log, fixed once submitted", () => {
  const uid = uidOf("customerService");
  const firestore = () => firestoreAs(environment, "customerService");

  it("submits a draft at server time; then nobody edits it", async () => {
    const id = await putLog(uid, "2026-11-01");
    await assertSucceeds(updateDoc(logRef(firestore(), id), submit(uid)));
    const submitted = await putLog(uid, "2026-11-02", true);
    await assertFails(
      updateDoc(logRef(firestore(), submitted), {
        summary: "改寫",
        updatedAt: serverTimestamp(),
        updatedBy: uid,
      }),
    );
  });

  it.each([
    { case: "for a colleague", change: { staffId: "uid-director" } },
    { case: "under an id that is not <staffId>_<day>", id: "someone_2026-11-03" },
    {
      case: "submitted with a client clock",
      change: { status: "submitted", submittedAt: new Date() },
    },
    { case: "submitted without a summary", change: { ...submit(uid), summary: "" } },
    { case: "with a day that is no day", change: { day: "yesterday" } },
  ])("refuses a log $case", async ({ case: name, change, id }) => {
    const day = "2026-11-03";
    const data = { ...newLog(uid, day), ...change };
    const target = id ?? dailyLogId(uid, day);
    await assertFails(
      setDoc(logRef(firestore(), target), { ...data, id: target }).then(() => name),
    );
  });

  it("a colleague may not edit my draft", async () => {
    const id = await putLog(uid, "2026-11-04");
    await assertFails(
      updateDoc(logRef(firestoreAs(environment, "director"), id), submit(uidOf("director"))),
    );
  });
});

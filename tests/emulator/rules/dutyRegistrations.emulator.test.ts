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
  environment = await rulesEnvironment("dutyregistrations");
});
afterAll(async () => {
  await environment.cleanup();
});

/** `uid` registers on duty now. */
function newRegistration(id: string, uid: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    staffId: uid,
    shiftId: "shift-1",
    start: serverTimestamp(),
    end: null,
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  };
}

const registrationRef = (firestore: Firestore, id: string) =>
  doc(firestore, paths.dutyRegistration(ESTATE, id));

async function putRegistration(id: string, uid: string, ended = false): Promise<void> {
  await arrange(environment, (firestore) =>
    setDoc(registrationRef(firestore, id), {
      ...newRegistration(id, uid),
      start: EARLIER,
      end: ended ? new Date(EARLIER.getTime() + 3_600_000) : null,
      createdAt: EARLIER,
      updatedAt: EARLIER,
    }),
  );
}

const offDuty = (uid: string) => ({
  end: serverTimestamp(),
  updatedAt: serverTimestamp(),
  updatedBy: uid,
});

describe("match /estates/{estateId}/dutyRegistrations/{registrationId}", () => {
  const table = roleMatrix({
    read: anyStaff,
    create: ["customerService", "director", "admin"],
    update: ["customerService", "director", "admin"],
    delete: [],
  });

  it.each(table)("$caller $verdict $operation", async (row) => {
    const id = caseId(row);
    const firestore = firestoreAs(environment, row.caller);
    const uid = uidOf(row.caller);
    if (row.operation !== "create") await putRegistration(id, uid);
    const attempt = {
      read: () => getDoc(registrationRef(firestore, id)),
      create: () => setDoc(registrationRef(firestore, id), newRegistration(id, uid)),
      update: () => updateDoc(registrationRef(firestore, id), offDuty(uid)),
      delete: () => deleteDoc(registrationRef(firestore, id)),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });
});

describe("dutyRegistrations: B2.1 duty registration is the server's time, by the person", () => {
  const uid = uidOf("customerService");
  const firestore = () => firestoreAs(environment, "customerService");

  it.each([
    { case: "for a colleague", change: { staffId: "uid-director" } },
    { case: "a start of the client's clock", change: { start: new Date() } },
    { case: "an end already", change: { end: serverTimestamp() } },
  ])("refuses a registration $case", async ({ case: name, change }) => {
    const id = `bad-${name.replaceAll(" ", "-")}`;
    await assertFails(
      setDoc(registrationRef(firestore(), id), { ...newRegistration(id, uid), ...change }),
    );
  });

  it("refuses ending a colleague's duty, ending twice, or moving the start", async () => {
    await putRegistration("colleague", uidOf("director"));
    await assertFails(updateDoc(registrationRef(firestore(), "colleague"), offDuty(uid)));
    await putRegistration("ended", uid, true);
    await assertFails(updateDoc(registrationRef(firestore(), "ended"), offDuty(uid)));
    await putRegistration("moved", uid);
    await assertFails(
      updateDoc(registrationRef(firestore(), "moved"), { ...offDuty(uid), start: new Date() }),
    );
  });
});

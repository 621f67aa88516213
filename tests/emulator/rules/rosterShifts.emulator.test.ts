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
  environment = await rulesEnvironment("rostershifts");
});
afterAll(async () => {
  await environment.cleanup();
});

const HOUR = 3_600_000;
const tomorrow8 = () => new Date(Date.now() + 24 * HOUR);

/** A day shift of customer service, planned by `uid`. */
function newShift(id: string, uid: string, start = tomorrow8()): DocumentData {
  return {
    id,
    estateId: ESTATE,
    staffId: "uid-customerService",
    start,
    end: new Date(start.getTime() + 12 * HOUR),
    dutyLine: "010-6914 2200",
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  };
}

const shiftRef = (firestore: Firestore, id: string) =>
  doc(firestore, paths.rosterShift(ESTATE, id));

async function putShift(id: string, start = tomorrow8()): Promise<void> {
  await arrange(environment, (firestore) =>
    setDoc(shiftRef(firestore, id), {
      ...newShift(id, "uid-director", start),
      createdAt: EARLIER,
      updatedAt: EARLIER,
    }),
  );
}

describe("match /estates/{estateId}/rosterShifts/{shiftId}", () => {
  const table = roleMatrix({
    read: anyStaff,
    create: ["director", "admin"],
    update: ["director", "admin"],
    delete: ["director", "admin"],
  });

  it.each(table)("$caller $verdict $operation", async (row) => {
    const id = caseId(row);
    const firestore = firestoreAs(environment, row.caller);
    const uid = uidOf(row.caller);
    if (row.operation !== "create") await putShift(id);
    const attempt = {
      read: () => getDoc(shiftRef(firestore, id)),
      create: () => setDoc(shiftRef(firestore, id), newShift(id, uid)),
      update: () =>
        updateDoc(shiftRef(firestore, id), {
          staffId: "uid-cs2",
          updatedAt: serverTimestamp(),
          updatedBy: uid,
        }),
      delete: () => deleteDoc(shiftRef(firestore, id)),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });
});

describe("rosterShifts: B2.1 a shift that has begun is history", () => {
  it("the director may neither move nor delete a shift that has begun", async () => {
    await putShift("begun", new Date(Date.now() - HOUR));
    const firestore = firestoreAs(environment, "director");
    await assertFails(
      updateDoc(shiftRef(firestore, "begun"), {
        staffId: "uid-cs2",
        updatedAt: serverTimestamp(),
        updatedBy: uidOf("director"),
      }),
    );
    await assertFails(deleteDoc(shiftRef(firestore, "begun")));
  });

  it.each([
    { case: "an end before the start", change: { end: new Date(Date.now()) } },
    { case: "a shift of 25 hours", change: { end: new Date(tomorrow8().getTime() + 25 * HOUR) } },
    { case: "no duty line", change: { dutyLine: "" } },
    { case: "an unknown field", change: { bonus: 100 } },
  ])("refuses a shift with $case", async ({ case: name, change }) => {
    const id = `bad-${name.replaceAll(" ", "-")}`;
    await assertFails(
      setDoc(shiftRef(firestoreAs(environment, "director"), id), {
        ...newShift(id, uidOf("director")),
        ...change,
      }),
    );
  });
});

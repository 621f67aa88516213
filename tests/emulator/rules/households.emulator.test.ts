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
import {
  EARLIER,
  ESTATE,
  OTHER_ESTATE,
  anyStaff,
  arrange,
  caseId,
  expectVerdict,
  directoryKeepers,
  firestoreAs,
  roleMatrix,
  rulesEnvironment,
  uidOf,
} from "./rulesHarness.js";

let environment: RulesTestEnvironment;
beforeAll(async () => {
  environment = await rulesEnvironment("households");
});
afterAll(async () => {
  await environment.cleanup();
});

/** A valid household as a client writes it: stamped by `uid` at server time. */
function newHousehold(id: string, uid: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    building: "3",
    unit: "2",
    room: "501",
    floor: 5,
    locationDescription: "三號樓東側，近北門",
    mapPosition: { x: 42.5, y: 61 },
    areaSquareMetres: 128.4,
    handoverDate: new Date("2019-06-30T00:00:00+08:00"),
    warrantyEnd: new Date("2024-06-30T00:00:00+08:00"),
    feeAccount: "F-3-2-501",
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  };
}

/** The household as it stands before a case, written earlier by someone else. */
function storedHousehold(id: string): DocumentData {
  return {
    ...newHousehold(id, "uid-earlier"),
    createdAt: EARLIER,
    updatedAt: EARLIER,
  };
}

const householdRef = (firestore: Firestore, id: string, estateId = ESTATE) =>
  doc(firestore, paths.household(estateId, id));

async function putHousehold(id: string, estateId = ESTATE): Promise<void> {
  await arrange(environment, (firestore) =>
    setDoc(householdRef(firestore, id, estateId), { ...storedHousehold(id), estateId }),
  );
}

describe("match /estates/{estateId}/households/{householdId}", () => {
  const table = roleMatrix({
    read: anyStaff,
    create: directoryKeepers,
    update: directoryKeepers,
    delete: ["admin"],
  });

  it.each(table)("$caller $verdict $operation", async (row) => {
    const id = caseId(row);
    const firestore = firestoreAs(environment, row.caller);
    const uid = uidOf(row.caller);
    if (row.operation !== "create") await putHousehold(id);
    const attempt = {
      read: () => getDoc(householdRef(firestore, id)),
      create: () => setDoc(householdRef(firestore, id), newHousehold(id, uid)),
      update: () =>
        updateDoc(householdRef(firestore, id), {
          room: "502",
          updatedAt: serverTimestamp(),
          updatedBy: uid,
        }),
      delete: () => deleteDoc(householdRef(firestore, id)),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });

  it("an admin of another estate may read and write households there, not here", async () => {
    const firestore = firestoreAs(environment, "otherEstateAdmin");
    await putHousehold("theirs", OTHER_ESTATE);
    await assertSucceeds(getDoc(householdRef(firestore, "theirs", OTHER_ESTATE)));
    await assertSucceeds(deleteDoc(householdRef(firestore, "theirs", OTHER_ESTATE)));
  });
});

describe("match /estates/{estateId}/households/{householdId}: what customer service may write", () => {
  const uid = uidOf("customerService");
  it.each([
    {
      case: "stamps of another user",
      change: { createdBy: "uid-someone", updatedBy: "uid-someone" },
    },
    {
      case: "a client clock instead of server time",
      change: { createdAt: new Date(), updatedAt: new Date() },
    },
    {
      case: "no stamps",
      change: { createdAt: null, createdBy: null, updatedAt: null, updatedBy: null },
    },
    { case: "another estate's id", change: { estateId: OTHER_ESTATE } },
    { case: "an id field that is not the document id", change: { id: "another-id" } },
    { case: "an empty building", change: { building: "" } },
    { case: "a room of 21 characters", change: { room: "1".repeat(21) } },
    { case: "a floor that is not a whole number", change: { floor: 5.5 } },
    { case: "a map position off the plan", change: { mapPosition: { x: 120, y: 10 } } },
    { case: "a negative area", change: { areaSquareMetres: -3 } },
    { case: "a handover date as text", change: { handoverDate: "2019-06-30" } },
    { case: "an unknown field", change: { isVip: true } },
  ])("refuses a create with $case", async ({ case: name, change }) => {
    const id = `bad-create-${name.replaceAll(" ", "-")}`;
    const firestore = firestoreAs(environment, "customerService");
    const data: DocumentData = { ...newHousehold(id, uid), ...change };
    for (const [key, value] of Object.entries(data))
      if (value === null) Reflect.deleteProperty(data, key);
    await assertFails(setDoc(householdRef(firestore, id), data));
  });

  it.each([
    { case: "a changed creator", change: { createdBy: uid } },
    { case: "a changed creation time", change: { createdAt: serverTimestamp() } },
    { case: "no new stamp", change: { room: "502" }, keepStamp: true },
    { case: "a move to another estate", change: { estateId: OTHER_ESTATE } },
  ])("refuses an update with $case", async ({ case: name, change, keepStamp }) => {
    const id = `bad-update-${name.replaceAll(" ", "-")}`;
    await putHousehold(id);
    const firestore = firestoreAs(environment, "customerService");
    const stamp = keepStamp ? {} : { updatedAt: serverTimestamp(), updatedBy: uid };
    await assertFails(updateDoc(householdRef(firestore, id), { ...stamp, ...change }));
  });

  it("accepts a full rewrite that keeps the creation stamp", async () => {
    const id = "good-rewrite";
    await putHousehold(id);
    const firestore = firestoreAs(environment, "customerService");
    await assertSucceeds(
      setDoc(householdRef(firestore, id), {
        ...newHousehold(id, uid),
        createdAt: EARLIER,
        createdBy: "uid-earlier",
        mapPosition: null,
        areaSquareMetres: null,
        handoverDate: null,
        warrantyEnd: null,
      }),
    );
  });
});

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

const HOUSEHOLD = "3-2-501";

let environment: RulesTestEnvironment;
beforeAll(async () => {
  environment = await rulesEnvironment("people");
  await arrange(environment, (firestore) =>
    setDoc(doc(firestore, paths.household(ESTATE, HOUSEHOLD)), { id: HOUSEHOLD, estateId: ESTATE }),
  );
});
afterAll(async () => {
  await environment.cleanup();
});

/** A valid person as a client writes it: stamped by `uid` at server time. */
function newPerson(id: string, uid: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    householdId: HOUSEHOLD,
    kind: "owner",
    name: "王建國",
    phones: [
      { number: "138 0013 8000", label: "手機" },
      { number: "010-6914 2200", label: "家" },
    ],
    phoneKeys: ["01069142200", "13800138000"],
    preferredContact: "phone",
    wechat: "wjg_1960",
    note: "",
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  };
}

const personRef = (firestore: Firestore, id: string) => doc(firestore, paths.person(ESTATE, id));

async function putPerson(id: string): Promise<void> {
  await arrange(environment, (firestore) =>
    setDoc(personRef(firestore, id), {
      ...newPerson(id, "uid-earlier"),
      createdAt: EARLIER,
      updatedAt: EARLIER,
    }),
  );
}

describe("match /estates/{estateId}/people/{personId}", () => {
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
    if (row.operation !== "create") await putPerson(id);
    const attempt = {
      read: () => getDoc(personRef(firestore, id)),
      create: () => setDoc(personRef(firestore, id), newPerson(id, uid)),
      update: () =>
        updateDoc(personRef(firestore, id), {
          phones: [{ number: "139 1111 2222", label: "" }],
          phoneKeys: ["13911112222"],
          updatedAt: serverTimestamp(),
          updatedBy: uid,
        }),
      delete: () => deleteDoc(personRef(firestore, id)),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });
});

describe("match /estates/{estateId}/people/{personId}: what customer service may write", () => {
  const uid = uidOf("customerService");
  const elevenPhones = Array.from({ length: 11 }, (_, index) => ({
    number: `138001380${String(index).padStart(2, "0")}`,
    label: "",
  }));

  it.each([
    { case: "stamps of another user", change: { createdBy: "uid-x", updatedBy: "uid-x" } },
    { case: "a client clock", change: { createdAt: new Date(), updatedAt: new Date() } },
    {
      case: "no stamps",
      change: { createdAt: null, createdBy: null, updatedAt: null, updatedBy: null },
    },
    { case: "another estate's id", change: { estateId: OTHER_ESTATE } },
    { case: "an id field that is not the document id", change: { id: "someone-else" } },
    { case: "a household that does not exist", change: { householdId: "9-9-999" } },
    { case: "an empty name", change: { name: "" } },
    { case: "a name of 61 characters", change: { name: "王".repeat(61) } },
    { case: "eleven phones", change: { phones: elevenPhones } },
    { case: "more phone keys than phones", change: { phoneKeys: ["1", "2", "3"] } },
    { case: "phones that are not a list", change: { phones: "138 0013 8000" } },
    { case: "an unknown kind", change: { kind: "tenant" } },
    { case: "an unknown preferred contact", change: { preferredContact: "fax" } },
    { case: "a note of 501 characters", change: { note: "備".repeat(501) } },
    { case: "an unknown field", change: { idCardNumber: "110101199003070000" } },
  ])("refuses a create with $case", async ({ case: name, change }) => {
    const id = `bad-create-${name.replaceAll(" ", "-")}`;
    const firestore = firestoreAs(environment, "customerService");
    const data: DocumentData = { ...newPerson(id, uid), ...change };
    for (const [key, value] of Object.entries(data))
      if (value === null) Reflect.deleteProperty(data, key);
    await assertFails(setDoc(personRef(firestore, id), data));
  });

  it("accepts a person without the optional wechat and note", async () => {
    const id = "good-minimal";
    const firestore = firestoreAs(environment, "customerService");
    const data = newPerson(id, uid);
    Reflect.deleteProperty(data, "wechat");
    Reflect.deleteProperty(data, "note");
    await assertSucceeds(setDoc(personRef(firestore, id), data));
  });

  it.each([
    { case: "a changed creator", change: { createdBy: uid } },
    { case: "a changed creation time", change: { createdAt: serverTimestamp() } },
    { case: "no new stamp", change: { name: "王建华" }, keepStamp: true },
    { case: "a move to a household that does not exist", change: { householdId: "9-9-999" } },
  ])("refuses an update with $case", async ({ case: name, change, keepStamp }) => {
    const id = `bad-update-${name.replaceAll(" ", "-")}`;
    await putPerson(id);
    const firestore = firestoreAs(environment, "customerService");
    const stamp = keepStamp ? {} : { updatedAt: serverTimestamp(), updatedBy: uid };
    await assertFails(updateDoc(personRef(firestore, id), { ...stamp, ...change }));
  });
});

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
import type { Role } from "../../../functions/src/domain/schema/role.js";
import {
  EARLIER,
  ESTATE,
  OTHER_ESTATE,
  anyStaff,
  arrange,
  caseId,
  expectVerdict,
  firestoreAs,
  roleMatrix,
  rulesEnvironment,
  uidOf,
} from "./rulesHarness.js";

/** Who writes at the desk. */
const deskKeepers: readonly Role[] = ["customerService", "director", "admin"];

let environment: RulesTestEnvironment;
beforeAll(async () => {
  environment = await rulesEnvironment("receptions");
});
afterAll(async () => {
  await environment.cleanup();
});

/** A valid phone-in record as a client writes it: served and stamped by `uid` now. */
function newReception(id: string, uid: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    channel: "phone_in",
    at: new Date(Date.now() - 60_000),
    day: "2026-10-05",
    callerNumber: "138 0013 8000",
    callerKey: "13800138000",
    callerName: "王先生",
    householdId: "3-2-501",
    personId: "p-wang",
    category: "repair",
    content: "廚房水管漏水",
    outcome: "已派維修",
    staffId: uid,
    ticketId: null,
    archived: false,
    handoverId: null,
    amends: null,
    amendReason: null,
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  };
}

const receptionRef = (firestore: Firestore, id: string) =>
  doc(firestore, paths.reception(ESTATE, id));

/** Puts a record written earlier by `uid`, archived by a handover or not. */
async function putReception(id: string, uid: string, archived = false): Promise<void> {
  await arrange(environment, (firestore) =>
    setDoc(receptionRef(firestore, id), {
      ...newReception(id, uid),
      archived,
      handoverId: archived ? "shift-1" : null,
      createdAt: EARLIER,
      updatedAt: EARLIER,
    }),
  );
}

const edit = (uid: string) => ({
  outcome: "已派維修,師傅下午到",
  updatedAt: serverTimestamp(),
  updatedBy: uid,
});

describe("match /estates/{estateId}/receptions/{receptionId}", () => {
  const table = roleMatrix({
    read: anyStaff,
    create: deskKeepers,
    update: deskKeepers,
    delete: [],
  });

  it.each(table)("$caller $verdict $operation", async (row) => {
    const id = caseId(row);
    const firestore = firestoreAs(environment, row.caller);
    const uid = uidOf(row.caller);
    // The record to read, edit or delete is the caller's own and not yet archived.
    if (row.operation !== "create") await putReception(id, uid);
    const attempt = {
      read: () => getDoc(receptionRef(firestore, id)),
      create: () => setDoc(receptionRef(firestore, id), newReception(id, uid)),
      update: () => updateDoc(receptionRef(firestore, id), edit(uid)),
      delete: () => deleteDoc(receptionRef(firestore, id)),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });
});

describe("receptions: B2.1 archived records are amended, never edited", () => {
  it.each(deskKeepers)("%s may not edit their own archived record", async (role) => {
    const id = `archived-edit-${role}`;
    const uid = uidOf(role);
    await putReception(id, uid, true);
    await assertFails(updateDoc(receptionRef(firestoreAs(environment, role), id), edit(uid)));
  });

  it.each(deskKeepers)("%s may not delete an archived record", async (role) => {
    const id = `archived-delete-${role}`;
    await putReception(id, uidOf(role), true);
    await assertFails(deleteDoc(receptionRef(firestoreAs(environment, role), id)));
  });

  it.each(deskKeepers)("%s may amend an archived record with a reason", async (role) => {
    const original = `archived-amended-${role}`;
    await putReception(original, uidOf("customerService"), true);
    const id = `amendment-${role}`;
    await assertSucceeds(
      setDoc(receptionRef(firestoreAs(environment, role), id), {
        ...newReception(id, uidOf(role)),
        amends: original,
        amendReason: "號碼記錯,應為 139 開頭",
      }),
    );
  });

  it.each([
    { case: "without a reason", change: { amends: "archived-x", amendReason: null } },
    { case: "with an empty reason", change: { amends: "archived-x", amendReason: "" } },
    { case: "a reason but no original", change: { amends: null, amendReason: "改號碼" } },
    { case: "of a record that does not exist", change: { amends: "nowhere", amendReason: "改" } },
  ])("refuses an amendment $case", async ({ case: name, change }) => {
    await putReception("archived-x", uidOf("customerService"), true);
    const id = `bad-amendment-${name.replaceAll(" ", "-")}`;
    const uid = uidOf("customerService");
    await assertFails(
      setDoc(receptionRef(firestoreAs(environment, "customerService"), id), {
        ...newReception(id, uid),
        ...change,
      }),
    );
  });

  it("an author may not archive their own record, nor change its server", async () => {
    const uid = uidOf("customerService");
    const firestore = firestoreAs(environment, "customerService");
    await putReception("self-archive", uid);
    await assertFails(
      updateDoc(receptionRef(firestore, "self-archive"), {
        ...edit(uid),
        archived: true,
        handoverId: "shift-1",
      }),
    );
    await assertFails(
      updateDoc(receptionRef(firestore, "self-archive"), { ...edit(uid), staffId: "uid-x" }),
    );
  });

  it("the ticket link is a system field: set only by openTicket, never by the author", async () => {
    const uid = uidOf("customerService");
    const firestore = firestoreAs(environment, "customerService");
    await assertFails(
      setDoc(receptionRef(firestore, "own-link"), {
        ...newReception("own-link", uid),
        ticketId: "ticket-forged",
      }),
    );
    await putReception("relink", uid);
    await assertFails(
      updateDoc(receptionRef(firestore, "relink"), { ...edit(uid), ticketId: "ticket-forged" }),
    );
    await assertSucceeds(updateDoc(receptionRef(firestore, "relink"), edit(uid)));
  });

  it("a desk member may not edit a colleague's record", async () => {
    await putReception("colleague", uidOf("director"));
    await assertFails(
      updateDoc(
        receptionRef(firestoreAs(environment, "customerService"), "colleague"),
        edit(uidOf("customerService")),
      ),
    );
  });
});

describe("receptions: what customer service may write", () => {
  const uid = uidOf("customerService");

  it.each([
    { case: "stamps of another user", change: { createdBy: "uid-x", updatedBy: "uid-x" } },
    { case: "a client clock", change: { createdAt: new Date(), updatedAt: new Date() } },
    { case: "another estate's id", change: { estateId: OTHER_ESTATE } },
    { case: "an id field that is not the document id", change: { id: "someone-else" } },
    { case: "another server", change: { staffId: "uid-director" } },
    { case: "an archived flag", change: { archived: true, handoverId: "shift-1" } },
    { case: "a time an hour ahead", change: { at: new Date(Date.now() + 3_600_000) } },
    { case: "a day that is no day key", change: { day: "5/10/2026" } },
    { case: "an unknown channel", change: { channel: "fax" } },
    { case: "an unknown category", change: { category: "gossip" } },
    { case: "empty content", change: { content: "" } },
    { case: "a person without a household", change: { householdId: null } },
    { case: "an unknown field", change: { mood: "angry" } },
  ])("refuses a create with $case", async ({ case: name, change }) => {
    const id = `bad-create-${name.replaceAll(" ", "-")}`;
    await assertFails(
      setDoc(receptionRef(firestoreAs(environment, "customerService"), id), {
        ...newReception(id, uid),
        ...change,
      }),
    );
  });

  it("accepts an unknown caller: no household, no person, the number kept", async () => {
    const id = "unknown-caller";
    await assertSucceeds(
      setDoc(receptionRef(firestoreAs(environment, "customerService"), id), {
        ...newReception(id, uid),
        callerNumber: "021-5555 1234",
        callerKey: "02155551234",
        callerName: "",
        householdId: null,
        personId: null,
        category: "inquiry",
      }),
    );
  });
});

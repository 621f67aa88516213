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
  anyStaff,
  arrange,
  caseId,
  expectVerdict,
  firestoreAs,
  roleMatrix,
  rulesEnvironment,
  uidOf,
  type Caller,
} from "./rulesHarness.js";

const SHIFT_START = new Date("2026-10-05T08:00:00+08:00");
const SHIFT_END = new Date("2026-10-05T20:00:00+08:00");
const INCOMING = "uid-incoming";

let environment: RulesTestEnvironment;
beforeAll(async () => {
  environment = await rulesEnvironment("handovers");
});
afterAll(async () => {
  await environment.cleanup();
});

/** Puts the shift `id` of `staffId` (the handover's id is its shift's). */
async function putShift(id: string, staffId: string): Promise<void> {
  await arrange(environment, (firestore) =>
    setDoc(doc(firestore, paths.rosterShift(ESTATE, id)), {
      id,
      estateId: ESTATE,
      staffId,
      start: SHIFT_START,
      end: SHIFT_END,
      dutyLine: "010-6914 2200",
    }),
  );
}

/** A complete handover as its outgoing staff member `uid` writes it. */
function newHandover(id: string, uid: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    shiftId: id,
    shiftStart: SHIFT_START,
    shiftEnd: SHIFT_END,
    outgoingStaffId: uid,
    incomingStaffId: INCOMING,
    openItems: [{ kind: "reception", refId: "r1", text: "3-2-501 漏水待維修回覆" }],
    noOpenItems: false,
    anomalies: "無",
    notes: "",
    writtenAt: serverTimestamp(),
    confirmedBy: null,
    confirmedAt: null,
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  };
}

const handoverRef = (firestore: Firestore, id: string) =>
  doc(firestore, paths.handover(ESTATE, id));

async function putHandover(id: string, uid: string, confirmed = false): Promise<void> {
  await putShift(id, uid);
  await arrange(environment, (firestore) =>
    setDoc(handoverRef(firestore, id), {
      ...newHandover(id, uid),
      writtenAt: EARLIER,
      confirmedBy: confirmed ? INCOMING : null,
      confirmedAt: confirmed ? EARLIER : null,
      createdAt: EARLIER,
      updatedAt: EARLIER,
    }),
  );
}

const rewrite = (uid: string) => ({
  anomalies: "20:10 3 號樓電梯困人,已處理",
  writtenAt: serverTimestamp(),
  updatedAt: serverTimestamp(),
  updatedBy: uid,
});

describe("match /estates/{estateId}/handovers/{shiftId}", () => {
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
    // The caller is the outgoing staff member of the shift.
    if (row.operation === "create") await putShift(id, uid);
    else await putHandover(id, uid);
    const attempt = {
      read: () => getDoc(handoverRef(firestore, id)),
      create: () => setDoc(handoverRef(firestore, id), newHandover(id, uid)),
      update: () => updateDoc(handoverRef(firestore, id), rewrite(uid)),
      delete: () => deleteDoc(handoverRef(firestore, id)),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });
});

describe("handovers: B2.1 written by the outgoing, confirmed by the incoming", () => {
  /** The outgoing staff member (customer service). */
  const outgoing = () => firestoreAs(environment, "customerService");
  const confirm = (uid: string) => ({
    confirmedBy: uid,
    confirmedAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });

  /** The incoming staff member: a customer-service login whose uid is {@link INCOMING}. */
  async function incomingFirestore(): Promise<Firestore> {
    const context = environment.authenticatedContext(INCOMING, {
      estates: { [ESTATE]: "customerService" },
    });
    return Promise.resolve(context.firestore() as unknown as Firestore);
  }

  it("the incoming staff member confirms, at server time", async () => {
    await putHandover("to-confirm", uidOf("customerService"));
    await assertSucceeds(
      updateDoc(handoverRef(await incomingFirestore(), "to-confirm"), confirm(INCOMING)),
    );
  });

  it("confirming may not change the handover's content", async () => {
    await putHandover("confirm-and-change", uidOf("customerService"));
    await assertFails(
      updateDoc(handoverRef(await incomingFirestore(), "confirm-and-change"), {
        ...confirm(INCOMING),
        anomalies: "",
      }),
    );
  });

  it.each<Caller>(["customerService", "director", "admin"])(
    "%s, not named as incoming, may not confirm",
    async (caller) => {
      const id = `confirm-by-${caller}`;
      await putHandover(id, "uid-someone");
      await assertFails(
        updateDoc(handoverRef(firestoreAs(environment, caller), id), confirm(uidOf(caller))),
      );
    },
  );

  it("a confirmed handover is edited by nobody", async () => {
    const uid = uidOf("customerService");
    await putHandover("confirmed", uid, true);
    await assertFails(updateDoc(handoverRef(outgoing(), "confirmed"), rewrite(uid)));
    await assertFails(
      updateDoc(handoverRef(await incomingFirestore(), "confirmed"), confirm(INCOMING)),
    );
  });

  it.each([
    { case: "for a shift that is someone else's", shiftOf: "uid-director", change: {} },
    { case: "with the shift's times changed", change: { shiftEnd: new Date() } },
    { case: "already confirmed", change: { confirmedBy: INCOMING, confirmedAt: EARLIER } },
    { case: "handed to oneself", change: { incomingStaffId: uidOf("customerService") } },
    { case: "with a client clock", change: { writtenAt: new Date() } },
    { case: "under another shift's id", change: { shiftId: "other" } },
  ])("refuses a handover $case", async ({ case: name, change, shiftOf }) => {
    const id = `bad-${name.replaceAll(" ", "-")}`;
    const uid = uidOf("customerService");
    await putShift(id, shiftOf ?? uid);
    await assertFails(setDoc(handoverRef(outgoing(), id), { ...newHandover(id, uid), ...change }));
  });

  it("accepts an incomplete handover: the duty check finds it (B2.1), the rules keep it", async () => {
    const id = "incomplete";
    const uid = uidOf("customerService");
    await putShift(id, uid);
    await assertSucceeds(
      setDoc(handoverRef(outgoing(), id), {
        ...newHandover(id, uid),
        incomingStaffId: null,
        openItems: [],
        anomalies: "",
      }),
    );
  });
});

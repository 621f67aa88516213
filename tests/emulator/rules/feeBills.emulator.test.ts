/**
 * Rules of the fee bills and arrears reminders (B2.10, feeding B2.8): customer service, the
 * director and admins of the estate read them; no client writes them (importFees and
 * logArrearsReminder do, with the Admin SDK).
 */
import { type RulesTestEnvironment } from "@firebase/rules-unit-testing";
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  setDoc,
  updateDoc,
  where,
  type DocumentData,
  type Firestore,
} from "firebase/firestore";
import { afterAll, beforeAll, describe, it } from "vitest";
import { paths } from "../../../functions/src/domain/paths.js";
import type { Role } from "../../../functions/src/domain/schema/role.js";
import {
  EARLIER,
  ESTATE,
  arrange,
  callers,
  caseId,
  expectVerdict,
  firestoreAs,
  roleMatrix,
  rulesEnvironment,
} from "./rulesHarness.js";

let environment: RulesTestEnvironment;
beforeAll(async () => {
  environment = await rulesEnvironment("fee-bills");
});
afterAll(async () => {
  await environment.cleanup();
});

const readers: readonly Role[] = ["customerService", "director", "admin"];
const stamp = { createdAt: EARLIER, createdBy: "x", updatedAt: EARLIER, updatedBy: "x" };

function bill(id: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    month: "2026-10",
    household: "3-2-501",
    householdId: null,
    period: "2026-10",
    dueFen: 30000,
    paidFen: 0,
    arrearsFen: 30000,
    inArrears: true,
    row: 2,
    ...stamp,
  };
}

function reminder(id: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    month: "2026-10",
    household: "3-2-501",
    householdId: null,
    owedFen: 30000,
    channel: "phone",
    note: "",
    remindedBy: "x",
    remindedAt: EARLIER,
    ticketId: "arrears_2026-10_3-2-501",
    ...stamp,
  };
}

const kinds = [
  { name: "feeBills", path: paths.feeBill, record: bill, field: "paidFen", value: 30000 },
  {
    name: "arrearsReminders",
    path: paths.arrearsReminder,
    record: reminder,
    field: "channel",
    value: "visit",
  },
] as const;

describe.each(kinds)("B2.10 match /estates/{estateId}/$name/{id}", (kind) => {
  const table = roleMatrix({ read: readers, create: [], update: [], delete: [] });
  it.each(table)("$caller $verdict $operation", async (row) => {
    const id = caseId(row);
    const ref = (firestore: Firestore) => doc(firestore, kind.path(ESTATE, id));
    if (row.operation !== "create") {
      await arrange(environment, (admin) => setDoc(ref(admin), kind.record(id)));
    }
    const firestore = firestoreAs(environment, row.caller);
    const attempt = {
      read: () => getDoc(ref(firestore)),
      create: () => setDoc(ref(firestore), kind.record(id)),
      update: () => updateDoc(ref(firestore), { [kind.field]: kind.value }),
      delete: () => deleteDoc(ref(firestore)),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });

  it.each(callers.map((caller) => ({ caller, allowed: readers.includes(caller as Role) })))(
    "the arrears list's query of a month: $caller allowed=$allowed",
    async ({ caller, allowed }) => {
      const firestore = firestoreAs(environment, caller);
      const path =
        kind.name === "feeBills" ? paths.feeBills(ESTATE) : paths.arrearsReminders(ESTATE);
      await expectVerdict(
        allowed,
        getDocs(query(collection(firestore, path), where("month", "==", "2026-10"))),
      );
    },
  );
});

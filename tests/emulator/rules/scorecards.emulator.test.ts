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
  anyStaff,
  arrange,
  callers,
  caseId,
  expectVerdict,
  firestoreAs,
  roleMatrix,
  rulesEnvironment,
  uidOf,
} from "./rulesHarness.js";

let environment: RulesTestEnvironment;
beforeAll(async () => {
  environment = await rulesEnvironment("scorecards");
});
afterAll(async () => {
  await environment.cleanup();
});

const managers: readonly Role[] = ["director", "admin"];

function scorecard(id: string, kind: "person" | "team", subjectId: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    month: "2026-10",
    catalogueVersion: "seed-1",
    subject: { kind, id: subjectId },
    points: -20,
    lines: [{ rule: "B2.1", points: -20, findingIds: ["f1", "f2"], arrears: null }],
    computedAt: EARLIER,
    computedBy: "monthlyScoreRecompute",
    findingsRead: 2,
  };
}

const cardRef = (firestore: Firestore, id: string) => doc(firestore, paths.scorecard(ESTATE, id));

describe("match /estates/{estateId}/scorecards/{scorecardId}", () => {
  describe("a person's scorecard: they, the director and the admin read it", () => {
    const table = roleMatrix({ read: ["order", ...managers], create: [], update: [], delete: [] });
    it.each(table)("$caller $verdict $operation", async (row) => {
      const id = caseId(row, "-person");
      const firestore = firestoreAs(environment, row.caller);
      if (row.operation !== "create") {
        await arrange(environment, (admin) =>
          setDoc(cardRef(admin, id), scorecard(id, "person", uidOf("order"))),
        );
      }
      const attempt = {
        read: () => getDoc(cardRef(firestore, id)),
        create: () => setDoc(cardRef(firestore, id), scorecard(id, "person", uidOf(row.caller))),
        update: () => updateDoc(cardRef(firestore, id), { points: 0 }),
        delete: () => deleteDoc(cardRef(firestore, id)),
      }[row.operation];
      await expectVerdict(row.allowed, attempt());
    });
  });

  describe("the customer-service team's scorecard: its members, the director and the admin", () => {
    const table = roleMatrix({
      read: ["customerService", ...managers],
      create: [],
      update: [],
      delete: [],
    }).filter((row) => row.operation === "read");
    it.each(table)("$caller $verdict read", async (row) => {
      const id = caseId(row, "-team");
      await arrange(environment, (admin) =>
        setDoc(cardRef(admin, id), scorecard(id, "team", "customerService")),
      );
      await expectVerdict(row.allowed, getDoc(cardRef(firestoreAs(environment, row.caller), id)));
    });
  });

  it.each(callers.map((caller) => ({ caller, allowed: managers.includes(caller as Role) })))(
    "the month's ranking (every scorecard): $caller allowed=$allowed",
    async ({ caller, allowed }) => {
      const firestore = firestoreAs(environment, caller);
      const month = query(
        collection(firestore, paths.scorecards(ESTATE)),
        where("month", "==", "2026-10"),
      );
      await expectVerdict(allowed, getDocs(month));
    },
  );
});

describe("match /estates/{estateId}/scoreMonths/{month}", () => {
  const table = roleMatrix({ read: anyStaff, create: [], update: [], delete: [] });
  it.each(table)("$caller $verdict $operation", async (row) => {
    const id = caseId(row);
    const ref = (firestore: Firestore) => doc(firestore, paths.scoreMonth(ESTATE, id));
    const summary = { id, estateId: ESTATE, computedAt: EARLIER, findingCount: 2 };
    if (row.operation !== "create")
      await arrange(environment, (admin) => setDoc(ref(admin), summary));
    const firestore = firestoreAs(environment, row.caller);
    const attempt = {
      read: () => getDoc(ref(firestore)),
      create: () => setDoc(ref(firestore), summary),
      update: () => updateDoc(ref(firestore), { findingCount: 0 }),
      delete: () => deleteDoc(ref(firestore)),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });
});

describe("match /estates/{estateId}/feeMonths/{month} (B2.10)", () => {
  const table = roleMatrix({
    read: ["customerService", ...managers],
    create: [],
    update: [],
    delete: [],
  });
  it.each(table)("$caller $verdict $operation", async (row) => {
    const id = caseId(row);
    const ref = (firestore: Firestore) => doc(firestore, paths.feeMonth(ESTATE, id));
    const fees = {
      id,
      estateId: ESTATE,
      teamId: "customerService",
      chargeable: 100,
      inArrears: 29,
    };
    if (row.operation !== "create") await arrange(environment, (admin) => setDoc(ref(admin), fees));
    const firestore = firestoreAs(environment, row.caller);
    const attempt = {
      read: () => getDoc(ref(firestore)),
      create: () => setDoc(ref(firestore), fees),
      update: () => updateDoc(ref(firestore), { inArrears: 0 }),
      delete: () => deleteDoc(ref(firestore)),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });
});

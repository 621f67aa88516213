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
  uidOf,
  type Caller,
} from "./rulesHarness.js";

let environment: RulesTestEnvironment;
beforeAll(async () => {
  environment = await rulesEnvironment("findings");
});
afterAll(async () => {
  await environment.cleanup();
});

/** A stored finding charged to a person (staffId) or, with staffId null, to a team. */
function finding(id: string, staffId: string | null, teamId: string | null): DocumentData {
  return {
    id,
    estateId: ESTATE,
    rule: staffId === null ? "B2.8" : "B2.1",
    staffId,
    teamId,
    at: EARLIER,
    month: "2026-01",
    status: "open",
    source: "automatic",
    recordedBy: "onHandoverClosed",
    evidence: [{ kind: "text", text: "交接班記錄缺失" }],
    referForDismissal: false,
    confirmation: null,
    clearing: null,
    createdAt: EARLIER,
    createdBy: "onHandoverClosed",
    updatedAt: EARLIER,
    updatedBy: "onHandoverClosed",
  };
}

const findingRef = (firestore: Firestore, id: string) => doc(firestore, paths.finding(ESTATE, id));

const managers: readonly Role[] = ["director", "admin"];

describe("match /estates/{estateId}/findings/{findingId}", () => {
  describe("a finding charged to the customer-service member: they, the director and the admin read it", () => {
    const table = roleMatrix({
      read: ["customerService", ...managers],
      create: [],
      update: [],
      delete: [],
    });
    it.each(table)("$caller $verdict $operation", async (row) => {
      const id = caseId(row, "-person");
      const firestore = firestoreAs(environment, row.caller);
      const owner = uidOf("customerService");
      if (row.operation !== "create") {
        await arrange(environment, (admin) =>
          setDoc(findingRef(admin, id), finding(id, owner, "customerService")),
        );
      }
      const attempt = {
        read: () => getDoc(findingRef(firestore, id)),
        create: () => setDoc(findingRef(firestore, id), finding(id, uidOf(row.caller), null)),
        update: () => updateDoc(findingRef(firestore, id), { status: "cleared" }),
        delete: () => deleteDoc(findingRef(firestore, id)),
      }[row.operation];
      await expectVerdict(row.allowed, attempt());
    });
  });

  describe.each([
    { team: "customerService", members: ["customerService"] as const },
    { team: "environment", members: ["environment"] as const },
  ])(
    "a finding charged to team $team: its members, the director and the admin read it",
    ({ team, members }) => {
      const table = roleMatrix({
        read: [...members, ...managers],
        create: [],
        update: [],
        delete: [],
      });
      it.each(table.filter((row) => row.operation === "read"))(
        "$caller $verdict read",
        async (row) => {
          const id = caseId(row, `-team-${team}`);
          await arrange(environment, (admin) =>
            setDoc(findingRef(admin, id), finding(id, null, team)),
          );
          await expectVerdict(
            row.allowed,
            getDoc(findingRef(firestoreAs(environment, row.caller), id)),
          );
        },
      );
    },
  );

  describe("queries", () => {
    const monthQuery = (firestore: Firestore) =>
      query(collection(firestore, paths.findings(ESTATE)), where("month", "==", "2026-01"));
    const ownQuery = (firestore: Firestore, caller: Caller) =>
      query(
        collection(firestore, paths.findings(ESTATE)),
        where("staffId", "==", uidOf(caller)),
        where("month", "==", "2026-01"),
      );

    it.each(callers.map((caller) => ({ caller, allowed: managers.includes(caller as Role) })))(
      "the month's findings: $caller allowed=$allowed",
      async ({ caller, allowed }) => {
        await expectVerdict(allowed, getDocs(monthQuery(firestoreAs(environment, caller))));
      },
    );

    it.each(
      (
        ["customerService", "environment", "order", "maintenance", "director", "admin"] as const
      ).map((caller) => ({ caller })),
    )("$caller may list the month's findings charged to them", async ({ caller }) => {
      await expectVerdict(true, getDocs(ownQuery(firestoreAs(environment, caller), caller)));
    });

    it("a member may not list a colleague's findings", async () => {
      const firestore = firestoreAs(environment, "environment");
      await expectVerdict(false, getDocs(ownQuery(firestore, "customerService")));
    });
  });
});

/**
 * Rules of tickets, on-site visits, renovation files and images (SPEC §5): a department sees
 * its department's tickets and visits (a maintenance worker sees maintenance tickets of their
 * estate only); customer service, the director and admins see all; nobody writes from a
 * client — a signed visit is therefore never edited, not even by its own staff member.
 */
import type { RulesTestEnvironment } from "@firebase/rules-unit-testing";
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
} from "firebase/firestore";
import { afterAll, beforeAll, describe, it } from "vitest";
import { paths } from "../../../functions/src/domain/paths.js";
import type { Role } from "../../../functions/src/domain/schema/role.js";
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
} from "./rulesHarness.js";

let environment: RulesTestEnvironment;
beforeAll(async () => {
  environment = await rulesEnvironment("tickets");
});
afterAll(async () => {
  await environment.cleanup();
});

const stamps = { createdAt: EARLIER, createdBy: "system", updatedAt: EARLIER, updatedBy: "system" };

function ticket(id: string, department: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    type: "repair",
    department,
    householdId: "h-1",
    receptionId: null,
    title: "水管漏水",
    description: "",
    charge: "unpaid",
    assigneeId: "uid-maintenance",
    openedBy: "uid-customerService",
    openedAt: EARLIER,
    dueAt: EARLIER,
    status: "assigned",
    transitions: [],
    cancellationReason: null,
    caseRecord: null,
    ambulanceGuidance: null,
    houseQuality: null,
    visitFlags: [],
    flagged: false,
    overdueAt: null,
    inspections: [],
    ambulanceComplaint: null,
    ...stamps,
  };
}

function signedVisit(id: string, department: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    ticketId: "t-1",
    householdId: "h-1",
    department,
    staffId: "uid-maintenance",
    charge: "unpaid",
    workDone: "更換接頭",
    photos: [],
    doneAt: EARLIER,
    signature: {
      image: { imagePath: "estates/x/images/s" },
      signerName: "王先生",
      signedAt: EARLIER,
    },
    rating: { value: "satisfied", at: EARLIER },
    signedHash: "0".repeat(64),
    ownerResponse: null,
    amendments: [],
    ...stamps,
  };
}

const departmentReaders = (department: Role): Role[] => [
  "customerService",
  "director",
  "admin",
  department,
];

describe.each([
  { kind: "tickets", path: paths.ticket, make: ticket },
  { kind: "onSiteVisits", path: paths.onSiteVisit, make: signedVisit },
])("match /estates/{estateId}/$kind/{id} (maintenance department)", ({ path, make }) => {
  it.each(
    roleMatrix({ read: departmentReaders("maintenance"), create: [], update: [], delete: [] }),
  )("$caller $verdict $operation", async (row) => {
    const id = caseId(row);
    const ref = (caller = row.caller) => doc(firestoreAs(environment, caller), path(ESTATE, id));
    if (row.operation !== "create") {
      await arrange(environment, (db) =>
        setDoc(doc(db, path(ESTATE, id)), make(id, "maintenance")),
      );
    }
    const attempt =
      row.operation === "read"
        ? getDoc(ref())
        : row.operation === "create"
          ? setDoc(ref(), make(id, "maintenance"))
          : row.operation === "update"
            ? updateDoc(ref(), { workDone: "改寫", title: "改寫" })
            : deleteDoc(ref());
    await expectVerdict(row.allowed, attempt);
  });
});

describe("a maintenance worker lists maintenance tickets of their estate only", () => {
  it.each([
    { case: "the maintenance queue", department: "maintenance", allowed: true },
    { case: "the environment queue", department: "environment", allowed: false },
  ])("$case", async ({ department, allowed }) => {
    await arrange(environment, async (db) => {
      await setDoc(doc(db, paths.ticket(ESTATE, "q-m")), ticket("q-m", "maintenance"));
      await setDoc(doc(db, paths.ticket(ESTATE, "q-e")), ticket("q-e", "environment"));
    });
    const db = firestoreAs(environment, "maintenance");
    await expectVerdict(
      allowed,
      getDocs(query(collection(db, paths.tickets(ESTATE)), where("department", "==", department))),
    );
  });

  it.each([
    { case: "a ticket's visits with the department filter", filtered: true },
    { case: "a ticket's visits without it", filtered: false },
  ])("$case", async ({ filtered }) => {
    await arrange(environment, (db) =>
      setDoc(doc(db, paths.onSiteVisit(ESTATE, "qv-m")), signedVisit("qv-m", "maintenance")),
    );
    const db = firestoreAs(environment, "maintenance");
    const visits = collection(db, paths.onSiteVisits(ESTATE));
    await expectVerdict(
      filtered,
      getDocs(
        filtered
          ? query(visits, where("ticketId", "==", "t-1"), where("department", "==", "maintenance"))
          : query(visits, where("ticketId", "==", "t-1")),
      ),
    );
  });

  it("an unfiltered list is refused to a maintenance worker", async () => {
    const db = firestoreAs(environment, "maintenance");
    await expectVerdict(false, getDocs(collection(db, paths.tickets(ESTATE))));
  });
});

describe("customer service, the director and admins list every department's tickets", () => {
  // A list with no department filter cannot be proved from `resource.data.department`: the
  // estate-wide roles must pass before the rules look at it (issue 4's live flagged list).
  it.each([
    { caller: "director", allowed: true },
    { caller: "customerService", allowed: true },
    { caller: "admin", allowed: true },
    { caller: "maintenance", allowed: false },
  ] satisfies { caller: Role; allowed: boolean }[])(
    "$caller: the flagged tickets and the estate queue (allowed: $allowed)",
    async ({ caller, allowed }) => {
      await arrange(environment, async (db) => {
        await setDoc(doc(db, paths.ticket(ESTATE, "f-m")), {
          ...ticket("f-m", "maintenance"),
          flagged: true,
        });
        await setDoc(doc(db, paths.ticket(ESTATE, "f-e")), ticket("f-e", "environment"));
      });
      const tickets = collection(firestoreAs(environment, caller), paths.tickets(ESTATE));
      await expectVerdict(allowed, getDocs(query(tickets, where("flagged", "==", true))));
      await expectVerdict(
        allowed,
        getDocs(query(tickets, where("status", "in", ["open", "assigned", "inProgress"]))),
      );
    },
  );
});

describe.each([
  { kind: "renovationFiles", path: paths.renovationFile },
  { kind: "images", path: paths.image },
])("match /estates/{estateId}/$kind/{id}", ({ path }) => {
  it.each(roleMatrix({ read: anyStaff, create: [], update: [], delete: [] }))(
    "$caller $verdict $operation",
    async (row) => {
      const id = caseId(row);
      const data = { id, estateId: ESTATE, ...stamps };
      const ref = doc(firestoreAs(environment, row.caller), path(ESTATE, id));
      if (row.operation !== "create") {
        await arrange(environment, (db) => setDoc(doc(db, path(ESTATE, id)), data));
      }
      const attempt =
        row.operation === "read"
          ? getDoc(ref)
          : row.operation === "create"
            ? setDoc(ref, data)
            : row.operation === "update"
              ? updateDoc(ref, { note: "x" })
              : deleteDoc(ref);
      await expectVerdict(row.allowed, attempt);
    },
  );
});

/**
 * Rules of the owners' side (B.1.3, SPEC §12): notices and their receipts are read by the
 * estate's staff and written only by functions; household and notice board links are listed by
 * customer service, the director and admins of their estate, and written only by functions.
 * Owners have no account: they never read anything from Firestore directly.
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
  type DocumentReference,
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
  type Case,
} from "./rulesHarness.js";

let environment: RulesTestEnvironment;
beforeAll(async () => {
  environment = await rulesEnvironment("notices");
});
afterAll(async () => {
  await environment.cleanup();
});

const linkKeepers: readonly Role[] = ["customerService", "director", "admin"];
const hash = (id: string) =>
  id
    .padEnd(64, "0")
    .replace(/[^0-9a-f]/g, "a")
    .slice(0, 64);

function notice(id: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    kind: "waterOutage",
    title: { "zh-Hant": "停水", "zh-Hans": null, en: null },
    body: { "zh-Hant": "3座停水", "zh-Hans": null, en: null },
    target: { scope: "estate" },
    startsAt: EARLIER,
    endsAt: new Date("2030-01-01T00:00:00+08:00"),
    critical: true,
    withdrawnAt: null,
    withdrawnBy: null,
    createdAt: EARLIER,
    createdBy: "uid-customerService",
    updatedAt: EARLIER,
    updatedBy: "uid-customerService",
  };
}

/** Runs one row of a table against a document made by `make` at `ref`. */
async function runRow(
  row: Case,
  ref: (firestore: Firestore, id: string) => DocumentReference,
  make: (id: string) => DocumentData,
  change: DocumentData,
): Promise<void> {
  const id = caseId(row);
  const firestore = firestoreAs(environment, row.caller);
  if (row.operation !== "create")
    await arrange(environment, (admin) => setDoc(ref(admin, id), make(id)));
  const attempt = {
    read: () => getDoc(ref(firestore, id)),
    create: () => setDoc(ref(firestore, id), make(id)),
    update: () => updateDoc(ref(firestore, id), change),
    delete: () => deleteDoc(ref(firestore, id)),
  }[row.operation];
  await expectVerdict(row.allowed, attempt());
}

describe("match /estates/{estateId}/notices/{noticeId} (B.1.3: staff read; functions write)", () => {
  const table = roleMatrix({ read: anyStaff, create: [], update: [], delete: [] });
  it.each(table)("$caller $verdict $operation", async (row) => {
    await runRow(row, (firestore, id) => doc(firestore, paths.notice(ESTATE, id)), notice, {
      withdrawnAt: new Date(),
    });
  });
});

describe("match /estates/{estateId}/notices/{noticeId}/receipts/{householdId} (B.1.3: written only by the household page's function)", () => {
  const table = roleMatrix({ read: anyStaff, create: [], update: [], delete: [] });
  it.each(table)("$caller $verdict $operation", async (row) => {
    await runRow(
      row,
      (firestore, id) => doc(firestore, paths.noticeReceipt(ESTATE, "notice-1", id)),
      (id) => ({
        id,
        estateId: ESTATE,
        noticeId: "notice-1",
        householdId: id,
        confirmedAt: EARLIER,
        linkId: hash("a"),
      }),
      { confirmedAt: new Date() },
    );
  });
});

describe("match /householdLinks/{tokenHash} (§12: listed by those who keep the directory; the hash opens nothing)", () => {
  const table = roleMatrix({ read: linkKeepers, create: [], update: [], delete: [] });
  const link = (id: string): DocumentData => ({
    id,
    estateId: ESTATE,
    householdId: "h-3-1-501",
    label: "3-1-501",
    building: "3",
    issuedAt: EARLIER,
    issuedBy: "uid-customerService",
    revokedAt: null,
    revokedBy: null,
    counter: null,
  });
  it.each(table)("$caller $verdict $operation", async (row) => {
    await runRow(row, (firestore, id) => doc(firestore, paths.householdLink(id)), link, {
      revokedAt: null,
      householdId: "h-other",
    });
  });

  it("customer service lists a household's live link of its own estate, not another estate's", async () => {
    await arrange(environment, (admin) =>
      setDoc(doc(admin, paths.householdLink("other-estate-link")), {
        ...link("other-estate-link"),
        estateId: OTHER_ESTATE,
      }),
    );
    const firestore = firestoreAs(environment, "customerService");
    await expectVerdict(
      true,
      getDocs(
        query(
          collection(firestore, paths.householdLinks()),
          where("estateId", "==", ESTATE),
          where("householdId", "==", "h-3-1-501"),
          where("revokedAt", "==", null),
        ),
      ),
    );
    await expectVerdict(
      false,
      getDocs(
        query(collection(firestore, paths.householdLinks()), where("estateId", "==", OTHER_ESTATE)),
      ),
    );
    await expectVerdict(false, getDocs(collection(firestore, paths.householdLinks())));
  });
});

describe("match /noticeBoardLinks/{tokenHash} (B.1.3: listed by those who publish notices)", () => {
  const table = roleMatrix({ read: linkKeepers, create: [], update: [], delete: [] });
  it.each(table)("$caller $verdict $operation", async (row) => {
    await runRow(
      row,
      (firestore, id) => doc(firestore, paths.noticeBoardLink(id)),
      (id) => ({
        id,
        estateId: ESTATE,
        label: "3座大堂",
        createdAt: EARLIER,
        createdBy: "uid-customerService",
        revokedAt: null,
        revokedBy: null,
      }),
      { revokedAt: null },
    );
  });
});

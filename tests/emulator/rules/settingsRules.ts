/**
 * The rules every per-estate settings document shares (`estates/{estateId}/settings/{name}`):
 * every staff member of the estate reads; the director and admins create and update, stamped
 * with their own uid; nobody deletes; and the document's own validation refuses bad values.
 * One table per settings document, so each settings rules test states only its values.
 */
import { assertFails, type RulesTestEnvironment } from "@firebase/rules-unit-testing";
import {
  deleteDoc,
  doc,
  getDoc,
  serverTimestamp,
  setDoc,
  type DocumentData,
} from "firebase/firestore";
import { afterAll, beforeAll, describe, it } from "vitest";
import {
  anyStaff,
  arrange,
  expectVerdict,
  firestoreAs,
  roleMatrix,
  rulesEnvironment,
  uidOf,
} from "./rulesHarness.js";

/** One settings document's rules test. */
export interface SettingsRulesCase {
  /** The `describe` title, naming the clause. */
  title: string;
  /** The rules environment's name (one per test file). */
  environmentName: string;
  /** The document's path in the rules' estate. */
  path: string;
  /** A valid document without its stamp. */
  values: DocumentData;
  /** Changes the rules must refuse, each named. */
  refused: { case: string; change: DocumentData }[];
  /** Changes the rules must accept, each named (beyond `values`). */
  accepted?: { case: string; change: DocumentData }[];
}

/** Declares the role matrix and the refused and accepted values of one settings document. */
export function describeSettingsRules(settingsCase: SettingsRulesCase): void {
  let environment: RulesTestEnvironment;
  beforeAll(async () => {
    environment = await rulesEnvironment(settingsCase.environmentName);
  });
  afterAll(async () => {
    await environment.cleanup();
  });

  const settings = (uid: string): DocumentData => ({
    ...settingsCase.values,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });

  describe(settingsCase.title, () => {
    const table = roleMatrix({
      read: anyStaff,
      create: ["director", "admin"],
      update: ["director", "admin"],
      delete: [],
    });

    it.each(table)("$caller $verdict $operation", async (row) => {
      const ref = doc(firestoreAs(environment, row.caller), settingsCase.path);
      await arrange(environment, async (admin) => {
        const adminRef = doc(admin, settingsCase.path);
        if (row.operation === "create") await deleteDoc(adminRef);
        else await setDoc(adminRef, { ...settings("uid-earlier"), updatedAt: new Date() });
      });
      const attempt = {
        read: () => getDoc(ref),
        create: () => setDoc(ref, settings(uidOf(row.caller))),
        update: () => setDoc(ref, settings(uidOf(row.caller))),
        delete: () => deleteDoc(ref),
      }[row.operation];
      await expectVerdict(row.allowed, attempt());
    });

    const directorsRef = () => doc(firestoreAs(environment, "director"), settingsCase.path);

    it.each(settingsCase.accepted ?? [])("accepts settings with $case", async ({ change }) => {
      await expectVerdict(
        true,
        setDoc(directorsRef(), { ...settings(uidOf("director")), ...change }),
      );
    });

    it.each(settingsCase.refused)("refuses settings with $case", async ({ change }) => {
      await assertFails(setDoc(directorsRef(), { ...settings(uidOf("director")), ...change }));
    });

    it("refuses a stamp naming someone else", async () => {
      await assertFails(setDoc(directorsRef(), settings("someone-else")));
    });
  });
}

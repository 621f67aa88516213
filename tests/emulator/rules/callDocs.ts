/**
 * Sample documents of the call-reconciliation collections (B2.5a) for the rules tests, and the
 * one table the three function-written collections share: customer service, the director
 * and the admin read; nobody writes.
 */
import type { RulesTestEnvironment } from "@firebase/rules-unit-testing";
import { deleteDoc, doc, getDoc, setDoc, updateDoc, type DocumentData } from "firebase/firestore";
import { describe, it } from "vitest";
import {
  EARLIER,
  ESTATE,
  arrange,
  caseId,
  expectVerdict,
  firestoreAs,
  roleMatrix,
} from "./rulesHarness.js";

/** The roles that work with the carrier's call records. */
export const callKeepers = ["customerService", "director", "admin"] as const;

const stamps = {
  createdAt: EARLIER,
  createdBy: "system",
  updatedAt: EARLIER,
  updatedBy: "system",
};

/** A stored carrier call, import, flag or call-back task of {@link ESTATE}. */
export function callDocument(
  kind: "callImport" | "carrierCall" | "callFlag" | "callbackTask",
  id: string,
): DocumentData {
  const call = { start: EARLIER, seconds: 83, number: "13800138000" };
  switch (kind) {
    case "callImport":
      return {
        id,
        estateId: ESTATE,
        line: "0571-8888 6666",
        fileName: "2026-01.csv",
        uploadedBy: "uid-customerService",
        uploadedAt: EARLIER,
        rows: 1,
        newCalls: 1,
        connected: 1,
        missed: 0,
        matched: 0,
        unlogged: 1,
        errors: [],
        errorCount: 0,
        firstCallAt: EARLIER,
        lastCallAt: EARLIER,
        status: "done",
        ...stamps,
      };
    case "carrierCall":
      return {
        id,
        estateId: ESTATE,
        line: "duty",
        ...call,
        type: "in",
        importId: "i1",
        row: 2,
        ...stamps,
      };
    case "callFlag":
      return {
        id,
        estateId: ESTATE,
        callId: id,
        line: "duty",
        ...call,
        direction: "in",
        onDuty: ["uid-customerService"],
        chargedTeam: null,
        findingIds: [`B2.5a_${id}`],
        nearest: [],
        status: "open",
        matchedReceptionId: null,
        clearing: null,
        history: [{ status: "open", at: EARLIER, by: "system", reason: null, receptionId: null }],
        ...stamps,
      };
    case "callbackTask":
      return {
        id,
        estateId: ESTATE,
        callId: id,
        line: "duty",
        ...call,
        seconds: 0,
        status: "open",
        note: "",
        doneBy: null,
        doneAt: null,
        ...stamps,
      };
  }
}

/**
 * The table of a collection written only by functions: the call keepers read, nobody
 * creates, updates or deletes.
 */
export function describeFunctionWritten(
  environment: () => RulesTestEnvironment,
  kind: "callImport" | "carrierCall" | "callFlag",
  pathOf: (id: string) => string,
): void {
  const table = roleMatrix({ read: callKeepers, create: [], update: [], delete: [] });
  describe(`B2.5a: ${kind} is read by customer service, director and admin; written only by functions`, () => {
    it.each(table)("$caller $verdict $operation", async (row) => {
      const id = caseId(row);
      const firestore = firestoreAs(environment(), row.caller);
      if (row.operation !== "create") {
        await arrange(environment(), (admin) =>
          setDoc(doc(admin, pathOf(id)), callDocument(kind, id)),
        );
      }
      const ref = doc(firestore, pathOf(id));
      const attempt = {
        read: () => getDoc(ref),
        create: () => setDoc(ref, callDocument(kind, id)),
        update: () => updateDoc(ref, { status: "cleared" }),
        delete: () => deleteDoc(ref),
      }[row.operation];
      await expectVerdict(row.allowed, attempt());
    });
  });
}

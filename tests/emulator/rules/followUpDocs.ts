/**
 * Documents and a shared table for the follow-up collections' rules (C6–C9, A): promises,
 * return visits, meetings, the open-matters index, notifications, the offers register and
 * conduct acknowledgements. All are written only by functions; who reads differs.
 */
import type { RulesTestEnvironment } from "@firebase/rules-unit-testing";
import { deleteDoc, doc, getDoc, setDoc, updateDoc, type DocumentData } from "firebase/firestore";
import { afterAll, beforeAll, describe, it } from "vitest";
import type { Role } from "../../../functions/src/domain/schema/role.js";
import {
  ESTATE,
  EARLIER,
  arrange,
  caseId,
  expectVerdict,
  firestoreAs,
  roleMatrix,
  rulesEnvironment,
  uidOf,
  type Case,
} from "./rulesHarness.js";

const DUE = new Date("2026-01-06T09:00:00+08:00");
const stamps = {
  createdAt: EARLIER,
  createdBy: "uid-customerService",
  updatedAt: EARLIER,
  updatedBy: "uid-customerService",
};

/** A stored promise (schema/promise.ts). */
export function promiseDocument(id: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    householdId: "h-3-2-501",
    record: { kind: "reception", receptionId: "r1" },
    question: "電梯什麼時候修好?",
    promisedBy: "uid-customerService",
    department: "customerService",
    promisedAt: EARLIER,
    answerDueAt: DUE,
    answer: null,
    escalatedTo: null,
    ...stamps,
  };
}

/** A stored return visit (schema/returnVisit.ts). */
export function visitDocument(id: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    householdId: "h-3-2-501",
    reason: "afterTicket",
    source: { kind: "ticket", ticketId: "t1" },
    note: "水管維修",
    plannedFor: DUE,
    assigneeId: null,
    outcome: null,
    escalatedTo: null,
    ...stamps,
  };
}

/** A stored meeting (schema/meeting.ts). */
export function meetingDocument(id: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    title: "11月例會",
    scheduledFor: DUE,
    heldAt: null,
    chairId: "uid-director",
    attendeeIds: [],
    items: [],
    ...stamps,
  };
}

/** An open-matter index record (followUp/openMatterIndex.ts). */
export function openMatterDocument(id: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    kind: "promise",
    sourceId: id,
    title: "電梯什麼時候修好?",
    openedAt: EARLIER,
    dueAt: DUE,
    sortAt: DUE,
    ownerId: "uid-customerService",
    department: "customerService",
    householdId: null,
    escalatedTo: null,
    updatedAt: EARLIER,
  };
}

/** A notification (schema/notification.ts) for `recipientUid`. */
export function notificationDocument(id: string, recipientUid: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    recipientUid,
    subject: { kind: "promise", id: "p1" },
    reason: "overdue",
    level: "assignee",
    title: "電梯什麼時候修好?",
    link: "/follow-up",
    createdAt: EARLIER,
    readAt: null,
  };
}

/** An offers register entry (schema/offerRegister.ts) declared by `staffId`. */
export function offerDocument(id: string, staffId: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    staffId,
    householdId: "h-3-2-501",
    offeredBy: "3-2-501 張先生",
    kind: "gift",
    offer: "一盒茶葉",
    offeredAt: EARLIER,
    refusal: "婉拒並致謝",
    refusedAt: EARLIER,
    witness: { name: "李主任", staffId: "uid-director" },
    ...stamps,
  };
}

/** A conduct acknowledgement (schema/conductAcknowledgement.ts) by `uid`. */
export function acknowledgementDocument(id: string, uid: string): DocumentData {
  return { id, estateId: ESTATE, uid, version: 1, language: "zh-Hant", acknowledgedAt: EARLIER };
}

/**
 * The full caller × operation table of a collection written only by functions: `readers` may
 * read, nobody creates, updates or deletes.
 */
export function functionsOnlySuite(
  collection: string,
  pathOf: (id: string) => string,
  documentOf: (id: string, row: Case) => DocumentData,
  readers: readonly Role[],
  clause: string,
): void {
  let environment: RulesTestEnvironment;
  beforeAll(async () => {
    environment = await rulesEnvironment(collection);
  });
  afterAll(async () => {
    await environment.cleanup();
  });
  describe(`match ${pathOf("{id}")}`, () => {
    const table = roleMatrix({ read: readers, create: [], update: [], delete: [] });
    it.each(table)(`${clause}: $caller $verdict $operation`, async (row) => {
      const id = caseId(row);
      const data = documentOf(id, row);
      if (row.operation !== "create") {
        await arrange(environment, (admin) => setDoc(doc(admin, pathOf(id)), data));
      }
      const ref = doc(firestoreAs(environment, row.caller), pathOf(id));
      const attempt = {
        read: () => getDoc(ref),
        create: () => setDoc(ref, data),
        update: () => updateDoc(ref, { updatedBy: uidOf(row.caller), title: "changed" }),
        delete: () => deleteDoc(ref),
      }[row.operation];
      await expectVerdict(row.allowed, attempt());
    });
  });
}

import { randomUUID } from "node:crypto";
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore, type DocumentSnapshot, type Firestore } from "firebase-admin/firestore";
import functionsTest from "firebase-functions-test";
import { beforeAll, describe, expect, it } from "vitest";
import { paths } from "../../../functions/src/domain/paths.js";
import { contactChangeId } from "../../../functions/src/domain/schema/contactChange.js";
import { collections } from "../../../functions/src/firestore/collections.js";
import { onPersonWritten } from "../../../functions/src/triggers/onPersonWritten.js";

const PROJECT_ID = "demo-huiyin";
const testEnvironment = functionsTest({ projectId: PROJECT_ID });

let firestore: Firestore;
beforeAll(() => {
  // The handler writes through the default app, as it does when deployed.
  const app = getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
  firestore = getFirestore(app);
});

/** An estate of its own for each test, so tests never see each other's history. */
const freshEstate = () => `history-${randomUUID().slice(0, 8)}`;

const monday = new Date("2026-03-02T09:00:00+08:00");
const tuesday = new Date("2026-03-03T10:30:00+08:00");

function person(estateId: string, id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    estateId,
    householdId: "3-2-501",
    kind: "owner",
    name: "王建國",
    phones: [{ number: "138 0013 8000", label: "手機" }],
    phoneKeys: ["13800138000"],
    preferredContact: "phone",
    wechat: "",
    note: "",
    createdAt: monday,
    createdBy: "cs-li",
    updatedAt: monday,
    updatedBy: "cs-li",
    ...overrides,
  };
}

/** Polls the estate's history until it holds `count` entries (the trigger runs apart). */
async function historyOf(estateId: string, count: number, timeoutMs = 20_000) {
  const started = Date.now();
  for (;;) {
    const snapshot = await collections(firestore)
      .contactChanges(estateId)
      .orderBy("changedAt")
      .get();
    if (snapshot.size >= count || Date.now() - started > timeoutMs) {
      return snapshot.docs.map((entry) => entry.data());
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("onPersonWritten: B.1.5 every change of contact data keeps its history", () => {
  it("a person written with the Admin SDK gets an entry, and an edit another", async () => {
    const estateId = freshEstate();
    const ref = firestore.doc(paths.person(estateId, "p1"));
    await ref.set(person(estateId, "p1"));
    const [created] = await historyOf(estateId, 1);
    expect(created).toMatchObject({
      estateId,
      personId: "p1",
      householdId: "3-2-501",
      changedBy: "cs-li",
    });
    expect(created?.changes).toHaveLength(6);

    await ref.update({
      phones: [
        { number: "138 0013 8000", label: "手機" },
        { number: "010-6914 2200", label: "家" },
      ],
      phoneKeys: ["01069142200", "13800138000"],
      updatedAt: tuesday,
      updatedBy: "cs-zhou",
    });
    const history = await historyOf(estateId, 2);
    expect(history).toHaveLength(2);
    expect(history[1]).toMatchObject({
      changedBy: "cs-zhou",
      changes: [
        {
          field: "phones",
          before: [{ number: "138 0013 8000", label: "手機" }],
          after: [
            { number: "138 0013 8000", label: "手機" },
            { number: "010-6914 2200", label: "家" },
          ],
        },
      ],
    });
    expect(history[1]?.changedAt).toEqual(tuesday);
  });

  describe("a redelivered event (fabricated, through firebase-functions-test)", () => {
    const wrapped = testEnvironment.wrap(onPersonWritten);
    const snapshot = (path: string, data: Record<string, unknown>) =>
      testEnvironment.firestore.makeDocumentSnapshot(data, path) as DocumentSnapshot;

    it("writes its entry once", async () => {
      const estateId = freshEstate();
      const path = paths.person(estateId, "p1");
      const event = {
        id: "event-redelivered-1",
        params: { estateId, personId: "p1" },
        data: testEnvironment.makeChange(
          snapshot(path, person(estateId, "p1")),
          snapshot(path, person(estateId, "p1", { wechat: "wjg_1960", updatedBy: "cs-zhou" })),
        ),
      };
      await wrapped(event);
      await wrapped(event);
      const entries = await firestore.collection(paths.contactChanges(estateId)).get();
      expect(entries.docs.map((entry) => entry.id)).toEqual([
        contactChangeId("p1", "event-redelivered-1"),
      ]);
      expect(entries.docs[0]?.data()).toMatchObject({
        changedBy: "cs-zhou",
        changes: [{ field: "wechat", before: "", after: "wjg_1960" }],
      });
    });

    it("writes nothing when no contact field changed", async () => {
      const estateId = freshEstate();
      const path = paths.person(estateId, "p1");
      await wrapped({
        id: "event-note-only",
        params: { estateId, personId: "p1" },
        data: testEnvironment.makeChange(
          snapshot(path, person(estateId, "p1")),
          snapshot(path, person(estateId, "p1", { note: "prefers calls after 6 pm" })),
        ),
      });
      const entries = await firestore.collection(paths.contactChanges(estateId)).get();
      expect(entries.size).toBe(0);
    });

    it("charges a deletion to the last stamp", async () => {
      const estateId = freshEstate();
      const path = paths.person(estateId, "p1");
      await wrapped({
        id: "event-deleted",
        params: { estateId, personId: "p1" },
        data: testEnvironment.makeChange(
          snapshot(path, person(estateId, "p1")),
          snapshot(path, {}),
        ),
      });
      const entries = await firestore.collection(paths.contactChanges(estateId)).get();
      expect(entries.docs.map((entry) => entry.data())).toMatchObject([
        { changedBy: "cs-li", householdId: "3-2-501" },
      ]);
    });
  });
});

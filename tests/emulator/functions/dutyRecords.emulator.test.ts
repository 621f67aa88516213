import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { initializeTestEnvironment, type RulesTestEnvironment } from "@firebase/rules-unit-testing";
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore, type DocumentSnapshot, type Firestore } from "firebase-admin/firestore";
import {
  doc,
  serverTimestamp,
  setDoc,
  setLogLevel,
  updateDoc,
  type Firestore as ClientFirestore,
} from "firebase/firestore";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paths } from "../../../functions/src/domain/paths.js";
import type { Handover } from "../../../functions/src/domain/schema/handover.js";
import type { Reception } from "../../../functions/src/domain/schema/reception.js";
import type { RosterShiftRecord } from "../../../functions/src/domain/schema/rosterShift.js";
import { checkDutyRecords } from "../../../functions/src/firestore/dutyRecords.js";
import { archiveOnConfirmation } from "../../../functions/src/triggers/onHandoverConfirmed.js";

const PROJECT_ID = "demo-huiyin";
const ZONE = "Asia/Shanghai";
const CS = "cs-lin";
const NEXT = "cs-chen";

let firestore: Firestore;
let rules: RulesTestEnvironment;
beforeAll(async () => {
  const app = getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
  firestore = getFirestore(app);
  // Clients of the same project as the trigger, through the same rules (never cleared here).
  const [host = "127.0.0.1", port = "8080"] = (process.env.FIRESTORE_EMULATOR_HOST ?? "").split(
    ":",
  );
  rules = await initializeTestEnvironment({
    projectId: PROJECT_ID,
    firestore: { rules: readFileSync("firestore.rules", "utf8"), host, port: Number(port) },
  });
  setLogLevel("silent");
});
afterAll(async () => {
  await rules.cleanup();
});

const freshEstate = () => `duty-${randomUUID().slice(0, 8)}`;
const HOUR = 3_600_000;

function clientOf(uid: string, estateId: string): ClientFirestore {
  return rules
    .authenticatedContext(uid, { estates: { [estateId]: "customerService" } })
    .firestore() as unknown as ClientFirestore;
}

function shift(
  estateId: string,
  id: string,
  staffId: string,
  start: Date,
  hours = 12,
): RosterShiftRecord {
  const stamp = new Date(start.getTime() - 7 * 24 * HOUR);
  return {
    id,
    estateId,
    staffId,
    start,
    end: new Date(start.getTime() + hours * HOUR),
    dutyLine: "010-6914 2200",
    createdAt: stamp,
    createdBy: "director",
    updatedAt: stamp,
    updatedBy: "director",
  };
}

function reception(estateId: string, id: string, at: Date): Reception {
  return {
    id,
    estateId,
    channel: "phone_in",
    at,
    day: "2026-01-01",
    callerNumber: "138 0013 8000",
    callerKey: "13800138000",
    callerName: "王先生",
    householdId: null,
    personId: null,
    category: "repair",
    content: "廚房水管漏水",
    outcome: "",
    staffId: CS,
    ticketId: null,
    archived: false,
    handoverId: null,
    amends: null,
    amendReason: null,
    createdAt: at,
    createdBy: CS,
    updatedAt: at,
    updatedBy: CS,
  };
}

function handover(estateId: string, of: RosterShiftRecord, confirmedAt: Date | null): Handover {
  return {
    id: of.id,
    estateId,
    shiftId: of.id,
    shiftStart: of.start,
    shiftEnd: of.end,
    outgoingStaffId: of.staffId,
    incomingStaffId: NEXT,
    openItems: [],
    noOpenItems: true,
    anomalies: "無",
    notes: "",
    writtenAt: of.end,
    confirmedBy: confirmedAt === null ? null : NEXT,
    confirmedAt,
    createdAt: of.end,
    createdBy: of.staffId,
    updatedAt: of.end,
    updatedBy: of.staffId,
  };
}

async function archivedFlags(
  estateId: string,
  ids: string[],
  expected: boolean,
  timeoutMs = 20_000,
) {
  const started = Date.now();
  for (;;) {
    const snapshots = await Promise.all(
      ids.map((id) => firestore.doc(paths.reception(estateId, id)).get()),
    );
    const flags = snapshots.map((snapshot) => snapshot.get("archived") as boolean);
    if (flags.every((flag) => flag === expected) || Date.now() - started > timeoutMs) return flags;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("B2.1 archiving: a confirmed handover archives its shift's receptions", () => {
  it("an edit is refused after the handover, an amendment allowed, both kept", async () => {
    const estateId = freshEstate();
    const now = Date.now();
    const day = shift(estateId, "s1", CS, new Date(now - 2 * HOUR), 4);
    await firestore.doc(paths.rosterShift(estateId, "s1")).set(day);
    // Written with the Admin SDK as the author would have, one inside the shift, one before.
    await firestore
      .doc(paths.reception(estateId, "inside"))
      .set(reception(estateId, "inside", new Date(now - HOUR)));
    await firestore
      .doc(paths.reception(estateId, "before"))
      .set(reception(estateId, "before", new Date(now - 3 * HOUR)));

    const author = clientOf(CS, estateId);
    const edit = { outcome: "已派維修", updatedAt: serverTimestamp(), updatedBy: CS };
    await updateDoc(doc(author, paths.reception(estateId, "inside")), edit);

    await firestore.doc(paths.handover(estateId, "s1")).set(handover(estateId, day, null));
    await firestore
      .doc(paths.handover(estateId, "s1"))
      .update({ confirmedBy: NEXT, confirmedAt: new Date() });
    expect(await archivedFlags(estateId, ["inside"], true)).toEqual([true]);
    expect((await firestore.doc(paths.reception(estateId, "inside")).get()).data()).toMatchObject({
      archived: true,
      handoverId: "s1",
      outcome: "已派維修",
      updatedBy: CS,
    });
    expect(await archivedFlags(estateId, ["before"], false, 0)).toEqual([false]);

    await expect(updateDoc(doc(author, paths.reception(estateId, "inside")), edit)).rejects.toThrow(
      /PERMISSION_DENIED/,
    );
    const amendment = reception(estateId, "amend-1", new Date());
    await setDoc(doc(author, paths.reception(estateId, "amend-1")), {
      ...amendment,
      day: "2026-01-02",
      amends: "inside",
      amendReason: "號碼記錯",
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp(),
    });
    const amendments = await firestore
      .collection(paths.receptions(estateId))
      .where("amends", "==", "inside")
      .get();
    expect(amendments.docs.map((document) => document.id)).toEqual(["amend-1"]);
    expect((await firestore.doc(paths.reception(estateId, "inside")).get()).get("outcome")).toBe(
      "已派維修",
    );
  });

  it("a redelivered confirmation archives nothing twice, and an unconfirmed one nothing", async () => {
    const estateId = freshEstate();
    const start = new Date("2026-01-05T08:00:00+08:00");
    const day = shift(estateId, "s1", CS, start);
    const ids = ["r1", "r2", "r3"];
    for (const [index, id] of ids.entries()) {
      await firestore
        .doc(paths.reception(estateId, id))
        .set(reception(estateId, id, new Date(start.getTime() + (index + 1) * HOUR)));
    }
    const snapshotOf = (data: Handover) =>
      ({
        exists: true,
        id: data.id,
        data: () => data,
        ref: firestore.doc(paths.handover(estateId, data.id)),
      }) as unknown as DocumentSnapshot;
    const event = (confirmedAt: Date | null) => ({
      params: { estateId, shiftId: "s1" },
      data: {
        before: snapshotOf(handover(estateId, day, null)),
        after: snapshotOf(handover(estateId, day, confirmedAt)),
      },
    });
    expect(await archiveOnConfirmation(firestore, event(null))).toBe(0);
    const confirmed = event(new Date("2026-01-05T20:10:00+08:00"));
    expect(await archiveOnConfirmation(firestore, confirmed)).toBe(3);
    expect(await archiveOnConfirmation(firestore, confirmed)).toBe(0);
    expect(await archivedFlags(estateId, ids, true, 0)).toEqual([true, true, true]);
  });
});

describe("B2.1/B2.2 duty check: each finding recorded once, however often the check runs", () => {
  it("records missing, unconfirmed and incomplete handovers and missing daily logs once", async () => {
    const estateId = freshEstate();
    await firestore
      .doc(paths.estate(estateId))
      .set({ id: estateId, name: "測試山莊", timeZone: ZONE });
    const at = (text: string) => new Date(`${text}+08:00`);
    const shifts = [
      shift(estateId, "d1", CS, at("2026-01-05T08:00:00")),
      shift(estateId, "n1", NEXT, at("2026-01-05T20:00:00")),
      shift(estateId, "d2", CS, at("2026-01-06T08:00:00")),
      shift(estateId, "n2", NEXT, at("2026-01-06T20:00:00")),
    ];
    for (const each of shifts) await firestore.doc(paths.rosterShift(estateId, each.id)).set(each);
    const [d1, n1, d2] = shifts as [RosterShiftRecord, RosterShiftRecord, RosterShiftRecord];
    // d1 handed over and confirmed in time; n1 never confirmed; d2 incomplete; n2 missing.
    await firestore
      .doc(paths.handover(estateId, "d1"))
      .set(handover(estateId, d1, at("2026-01-05T20:15:00")));
    await firestore
      .doc(paths.handover(estateId, "n1"))
      .set({ ...handover(estateId, n1, null), incomingStaffId: CS });
    await firestore
      .doc(paths.handover(estateId, "d2"))
      .set({ ...handover(estateId, d2, at("2026-01-06T20:05:00")), anomalies: "" });
    await firestore.doc(paths.dailyLog(estateId, `${CS}_2026-01-05`)).set({
      id: `${CS}_2026-01-05`,
      estateId,
      staffId: CS,
      day: "2026-01-05",
      receptionIds: [],
      summary: "接待 3 人次",
      pending: "",
      status: "submitted",
      submittedAt: at("2026-01-05T20:30:00"),
      createdAt: at("2026-01-05T20:30:00"),
      createdBy: CS,
      updatedAt: at("2026-01-05T20:30:00"),
      updatedBy: CS,
    });

    const now = at("2026-01-09T00:00:00");
    const period = { from: at("2026-01-05T00:00:00"), to: now };
    const first = await checkDutyRecords(firestore, estateId, period, now, ZONE);
    const second = await checkDutyRecords(firestore, estateId, period, now, ZONE);
    expect(first).toMatchObject({ handoverFindings: 3, dailyLogFindings: 3, created: 6 });
    expect(second).toMatchObject({ handoverFindings: 3, dailyLogFindings: 3, created: 0 });

    const findings = await firestore.collection(paths.findings(estateId)).orderBy("id").get();
    expect(
      findings.docs.map((document) => [document.id, document.get("staffId") as string]),
    ).toEqual([
      ["B2.1_d2", CS],
      ["B2.1_n1", CS],
      ["B2.1_n2", NEXT],
      [`B2.2_${NEXT}_2026-01-05`, NEXT],
      [`B2.2_${NEXT}_2026-01-06`, NEXT],
      [`B2.2_${CS}_2026-01-06`, CS],
    ]);
    expect(findings.docs[0]?.data()).toMatchObject({
      rule: "B2.1",
      status: "open",
      source: "automatic",
      recordedBy: "dutyRecordsCheck",
      month: "2026-01",
      evidence: [{ kind: "text" }, { kind: "record", path: paths.handover(estateId, "d2") }],
    });
  });
});

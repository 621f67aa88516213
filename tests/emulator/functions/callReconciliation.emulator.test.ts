import { randomUUID } from "node:crypto";
import { getApps, initializeApp } from "firebase-admin/app";
import type { DecodedIdToken } from "firebase-admin/auth";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { beforeAll, describe, expect, it } from "vitest";
import { clearCallFlag } from "../../../functions/src/callables/clearCallFlag.js";
import { importCarrierCalls } from "../../../functions/src/callables/importCarrierCalls.js";
import type { AuthData } from "../../../functions/src/callables/validatedOnCall.js";
import { matchedReason } from "../../../functions/src/domain/callFlags.js";
import { carrierCallId } from "../../../functions/src/domain/carrierCalls/index.js";
import { paths } from "../../../functions/src/domain/paths.js";
import type { Role } from "../../../functions/src/domain/schema/role.js";
import { reconcileCallsStartingBetween } from "../../../functions/src/firestore/callReconciliation.js";
import { importCarrierFile } from "../../../functions/src/firestore/carrierCallImport.js";
import { collections } from "../../../functions/src/firestore/collections.js";
import { reconcileAfterReceptionWrite } from "../../../functions/src/triggers/onReceptionReconcileCalls.js";

const PROJECT_ID = "demo-huiyin";
let firestore: Firestore;
beforeAll(() => {
  const app = getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
  firestore = getFirestore(app);
});

const freshEstate = () => `calls-${randomUUID().slice(0, 8)}`;

function caller(uid: string, estateId: string, role: Role): AuthData {
  return {
    uid,
    rawToken: "",
    token: { uid, estates: { [estateId]: role } } as unknown as DecodedIdToken,
  };
}

const LINE = "0571-8888 6666";
const at = (local: string) => new Date(`${local}+08:00`);

// Row 1 is a title line, row 2 the header, data from row 3: the row numbers a person sees.
const EXPORT = [
  "杭州電信 話單查詢 0571-88886666",
  "起始時間,通話時長,對方號碼,呼叫類型,通信地點",
  "2026-10-05 09:00:10,83,138 0013 8000,被叫,杭州", // row 3: matched by r-before
  "2026-10-05 10:00:00,1分5秒,13900139000,被叫,杭州", // row 4: unlogged, s1 on duty
  "2026-10-05 23:30:00,00:02:00,+86 137 0013 7000,主叫,杭州", // row 5: unlogged, nobody rostered
  "2026-10-05 11:00:00,0,13600136000,未接,杭州", // row 6: missed → call-back
  "2026-10-05 12:00:00,abc,13500135000,被叫,杭州", // row 7: bad duration
].join("\r\n");

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

const callB = carrierCallId({
  type: "in",
  number: "13900139000",
  start: at("2026-10-05T10:00:00"),
  seconds: 65,
});
const callC = carrierCallId({
  type: "out",
  number: "13700137000",
  start: at("2026-10-05T23:30:00"),
  seconds: 120,
});
const callD = carrierCallId({
  type: "missed",
  number: "13600136000",
  start: at("2026-10-05T11:00:00"),
  seconds: 0,
});

function reception(estateId: string, id: string, number: string, when: Date) {
  return {
    id,
    estateId,
    channel: "phone_in" as const,
    at: when,
    day: "2026-10-05",
    callerNumber: number,
    callerKey: number.replace(/\D/g, ""),
    callerName: "王先生",
    householdId: null,
    personId: null,
    category: "inquiry" as const,
    content: "詢問停水時間",
    outcome: "",
    staffId: "s1",
    ticketId: null,
    archived: false,
    handoverId: null,
    amends: null,
    amendReason: null,
    createdAt: when,
    createdBy: "s1",
    updatedAt: when,
    updatedBy: "s1",
  };
}

/** An estate with a day shift for s1 and a record of the 09:00 call. */
async function arrangeEstate(): Promise<string> {
  const estateId = freshEstate();
  const store = collections(firestore);
  await store.estates().doc(estateId).set({
    id: estateId,
    name: "翠湖山莊",
    timeZone: "Asia/Shanghai",
    dutyPhone: LINE,
    address: "",
  });
  await store
    .rosterShifts(estateId)
    .doc("day")
    .set({
      id: "day",
      estateId,
      staffId: "s1",
      start: at("2026-10-05T08:00:00"),
      end: at("2026-10-05T20:00:00"),
      dutyLine: LINE,
      createdAt: at("2026-10-01T08:00:00"),
      createdBy: "director",
      updatedAt: at("2026-10-01T08:00:00"),
      updatedBy: "director",
    });
  await store
    .receptions(estateId)
    .doc("r-before")
    .set(reception(estateId, "r-before", "13800138000", at("2026-10-05T09:05:00")));
  return estateId;
}

async function importExport(estateId: string, text = EXPORT, role: Role = "customerService") {
  return importCarrierCalls.handler({
    data: { estateId, line: LINE, fileName: "2026-10.csv", contentBase64: base64(text) },
    auth: caller(`uid-${role}`, estateId, role),
  });
}

async function countOf(path: string): Promise<number> {
  return (await firestore.collection(path).count().get()).data().count;
}

async function counts(estateId: string) {
  return {
    calls: await countOf(paths.carrierCalls(estateId)),
    flags: await countOf(paths.callFlags(estateId)),
    findings: await countOf(paths.findings(estateId)),
    callbacks: await countOf(paths.callbackTasks(estateId)),
    imports: await countOf(paths.callImports(estateId)),
  };
}

describe("B2.5a call reconciliation on the emulator", () => {
  it("import → flags → findings: unlogged calls flagged and charged, missed calls become call-backs, bad rows reported", async () => {
    const estateId = await arrangeEstate();
    const result = await importExport(estateId);
    expect(result).toMatchObject({
      alreadyImported: false,
      rows: 5,
      newCalls: 4,
      connected: 3,
      matched: 1,
      unlogged: 2,
      missed: 1,
      errorCount: 1,
    });
    expect(result.errors).toEqual([
      {
        row: 7,
        reason: expect.stringMatching(/duration|時長/i) as string,
        problems: [expect.objectContaining({ code: expect.stringMatching(/^duration/) as string })],
      },
    ]);

    const store = collections(firestore);
    const flagB = (await store.callFlags(estateId).doc(callB).get()).data();
    expect(flagB).toMatchObject({
      status: "open",
      onDuty: ["s1"],
      chargedTeam: null,
      direction: "in",
      seconds: 65,
      findingIds: [`B2.5a_${callB}`],
    });
    const flagC = (await store.callFlags(estateId).doc(callC).get()).data();
    expect(flagC).toMatchObject({ status: "open", onDuty: [], chargedTeam: "customerService" });

    const findingB = (await store.findings(estateId).doc(`B2.5a_${callB}`).get()).data();
    expect(findingB).toMatchObject({
      rule: "B2.5a",
      staffId: "s1",
      status: "open",
      month: "2026-10",
    });
    const findingC = (await store.findings(estateId).doc(`B2.5a_${callC}`).get()).data();
    expect(findingC).toMatchObject({ staffId: null, teamId: "customerService" });

    const task = (await store.callbackTasks(estateId).doc(callD).get()).data();
    expect(task).toMatchObject({ status: "open", number: "13600136000" });
    expect(await counts(estateId)).toEqual({
      calls: 4,
      flags: 2,
      findings: 2,
      callbacks: 1,
      imports: 1,
    });
  });

  it("re-importing the same file, or an overlapping export, adds nothing twice; reconciling twice changes nothing", async () => {
    const estateId = await arrangeEstate();
    await importExport(estateId);
    const before = await counts(estateId);
    const again = await importExport(estateId);
    expect(again).toMatchObject({ alreadyImported: true, newCalls: 0 });
    expect(await counts(estateId)).toEqual(before);

    const overlapping = [
      "起始時間,通話時長,對方號碼,呼叫類型",
      "2026-10-05 10:00:00,65,13900139000,被叫",
      "2026-10-06 08:30:00,30,13300133000,被叫",
    ].join("\n");
    const second = await importExport(estateId, overlapping);
    expect(second).toMatchObject({ alreadyImported: false, rows: 2, newCalls: 1, unlogged: 2 });
    expect(await counts(estateId)).toEqual({
      ...before,
      calls: 5,
      flags: 3,
      findings: 3,
      imports: 2,
    });

    const flag = (await collections(firestore).callFlags(estateId).doc(callB).get()).data();
    const rerun = await reconcileCallsStartingBetween(
      firestore,
      estateId,
      at("2026-10-01T00:00:00"),
      at("2026-11-01T00:00:00"),
    );
    expect(rerun).toMatchObject({ flagsWritten: 0, findingsCreated: 0, callbackTasksCreated: 0 });
    const unchanged = (await collections(firestore).callFlags(estateId).doc(callB).get()).data();
    expect(unchanged?.updatedAt).toEqual(flag?.updatedAt);
  });

  it("a record written later that matches clears the flag (history kept) and the finding (by the system)", async () => {
    const estateId = await arrangeEstate();
    await importExport(estateId);
    const late = reception(estateId, "r-late", "139-0013-9000", at("2026-10-05T10:12:00"));
    const event = {
      params: { estateId, receptionId: "r-late" },
      data: {
        before: { exists: false, id: "r-late", ref: { path: "before" }, data: () => undefined },
        after: { exists: true, id: "r-late", ref: { path: "after" }, data: () => late },
      },
    };
    await collections(firestore).receptions(estateId).doc("r-late").set(late);
    // The deployed trigger runs too; running the handler twice shows a redelivery changes nothing.
    await reconcileAfterReceptionWrite(firestore, event as never);
    await reconcileAfterReceptionWrite(firestore, event as never);

    const flag = (await collections(firestore).callFlags(estateId).doc(callB).get()).data();
    expect(flag).toMatchObject({ status: "matched", matchedReceptionId: "r-late" });
    expect(flag?.history.map((entry) => [entry.status, entry.by])).toEqual([
      ["open", "system"],
      ["matched", "system"],
    ]);
    const finding = (
      await collections(firestore).findings(estateId).doc(`B2.5a_${callB}`).get()
    ).data();
    expect(finding).toMatchObject({
      status: "cleared",
      clearing: { by: "system", reason: matchedReason("r-late") },
    });
    const other = (await collections(firestore).callFlags(estateId).doc(callC).get()).data();
    expect(other?.status).toBe("open");
  });

  it.each([
    { role: "customerService" as const, reason: "號碼為內部測試線", code: "permission-denied" },
    { role: "director" as const, reason: "  ", code: "invalid-argument" },
    { role: "admin" as const, reason: "", code: "invalid-argument" },
  ])(
    "B2.5a a supervisor clears a flag only with a reason: $role with $reason → $code",
    async ({ role, reason, code }) => {
      const estateId = await arrangeEstate();
      await importExport(estateId);
      await expect(
        clearCallFlag.handler({
          data: { estateId, flagId: callB, reason },
          auth: caller(`uid-${role}`, estateId, role),
        }),
      ).rejects.toMatchObject({ code });
      const flag = (await collections(firestore).callFlags(estateId).doc(callB).get()).data();
      expect(flag?.status).toBe("open");
    },
  );

  it("B2.5a a director clears a flag with a reason: the flag and its finding keep who, when and why", async () => {
    const estateId = await arrangeEstate();
    await importExport(estateId);
    const director = caller("uid-director", estateId, "director");
    await clearCallFlag.handler({
      data: { estateId, flagId: callC, reason: "公司內部測試號碼" },
      auth: director,
    });
    const flag = (await collections(firestore).callFlags(estateId).doc(callC).get()).data();
    expect(flag).toMatchObject({
      status: "cleared",
      clearing: { by: "uid-director", reason: "公司內部測試號碼" },
    });
    expect(flag?.history.map((entry) => entry.status)).toEqual(["open", "cleared"]);
    const finding = (
      await collections(firestore).findings(estateId).doc(`B2.5a_${callC}`).get()
    ).data();
    expect(finding).toMatchObject({
      status: "cleared",
      clearing: { by: "uid-director", reason: "公司內部測試號碼" },
    });
    await expect(
      clearCallFlag.handler({ data: { estateId, flagId: callC, reason: "再次" }, auth: director }),
    ).rejects.toMatchObject({ code: "failed-precondition" });
  });

  it("B2.5a a record written while the import runs: the import re-checks its flags, so none stays open wrongly", async () => {
    const estateId = await arrangeEstate();
    // Written (server time) after the import's first reconciliation read the records: that
    // pass flags call B, and the record's own trigger may have run before the flag existed.
    const late = {
      ...reception(estateId, "r-meanwhile", "139 0013 9000", at("2026-10-05T10:08:00")),
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    const { callImport } = await importCarrierFile(
      firestore,
      {
        estateId,
        line: LINE,
        fileName: "2026-10.csv",
        bytes: Buffer.from(EXPORT, "utf8"),
        uploadedBy: "uid-cs",
      },
      at("2026-10-06T09:00:00"),
      {
        afterFirstPass: async () => {
          await collections(firestore).receptions(estateId).doc("r-meanwhile").set(late);
        },
      },
    );
    // The summary is the import's own (re-checked) reconciliation, whatever the trigger does.
    expect(callImport).toMatchObject({ connected: 3, matched: 2, unlogged: 1, missed: 1 });
    const flag = (await collections(firestore).callFlags(estateId).doc(callB).get()).data();
    expect(flag).toMatchObject({ status: "matched", matchedReceptionId: "r-meanwhile" });
    const finding = (
      await collections(firestore).findings(estateId).doc(`B2.5a_${callB}`).get()
    ).data();
    expect(finding?.status).toBe("cleared");
    const other = (await collections(firestore).callFlags(estateId).doc(callC).get()).data();
    expect(other?.status).toBe("open");
  });

  it.each([
    { role: "environment" as const, text: EXPORT, code: "permission-denied" },
    { role: "admin" as const, text: EXPORT, code: "permission-denied" },
    { role: "director" as const, text: "hello,world\n1,2\n", code: "invalid-argument" },
  ])("import: $role uploading → $code", async ({ role, text, code }) => {
    const estateId = await arrangeEstate();
    const attempt = importExport(estateId, text, role);
    await expect(attempt).rejects.toBeInstanceOf(HttpsError);
    await expect(attempt).rejects.toMatchObject({ code });
    expect((await counts(estateId)).calls).toBe(0);
  });
});

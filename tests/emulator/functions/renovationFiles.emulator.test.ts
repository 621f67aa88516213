/**
 * The renovation file on the emulator (B.1.8, B2.9; issue 4 item 5): who may record which
 * part, who-and-when stamps, and a patrol that found a problem → exactly one renovation ticket,
 * however often the call is retried.
 */
import { randomUUID } from "node:crypto";
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import { beforeAll, describe, expect, it } from "vitest";
import {
  patrolTicketId,
  recordRenovationFileAs,
  recordRenovationPatrolAs,
  type RenovationPart,
} from "../../../functions/src/callables/renovationFiles.js";
import { paths } from "../../../functions/src/domain/paths.js";
import type { Role } from "../../../functions/src/domain/schema/role.js";
import { collections } from "../../../functions/src/firestore/collections.js";
import { caller, TINY_PNG as PHOTO } from "./callers.js";

const PROJECT_ID = "demo-huiyin";
let firestore: Firestore;
beforeAll(() => {
  const app = getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
  firestore = getFirestore(app);
});

const HOUSEHOLD = "h-2-1-801";
const NOW = new Date("2026-03-05T10:00:00+08:00");

async function scene() {
  const estateId = `renovation-${randomUUID().slice(0, 8)}`;
  const typed = collections(firestore);
  const stamp = new Date("2026-01-01T00:00:00Z");
  const stamps = { createdAt: stamp, createdBy: "seed", updatedAt: stamp, updatedBy: "seed" };
  await typed.estates().doc(estateId).set({
    id: estateId,
    name: "翠湖山莊",
    timeZone: "Asia/Shanghai",
    dutyPhone: "",
    address: "",
  });
  await typed
    .households(estateId)
    .doc(HOUSEHOLD)
    .set({
      id: HOUSEHOLD,
      estateId,
      building: "2",
      unit: "1",
      room: "801",
      floor: 8,
      locationDescription: "",
      mapPosition: null,
      areaSquareMetres: null,
      handoverDate: null,
      warrantyEnd: null,
      feeAccount: "",
      ...stamps,
    });
  return { estateId, typed };
}

const parts: Record<RenovationPart["part"], RenovationPart> = {
  works: {
    part: "works",
    start: new Date("2026-03-02T08:00:00+08:00"),
    end: new Date("2026-03-20T18:00:00+08:00"),
  },
  agreement: {
    part: "agreement",
    signedBy: "劉芳",
    signedAt: new Date("2026-02-25T10:00:00+08:00"),
  },
  approval: { part: "approval", note: "不得改動承重牆" },
  contractor: {
    part: "contractor",
    name: "北京宏達裝飾",
    licenceNumber: "91110229MA01",
    contactName: "趙工",
    phone: "13900001111",
  },
  worker: {
    part: "worker",
    name: "趙強",
    idNumber: "110229199001011234",
    phone: "13900002222",
    from: new Date("2026-03-02T00:00:00+08:00"),
    until: new Date("2026-03-20T23:59:00+08:00"),
  },
  acceptance: { part: "acceptance", note: "驗收合格" },
};

describe("B2.9 renovation file: who records which part", () => {
  const table: { part: RenovationPart["part"]; role: Role; allowed: boolean }[] = [
    { part: "works", role: "customerService", allowed: true },
    { part: "works", role: "order", allowed: false },
    { part: "agreement", role: "director", allowed: true },
    { part: "agreement", role: "maintenance", allowed: false },
    { part: "approval", role: "admin", allowed: true },
    { part: "approval", role: "order", allowed: false },
    { part: "contractor", role: "order", allowed: true },
    { part: "contractor", role: "environment", allowed: false },
    { part: "worker", role: "order", allowed: true },
    { part: "worker", role: "maintenance", allowed: false },
    { part: "acceptance", role: "customerService", allowed: true },
    { part: "acceptance", role: "order", allowed: false },
  ];
  it.each(table)("$part by $role → allowed $allowed", async ({ part, role, allowed }) => {
    const { estateId, typed } = await scene();
    const call = recordRenovationFileAs(
      firestore,
      caller(estateId, role),
      { estateId, householdId: HOUSEHOLD, record: parts[part] },
      NOW,
    );
    if (!allowed) {
      await expect(call).rejects.toThrow(/permission|only/);
      expect((await typed.renovationFiles(estateId).doc(HOUSEHOLD).get()).exists).toBe(false);
      return;
    }
    await call;
    const file = (await typed.renovationFiles(estateId).doc(HOUSEHOLD).get()).data();
    expect(file?.updatedBy).toBe(`uid-${role}`);
    expect(file?.updatedAt.getTime()).toBe(NOW.getTime());
  });

  it("B2.9 staff of another estate are refused", async () => {
    const { estateId } = await scene();
    await expect(
      recordRenovationFileAs(
        firestore,
        caller("other-estate", "customerService"),
        { estateId, householdId: HOUSEHOLD, record: parts.works },
        NOW,
      ),
    ).rejects.toThrow(/no role there/);
  });

  it("B2.9 approval and acceptance record who and when; a worker keeps the whole ID number", async () => {
    const { estateId, typed } = await scene();
    for (const part of ["works", "approval", "worker", "acceptance"] as const) {
      await recordRenovationFileAs(
        firestore,
        caller(estateId, "customerService", "cs-lin"),
        { estateId, householdId: HOUSEHOLD, record: parts[part] },
        NOW,
      );
    }
    const file = (await typed.renovationFiles(estateId).doc(HOUSEHOLD).get()).data();
    expect(file?.approval).toEqual({
      approvedBy: "cs-lin",
      approvedAt: NOW,
      note: "不得改動承重牆",
    });
    expect(file?.acceptance?.acceptedBy).toBe("cs-lin");
    expect(file?.workers.map((worker) => worker.idNumber)).toEqual(["110229199001011234"]);
    expect(file?.createdBy).toBe("cs-lin");
  });

  it("B2.9 a worker whose period ends before it starts is refused, naming the field", async () => {
    const { estateId } = await scene();
    await expect(
      recordRenovationFileAs(
        firestore,
        caller(estateId, "order"),
        {
          estateId,
          householdId: HOUSEHOLD,
          record: { ...parts.worker, until: new Date("2026-03-01T00:00:00+08:00") },
        } as never,
        NOW,
      ),
    ).rejects.toThrow(/until: ends before it starts/);
  });
});

describe("B2.9 daily patrol: a problem found opens exactly one renovation ticket", () => {
  async function withFile() {
    const made = await scene();
    await recordRenovationFileAs(
      firestore,
      caller(made.estateId, "customerService"),
      { estateId: made.estateId, householdId: HOUSEHOLD, record: parts.works },
      NOW,
    );
    return made;
  }

  it("B2.9 an order patrol with a finding, retried three times → one patrol, one ticket", async () => {
    const { estateId, typed } = await withFile();
    const input = {
      estateId,
      householdId: HOUSEHOLD,
      patrolId: "patrol-1",
      findings: "拆除承重牆一角",
      problemFound: true,
      photos: [PHOTO],
    };
    const results = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      results.push(
        await recordRenovationPatrolAs(
          firestore,
          caller(estateId, "order", "ord-sun"),
          input,
          new Date(NOW.getTime() + attempt * 60_000),
        ),
      );
    }
    const ticketId = patrolTicketId(HOUSEHOLD, "patrol-1");
    expect(results.map((result) => result.ticketId)).toEqual([ticketId, ticketId, ticketId]);
    const tickets = await typed
      .tickets(estateId)
      .where("householdId", "==", HOUSEHOLD)
      .where("type", "==", "renovation")
      .get();
    expect(tickets.docs.map((doc) => doc.id)).toEqual([ticketId]);
    const ticket = tickets.docs[0]?.data();
    expect(ticket?.department).toBe("customerService");
    expect(ticket?.openedBy).toBe("ord-sun");
    expect(ticket?.description).toBe("拆除承重牆一角");
    const file = (await typed.renovationFiles(estateId).doc(HOUSEHOLD).get()).data();
    expect(file?.patrols).toHaveLength(1);
    expect(file?.patrols[0]).toMatchObject({
      id: "patrol-1",
      by: "ord-sun",
      at: NOW,
      problemFound: true,
      ticketId,
      photos: [paths.image(estateId, "patrol_patrol-1_0")],
    });
    expect((await typed.images(estateId).doc("patrol_patrol-1_0").get()).exists).toBe(true);
  });

  it("B2.9 a patrol with nothing wrong opens no ticket", async () => {
    const { estateId, typed } = await withFile();
    const result = await recordRenovationPatrolAs(
      firestore,
      caller(estateId, "order"),
      { estateId, householdId: HOUSEHOLD, patrolId: "p-ok", findings: "無", problemFound: false },
      NOW,
    );
    expect(result.ticketId).toBeNull();
    expect((await typed.tickets(estateId).get()).size).toBe(0);
  });

  it.each(["maintenance", "environment"] as const)(
    "B2.9 a %s staff member may not record a patrol",
    async (role) => {
      const { estateId, typed } = await withFile();
      await expect(
        recordRenovationPatrolAs(
          firestore,
          caller(estateId, role),
          { estateId, householdId: HOUSEHOLD, patrolId: "p-x", findings: "x", problemFound: true },
          NOW,
        ),
      ).rejects.toThrow(/only/);
      expect((await typed.tickets(estateId).get()).size).toBe(0);
    },
  );

  it("B2.9 a patrol of a household without a file is refused", async () => {
    const { estateId } = await scene();
    await expect(
      recordRenovationPatrolAs(
        firestore,
        caller(estateId, "order"),
        { estateId, householdId: HOUSEHOLD, patrolId: "p-1", findings: "無", problemFound: false },
        NOW,
      ),
    ).rejects.toThrow(/no renovation file/);
  });
});

/**
 * The case parts of tickets on the emulator (SPEC §5; B2.7–9, B2.11, B2.13) and department
 * leads: each callable with its allowed role, a refused role, a caller of another estate, and
 * a retried call that changes nothing (one signature, one finding).
 */
import { randomUUID } from "node:crypto";
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { beforeAll, describe, expect, it } from "vitest";
import {
  inspectCaseAs,
  recordAmbulanceComplaintAs,
  recordAmbulanceGuidanceAs,
  recordCaseRecordAs,
  recordHouseQualityAs,
} from "../../../functions/src/callables/caseTickets.js";
import { openTicketAs } from "../../../functions/src/callables/openTicket.js";
import { transitionTicketAs } from "../../../functions/src/callables/transitionTicket.js";
import { paths } from "../../../functions/src/domain/paths.js";
import type { Household } from "../../../functions/src/domain/schema/household.js";
import type { Role } from "../../../functions/src/domain/schema/role.js";
import type { Staff } from "../../../functions/src/domain/schema/staff.js";
import type { TicketType } from "../../../functions/src/domain/tickets/ticket.js";
import { collections } from "../../../functions/src/firestore/collections.js";
import { caller, TINY_PNG as SIGNATURE } from "./callers.js";

const PROJECT_ID = "demo-huiyin";
let firestore: Firestore;
beforeAll(() => {
  const app = getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
  firestore = getFirestore(app);
});

const HOUR = 3_600_000;
const at = new Date("2026-03-02T09:00:00+08:00");
const later = (hours: number) => new Date(at.getTime() + hours * HOUR);

/** The HttpsError code an attempt ends with, or "ok". */
async function codeOf(attempt: Promise<unknown>): Promise<string> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof HttpsError) return error.code;
    throw error;
  }
  return "ok";
}

/** A fresh estate: households within and after warranty, staff, the maintenance lead. */
async function scene() {
  const estateId = `cases-${randomUUID().slice(0, 8)}`;
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
  const household = (room: string, warrantyEnd: Date | null): Household => ({
    id: `h-3-2-${room}`,
    estateId,
    building: "3",
    unit: "2",
    room,
    floor: 5,
    locationDescription: "",
    mapPosition: null,
    areaSquareMetres: null,
    handoverDate: null,
    warrantyEnd,
    feeAccount: "",
    ...stamps,
  });
  await typed
    .households(estateId)
    .doc("h-3-2-501")
    .set(household("501", new Date("2030-01-01")));
  await typed
    .households(estateId)
    .doc("h-3-2-502")
    .set(household("502", new Date("2025-01-01")));
  const members: [string, Role][] = [
    ["uid-customerService", "customerService"],
    ["uid-director", "director"],
    ["uid-maintenance", "maintenance"],
    ["uid-maintenance2", "maintenance"],
    ["uid-maintLead", "maintenance"],
    ["uid-order", "order"],
    ["uid-order2", "order"],
  ];
  for (const [id, role] of members) {
    const member: Staff = {
      id,
      estateId,
      name: id,
      email: `${id}@example.test`,
      role,
      teamId: role === "director" ? "office" : role,
      badgeNumber: "",
      phone: "",
      active: true,
      ...stamps,
    };
    await typed.staff(estateId).doc(id).set(member);
  }
  await typed.ticketSettings(estateId).set({
    id: "tickets",
    dueTimes: {},
    unsignedGraceMinutes: 60,
    leads: { maintenance: ["uid-maintLead"] },
  });
  const open = async (type: TicketType, householdId: string | null, assigneeId?: string) =>
    (
      await openTicketAs(
        firestore,
        caller(estateId, "customerService"),
        { estateId, type, householdId, title: "案件", ...(assigneeId ? { assigneeId } : {}) },
        at,
      )
    ).ticketId;
  const ticket = async (ticketId: string) =>
    (await typed.tickets(estateId).doc(ticketId).get()).data();
  return { estateId, typed, open, ticket };
}

/** Takes a ticket assigned to customer service through to "followed up". */
async function toFollowedUp(estateId: string, ticketId: string) {
  const cs = caller(estateId, "customerService");
  await transitionTicketAs(firestore, cs, { estateId, ticketId, to: "inProgress" }, later(1));
  await transitionTicketAs(firestore, cs, { estateId, ticketId, to: "done" }, later(2));
  await transitionTicketAs(firestore, cs, { estateId, ticketId, to: "followedUp" }, later(3));
}

describe("B2.7–9 recordCaseRecord: the written process and result signed by the responsible person", () => {
  it("closing is refused until the record is signed; signed once, a retry keeps it; other roles and estates refused", async () => {
    const { estateId, open, ticket } = await scene();
    const ticketId = await open("covenantViolation", "h-3-2-501", "uid-customerService");
    await toFollowedUp(estateId, ticketId);
    const close = () =>
      transitionTicketAs(
        firestore,
        caller(estateId, "director"),
        { estateId, ticketId, to: "closed", note: "結案" },
        later(5),
      );
    await expect(close()).rejects.toThrow(/missing: process, result, responsibleSignature/);

    const record = { estateId, ticketId, process: "現場查看,書面通知整改", result: "已整改" };
    // A draft without the signature, then the signed record.
    await recordCaseRecordAs(firestore, caller(estateId, "customerService"), record, later(4));
    await expect(close()).rejects.toThrow(/missing: responsibleSignature/);
    const signed = { ...record, signerName: "林曉彤", signatureDataUrl: SIGNATURE };
    expect(
      await recordCaseRecordAs(firestore, caller(estateId, "director"), signed, later(4)),
    ).toEqual({ ticketId, signed: true });
    expect(
      await recordCaseRecordAs(firestore, caller(estateId, "director"), signed, later(4.5)),
    ).toEqual({ ticketId, signed: true });
    const stored = (await ticket(ticketId))?.caseRecord;
    expect(stored?.responsibleSignature?.signerName).toBe("林曉彤");
    expect(stored?.responsibleSignature?.signedAt.toISOString()).toBe(later(4).toISOString());
    const images = await firestore
      .collection(paths.images(estateId))
      .where("subjectPath", "==", paths.ticket(estateId, ticketId))
      .get();
    expect(images.docs.map((doc) => doc.get("signerName") as string)).toEqual(["林曉彤"]);
    expect(
      await codeOf(
        recordCaseRecordAs(firestore, caller(estateId, "director"), {
          ...signed,
          result: "改寫的結果",
        }),
      ),
    ).toBe("failed-precondition");

    expect(
      await codeOf(recordCaseRecordAs(firestore, caller(estateId, "maintenance"), record)),
    ).toBe("not-found");
    expect(await codeOf(recordCaseRecordAs(firestore, caller("other", "director"), record))).toBe(
      "permission-denied",
    );
    await close();
    expect((await ticket(ticketId))?.status).toBe("closed");
  });

  it("B2.8 an arrears reminder has no written record", async () => {
    const { estateId, open } = await scene();
    const ticketId = await open("arrearsReminder", "h-3-2-501");
    expect(
      await codeOf(
        recordCaseRecordAs(firestore, caller(estateId, "customerService"), {
          estateId,
          ticketId,
          process: "電話提醒",
          result: "業主答應月底前繳交",
        }),
      ),
    ).toBe("failed-precondition");
  });
});

describe("B2.7–9 inspectCase from another estate", () => {
  it("is refused, and a 'handled' inspection makes no finding", async () => {
    const { estateId, open, ticket } = await scene();
    const ticketId = await open("illegalConstruction", "h-3-2-501");
    const input = { estateId, ticketId, inspectionId: "i-1", result: "handled" as const };
    expect(await codeOf(inspectCaseAs(firestore, caller("other", "director"), input))).toBe(
      "permission-denied",
    );
    expect(await inspectCaseAs(firestore, caller(estateId, "director"), input, later(2))).toEqual({
      inspectionId: "i-1",
      findingId: null,
    });
    expect((await ticket(ticketId))?.inspections.map((i) => i.result)).toEqual(["handled"]);
  });
});

describe("B2.11 recordHouseQuality: the developer's reply within warranty, the owner's agreement after it", () => {
  it.each([
    {
      case: "within warranty → the developer's reply; the owner's agreement refused",
      householdId: "h-3-2-501",
      allowed: { kind: "developerReply" as const, text: "開發商兩週內修補", at: later(2) },
      refused: {
        kind: "ownerAgreement" as const,
        repair: "批盪",
        costYuan: 500,
        agreedAt: later(2),
      },
      field: "developerReply" as const,
    },
    {
      case: "after warranty → the owner's agreement; the developer's reply refused",
      householdId: "h-3-2-502",
      allowed: {
        kind: "ownerAgreement" as const,
        repair: "批盪",
        costYuan: 500,
        agreedAt: later(2),
      },
      refused: { kind: "developerReply" as const, text: "開發商兩週內修補", at: later(2) },
      field: "ownerAgreement" as const,
    },
  ])("$case", async ({ householdId, allowed, refused, field }) => {
    const { estateId, open, ticket } = await scene();
    const ticketId = await open("houseQuality", householdId, "uid-customerService");
    const input = (settlement: typeof allowed | typeof refused) => ({
      estateId,
      ticketId,
      settlement,
    });
    const cs = caller(estateId, "customerService");
    expect(await codeOf(recordHouseQualityAs(firestore, cs, input(refused), later(3)))).toBe(
      "failed-precondition",
    );
    expect(
      await codeOf(
        recordHouseQualityAs(firestore, caller(estateId, "maintenance"), input(allowed)),
      ),
    ).toBe("not-found");
    expect(
      await codeOf(recordHouseQualityAs(firestore, caller("other", "director"), input(allowed))),
    ).toBe("permission-denied");
    await recordHouseQualityAs(firestore, cs, input(allowed), later(3));
    await recordHouseQualityAs(firestore, cs, input(allowed), later(3));
    expect((await ticket(ticketId))?.houseQuality?.[field]).not.toBeNull();
    await toFollowedUp(estateId, ticketId);
    await transitionTicketAs(firestore, cs, { estateId, ticketId, to: "closed" }, later(5));
    expect((await ticket(ticketId))?.status).toBe("closed");
  });
});

describe("B2.13 ambulance guidance and a verified complaint about it", () => {
  it("the assignee records the guidance; the director's verified complaint → one -20 finding to the guide", async () => {
    const { estateId, typed, open, ticket } = await scene();
    const ticketId = await open("emergency", "h-3-2-501", "uid-order");
    const guidance = {
      estateId,
      ticketId,
      calledAt: later(0.1),
      arrivedAt: later(0.3),
      guidedBy: "uid-order2",
    };
    expect(
      await codeOf(
        recordAmbulanceGuidanceAs(firestore, caller(estateId, "order", "uid-order2"), guidance),
      ),
    ).toBe("permission-denied");
    expect(
      await codeOf(recordAmbulanceGuidanceAs(firestore, caller("other", "director"), guidance)),
    ).toBe("permission-denied");
    await recordAmbulanceGuidanceAs(firestore, caller(estateId, "order"), guidance, later(1));
    expect((await ticket(ticketId))?.ambulanceGuidance?.guidedBy).toBe("uid-order2");

    const complaint = {
      estateId,
      ticketId,
      complaintId: "c-1",
      text: "保安未到大門引導,救護車繞行十分鐘",
      receivedAt: later(24),
    };
    expect(
      await codeOf(
        recordAmbulanceComplaintAs(firestore, caller(estateId, "customerService"), complaint),
      ),
    ).toBe("permission-denied");
    expect(
      await codeOf(recordAmbulanceComplaintAs(firestore, caller("other", "director"), complaint)),
    ).toBe("permission-denied");
    const director = caller(estateId, "director");
    await recordAmbulanceComplaintAs(firestore, director, complaint, later(48));
    await recordAmbulanceComplaintAs(firestore, director, complaint, later(49));
    const findings = await typed.findings(estateId).get();
    expect(findings.docs.map((doc) => [doc.id, doc.get("staffId") as string])).toEqual([
      [`B2.13_${ticketId}_c-1`, "uid-order2"],
    ]);
    expect((await ticket(ticketId))?.ambulanceComplaint?.findingId).toBe(`B2.13_${ticketId}_c-1`);
    // The guidance is evidence now.
    expect(
      await codeOf(
        recordAmbulanceGuidanceAs(firestore, caller(estateId, "order"), guidance, later(50)),
      ),
    ).toBe("failed-precondition");
  });
});

describe("department leads (settings/tickets.leads) assign their department's tickets", () => {
  it("the maintenance lead assigns and reassigns; a plain maintenance worker may not", async () => {
    const { estateId, open, ticket } = await scene();
    const ticketId = await open("repair", null);
    const assign = (uid: string, assigneeId: string, hours: number) =>
      transitionTicketAs(
        firestore,
        caller(estateId, "maintenance", uid),
        { estateId, ticketId, to: "assigned", assigneeId },
        later(hours),
      );
    expect(await codeOf(assign("uid-maintenance2", "uid-maintenance", 1))).toBe(
      "permission-denied",
    );
    await assign("uid-maintLead", "uid-maintenance", 1);
    await assign("uid-maintLead", "uid-maintenance2", 2);
    expect((await ticket(ticketId))?.transitions.map((step) => [step.to, step.by])).toEqual([
      ["assigned", "uid-maintLead"],
      ["assigned", "uid-maintLead"],
    ]);
    expect((await ticket(ticketId))?.assigneeId).toBe("uid-maintenance2");
  });
});

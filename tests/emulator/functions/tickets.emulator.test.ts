/**
 * Tickets and on-site service on the emulator (SPEC §5; B2.5b, B2.5c): the callables, the
 * visit trigger and the scheduled checks, each run twice → one finding; the owner's copy by
 * token (valid, used, forged, expired); a ticket opened from a reception record links it.
 */
import { randomUUID } from "node:crypto";
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { beforeAll, describe, expect, it } from "vitest";
import {
  amendOnSiteVisitAs,
  recordOnSiteVisitAs,
  signOnSiteVisitAs,
} from "../../../functions/src/callables/onSiteVisits.js";
import { openTicketAs } from "../../../functions/src/callables/openTicket.js";
import {
  inspectCaseAs,
  recordRightsProtectionAs,
} from "../../../functions/src/callables/caseTickets.js";
import { transitionTicketAs } from "../../../functions/src/callables/transitionTicket.js";
import { paths } from "../../../functions/src/domain/paths.js";
import type { Household } from "../../../functions/src/domain/schema/household.js";
import type { Reception } from "../../../functions/src/domain/schema/reception.js";
import type { Role } from "../../../functions/src/domain/schema/role.js";
import type { Staff } from "../../../functions/src/domain/schema/staff.js";
import { collections } from "../../../functions/src/firestore/collections.js";
import { linkTokenHash } from "../../../functions/src/https/linkTokens.js";
import {
  answerOwnerCopyByToken,
  openOwnerCopyFor,
} from "../../../functions/src/https/ownerCopy.js";
import { PublicRefusal } from "../../../functions/src/https/publicEndpoint.js";
import { assessWrittenVisit } from "../../../functions/src/triggers/onOnSiteVisitWritten.js";
import { checkOverdueTickets } from "../../../functions/src/triggers/overdueTicketsCheck.js";
import { checkUnsignedVisits } from "../../../functions/src/triggers/unsignedVisitsCheck.js";
import { caller, TINY_PNG as SIGNATURE } from "./callers.js";

const PROJECT_ID = "demo-huiyin";
let firestore: Firestore;
beforeAll(() => {
  const app = getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
  firestore = getFirestore(app);
});

const HOUR = 3_600_000;

/** A fresh estate with a household, staff of each department, a reception record. */
async function scene() {
  const estateId = `tickets-${randomUUID().slice(0, 8)}`;
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
  const household: Household = {
    id: "h-3-2-501",
    estateId,
    building: "3",
    unit: "2",
    room: "501",
    floor: 5,
    locationDescription: "",
    mapPosition: null,
    areaSquareMetres: null,
    handoverDate: null,
    warrantyEnd: new Date("2030-01-01T00:00:00Z"),
    feeAccount: "",
    ...stamps,
  };
  await typed.households(estateId).doc(household.id).set(household);
  for (const role of ["customerService", "maintenance", "environment", "director"] as const) {
    const member: Staff = {
      id: `uid-${role}`,
      estateId,
      name: role === "maintenance" ? "張師傅" : role,
      email: `${role}@example.test`,
      role,
      teamId: role === "director" ? "office" : role,
      badgeNumber: "M07",
      phone: "",
      active: true,
      ...stamps,
    };
    await typed.staff(estateId).doc(member.id).set(member);
  }
  await typed.ticketSettings(estateId).set({
    id: "tickets",
    dueTimes: {},
    unsignedGraceMinutes: 60,
    leads: { maintenance: ["uid-maintLead"] },
  });
  const reception: Reception = {
    id: "r-1",
    estateId,
    channel: "phone_in",
    at: stamp,
    day: "2026-01-01",
    callerNumber: "138 0013 8000",
    callerKey: "13800138000",
    callerName: "王先生",
    householdId: household.id,
    personId: null,
    category: "repair",
    content: "廚房水管漏水",
    outcome: "",
    staffId: "uid-customerService",
    ticketId: null,
    archived: false,
    handoverId: null,
    amends: null,
    amendReason: null,
    ...stamps,
  };
  await typed.receptions(estateId).doc(reception.id).set(reception);
  return { estateId, typed };
}

/** A repair ticket assigned to the maintenance worker, with a done visit (unsigned). */
async function doneVisit(estateId: string, charge: "paid" | "unpaid", at: Date) {
  const { ticketId } = await openTicketAs(
    firestore,
    caller(estateId, "customerService"),
    {
      estateId,
      type: "repair",
      householdId: "h-3-2-501",
      title: "廚房水管漏水",
      charge,
      assigneeId: "uid-maintenance",
    },
    at,
  );
  const visitId = `v-${randomUUID().slice(0, 6)}`;
  await recordOnSiteVisitAs(
    firestore,
    caller(estateId, "maintenance"),
    { estateId, ticketId, visitId, workDone: "更換水管接頭", done: true },
    at,
  );
  return { ticketId, visitId };
}

/** Runs the visit trigger as the Functions runtime would, with the visit as it is now. */
async function runTrigger(estateId: string, visitId: string, time: Date) {
  const after = await firestore.doc(paths.onSiteVisit(estateId, visitId)).get();
  return assessWrittenVisit(firestore, { time: time.toISOString(), data: { after } });
}

async function findingIds(estateId: string): Promise<string[]> {
  const found = await collections(firestore).findings(estateId).get();
  return found.docs.map((doc) => doc.id).sort();
}

async function refusalOf(attempt: Promise<unknown>): Promise<PublicRefusal> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof PublicRefusal) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("openTicket (issue 3 item 1: a ticket from a reception record)", () => {
  it("links the reception, opens one ticket when retried, defaults department and due time", async () => {
    const { estateId, typed } = await scene();
    const at = new Date("2026-03-02T09:00:00+08:00");
    const input = {
      estateId,
      type: "repair" as const,
      householdId: null,
      title: "廚房水管漏水",
      fromReceptionId: "r-1",
    };
    const first = await openTicketAs(firestore, caller(estateId, "customerService"), input, at);
    const again = await openTicketAs(firestore, caller(estateId, "customerService"), input, at);
    expect([first.created, again.created]).toEqual([true, false]);
    expect(again.ticketId).toBe(first.ticketId);
    const ticket = (await typed.tickets(estateId).doc(first.ticketId).get()).data();
    expect(ticket?.department).toBe("maintenance");
    expect(ticket?.householdId).toBe("h-3-2-501");
    expect(ticket?.dueAt.toISOString()).toBe(new Date(at.getTime() + 24 * HOUR).toISOString());
    const reception = (await typed.receptions(estateId).doc("r-1").get()).data();
    expect(reception?.ticketId).toBe(first.ticketId);
  });

  it("refuses an environment worker opening a maintenance ticket", async () => {
    const { estateId } = await scene();
    await expect(
      openTicketAs(firestore, caller(estateId, "environment"), {
        estateId,
        type: "repair",
        householdId: null,
        title: "路燈不亮",
      }),
    ).rejects.toThrow(HttpsError);
  });
});

describe("transitionTicket: the life cycle with actor, time and note", () => {
  it("the assignee starts and finishes; another department may not; customer service closes", async () => {
    const { estateId, typed } = await scene();
    const at = new Date("2026-03-02T09:00:00+08:00");
    const { ticketId } = await openTicketAs(
      firestore,
      caller(estateId, "customerService"),
      {
        estateId,
        type: "repair",
        householdId: "h-3-2-501",
        title: "門鎖壞",
        assigneeId: "uid-maintenance",
      },
      at,
    );
    await expect(
      transitionTicketAs(firestore, caller(estateId, "environment"), {
        estateId,
        ticketId,
        to: "inProgress",
      }),
    ).rejects.toThrow(/no ticket/);
    const step = (
      role: Role,
      to: "inProgress" | "done" | "followedUp" | "closed",
      minutes: number,
    ) =>
      transitionTicketAs(
        firestore,
        caller(estateId, role),
        { estateId, ticketId, to, note: `${to} note` },
        new Date(at.getTime() + minutes * 60_000),
      );
    await step("maintenance", "inProgress", 10);
    await step("maintenance", "done", 40);
    await expect(step("maintenance", "followedUp", 50)).rejects.toThrow(
      /customerService or director/,
    );
    await step("customerService", "followedUp", 60);
    await step("customerService", "closed", 61);
    const ticket = (await typed.tickets(estateId).doc(ticketId).get()).data();
    expect(ticket?.transitions.map((t) => [t.from, t.to, t.by])).toEqual([
      ["open", "assigned", "uid-customerService"],
      ["assigned", "inProgress", "uid-maintenance"],
      ["inProgress", "done", "uid-maintenance"],
      ["done", "followedUp", "uid-customerService"],
      ["followedUp", "closed", "uid-customerService"],
    ]);
  });
});

describe("B2.5c a visit done without a signature", () => {
  it("flags the ticket at once; after the grace period the check records one finding, run twice", async () => {
    const { estateId, typed } = await scene();
    const at = new Date("2026-03-02T09:00:00+08:00");
    const { ticketId, visitId } = await doneVisit(estateId, "unpaid", at);
    await runTrigger(estateId, visitId, at);
    await runTrigger(estateId, visitId, at);
    const ticket = (await typed.tickets(estateId).doc(ticketId).get()).data();
    expect(ticket?.visitFlags.map((flag) => flag.kind)).toEqual(["unsigned"]);
    expect(ticket?.flagged).toBe(true);
    expect(await findingIds(estateId)).toEqual([]);
    const later = new Date(at.getTime() + 2 * HOUR).toISOString();
    await checkUnsignedVisits(firestore, later);
    await checkUnsignedVisits(firestore, later);
    expect(await findingIds(estateId)).toEqual([`B2.5c_${visitId}_unsigned`]);
  });
});

describe("B2.5b an unpaid service rated dissatisfied → finding and return visit; paid → return visit only", () => {
  it.each([
    { charge: "unpaid" as const, findings: (id: string) => [`B2.5b_${id}`] },
    { charge: "paid" as const, findings: () => [] },
  ])("$charge service, trigger run twice", async ({ charge, findings }) => {
    const { estateId, typed } = await scene();
    const at = new Date("2026-03-02T09:00:00+08:00");
    const { ticketId, visitId } = await doneVisit(estateId, charge, at);
    const signedAt = new Date(at.getTime() + 5 * 60_000);
    const link = await signOnSiteVisitAs(
      firestore,
      caller(estateId, "maintenance"),
      {
        estateId,
        visitId,
        signerName: "王先生",
        signatureDataUrl: SIGNATURE,
        rating: "dissatisfied",
      },
      signedAt,
    );
    expect(link.token.length).toBeGreaterThanOrEqual(22);
    await runTrigger(estateId, visitId, signedAt);
    await runTrigger(estateId, visitId, signedAt);
    expect(await findingIds(estateId)).toEqual(findings(visitId));
    const returnVisit = await firestore
      .doc(paths.returnVisit(estateId, `returnVisit_${visitId}`))
      .get();
    expect(returnVisit.get("reason")).toBe("dissatisfiedRating");
    expect(returnVisit.get("source")).toEqual({ kind: "ticket", ticketId });
    const ticket = (await typed.tickets(estateId).doc(ticketId).get()).data();
    expect(ticket?.flagged).toBe(false);
  });
});

describe("the owner's copy by link (B2.5)", () => {
  it("valid opens the signed record; dispute → B2.5c once; used refuses a second answer; forged and expired refused", async () => {
    const { estateId, typed } = await scene();
    const at = new Date("2026-03-02T09:00:00+08:00");
    const { visitId } = await doneVisit(estateId, "unpaid", at);
    const { token } = await signOnSiteVisitAs(
      firestore,
      caller(estateId, "maintenance"),
      { estateId, visitId, signerName: "王先生", signatureDataUrl: SIGNATURE, rating: "satisfied" },
      at,
    );
    const stored = await typed.ownerCopyLinks().doc(linkTokenHash(token)).get();
    expect(stored.exists).toBe(true);
    expect(JSON.stringify(stored.data())).not.toContain(token);

    const opened = (await openOwnerCopyFor(firestore, { token }, at)) as {
      copy: { workDone: string; signerName: string; signatureDataUrl: string; staffName: string };
    };
    expect(opened.copy).toMatchObject({
      workDone: "更換水管接頭",
      signerName: "王先生",
      staffName: "張師傅",
    });
    expect(opened.copy.signatureDataUrl).toBe(SIGNATURE);

    await answerOwnerCopyByToken(
      firestore,
      { token, answer: "disputed", note: "沒有更換接頭" },
      at,
    );
    const used = await refusalOf(
      answerOwnerCopyByToken(firestore, { token, answer: "confirmed" }, at),
    );
    expect([used.code, used.details.reason]).toEqual(["closed", "answered"]);
    await runTrigger(estateId, visitId, at);
    await runTrigger(estateId, visitId, at);
    expect(await findingIds(estateId)).toEqual([`B2.5c_${visitId}_disputed`]);

    // One character changed, always to a different one (a random token may end in "xx").
    const forgedToken = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    const forged = await refusalOf(openOwnerCopyFor(firestore, { token: forgedToken }, at));
    expect(forged.code).toBe("unknownLink");
    const expired = await refusalOf(
      openOwnerCopyFor(firestore, { token }, new Date(at.getTime() + 31 * 24 * HOUR)),
    );
    expect([expired.code, expired.details.reason]).toEqual(["closed", "expired"]);
  });

  it("B2.5c an amendment after signing keeps the signed content and costs one finding", async () => {
    const { estateId, typed } = await scene();
    const at = new Date("2026-03-02T09:00:00+08:00");
    const { visitId } = await doneVisit(estateId, "paid", at);
    await signOnSiteVisitAs(
      firestore,
      caller(estateId, "maintenance"),
      { estateId, visitId, signerName: "王先生", signatureDataUrl: SIGNATURE, rating: "satisfied" },
      at,
    );
    const signed = (await typed.onSiteVisits(estateId).doc(visitId).get()).data();
    await expect(
      recordOnSiteVisitAs(firestore, caller(estateId, "maintenance"), {
        estateId,
        ticketId: signed?.ticketId ?? "",
        visitId,
        workDone: "改寫",
        done: true,
      }),
    ).rejects.toThrow(/amendment/);
    const later = new Date(at.getTime() + HOUR);
    await amendOnSiteVisitAs(
      firestore,
      caller(estateId, "maintenance"),
      { estateId, visitId, text: "另補膠圈" },
      later,
    );
    await runTrigger(estateId, visitId, later);
    await runTrigger(estateId, visitId, later);
    const amended = (await typed.onSiteVisits(estateId).doc(visitId).get()).data();
    expect(amended?.workDone).toBe(signed?.workDone);
    expect(amended?.signedHash).toBe(signed?.signedHash);
    expect(await findingIds(estateId)).toEqual([`B2.5c_${visitId}_changed`]);
  });
});

describe("overdueTicketsCheck: overdue tickets notify the assignee and the lead", () => {
  it("marks once and notifies each once, run twice", async () => {
    const { estateId, typed } = await scene();
    const at = new Date("2026-03-02T09:00:00+08:00");
    const { ticketId } = await openTicketAs(
      firestore,
      caller(estateId, "customerService"),
      {
        estateId,
        type: "repair",
        householdId: null,
        title: "電梯異響",
        assigneeId: "uid-maintenance",
      },
      at,
    );
    const late = new Date(at.getTime() + 25 * HOUR).toISOString();
    // Other tests' estates share the emulator: look at this estate's ticket only.
    expect(await checkOverdueTickets(firestore, late)).toContain(ticketId);
    expect(await checkOverdueTickets(firestore, late)).not.toContain(ticketId);
    const ticket = (await typed.tickets(estateId).doc(ticketId).get()).data();
    expect(ticket?.overdueAt?.toISOString()).toBe(late);
    const notes = await firestore.collection(paths.notifications(estateId)).get();
    expect(notes.docs.map((doc) => doc.get("recipientUid") as string).sort()).toEqual([
      "uid-maintLead",
      "uid-maintenance",
    ]);
  });
});

describe("case findings recorded by the director (B2.7–9, B2.11)", () => {
  it.each([
    {
      case: "B2.7 illegal construction found unhandled",
      type: "illegalConstruction" as const,
      rule: "B2.7",
    },
    {
      case: "B2.8 covenant violation found unhandled",
      type: "covenantViolation" as const,
      rule: "B2.8",
    },
    { case: "B2.9 renovation found unhandled", type: "renovation" as const, rule: "B2.9" },
  ])(
    "$case → one -50 finding to the team when unassigned, inspected twice",
    async ({ type, rule }) => {
      const { estateId, typed } = await scene();
      const at = new Date("2026-03-02T09:00:00+08:00");
      const { ticketId } = await openTicketAs(
        firestore,
        caller(estateId, "customerService"),
        { estateId, type, householdId: "h-3-2-501", title: "案件" },
        at,
      );
      const input = {
        estateId,
        ticketId,
        inspectionId: "insp-1",
        result: "foundUnhandled" as const,
        note: "現場仍未整改",
      };
      const later = new Date(at.getTime() + 48 * HOUR);
      await inspectCaseAs(firestore, caller(estateId, "director"), input, later);
      await inspectCaseAs(firestore, caller(estateId, "director"), input, later);
      expect(await findingIds(estateId)).toEqual([`${rule}_${ticketId}_insp-1`]);
      const finding = (
        await typed.findings(estateId).doc(`${rule}_${ticketId}_insp-1`).get()
      ).data();
      expect([finding?.staffId, finding?.teamId]).toEqual([null, "customerService"]);
      await expect(
        inspectCaseAs(firestore, caller(estateId, "customerService"), {
          ...input,
          inspectionId: "x",
        }),
      ).rejects.toThrow(/director or admin/);
    },
  );

  it("B2.11 a rights-protection success confirmed by the committee → one +100 finding", async () => {
    const { estateId } = await scene();
    const at = new Date("2026-03-02T09:00:00+08:00");
    const { ticketId } = await openTicketAs(
      firestore,
      caller(estateId, "customerService"),
      {
        estateId,
        type: "houseQuality",
        householdId: "h-3-2-501",
        title: "牆面裂縫",
        assigneeId: "uid-customerService",
      },
      at,
    );
    const input = {
      estateId,
      ticketId,
      confirmedBy: "業委會主任 趙先生",
      confirmedAt: new Date(at.getTime() + 24 * HOUR),
    };
    const later = new Date(at.getTime() + 48 * HOUR);
    await recordRightsProtectionAs(firestore, caller(estateId, "director"), input, later);
    await recordRightsProtectionAs(firestore, caller(estateId, "director"), input, later);
    expect(await findingIds(estateId)).toEqual([`B2.11_${ticketId}`]);
  });
});

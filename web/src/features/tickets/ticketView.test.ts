import { describe, expect, it } from "vitest";
import type { StoredTicket } from "@domain/schema/ticket.js";
import {
  actorOf,
  type CaseBlock,
  caseBlocksOf,
  instantOfLocalInput,
  localInputValue,
  refusalCodeOf,
  leadsOf,
  mayAssign,
  queueDepartmentOf,
  queueOrder,
  standsOutOverdue,
} from "./ticketView.js";

const at = (text: string) => new Date(`${text}+08:00`);
const ticket = (id: string, status: StoredTicket["status"], dueAt: string) =>
  ({ id, status, dueAt: at(dueAt), overdueAt: null }) as unknown as StoredTicket;

describe("the department queue (SPEC §5: overdue tickets stand out)", () => {
  it.each([
    { case: "running and past due", status: "assigned" as const, overdue: true },
    { case: "done past due", status: "done" as const, overdue: false },
  ])("$case → overdue $overdue", ({ status, overdue }) => {
    expect(
      standsOutOverdue(ticket("a", status, "2026-03-01T09:00:00"), at("2026-03-02T09:00:00")),
    ).toBe(overdue);
  });

  it("orders overdue first, then soonest due", () => {
    const now = at("2026-03-02T12:00:00");
    const order = queueOrder(
      [
        ticket("later", "open", "2026-03-03T09:00:00"),
        ticket("soon", "open", "2026-03-02T13:00:00"),
        ticket("late", "inProgress", "2026-03-02T11:00:00"),
      ],
      now,
    ).map((item) => item.id);
    expect(order).toEqual(["late", "soon", "later"]);
  });

  it.each([
    { role: "maintenance" as const, department: "maintenance" },
    { role: "customerService" as const, department: null },
    { role: "director" as const, department: null },
  ])("$role sees the queue of $department", ({ role, department }) => {
    expect(queueDepartmentOf(role)).toBe(department);
  });
});

/** A ticket as the role decisions read it. */
const caseTicket = (
  type: StoredTicket["type"],
  status: StoredTicket["status"],
  more: Partial<StoredTicket> = {},
) =>
  ({
    id: "t-1",
    type,
    status,
    department: type === "repair" ? "maintenance" : "customerService",
    assigneeId: status === "open" ? null : "mt-wang",
    caseRecord: null,
    houseQuality:
      type === "houseQuality"
        ? {
            arrangement: "developer",
            developerReply: null,
            ownerAgreement: null,
            rightsProtection: null,
          }
        : null,
    ambulanceGuidance: null,
    ambulanceComplaint: null,
    ...more,
  }) as unknown as StoredTicket;

describe("department leads (settings/tickets.leads) see the assign button", () => {
  const leads = { maintenance: ["mt-zhao"], environment: ["env-li"] };
  it.each([
    { case: "the maintenance lead", uid: "mt-zhao", role: "maintenance" as const, may: true },
    {
      case: "a plain maintenance worker",
      uid: "mt-wang2",
      role: "maintenance" as const,
      may: false,
    },
    {
      case: "the lead of another department",
      uid: "env-li",
      role: "environment" as const,
      may: false,
    },
    { case: "customer service", uid: "cs-lin", role: "customerService" as const, may: true },
    { case: "the director", uid: "dir-chen", role: "director" as const, may: true },
  ])("$case → may assign an open repair: $may", ({ uid, role, may }) => {
    const actor = actorOf(uid, role, leadsOf(leads, uid));
    expect(mayAssign(caseTicket("repair", "open"), actor)).toBe(may);
  });

  it("reads the departments a person leads from the settings", () => {
    expect(leadsOf({ maintenance: ["a"], order: ["a", "b"] }, "a")).toEqual([
      "order",
      "maintenance",
    ]);
    expect(leadsOf({}, "a")).toEqual([]);
  });
});

describe("case blocks of the ticket page: shown per type, editable per role", () => {
  const director = actorOf("dir-chen", "director");
  const desk = actorOf("cs-lin", "customerService");
  const maintenance = actorOf("mt-li", "maintenance");
  const shownOf = (ticket: StoredTicket) =>
    Object.entries(caseBlocksOf(ticket, director))
      .filter(([, block]: [string, CaseBlock]) => block.shown)
      .map(([name]) => name);
  it.each([
    {
      case: "B2.8 covenant violation",
      type: "covenantViolation" as const,
      shown: ["caseRecord", "inspection"],
    },
    {
      case: "B2.7 illegal construction",
      type: "illegalConstruction" as const,
      shown: ["caseRecord", "inspection"],
    },
    { case: "B2.9 renovation", type: "renovation" as const, shown: ["caseRecord", "inspection"] },
    {
      case: "B2.8 arrears reminder (inspected, no written record)",
      type: "arrearsReminder" as const,
      shown: ["inspection"],
    },
    {
      case: "B2.11 house quality",
      type: "houseQuality" as const,
      shown: ["houseQuality", "rightsProtection"],
    },
    {
      case: "B2.13 emergency",
      type: "emergency" as const,
      shown: ["ambulanceGuidance", "ambulanceComplaint"],
    },
    { case: "a repair", type: "repair" as const, shown: [] },
  ])("$case shows $shown", ({ type, shown }) => {
    expect(shownOf(caseTicket(type, "assigned"))).toEqual(shown);
  });

  it.each([
    {
      case: "B2.8 customer service writes the case record",
      actor: desk,
      block: "caseRecord" as const,
      ticket: caseTicket("covenantViolation", "followedUp"),
      editable: true,
    },
    {
      case: "B2.8 a signed case record is read-only",
      actor: director,
      block: "caseRecord" as const,
      ticket: caseTicket("covenantViolation", "followedUp", {
        caseRecord: {
          process: "p",
          result: "r",
          responsibleSignature: {
            image: { imagePath: "x" },
            signerName: "林",
            signedAt: new Date(),
          },
        },
      }),
      editable: false,
    },
    {
      case: "B2.8 only the director inspects",
      actor: desk,
      block: "inspection" as const,
      ticket: caseTicket("covenantViolation", "assigned"),
      editable: false,
    },
    {
      case: "B2.8 the director inspects",
      actor: director,
      block: "inspection" as const,
      ticket: caseTicket("covenantViolation", "assigned"),
      editable: true,
    },
    {
      case: "B2.11 only the director records the committee's confirmation",
      actor: desk,
      block: "rightsProtection" as const,
      ticket: caseTicket("houseQuality", "assigned"),
      editable: false,
    },
    {
      case: "B2.11 customer service records the developer's reply",
      actor: desk,
      block: "houseQuality" as const,
      ticket: caseTicket("houseQuality", "assigned"),
      editable: true,
    },
    {
      case: "B2.13 a worker of another department reads the guidance only",
      actor: maintenance,
      block: "ambulanceGuidance" as const,
      ticket: caseTicket("emergency", "assigned"),
      editable: false,
    },
    {
      case: "B2.13 only the director records a verified complaint",
      actor: desk,
      block: "ambulanceComplaint" as const,
      ticket: caseTicket("emergency", "assigned"),
      editable: false,
    },
  ])("$case", ({ actor, block, ticket, editable }) => {
    expect(caseBlocksOf(ticket, actor)[block].editable).toBe(editable);
  });
});

describe("the case forms' times are read in the estate's zone", () => {
  it.each([
    { value: "2026-03-02T09:00", iso: "2026-03-02T01:00:00.000Z" },
    { value: "2026-13-02T09:00", iso: null },
    { value: "", iso: null },
  ])("$value → $iso", ({ value, iso }) => {
    expect(instantOfLocalInput(value, "Asia/Shanghai")?.toISOString() ?? null).toBe(iso);
  });
  it("shows an instant as the estate's wall clock", () => {
    expect(localInputValue(new Date("2026-03-02T01:00:00Z"), "Asia/Shanghai")).toBe(
      "2026-03-02T09:00",
    );
  });
  it("reads the refusal code a callable sends (closing a case without its record)", () => {
    expect(refusalCodeOf({ details: { code: "caseRecordIncomplete" } })).toBe(
      "caseRecordIncomplete",
    );
    expect(refusalCodeOf(new Error("x"))).toBeNull();
  });
});

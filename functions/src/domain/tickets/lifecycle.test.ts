import { describe, expect, it } from "vitest";
import {
  capacitiesOf,
  missingCaseRecordParts,
  stepsAvailableTo,
  transition,
  type TicketActor,
  type TransitionRefusalCode,
} from "./lifecycle.js";
import { ticketSchema, type Ticket, type TicketStatus, type TicketType } from "./ticket.js";

const at = (text: string) => new Date(`${text}+08:00`);

const worker: TicketActor = { staffId: "mt-wang", role: "maintenance", leads: [] };
const otherWorker: TicketActor = { staffId: "mt-li", role: "maintenance", leads: [] };
const lead: TicketActor = { staffId: "mt-zhao", role: "maintenance", leads: ["maintenance"] };
const cleaningLead: TicketActor = {
  staffId: "env-he",
  role: "environment",
  leads: ["environment"],
};
const desk: TicketActor = { staffId: "cs-lin", role: "customerService", leads: [] };
const director: TicketActor = { staffId: "dir-chen", role: "director", leads: [] };
const admin: TicketActor = { staffId: "adm-1", role: "admin", leads: [] };

const signature = {
  image: { imagePath: "estates/e1/signatures/t1.png" },
  signerName: "張偉",
  signedAt: at("2026-03-06T10:00:00"),
};

const history: Record<TicketStatus, TicketStatus[]> = {
  open: [],
  assigned: ["assigned"],
  inProgress: ["assigned", "inProgress"],
  done: ["assigned", "inProgress", "done"],
  followedUp: ["assigned", "inProgress", "done", "followedUp"],
  closed: ["assigned", "inProgress", "done", "followedUp", "closed"],
  cancelled: ["cancelled"],
};

/** A valid ticket of `type` in `status`, reached step by step from 2026-03-05 09:00. */
function ticketIn(status: TicketStatus, type: TicketType = "repair", change: Partial<Ticket> = {}) {
  let from: TicketStatus = "open";
  const transitions = history[status].map((to, index) => {
    const step = { from, to, by: "cs-lin", at: at(`2026-03-05T1${String(index)}:00:00`), note: "" };
    from = to;
    return step;
  });
  const ticket: Ticket = {
    id: "t1",
    estateId: "e1",
    type,
    department: "maintenance",
    householdId: "h-3-2-501",
    receptionId: "r9",
    title: "廚房水管漏水",
    description: "",
    charge: "unpaid",
    assigneeId: status === "open" || status === "cancelled" ? null : "mt-wang",
    openedBy: "cs-lin",
    openedAt: at("2026-03-05T09:00:00"),
    dueAt: at("2026-03-06T09:00:00"),
    status,
    transitions,
    cancellationReason: status === "cancelled" ? "業主已自行修好" : null,
    caseRecord: null,
    ambulanceGuidance: null,
    houseQuality: null,
    ...change,
  };
  return ticketSchema.parse(ticket);
}

const later = at("2026-03-07T09:00:00");

describe("ticket schema invariants (SPEC §5)", () => {
  it.each<{ case: string; ticket: () => Ticket; path: string }>([
    {
      case: "an assigned ticket names its assignee",
      ticket: () => ({ ...ticketIn("assigned"), assigneeId: null }),
      path: "assigneeId",
    },
    {
      case: "a cancelled ticket has a reason",
      ticket: () => ({ ...ticketIn("cancelled"), cancellationReason: null }),
      path: "cancellationReason",
    },
    {
      case: "only a cancelled ticket has a reason",
      ticket: () => ({ ...ticketIn("open"), cancellationReason: "?" }),
      path: "cancellationReason",
    },
    {
      case: "the history leads to the status",
      ticket: () => ({ ...ticketIn("done"), status: "closed" }),
      path: "status",
    },
    {
      case: "the history chains from open",
      ticket: () => ({
        ...ticketIn("assigned"),
        transitions: [{ from: "inProgress", to: "assigned", by: "x", at: later, note: "" }],
      }),
      path: "transitions.0.from",
    },
    {
      case: "steps in time order",
      ticket: () => {
        const ticket = ticketIn("inProgress");
        const [first, second] = ticket.transitions;
        if (first === undefined || second === undefined) throw new Error("fixture");
        return { ...ticket, transitions: [{ ...first, at: later }, second] };
      },
      path: "transitions.1.at",
    },
    {
      case: "due no earlier than opened",
      ticket: () => ({ ...ticketIn("open"), dueAt: at("2026-03-05T08:00:00") }),
      path: "dueAt",
    },
    {
      case: "B2.7–9 case record only on case types",
      ticket: () => ({
        ...ticketIn("open"),
        caseRecord: { process: "p", result: "r", responsibleSignature: null },
      }),
      path: "caseRecord",
    },
    {
      case: "B2.13 ambulance guidance only on emergencies",
      ticket: () => ({
        ...ticketIn("open"),
        ambulanceGuidance: { calledAt: later, arrivedAt: null, guidedBy: null },
      }),
      path: "ambulanceGuidance",
    },
  ])("refuses: $case", ({ ticket, path }) => {
    const result = ticketSchema.safeParse(ticket());
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(path);
  });

  it("accepts a ticket in every status", () => {
    for (const status of Object.keys(history) as TicketStatus[]) {
      expect(ticketSchema.safeParse(ticketIn(status)).success, status).toBe(true);
    }
  });
});

describe("SPEC §5 life cycle: open → assigned → in progress → done → followed up → closed", () => {
  it.each<{
    case: string;
    from: TicketStatus;
    to: TicketStatus;
    actor: TicketActor;
    assigneeId?: string;
    note?: string;
  }>([
    {
      case: "customer service assigns",
      from: "open",
      to: "assigned",
      actor: desk,
      assigneeId: "mt-wang",
    },
    {
      case: "the department lead assigns",
      from: "open",
      to: "assigned",
      actor: lead,
      assigneeId: "mt-wang",
    },
    {
      case: "the director assigns",
      from: "open",
      to: "assigned",
      actor: director,
      assigneeId: "mt-wang",
    },
    {
      case: "an admin acts as director",
      from: "open",
      to: "assigned",
      actor: admin,
      assigneeId: "mt-wang",
    },
    {
      case: "the lead reassigns",
      from: "assigned",
      to: "assigned",
      actor: lead,
      assigneeId: "mt-li",
    },
    {
      case: "reassigned while in progress",
      from: "inProgress",
      to: "assigned",
      actor: desk,
      assigneeId: "mt-li",
    },
    { case: "the assignee starts", from: "assigned", to: "inProgress", actor: worker },
    { case: "the assignee finishes", from: "inProgress", to: "done", actor: worker },
    { case: "customer service follows up (回訪)", from: "done", to: "followedUp", actor: desk },
    { case: "customer service closes", from: "followedUp", to: "closed", actor: desk },
    { case: "the director closes", from: "followedUp", to: "closed", actor: director },
    {
      case: "a follow-up reopens with a reason",
      from: "followedUp",
      to: "assigned",
      actor: desk,
      assigneeId: "mt-wang",
      note: "仍漏水",
    },
    {
      case: "customer service cancels with a reason",
      from: "open",
      to: "cancelled",
      actor: desk,
      note: "重複工單",
    },
    {
      case: "cancelled while in progress",
      from: "inProgress",
      to: "cancelled",
      actor: director,
      note: "業主取消",
    },
  ])("allows: $case", ({ from, to, actor, assigneeId, note }) => {
    const ticket = ticketIn(from);
    const result = transition(
      ticket,
      to,
      actor,
      later,
      note ?? "  ok  ",
      assigneeId ? { assigneeId } : {},
    );
    if (!result.ok) throw new Error(result.refusal.reason);
    expect(result.ticket.status).toBe(to);
    expect(result.ticket.transitions.at(-1)).toEqual({
      from,
      to,
      by: actor.staffId,
      at: later,
      note: (note ?? "ok").trim(),
    });
    expect(result.ticket.transitions).toHaveLength(ticket.transitions.length + 1);
    if (assigneeId) expect(result.ticket.assigneeId).toBe(assigneeId);
    if (to === "cancelled") expect(result.ticket.cancellationReason).toBe(note);
    expect(ticketSchema.safeParse(result.ticket).success).toBe(true);
    expect(ticket.status).toBe(from);
  });

  it.each<{
    case: string;
    from: TicketStatus;
    to: TicketStatus;
    actor: TicketActor;
    assigneeId?: string;
    note?: string;
    at?: Date;
    code: TransitionRefusalCode;
  }>([
    {
      case: "a closed ticket stays closed",
      from: "closed",
      to: "assigned",
      actor: director,
      assigneeId: "x",
      code: "finished",
    },
    {
      case: "a cancelled ticket stays cancelled",
      from: "cancelled",
      to: "open",
      actor: director,
      code: "finished",
    },
    {
      case: "no skipping from open to done",
      from: "open",
      to: "done",
      actor: director,
      code: "noSuchStep",
    },
    {
      case: "no closing before the follow-up",
      from: "done",
      to: "closed",
      actor: desk,
      code: "noSuchStep",
    },
    {
      case: "no cancelling finished work",
      from: "done",
      to: "cancelled",
      actor: director,
      note: "x",
      code: "noSuchStep",
    },
    {
      case: "a worker cannot assign",
      from: "open",
      to: "assigned",
      actor: worker,
      assigneeId: "mt-wang",
      code: "notPermitted",
    },
    {
      case: "another department's lead cannot assign",
      from: "open",
      to: "assigned",
      actor: cleaningLead,
      assigneeId: "mt-wang",
      code: "notPermitted",
    },
    {
      case: "only the assignee starts the work",
      from: "assigned",
      to: "inProgress",
      actor: otherWorker,
      code: "notPermitted",
    },
    {
      case: "customer service does not start the work",
      from: "assigned",
      to: "inProgress",
      actor: desk,
      code: "notPermitted",
    },
    {
      case: "only the assignee finishes",
      from: "inProgress",
      to: "done",
      actor: director,
      code: "notPermitted",
    },
    {
      case: "the assignee does not follow up their own work",
      from: "done",
      to: "followedUp",
      actor: worker,
      code: "notPermitted",
    },
    {
      case: "the lead does not close",
      from: "followedUp",
      to: "closed",
      actor: lead,
      code: "notPermitted",
    },
    {
      case: "a worker cannot cancel",
      from: "assigned",
      to: "cancelled",
      actor: worker,
      note: "x",
      code: "notPermitted",
    },
    {
      case: "an assignment names the assignee",
      from: "open",
      to: "assigned",
      actor: desk,
      code: "assigneeMissing",
    },
    {
      case: "a reassignment names someone new",
      from: "assigned",
      to: "assigned",
      actor: desk,
      assigneeId: "mt-wang",
      code: "assigneeMissing",
    },
    {
      case: "cancelling needs a reason",
      from: "open",
      to: "cancelled",
      actor: desk,
      note: "   ",
      code: "reasonMissing",
    },
    {
      case: "reopening needs a reason",
      from: "done",
      to: "assigned",
      actor: desk,
      assigneeId: "mt-wang",
      note: "",
      code: "reasonMissing",
    },
    {
      case: "a step dated before the last one",
      from: "inProgress",
      to: "done",
      actor: worker,
      at: at("2026-03-05T10:30:00"),
      code: "outOfOrder",
    },
  ])("refuses: $case ($code)", ({ from, to, actor, assigneeId, note, code, at: when }) => {
    const ticket = ticketIn(from);
    const result = transition(
      ticket,
      to,
      actor,
      when ?? later,
      note ?? "",
      assigneeId ? { assigneeId } : {},
    );
    expect(result).toMatchObject({ ok: false, refusal: { code } });
    if (!result.ok) expect(result.refusal.reason).not.toBe("");
  });

  it("lists the steps an actor may take, for the buttons of the ticket page", () => {
    expect(stepsAvailableTo(ticketIn("assigned"), worker).map((step) => step.to)).toEqual([
      "inProgress",
    ]);
    expect(stepsAvailableTo(ticketIn("assigned"), desk).map((step) => step.to)).toEqual([
      "assigned",
      "cancelled",
    ]);
    expect(stepsAvailableTo(ticketIn("closed"), director)).toEqual([]);
  });

  it("knows an actor's capacities on a ticket", () => {
    expect(capacitiesOf(ticketIn("assigned"), { ...lead, staffId: "mt-wang" })).toEqual([
      "assignee",
      "departmentLead",
    ]);
    expect(capacitiesOf(ticketIn("assigned"), admin)).toEqual(["director"]);
  });
});

const fullRecord = { process: "勸告並報告城管", result: "已拆除", responsibleSignature: signature };

describe("B2.7–9 closing a case needs the written process and result signed by the responsible person", () => {
  it.each<{ case: string; type: TicketType; record: Ticket["caseRecord"]; missing: string[] }>([
    {
      case: "B2.7 illegal construction without a record",
      type: "illegalConstruction",
      record: null,
      missing: ["process", "result", "responsibleSignature"],
    },
    {
      case: "B2.7 illegal construction without the signature",
      type: "illegalConstruction",
      record: { ...fullRecord, responsibleSignature: null },
      missing: ["responsibleSignature"],
    },
    {
      case: "B2.8 covenant violation without the result",
      type: "covenantViolation",
      record: { ...fullRecord, result: " " },
      missing: ["result"],
    },
    {
      case: "B2.8 dispute between owners without the process",
      type: "ownerDispute",
      record: { ...fullRecord, process: "" },
      missing: ["process"],
    },
    {
      case: "B2.9 renovation damage without a record",
      type: "renovation",
      record: null,
      missing: ["process", "result", "responsibleSignature"],
    },
  ])("refuses: $case", ({ type, record, missing }) => {
    const ticket = ticketIn("followedUp", type, {
      department: "customerService",
      caseRecord: record,
    });
    expect(missingCaseRecordParts(ticket)).toEqual(missing);
    const result = transition(ticket, "closed", desk, later, "");
    expect(result).toMatchObject({ ok: false, refusal: { code: "caseRecordIncomplete" } });
    if (!result.ok) for (const part of missing) expect(result.refusal.reason).toContain(part);
  });

  it.each<{ case: string; type: TicketType; record: Ticket["caseRecord"] }>([
    { case: "B2.7 with the full signed record", type: "illegalConstruction", record: fullRecord },
    { case: "B2.8 dispute with the full signed record", type: "ownerDispute", record: fullRecord },
    { case: "B2.9 renovation with the full signed record", type: "renovation", record: fullRecord },
    {
      case: "B2.8 an arrears reminder has no record to sign",
      type: "arrearsReminder",
      record: null,
    },
  ])("closes: $case", ({ type, record }) => {
    const ticket = ticketIn("followedUp", type, {
      department: "customerService",
      caseRecord: record,
    });
    expect(transition(ticket, "closed", desk, later, "").ok).toBe(true);
  });

  it("refuses customer service cancelling a case; the director may, with a reason", () => {
    const ticket = ticketIn("assigned", "illegalConstruction", { department: "customerService" });
    expect(transition(ticket, "cancelled", desk, later, "業主說已拆")).toMatchObject({
      ok: false,
      refusal: { code: "caseCancelNeedsDirector" },
    });
    expect(transition(ticket, "cancelled", director, later, "誤報,現場無搭建").ok).toBe(true);
  });
});

describe("B2.11 closing a house-quality case needs its arrangement recorded", () => {
  const quality = (
    change: Partial<NonNullable<Ticket["houseQuality"]>>,
  ): Ticket["houseQuality"] => ({
    arrangement: "developer",
    developerReply: null,
    ownerAgreement: null,
    rightsProtection: null,
    ...change,
  });
  it.each<{ case: string; houseQuality: Ticket["houseQuality"]; ok: boolean }>([
    { case: "within warranty without the developer's reply", houseQuality: quality({}), ok: false },
    { case: "no arrangement at all", houseQuality: null, ok: false },
    {
      case: "within warranty with the developer's reply",
      houseQuality: quality({ developerReply: { text: "開發商同意下週維修", at: later } }),
      ok: true,
    },
    {
      case: "after warranty without the owner's agreement",
      houseQuality: quality({ arrangement: "owner" }),
      ok: false,
    },
    {
      case: "after warranty with repair and cost agreed",
      houseQuality: quality({
        arrangement: "owner",
        ownerAgreement: { repair: "重做防水", costYuan: 1200, agreedAt: later },
      }),
      ok: true,
    },
  ])("$case → closes: $ok", ({ houseQuality, ok }) => {
    const ticket = ticketIn("followedUp", "houseQuality", {
      department: "customerService",
      houseQuality,
    });
    const result = transition(ticket, "closed", desk, later, "");
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.refusal.code).toBe("qualityArrangementMissing");
  });
});

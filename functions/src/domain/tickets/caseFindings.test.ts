import { describe, expect, it } from "vitest";
import { findingSchema } from "../assessment/finding.js";
import {
  ambulanceComplaintFinding,
  rightsProtectionFinding,
  unhandledCaseFinding,
  warrantyDecision,
  type CaseInspection,
  type VerifiedComplaint,
} from "./caseFindings.js";
import type { HouseQualityCase, Ticket, TicketType } from "./ticket.js";

const at = (text: string) => new Date(`${text}+08:00`);
const path = "estates/e1/tickets/t1";

const caseTicket = (type: TicketType, assigneeId: string | null) => ({
  id: "t1",
  type,
  assigneeId,
  department: "customerService" as const,
  openedAt: at("2026-03-01T09:00:00"),
});

const inspection: CaseInspection = {
  id: "insp-2026-03-10",
  by: "dir-chen",
  at: at("2026-03-10T15:00:00"),
  note: "3棟頂樓加建陽光房,未見勸告及報告記錄",
};

describe("B2.7–9 a case found unhandled on inspection: -50 to the assignee, or the team", () => {
  it.each<{
    case: string;
    type: TicketType;
    assigneeId: string | null;
    rule: string;
    staffId: string | null;
    teamId: string | null;
  }>([
    {
      case: "B2.7 illegal construction, assigned",
      type: "illegalConstruction",
      assigneeId: "cs-lin",
      rule: "B2.7",
      staffId: "cs-lin",
      teamId: null,
    },
    {
      case: "B2.7 illegal construction, unassigned → team",
      type: "illegalConstruction",
      assigneeId: null,
      rule: "B2.7",
      staffId: null,
      teamId: "customerService",
    },
    {
      case: "B2.8 covenant violation",
      type: "covenantViolation",
      assigneeId: "cs-lin",
      rule: "B2.8",
      staffId: "cs-lin",
      teamId: null,
    },
    {
      case: "B2.8 dispute between owners, unassigned",
      type: "ownerDispute",
      assigneeId: null,
      rule: "B2.8",
      staffId: null,
      teamId: "customerService",
    },
    {
      case: "B2.8 arrears reminder",
      type: "arrearsReminder",
      assigneeId: "cs-lin",
      rule: "B2.8",
      staffId: "cs-lin",
      teamId: null,
    },
    {
      case: "B2.9 renovation damage",
      type: "renovation",
      assigneeId: "cs-lin",
      rule: "B2.9",
      staffId: "cs-lin",
      teamId: null,
    },
  ])("$case", ({ type, assigneeId, rule, staffId, teamId }) => {
    const result = unhandledCaseFinding(caseTicket(type, assigneeId), inspection, path);
    if (!result.ok) throw new Error(result.reason);
    expect(result.finding).toEqual({
      id: `${rule}_t1_insp-2026-03-10`,
      rule,
      staffId,
      teamId,
      at: inspection.at,
      status: "open",
      source: "manual",
      recordedBy: "dir-chen",
      evidence: [
        { kind: "record", path },
        { kind: "text", text: inspection.note },
      ],
      referForDismissal: false,
      confirmation: null,
      clearing: null,
    });
    expect(findingSchema.safeParse(result.finding).success).toBe(true);
  });

  it.each<{ case: string; type: TicketType; inspection: CaseInspection; reason: RegExp }>([
    { case: "a repair is not a case", type: "repair", inspection, reason: /not a case/ },
    {
      case: "an inspection without a written note",
      type: "renovation",
      inspection: { ...inspection, note: " " },
      reason: /in writing/,
    },
    {
      case: "an inspection before the case was opened",
      type: "renovation",
      inspection: { ...inspection, at: at("2026-02-28T09:00:00") },
      reason: /before/,
    },
  ])("refuses: $case", ({ type, inspection: given, reason }) => {
    const result = unhandledCaseFinding(caseTicket(type, "cs-lin"), given, path);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it("each inspection counts once: the same inspection twice gives the same id", () => {
    const ticket = caseTicket("renovation", "cs-lin");
    const first = unhandledCaseFinding(ticket, inspection, path);
    const again = unhandledCaseFinding(ticket, inspection, path);
    const next = unhandledCaseFinding(ticket, { ...inspection, id: "insp-2026-03-20" }, path);
    expect(first).toEqual(again);
    expect(first.ok && next.ok && first.finding.id !== next.finding.id).toBe(true);
  });
});

const complaint: VerifiedComplaint = {
  id: "cmp-7",
  text: "保安未到大門為救護車帶路,延誤十分鐘",
  receivedAt: at("2026-03-12T09:00:00"),
  verifiedBy: "dir-chen",
  verifiedAt: at("2026-03-14T16:00:00"),
};

describe("B2.13 a verified complaint about the ambulance guidance: -20", () => {
  const emergency = (
    change: Partial<Pick<Ticket, "type" | "assigneeId" | "ambulanceGuidance">> = {},
  ) => ({
    id: "t1",
    type: "emergency" as TicketType,
    assigneeId: "sec-zhou",
    openedAt: at("2026-03-11T23:40:00"),
    ambulanceGuidance: {
      calledAt: at("2026-03-11T23:42:00"),
      arrivedAt: at("2026-03-12T00:05:00"),
      guidedBy: "sec-liu",
    },
    ...change,
  });

  it.each<{ case: string; ticket: ReturnType<typeof emergency>; staffId: string; eventAt: Date }>([
    {
      case: "charged to the guard who guided",
      ticket: emergency(),
      staffId: "sec-liu",
      eventAt: at("2026-03-11T23:42:00"),
    },
    {
      case: "no guide recorded: the assignee",
      ticket: emergency({ ambulanceGuidance: null }),
      staffId: "sec-zhou",
      eventAt: at("2026-03-11T23:40:00"),
    },
  ])("$case", ({ ticket, staffId, eventAt }) => {
    const result = ambulanceComplaintFinding(ticket, complaint, path);
    if (!result.ok) throw new Error(result.reason);
    expect(result.finding).toMatchObject({
      id: "B2.13_t1_cmp-7",
      rule: "B2.13",
      staffId,
      teamId: null,
      at: eventAt,
      status: "confirmed",
      confirmation: { by: "dir-chen", at: complaint.verifiedAt },
    });
    expect(findingSchema.safeParse(result.finding).success).toBe(true);
  });

  it.each<{ case: string; ticket: ReturnType<typeof emergency>; complaint: VerifiedComplaint }>([
    { case: "not an emergency ticket", ticket: emergency({ type: "security" }), complaint },
    {
      case: "nobody to charge",
      ticket: emergency({ assigneeId: null, ambulanceGuidance: null }),
      complaint,
    },
    {
      case: "verified before it was received",
      ticket: emergency(),
      complaint: { ...complaint, verifiedAt: at("2026-03-11T09:00:00") },
    },
  ])("refuses: $case", ({ ticket, complaint: given }) => {
    expect(ambulanceComplaintFinding(ticket, given, path).ok).toBe(false);
  });
});

describe("B2.11 warranty decision: within → with the developer; after → with the owner", () => {
  const warrantyEnd = at("2026-06-30T23:59:59");
  it.each<{
    case: string;
    warrantyEnd: Date | null;
    reportedAt: Date;
    arrangement: string;
    reason: string;
  }>([
    {
      case: "well within warranty",
      warrantyEnd,
      reportedAt: at("2026-03-01T10:00:00"),
      arrangement: "developer",
      reason: "withinWarranty",
    },
    {
      case: "at the last instant of the warranty",
      warrantyEnd,
      reportedAt: warrantyEnd,
      arrangement: "developer",
      reason: "withinWarranty",
    },
    {
      case: "one second after the warranty",
      warrantyEnd,
      reportedAt: at("2026-07-01T00:00:00"),
      arrangement: "owner",
      reason: "warrantyExpired",
    },
    {
      case: "no warranty end on record",
      warrantyEnd: null,
      reportedAt: at("2026-03-01T10:00:00"),
      arrangement: "owner",
      reason: "noWarrantyEnd",
    },
  ])("$case → $arrangement", ({ warrantyEnd: end, reportedAt, arrangement, reason }) => {
    expect(warrantyDecision({ warrantyEnd: end }, reportedAt)).toEqual({
      arrangement,
      reason,
      warrantyEnd: end,
    });
  });
});

describe("B2.11 a successful rights-protection case confirmed by the supervisory committee: +100", () => {
  const confirmed: HouseQualityCase = {
    arrangement: "developer",
    developerReply: { text: "開發商承認外牆滲水,負責維修", at: at("2026-04-02T10:00:00") },
    ownerAgreement: null,
    rightsProtection: {
      markedBy: "dir-chen",
      markedAt: at("2026-04-20T10:00:00"),
      committeeConfirmation: {
        confirmedBy: "監督委員會 王主任",
        confirmedAt: at("2026-04-25T15:00:00"),
        recordedBy: "dir-chen",
        recordedAt: at("2026-04-25T17:30:00"),
      },
    },
  };
  const qualityTicket = (
    houseQuality: HouseQualityCase | null,
    assigneeId: string | null = "cs-lin",
  ) => ({
    id: "t1",
    type: "houseQuality" as TicketType,
    assigneeId,
    department: "customerService" as const,
    houseQuality,
  });

  it.each<{
    case: string;
    assigneeId: string | null;
    staffId: string | null;
    teamId: string | null;
  }>([
    { case: "to the assignee", assigneeId: "cs-lin", staffId: "cs-lin", teamId: null },
    {
      case: "to the team when unassigned",
      assigneeId: null,
      staffId: null,
      teamId: "customerService",
    },
  ])("confirmed and recorded → B2.11 $case", ({ assigneeId, staffId, teamId }) => {
    const result = rightsProtectionFinding(qualityTicket(confirmed, assigneeId), path);
    if (!result.ok) throw new Error(result.reason);
    expect(result.finding).toEqual({
      id: "B2.11_t1",
      rule: "B2.11",
      staffId,
      teamId,
      at: at("2026-04-25T15:00:00"),
      status: "confirmed",
      source: "manual",
      recordedBy: "dir-chen",
      evidence: [
        { kind: "record", path },
        { kind: "text", text: "監督委員會確認:監督委員會 王主任,2026-04-25T15:00:00+08:00" },
      ],
      referForDismissal: false,
      confirmation: { by: "dir-chen", at: at("2026-04-25T17:30:00") },
      clearing: null,
    });
    expect(findingSchema.safeParse(result.finding).success).toBe(true);
  });

  const marked = confirmed.rightsProtection;
  if (marked === null) throw new Error("fixture");
  it.each<{
    case: string;
    houseQuality: HouseQualityCase | null;
    type?: TicketType;
    reason: RegExp;
  }>([
    {
      case: "not marked successful",
      houseQuality: { ...confirmed, rightsProtection: null },
      reason: /marked/,
    },
    {
      case: "marked but not confirmed by the committee",
      houseQuality: { ...confirmed, rightsProtection: { ...marked, committeeConfirmation: null } },
      reason: /committee/,
    },
    {
      case: "recorded before the committee confirmed",
      houseQuality: {
        ...confirmed,
        rightsProtection: {
          ...marked,
          committeeConfirmation: {
            confirmedBy: "王主任",
            confirmedAt: at("2026-04-25T15:00:00"),
            recordedBy: "dir-chen",
            recordedAt: at("2026-04-24T15:00:00"),
          },
        },
      },
      reason: /before/,
    },
    {
      case: "not a house-quality ticket",
      houseQuality: confirmed,
      type: "repair",
      reason: /house-quality/,
    },
  ])("refuses: $case", ({ houseQuality, type, reason }) => {
    const result = rightsProtectionFinding(
      { ...qualityTicket(houseQuality), type: type ?? "houseQuality" },
      path,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

import { describe, expect, it } from "vitest";
import {
  ambulanceGuidanceUpdate,
  caseRecordUpdate,
  houseQualityUpdate,
  type CaseRecord,
  type HouseQualityCase,
  type HouseQualitySettlement,
  type Ticket,
} from "./ticket.js";

const at = (text: string) => new Date(`${text}+08:00`);
const now = at("2026-03-05T12:00:00");
const signature = {
  image: { imagePath: "estates/e/images/caseSignature_t" },
  signerName: "林曉彤",
  signedAt: at("2026-03-05T11:00:00"),
};
const written: CaseRecord = { process: "現場查看", result: "已整改", responsibleSignature: null };
const signed: CaseRecord = { ...written, responsibleSignature: signature };

describe("B2.7–9 the written case record signed by the responsible person", () => {
  interface Row {
    case: string;
    ticket: Pick<Ticket, "type" | "status" | "caseRecord">;
    record: CaseRecord;
    expected: CaseRecord | RegExp;
  }
  const rows: Row[] = [
    {
      case: "B2.8 a covenant violation drafts its process and result unsigned",
      ticket: { type: "covenantViolation", status: "assigned", caseRecord: null },
      record: written,
      expected: written,
    },
    {
      case: "B2.7 an illegal construction is signed with process and result",
      ticket: { type: "illegalConstruction", status: "followedUp", caseRecord: written },
      record: signed,
      expected: signed,
    },
    {
      case: "B2.9 a signature without the result is refused",
      ticket: { type: "renovation", status: "done", caseRecord: null },
      record: { ...signed, result: " " },
      expected: /both process and result/,
    },
    {
      case: "B2.8 a signed record is never edited",
      ticket: { type: "ownerDispute", status: "followedUp", caseRecord: signed },
      record: { ...signed, result: "另一結果" },
      expected: /never edited/,
    },
    {
      case: "B2.8 recording the signed record again keeps it (a retry)",
      ticket: { type: "ownerDispute", status: "followedUp", caseRecord: signed },
      record: { ...written, responsibleSignature: { ...signature, signerName: "別人" } },
      expected: signed,
    },
    {
      case: "B2.8 an arrears reminder has no written record",
      ticket: { type: "arrearsReminder", status: "assigned", caseRecord: null },
      record: written,
      expected: /no written case record/,
    },
    {
      case: "a repair has no written record",
      ticket: { type: "repair", status: "assigned", caseRecord: null },
      record: written,
      expected: /no written case record/,
    },
    {
      case: "B2.7 a cancelled case's record is archived",
      ticket: { type: "illegalConstruction", status: "cancelled", caseRecord: null },
      record: written,
      expected: /cancelled/,
    },
  ];
  it.each(rows)("$case", ({ ticket, record, expected }) => {
    const result = caseRecordUpdate(ticket, record);
    if (expected instanceof RegExp) {
      expect(result.ok ? "recorded" : result.reason).toMatch(expected);
    } else {
      expect(result).toEqual({ ok: true, value: expected });
    }
  });
});

describe("B2.13 the ambulance guidance of an emergency ticket", () => {
  const emergency = { type: "emergency" as const, status: "inProgress" as const };
  it.each([
    {
      case: "called and arrived, guided by a guard",
      ticket: emergency,
      guidance: { calledAt: at("2026-03-05T10:00:00"), arrivedAt: at("2026-03-05T10:12:00") },
      refusal: null,
    },
    {
      case: "called, not arrived yet",
      ticket: emergency,
      guidance: { calledAt: at("2026-03-05T10:00:00"), arrivedAt: null },
      refusal: null,
    },
    {
      case: "arrived before it was called",
      ticket: emergency,
      guidance: { calledAt: at("2026-03-05T10:00:00"), arrivedAt: at("2026-03-05T09:50:00") },
      refusal: /before the ambulance was called/,
    },
    {
      case: "called in the future",
      ticket: emergency,
      guidance: { calledAt: at("2026-03-05T13:00:00"), arrivedAt: null },
      refusal: /future/,
    },
    {
      case: "not an emergency ticket",
      ticket: { type: "repair" as const, status: "inProgress" as const },
      guidance: { calledAt: at("2026-03-05T10:00:00"), arrivedAt: null },
      refusal: /only an emergency ticket/,
    },
  ])("$case", ({ ticket, guidance, refusal }) => {
    const result = ambulanceGuidanceUpdate(ticket, { ...guidance, guidedBy: "guard-1" }, now);
    if (refusal === null)
      expect(result).toEqual({ ok: true, value: { ...guidance, guidedBy: "guard-1" } });
    else expect(result.ok ? "recorded" : result.reason).toMatch(refusal);
  });
});

describe("B2.11 a house-quality defect settled with the developer or the owner", () => {
  const quality = (arrangement: "developer" | "owner"): HouseQualityCase => ({
    arrangement,
    developerReply: null,
    ownerAgreement: null,
    rightsProtection: null,
  });
  const reply: HouseQualitySettlement = {
    kind: "developerReply",
    text: "兩週內修補",
    at: at("2026-03-04T09:00:00"),
  };
  const agreement: HouseQualitySettlement = {
    kind: "ownerAgreement",
    repair: "重新批盪",
    costYuan: 800,
    agreedAt: at("2026-03-04T09:00:00"),
  };
  it.each([
    {
      case: "within warranty: the developer's reply and date",
      arrangement: "developer" as const,
      settlement: reply,
      expected: { developerReply: { text: "兩週內修補", at: at("2026-03-04T09:00:00") } },
    },
    {
      case: "after warranty: the repair and cost agreed with the owner",
      arrangement: "owner" as const,
      settlement: agreement,
      expected: {
        ownerAgreement: { repair: "重新批盪", costYuan: 800, agreedAt: at("2026-03-04T09:00:00") },
      },
    },
    {
      case: "within warranty the owner's agreement is refused",
      arrangement: "developer" as const,
      settlement: agreement,
      expected: /arranged with the developer/,
    },
    {
      case: "after warranty the developer's reply is refused",
      arrangement: "owner" as const,
      settlement: reply,
      expected: /agreed with the owner/,
    },
    {
      case: "a reply dated in the future is refused",
      arrangement: "developer" as const,
      settlement: { ...reply, at: at("2026-03-06T09:00:00") },
      expected: /future/,
    },
  ])("$case", ({ arrangement, settlement, expected }) => {
    const result = houseQualityUpdate(
      { type: "houseQuality", status: "inProgress", houseQuality: quality(arrangement) },
      settlement,
      now,
    );
    if (expected instanceof RegExp)
      expect(result.ok ? "recorded" : result.reason).toMatch(expected);
    else expect(result).toEqual({ ok: true, value: { ...quality(arrangement), ...expected } });
  });

  it("a closed house-quality case is archived", () => {
    const result = houseQualityUpdate(
      { type: "houseQuality", status: "closed", houseQuality: quality("developer") },
      reply,
      now,
    );
    expect(result.ok ? "recorded" : result.reason).toMatch(/closed/);
  });
});

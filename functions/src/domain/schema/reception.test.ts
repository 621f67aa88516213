import { describe, expect, it } from "vitest";
import { dailyLogSchema } from "./dailyLog.js";
import { handoverSchema } from "./handover.js";
import { derivedReceptionFields, receptionSchema, toPhoneReceptionRecord } from "./reception.js";
import { rosterShiftSchema } from "./rosterShift.js";

const at = new Date("2026-10-05T03:12:00+08:00");
const stamp = { createdAt: at, createdBy: "cs-lin", updatedAt: at, updatedBy: "cs-lin" };

const reception = {
  id: "r1",
  estateId: "e1",
  channel: "phone_in",
  at,
  day: "2026-10-05",
  callerNumber: "+86 138-0013-8000",
  callerKey: "13800138000",
  callerName: "王先生",
  householdId: "h1",
  personId: "p1",
  category: "repair",
  content: "廚房漏水",
  outcome: "",
  staffId: "cs-lin",
  ticketId: null,
  archived: false,
  handoverId: null,
  amends: null,
  amendReason: null,
  ...stamp,
};

describe("reception record (B.1.1–4, B2.5): what a stored record must hold", () => {
  it.each<{ case: string; change: Record<string, unknown>; error: RegExp | null }>([
    { case: "a known caller", change: {}, error: null },
    {
      case: "an unknown number, kept without household or person",
      change: {
        householdId: null,
        personId: null,
        callerNumber: "021 5555 1234",
        callerKey: "02155551234",
      },
      error: null,
    },
    {
      case: "a letter without a number",
      change: { channel: "letter", callerNumber: "", callerKey: "" },
      error: null,
    },
    {
      case: "a caller key that is not the number's",
      change: { callerKey: "138" },
      error: /callerKey/,
    },
    { case: "a person without a household", change: { householdId: null }, error: /householdId/ },
    { case: "archived without its handover", change: { archived: true }, error: /handoverId/ },
    {
      case: "a handover without being archived",
      change: { handoverId: "s1" },
      error: /handoverId/,
    },
    { case: "an amendment without a reason", change: { amends: "r0" }, error: /amendReason/ },
    { case: "a reason without an original", change: { amendReason: "改" }, error: /amendReason/ },
    {
      case: "an amendment with an empty reason",
      change: { amends: "r0", amendReason: " " },
      error: /amendReason/,
    },
    { case: "an unknown category", change: { category: "gossip" }, error: /category/ },
    { case: "a day that is no day", change: { day: "2026-02-30" }, error: /day/ },
  ])("$case", ({ change, error }) => {
    const result = receptionSchema.safeParse({ ...reception, ...change });
    if (error === null) expect(result.success).toBe(true);
    else expect(JSON.stringify(result.error?.issues)).toMatch(error);
  });

  it("derives the caller key and the day in the estate's zone (03:12 in Shanghai is still the 5th)", () => {
    expect(
      derivedReceptionFields({ callerNumber: "+86 138-0013-8000", at }, "Asia/Shanghai"),
    ).toEqual({
      callerKey: "13800138000",
      day: "2026-10-05",
    });
    expect(derivedReceptionFields({ callerNumber: "", at }, "UTC").day).toBe("2026-10-04");
  });

  it("gives B2.5a its view: channel, number as typed, time", () => {
    expect(toPhoneReceptionRecord(receptionSchema.parse(reception))).toEqual({
      id: "r1",
      channel: "phone_in",
      number: "+86 138-0013-8000",
      at,
    });
  });
});

describe("roster shift, handover and daily log records (B2.1, B2.2)", () => {
  const shift = {
    id: "s1",
    estateId: "e1",
    staffId: "cs-lin",
    start: new Date("2026-10-05T20:00:00+08:00"),
    end: new Date("2026-10-06T08:00:00+08:00"),
    dutyLine: "010-6914 2200",
    ...stamp,
  };

  it.each([
    { case: "an overnight shift", change: {}, valid: true },
    { case: "an end before the start", change: { end: shift.start }, valid: false },
    {
      case: "a shift of 25 hours",
      change: { end: new Date("2026-10-06T21:00:00+08:00") },
      valid: false,
    },
  ])("shift: $case", ({ change, valid }) => {
    expect(rosterShiftSchema.safeParse({ ...shift, ...change }).success).toBe(valid);
  });

  const handover = {
    id: "s1",
    estateId: "e1",
    shiftId: "s1",
    shiftStart: shift.start,
    shiftEnd: shift.end,
    outgoingStaffId: "cs-lin",
    incomingStaffId: "cs-chen",
    openItems: [],
    noOpenItems: true,
    anomalies: "無",
    notes: "",
    writtenAt: shift.end,
    confirmedBy: null,
    confirmedAt: null,
    ...stamp,
  };

  it.each([
    { case: "written, not yet confirmed", change: {}, valid: true },
    { case: "under another id than its shift's", change: { id: "s2" }, valid: false },
    { case: "confirmed without saying by whom", change: { confirmedAt: shift.end }, valid: false },
  ])("handover: $case", ({ change, valid }) => {
    expect(handoverSchema.safeParse({ ...handover, ...change }).success).toBe(valid);
  });

  const log = {
    id: "cs-lin_2026-10-05",
    estateId: "e1",
    staffId: "cs-lin",
    day: "2026-10-05",
    receptionIds: ["r1"],
    summary: "接待 1 人次",
    pending: "",
    status: "submitted",
    submittedAt: at,
    ...stamp,
  };

  it.each([
    { case: "submitted with a summary", change: {}, valid: true },
    { case: "a draft", change: { status: "draft", submittedAt: null, summary: "" }, valid: true },
    {
      case: "under another id than <staffId>_<day>",
      change: { id: "cs-lin_2026-10-06" },
      valid: false,
    },
    { case: "submitted without its time", change: { submittedAt: null }, valid: false },
    { case: "submitted without a summary", change: { summary: "" }, valid: false },
  ])("daily log: $case", ({ change, valid }) => {
    expect(dailyLogSchema.safeParse({ ...log, ...change }).success).toBe(valid);
  });
});

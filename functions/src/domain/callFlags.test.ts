import { describe, expect, it } from "vitest";
import {
  REOPENED_REASON,
  SYSTEM_ACTOR,
  clearedFlag,
  matchedReason,
  reopenedFinding,
  nextFlag,
  unloggedCallFindings,
  unloggedFindingIds,
  type StoredOutcome,
} from "./callFlags.js";
import { callFlagSchema, type CallFlag } from "./schema/callFlag.js";
import type { StoredCarrierCall } from "./schema/carrierCall.js";
import { findingSchema } from "./assessment/finding.js";

const raisedAt = new Date("2026-10-05T15:00:00+08:00");
const later = new Date("2026-10-05T16:00:00+08:00");

const call: StoredCarrierCall = {
  id: "in_13800138000_1791184002_83",
  estateId: "e1",
  line: "0571-8888 6666",
  start: new Date("2026-10-05T14:00:02+08:00"),
  seconds: 83,
  number: "13800138000",
  type: "in",
  importId: "i1",
  row: 5,
  createdAt: raisedAt,
  createdBy: "cs",
  updatedAt: raisedAt,
  updatedBy: "cs",
};

const unlogged = (onDuty: string[] = ["s1"]): StoredOutcome => ({
  status: "unlogged",
  call,
  onDuty,
  nearest: [
    {
      recordId: "r9",
      at: new Date("2026-10-05T14:40:00+08:00"),
      number: "13800138000",
      reason: { kind: "outside-window", minutes: 24 },
    },
  ],
});
const matched = (recordId = "r1"): StoredOutcome => ({ status: "matched", call, recordId });

function raised(onDuty: string[] = ["s1"]): CallFlag {
  const change = nextFlag(null, unlogged(onDuty), raisedAt);
  if (change === null) throw new Error("an unlogged call raises a flag");
  return change.flag;
}

describe("B2.5a flags: what each outcome does to the stored flag", () => {
  it("an unlogged call raises an open flag charged to the person on duty, with its explanation", () => {
    const change = nextFlag(null, unlogged(), raisedAt);
    expect(change?.findings).toBe("create");
    expect(callFlagSchema.parse(change?.flag)).toMatchObject({
      status: "open",
      onDuty: ["s1"],
      chargedTeam: null,
      findingIds: [`B2.5a_${call.id}`],
      direction: "in",
      nearest: [{ receptionId: "r9", reason: "outside-window", minutes: 24, otherCallId: null }],
    });
  });

  it("nobody rostered: the flag says the customer-service team is charged", () => {
    const flag = raised([]);
    expect(flag).toMatchObject({ onDuty: [], chargedTeam: "customerService" });
    const [finding] = unloggedCallFindings(flag, "estates/e1/callFlags/x", "reconcile");
    expect(findingSchema.parse(finding)).toMatchObject({
      rule: "B2.5a",
      staffId: null,
      teamId: "customerService",
      at: call.start,
    });
  });

  it("two people on duty: one finding each, with ids of their own", () => {
    expect(unloggedFindingIds("c1", ["s1", "s2"])).toEqual(["B2.5a_c1_s1", "B2.5a_c1_s2"]);
    const findings = unloggedCallFindings(raised(["s1", "s2"]), "p", "reconcile");
    expect(findings.map((finding) => [finding.id, finding.staffId])).toEqual([
      [`B2.5a_${call.id}_s1`, "s1"],
      [`B2.5a_${call.id}_s2`, "s2"],
    ]);
  });

  it.each([
    { case: "missed call, no flag", existing: null, outcome: { status: "missed", call } as const },
    { case: "matched call, no flag", existing: null, outcome: matched() },
    { case: "unlogged again, same explanation", existing: raised(), outcome: unlogged() },
    {
      case: "supervisor's clearing stands against a later match",
      existing: clearedFlag(raised(), "director", "號碼為內部測試線", later),
      outcome: matched(),
    },
    {
      case: "supervisor's clearing stands when still unlogged",
      existing: clearedFlag(raised(), "director", "號碼為內部測試線", later),
      outcome: unlogged(),
    },
  ])("B2.5a idempotent: $case → nothing written", ({ existing, outcome }) => {
    expect(nextFlag(existing, outcome, later)).toBeNull();
  });

  it("a record written later matches: flag matched, history kept, findings cleared; twice changes nothing", () => {
    const change = nextFlag(raised(), matched("r7"), later);
    expect(change?.findings).toBe("clear");
    const flag = callFlagSchema.parse(change?.flag);
    expect(flag.status).toBe("matched");
    expect(flag.matchedReceptionId).toBe("r7");
    expect(flag.history.map((event) => [event.status, event.by, event.reason])).toEqual([
      ["open", SYSTEM_ACTOR, null],
      ["matched", SYSTEM_ACTOR, matchedReason("r7")],
    ]);
    expect(nextFlag(flag, matched("r7"), later)).toBeNull();
  });

  it("the matching record is edited away: the flag reopens and its findings too", () => {
    const matchedFlag = nextFlag(raised(), matched("r7"), later)?.flag ?? null;
    const change = nextFlag(matchedFlag, unlogged(), later);
    expect(change?.findings).toBe("reopen");
    expect(callFlagSchema.parse(change?.flag)).toMatchObject({
      status: "open",
      matchedReceptionId: null,
    });
    expect(change?.flag.history.at(-1)?.reason).toBe(REOPENED_REASON);
  });

  it("a new near record refreshes the explanation without touching the findings", () => {
    const outcome = unlogged();
    if (outcome.status !== "unlogged") throw new Error("unlogged");
    const change = nextFlag(raised(), { ...outcome, nearest: [] }, later);
    expect(change).toMatchObject({ findings: "keep", flag: { nearest: [], status: "open" } });
  });

  it.each(["", "   "])("a supervisor clears a flag only with a reason (%j refused)", (reason) => {
    expect(() => clearedFlag(raised(), "director", reason, later)).toThrow(/reason/);
  });

  it("a supervisor's clearing joins the history", () => {
    const flag = callFlagSchema.parse(clearedFlag(raised(), "director", " 測試線 ", later));
    expect(flag.clearing).toEqual({ by: "director", at: later, reason: "測試線" });
    expect(flag.history.map((event) => event.status)).toEqual(["open", "cleared"]);
  });
});

describe("B2.5a findings reopened when their matching record is edited away", () => {
  const finding = unloggedCallFindings(raised(), "p", "reconcile")[0];
  if (finding === undefined) throw new Error("a flag has a finding");
  const at = later;
  it.each([
    {
      case: "cleared by the system → open",
      given: {
        ...finding,
        status: "cleared" as const,
        clearing: { by: SYSTEM_ACTOR, at, reason: "r" },
      },
      status: "open",
    },
    {
      case: "confirmed, then cleared by the system → confirmed",
      given: {
        ...finding,
        status: "cleared" as const,
        confirmation: { by: "director", at },
        clearing: { by: SYSTEM_ACTOR, at, reason: "r" },
      },
      status: "confirmed",
    },
    {
      case: "cleared by a supervisor → stays cleared",
      given: {
        ...finding,
        status: "cleared" as const,
        clearing: { by: "director", at, reason: "r" },
      },
      status: "cleared",
    },
    { case: "open → open", given: finding, status: "open" },
  ])("$case", ({ given, status }) => {
    const reopened = findingSchema.parse(reopenedFinding(given));
    expect(reopened.status).toBe(status);
  });
});

import { describe, expect, it } from "vitest";
import {
  dueHandoverFindings,
  handoverDeadline,
  isHandoverComplete,
  missingHandoverParts,
  type HandoverPart,
} from "./handover.js";
import type { Handover } from "./schema/handover.js";

const at = (text: string) => new Date(`${text}+08:00`);

type Parts = Pick<
  Handover,
  "outgoingStaffId" | "incomingStaffId" | "openItems" | "noOpenItems" | "anomalies" | "confirmedAt"
>;

const complete: Parts = {
  outgoingStaffId: "cs-lin",
  incomingStaffId: "cs-chen",
  openItems: [{ kind: "reception", refId: "r1", text: "3-2-501 漏水,維修下午回覆" }],
  noOpenItems: false,
  anomalies: "無",
  confirmedAt: null,
};

describe("B2.1 handover completeness: every required part written", () => {
  it.each<{ case: string; change: Partial<Parts>; missing: HandoverPart[] }>([
    { case: "all parts written", change: {}, missing: [] },
    {
      case: "no open items, said explicitly",
      change: { openItems: [], noOpenItems: true },
      missing: [],
    },
    {
      case: "an 'other' item needs no linked record",
      change: { openItems: [{ kind: "other", refId: null, text: "鑰匙櫃鑰匙已清點" }] },
      missing: [],
    },
    {
      case: "nobody named to take over",
      change: { incomingStaffId: null },
      missing: ["incomingStaff"],
    },
    {
      case: "handed over to oneself",
      change: { incomingStaffId: "cs-lin" },
      missing: ["incomingStaff"],
    },
    {
      case: "no open items and no statement that there are none",
      change: { openItems: [] },
      missing: ["openItems"],
    },
    {
      case: "an open item without text",
      change: { openItems: [{ kind: "ticket", refId: "t1", text: " " }] },
      missing: ["openItems"],
    },
    {
      case: "a promise item without its record",
      change: { openItems: [{ kind: "promise", refId: null, text: "週五前答復" }] },
      missing: ["openItems"],
    },
    { case: "anomalies left empty", change: { anomalies: "  " }, missing: ["anomalies"] },
    {
      case: "everything empty",
      change: { incomingStaffId: null, openItems: [], anomalies: "" },
      missing: ["incomingStaff", "openItems", "anomalies"],
    },
  ])("$case", ({ change, missing }) => {
    const handover = { ...complete, ...change };
    expect(missingHandoverParts(handover)).toEqual(missing);
    expect(isHandoverComplete(handover)).toBe(missing.length === 0);
  });
});

describe("B2.1 handover findings: missing, incomplete or unconfirmed, -10 for the responsible person", () => {
  const settings = { handoverWithinMinutes: 60 };
  const shift = { id: "s-day", staffId: "cs-lin", end: at("2026-10-05T20:00:00") };

  it("gives the deadline as the shift's end plus the configured time", () => {
    expect(handoverDeadline(shift, settings)).toEqual(at("2026-10-05T21:00:00"));
    expect(handoverDeadline(shift, { handoverWithinMinutes: 0 })).toEqual(shift.end);
  });

  it.each<{
    case: string;
    handover: Parts | undefined;
    now: string;
    expected: { staffId: string; kind: string } | null;
  }>([
    {
      case: "before the deadline nothing is owed yet",
      handover: undefined,
      now: "2026-10-05T20:59:59",
      expected: null,
    },
    {
      case: "missing at the deadline: the outgoing staff member",
      handover: undefined,
      now: "2026-10-05T21:00:00",
      expected: { staffId: "cs-lin", kind: "missing" },
    },
    {
      case: "incomplete: the writer",
      handover: { ...complete, anomalies: "", confirmedAt: at("2026-10-05T20:05:00") },
      now: "2026-10-06T09:00:00",
      expected: { staffId: "cs-lin", kind: "incomplete" },
    },
    {
      case: "complete but never confirmed: the incoming staff member",
      handover: complete,
      now: "2026-10-06T09:00:00",
      expected: { staffId: "cs-chen", kind: "unconfirmed" },
    },
    {
      case: "confirmed after the deadline: the incoming staff member",
      handover: { ...complete, confirmedAt: at("2026-10-05T21:00:01") },
      now: "2026-10-06T09:00:00",
      expected: { staffId: "cs-chen", kind: "unconfirmed" },
    },
    {
      case: "confirmed exactly at the deadline: nothing",
      handover: { ...complete, confirmedAt: at("2026-10-05T21:00:00") },
      now: "2026-10-06T09:00:00",
      expected: null,
    },
    {
      case: "complete and confirmed in time: nothing",
      handover: { ...complete, confirmedAt: at("2026-10-05T20:10:00") },
      now: "2026-10-06T09:00:00",
      expected: null,
    },
  ])("$case", ({ handover, now, expected }) => {
    const handovers = new Map(handover === undefined ? [] : [["s-day", handover]]);
    const due = dueHandoverFindings([shift], handovers, settings, at(now));
    if (expected === null) {
      expect(due).toEqual([]);
    } else {
      expect(due).toHaveLength(1);
      expect(due[0]).toMatchObject({
        shiftId: "s-day",
        staffId: expected.staffId,
        defect: { kind: expected.kind },
        at: shift.end,
      });
    }
  });

  it("names the empty parts of an incomplete handover", () => {
    const due = dueHandoverFindings(
      [shift],
      new Map([["s-day", { ...complete, incomingStaffId: null, anomalies: "" }]]),
      settings,
      at("2026-10-06T09:00:00"),
    );
    expect(due[0]?.defect).toEqual({ kind: "incomplete", parts: ["incomingStaff", "anomalies"] });
  });

  it("judges every shift of the period on its own (one finding per shift)", () => {
    const night = { id: "s-night", staffId: "cs-chen", end: at("2026-10-06T08:00:00") };
    const due = dueHandoverFindings(
      [shift, night],
      new Map([["s-day", { ...complete, confirmedAt: at("2026-10-05T20:30:00") }]]),
      settings,
      at("2026-10-06T12:00:00"),
    );
    expect(due.map((finding) => [finding.shiftId, finding.staffId])).toEqual([
      ["s-night", "cs-chen"],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { noticeSchema, type Notice, type NoticeTarget } from "../schema/notice.js";
import {
  confirmationStatus,
  isCriticalKind,
  noticePhase,
  noticesForHousehold,
  noticesOnBoard,
  noticeTextIn,
  targetsHousehold,
} from "./notices.js";

const at = (text: string) => new Date(`${text}+08:00`);
const now = at("2026-11-27T10:00:00");

function notice(change: Partial<Notice> = {}): Notice {
  return {
    id: "n1",
    estateId: "e",
    kind: "waterOutage",
    title: { "zh-Hant": "停水通知", "zh-Hans": null, en: null },
    body: { "zh-Hant": "3座停水", "zh-Hans": null, en: null },
    target: { scope: "estate" },
    startsAt: at("2026-11-28T09:00:00"),
    endsAt: at("2026-11-28T12:00:00"),
    critical: true,
    withdrawnAt: null,
    withdrawnBy: null,
    createdAt: now,
    createdBy: "cs",
    updatedAt: now,
    updatedBy: "cs",
    ...change,
  };
}

const h501 = { id: "h501", building: "3" };
const h102 = { id: "h102", building: "1" };

describe("B.1.3 a notice reaches the whole estate, some buildings or some households", () => {
  it.each<{ case: string; target: NoticeTarget; household: typeof h501; reached: boolean }>([
    { case: "estate → any household", target: { scope: "estate" }, household: h102, reached: true },
    {
      case: "building 3 → a home in building 3",
      target: { scope: "buildings", buildings: ["3"] },
      household: h501,
      reached: true,
    },
    {
      case: "building 3 → not a home in building 1",
      target: { scope: "buildings", buildings: ["3"] },
      household: h102,
      reached: false,
    },
    {
      case: "named households → the named one",
      target: { scope: "households", householdIds: ["h102"] },
      household: h102,
      reached: true,
    },
    {
      case: "named households → not another",
      target: { scope: "households", householdIds: ["h102"] },
      household: h501,
      reached: false,
    },
  ])("$case", ({ target, household, reached }) => {
    expect(targetsHousehold(target, household)).toBe(reached);
  });
});

describe("B.1.3 a notice shows from publication until it ends, unless withdrawn", () => {
  it.each([
    { case: "announced in advance", change: {}, phase: "upcoming" },
    {
      case: "in effect",
      change: { startsAt: at("2026-11-27T09:00:00") },
      phase: "inEffect",
    },
    {
      case: "ended (endsAt is exclusive)",
      change: { startsAt: at("2026-11-27T08:00:00"), endsAt: now },
      phase: "ended",
    },
    { case: "withdrawn", change: { withdrawnAt: now, withdrawnBy: "cs" }, phase: "withdrawn" },
  ])("$case → $phase", ({ change, phase }) => {
    expect(noticePhase(notice(change), now)).toBe(phase);
  });

  it("a household sees its upcoming and current notices, soonest first, and no others", () => {
    const list = [
      notice({
        id: "later",
        startsAt: at("2026-11-29T09:00:00"),
        endsAt: at("2026-11-29T10:00:00"),
      }),
      notice({ id: "sooner" }),
      notice({ id: "other-building", target: { scope: "buildings", buildings: ["1"] } }),
      notice({
        id: "ended",
        startsAt: at("2026-11-20T09:00:00"),
        endsAt: at("2026-11-21T09:00:00"),
      }),
      notice({ id: "withdrawn", withdrawnAt: now, withdrawnBy: "cs" }),
    ];
    expect(noticesForHousehold(list, h501, now).map((n) => n.id)).toEqual(["sooner", "later"]);
  });

  it("the public board shows estate and building notices, never a notice to named households", () => {
    const list = [
      notice({ id: "estate" }),
      notice({ id: "building", target: { scope: "buildings", buildings: ["1"] } }),
      notice({ id: "named", target: { scope: "households", householdIds: ["h102"] } }),
    ];
    expect(noticesOnBoard(list, now).map((n) => n.id)).toEqual(["building", "estate"]);
  });
});

describe("B.1.3 critical notices (outages, safety) ask each targeted household to confirm", () => {
  it.each([
    { kind: "waterOutage", critical: true },
    { kind: "powerOutage", critical: true },
    { kind: "safety", critical: true },
    { kind: "fireDrill", critical: false },
    { kind: "fee", critical: false },
    { kind: "works", critical: false },
    { kind: "general", critical: false },
  ] as const)("$kind → critical $critical", ({ kind, critical }) => {
    expect(isCriticalKind(kind)).toBe(critical);
  });

  it("lists who has not confirmed among the targeted households; other receipts are ignored", () => {
    const status = confirmationStatus(
      notice({ target: { scope: "buildings", buildings: ["3"] } }),
      [h501, h102, { id: "h502", building: "3" }],
      new Set(["h501", "h102"]),
    );
    expect(status.targeted).toBe(2);
    expect(status.confirmed.map((h) => h.id)).toEqual(["h501"]);
    expect(status.unconfirmed.map((h) => h.id)).toEqual(["h502"]);
  });

  it("a notice that is not critical has nobody to follow up", () => {
    const status = confirmationStatus(notice({ critical: false }), [h501], new Set());
    expect(status).toEqual({ targeted: 1, confirmed: [], unconfirmed: [] });
  });
});

describe("B.1.3 notices are written in zh-Hant, with optional zh-Hans and English", () => {
  const text = { "zh-Hant": "停水", "zh-Hans": "停水（简）", en: null };
  it.each([
    { language: "zh-Hant", shown: "停水" },
    { language: "zh-Hans", shown: "停水（简）" },
    { language: "en", shown: "停水" },
  ] as const)("$language → $shown", ({ language, shown }) => {
    expect(noticeTextIn(text, language)).toBe(shown);
  });

  it("refuses a notice that ends before it starts, naming the field", () => {
    const result = noticeSchema.safeParse(notice({ endsAt: at("2026-11-28T08:00:00") }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["endsAt"]);
  });
});

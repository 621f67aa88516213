import { describe, expect, it } from "vitest";
import {
  acknowledgementRoll,
  CODE_OF_CONDUCT,
  conductAcknowledgementId,
  conductYearRange,
  hasAcknowledgedThisYear,
  CONDUCT_RULE_OF_OFFER,
  offerRegisterEntrySchema,
  type OfferRegisterEntry,
} from "./conduct.js";

const at = (text: string) => new Date(`${text}+08:00`);

describe("A code of conduct: six rules in three languages", () => {
  it("A has rules 1–6, each with zh-Hant, zh-Hans and English text", () => {
    expect(CODE_OF_CONDUCT.rules.map((rule) => rule.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const rule of CODE_OF_CONDUCT.rules) {
      for (const text of Object.values(rule.text)) expect(text.trim()).not.toBe("");
      expect(rule.text["zh-Hans"]).not.toBe(rule.text["zh-Hant"]);
    }
  });

  it("A the zh-Hant text is the seed's wording", () => {
    // Article A, copied verbatim from the seed (`../shared/seed/`, 篇1).
    const seedLines = [
      "1、不要接受業主的吃請;",
      "2、不要和業主開過分的玩笑;",
      "3、不要跟業主討論私密問題,比如談戀愛的對象以及其他私生活內容;",
      "4、不要介入業主家庭糾紛,在業主家庭矛盾上不站隊,最好不參與;",
      "5、 不要把自己私密的朋友引薦給業主;",
      "6、 不要為業主干私活,除了物業費和物業公司正常收費外,不能接受業主其他的額外報酬。",
    ];
    expect(CODE_OF_CONDUCT.rules.map((rule) => `${rule.number}、${rule.text["zh-Hant"]}`)).toEqual(
      seedLines.map((line) => line.replace("、 ", "、")),
    );
    expect(CODE_OF_CONDUCT.motto["zh-Hant"]).toBe("保持距離,真誠服務。");
  });
});

describe("A yearly acknowledgement of the code (calendar year, estate's zone)", () => {
  const ack = (uid: string, acknowledgedAt: string, version = 1) => ({
    uid,
    version,
    acknowledgedAt: at(acknowledgedAt),
  });
  it.each([
    {
      clause: "A never acknowledged: owed",
      acknowledgements: [],
      now: "2026-03-01T09:00:00",
      expected: false,
    },
    {
      clause: "A acknowledged earlier this year: not owed",
      acknowledgements: [ack("cs-lin", "2026-01-05T10:00:00")],
      now: "2026-12-31T23:59:59",
      expected: true,
    },
    {
      clause: "A acknowledged last year: owed again from 1 January",
      acknowledgements: [ack("cs-lin", "2025-12-31T23:59:00")],
      now: "2026-01-01T00:00:00",
      expected: false,
    },
    {
      clause: "A the year is the estate's: 1 January 00:30 in Shanghai is still 31 December in UTC",
      acknowledgements: [ack("cs-lin", "2026-01-01T00:30:00")],
      now: "2026-06-01T00:00:00",
      expected: true,
    },
    {
      clause: "A an older version's acknowledgement does not count",
      acknowledgements: [ack("cs-lin", "2026-02-01T10:00:00", 0)],
      now: "2026-03-01T00:00:00",
      expected: false,
    },
    {
      clause: "A someone else's acknowledgement does not count",
      acknowledgements: [ack("cs-chen", "2026-02-01T10:00:00")],
      now: "2026-03-01T00:00:00",
      expected: false,
    },
  ])("$clause", ({ acknowledgements, now, expected }) => {
    expect(hasAcknowledgedThisYear("cs-lin", acknowledgements, at(now), "Asia/Shanghai")).toBe(
      expected,
    );
  });

  it("A one acknowledgement id per staff member, version and local year", () => {
    // 2025-12-31T16:30Z is 1 January 2026 00:30 in Shanghai.
    const instant = new Date("2025-12-31T16:30:00Z");
    expect(conductAcknowledgementId("cs-lin", instant, "Asia/Shanghai")).toBe("cs-lin_1_2026");
    expect(conductAcknowledgementId("cs-lin", instant, "UTC")).toBe("cs-lin_1_2025");
    expect(conductAcknowledgementId("cs-lin", at("2026-12-31T23:59:59"), "Asia/Shanghai")).toBe(
      "cs-lin_1_2026",
    );
  });

  it("A the year's range starts at local midnight of 1 January", () => {
    expect(conductYearRange(2026, "Asia/Shanghai")).toEqual({
      start: at("2026-01-01T00:00:00"),
      end: at("2027-01-01T00:00:00"),
    });
  });

  it("A the director's roll: who has not acknowledged this year first, then who has", () => {
    const members = [{ uid: "a-cs" }, { uid: "b-maint" }, { uid: "c-env" }, { uid: "d-order" }];
    const roll = acknowledgementRoll(
      members,
      [
        ack("a-cs", "2026-02-01T10:00:00"),
        ack("a-cs", "2026-01-10T10:00:00"),
        ack("b-maint", "2025-11-01T10:00:00"),
        ack("c-env", "2026-03-01T10:00:00", 0),
        ack("d-order", "2026-04-01T10:00:00"),
      ],
      at("2026-06-01T00:00:00"),
      "Asia/Shanghai",
    );
    expect(roll.map((entry) => [entry.member.uid, entry.acknowledgedAt])).toEqual([
      ["b-maint", null],
      ["c-env", null],
      ["a-cs", at("2026-01-10T10:00:00")],
      ["d-order", at("2026-04-01T10:00:00")],
    ]);
  });
});

describe("A offers register: the offer, the refusal, the witness", () => {
  const entry: OfferRegisterEntry = {
    id: "offer1",
    estateId: "demo",
    staffId: "cs-lin",
    householdId: "3-2-501",
    offeredBy: "3-2-501 張先生",
    kind: "meal",
    offer: "請吃晚飯答謝維修",
    offeredAt: at("2026-10-05T18:00:00"),
    refused: true,
    refusal: "婉拒,說明公司規定不能接受業主吃請",
    refusedAt: at("2026-10-05T18:01:00"),
    witness: { name: "陳小姐", staffId: "cs-chen" },
  };

  it("A a complete entry is valid", () => {
    expect(offerRegisterEntrySchema.parse(entry)).toEqual(entry);
  });

  it("A an entry stored before 'refused' existed reads as refused", () => {
    const older: Partial<OfferRegisterEntry> = { ...entry };
    delete older.refused;
    expect(offerRegisterEntrySchema.parse(older).refused).toBe(true);
  });

  it("A an offer not refused is registered too, with what was done with it", () => {
    const kept = { ...entry, kind: "other" as const, refused: false, refusal: "交公司行政處理" };
    expect(offerRegisterEntrySchema.parse(kept)).toEqual(kept);
  });

  it.each([
    { clause: "A the refusal is recorded", change: { refusal: "" }, path: ["refusal"] },
    {
      clause: "A the refusal comes after the offer",
      change: { refusedAt: at("2026-10-05T17:00:00") },
      path: ["refusedAt"],
    },
    {
      clause: "A the witness is someone else",
      change: { witness: { name: "林", staffId: "cs-lin" } },
      path: ["witness", "staffId"],
    },
    {
      clause: "A the witness is named",
      change: { witness: { name: "", staffId: null } },
      path: ["witness", "name"],
    },
    {
      clause: "A the kinds are meal, gift, extra pay, private job, other",
      change: { kind: "cash" },
      path: ["kind"],
    },
  ])("$clause", ({ change, path }) => {
    const result = offerRegisterEntrySchema.safeParse({ ...entry, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(path);
  });

  it.each([
    { kind: "meal" as const, rule: 1 },
    { kind: "gift" as const, rule: 6 },
    { kind: "extraPay" as const, rule: 6 },
    { kind: "privateJob" as const, rule: 6 },
    { kind: "other" as const, rule: null },
  ])("A an offer of $kind falls under rule $rule", ({ kind, rule }) => {
    expect(CONDUCT_RULE_OF_OFFER[kind]).toBe(rule);
  });
});

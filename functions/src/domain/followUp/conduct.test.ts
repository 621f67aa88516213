import { describe, expect, it } from "vitest";
import {
  acknowledgementDue,
  CODE_OF_CONDUCT,
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

describe("A yearly acknowledgement of the code", () => {
  const joinedAt = at("2026-03-01T09:00:00");
  it.each([
    {
      clause: "A never acknowledged: owed from joining",
      latest: null,
      now: "2026-03-01T09:00:00",
      expected: { dueAt: joinedAt, due: true, reason: "never" },
    },
    {
      clause: "A acknowledged: owed again 12 months later",
      latest: { version: 1, acknowledgedAt: at("2026-03-02T10:00:00") },
      now: "2027-03-02T09:59:59",
      expected: { dueAt: at("2027-03-02T10:00:00"), due: false, reason: "yearly" },
    },
    {
      clause: "A a year after the acknowledgement it is owed",
      latest: { version: 1, acknowledgedAt: at("2026-03-02T10:00:00") },
      now: "2027-03-02T10:00:00",
      expected: { dueAt: at("2027-03-02T10:00:00"), due: true, reason: "yearly" },
    },
    {
      clause: "A acknowledged on 29 Feb: owed on 28 Feb the next year",
      latest: { version: 1, acknowledgedAt: at("2028-02-29T10:00:00") },
      now: "2029-03-01T00:00:00",
      expected: { dueAt: at("2029-02-28T10:00:00"), due: true, reason: "yearly" },
    },
    {
      clause: "A an older version's acknowledgement: owed from the new version's first day",
      latest: { version: 0, acknowledgedAt: at("2025-12-20T10:00:00") },
      now: "2026-03-05T00:00:00",
      expected: { dueAt: at("2026-01-01T00:00:00"), due: true, reason: "newVersion" },
    },
  ])("$clause", ({ latest, now, expected }) => {
    expect(acknowledgementDue(joinedAt, latest, at(now), "Asia/Shanghai")).toEqual(expected);
  });

  it("A someone who joined before the code applies owes it from its first day", () => {
    expect(
      acknowledgementDue(at("2020-05-01T09:00:00"), null, at("2026-01-02T00:00:00")).dueAt,
    ).toEqual(at("2026-01-01T00:00:00"));
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
    refusal: "婉拒,說明公司規定不能接受業主吃請",
    refusedAt: at("2026-10-05T18:01:00"),
    witness: { name: "陳小姐", staffId: "cs-chen" },
  };

  it("A a complete entry is valid", () => {
    expect(offerRegisterEntrySchema.parse(entry)).toEqual(entry);
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
      clause: "A the kinds are meal, gift, extra pay, private job",
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
  ])("A an offer of $kind falls under rule $rule", ({ kind, rule }) => {
    expect(CONDUCT_RULE_OF_OFFER[kind]).toBe(rule);
  });
});

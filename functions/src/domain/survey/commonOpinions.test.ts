import { describe, expect, it } from "vitest";
import {
  applyTopicEdits,
  areasOfTerm,
  commonOpinions,
  groupOpinionTopics,
  nearDuplicates,
  opinionTerms,
} from "./commonOpinions.js";
import { OWNER_OPINIONS } from "./fixtures/opinions.js";
import { SIMPLIFIED_TO_TRADITIONAL, foldText } from "./opinionVocabulary.js";

describe("C2 common opinions (共性意見) on owners' opinions", () => {
  const topics = commonOpinions(OWNER_OPINIONS);

  it("finds the expected top topics, by count then name", () => {
    expect(
      topics
        .filter((topic) => topic.count >= 3)
        .map((topic) => [topic.topic, topic.count, topic.areas]),
    ).toEqual([
      ["停車位", 4, ["publicFacilities"]],
      ["維修", 4, ["repair"]],
      ["電梯", 4, ["publicFacilities"]],
      ["危險", 3, []],
      ["噪音", 3, []],
      ["寵物", 3, ["sanitation"]],
      ["服務態度", 3, ["attitude"]],
      ["綠化", 3, ["greening"]],
    ]);
  });

  it("groups 停車位/车位/停车/車庫 across scripts into one topic", () => {
    const parking = topics.find((topic) => topic.topic === "停車位");
    expect(parking?.examples).toEqual([
      "地下車庫漏水很嚴重",
      "希望物業能解決停車位不足的問題",
      "停车位太少了,晚上回来根本没地方停",
    ]);
  });

  it.each([
    ["停電", ["power"]],
    ["門禁", ["fireSecurity"]],
    ["外來人員", ["fireSecurity"]],
    ["垃圾", ["sanitation"]],
    ["照明", ["publicFacilities"]],
    ["充電樁", ["publicFacilities"]],
    ["客服", ["attitude"]],
    ["物業費", []],
  ])("links the topic %s to the areas %j", (name, areas) => {
    expect(topics.find((topic) => topic.topic === name)?.areas).toEqual(areas);
  });

  it("leaves out topics raised once, blank opinions and pure courtesies", () => {
    expect(topics.every((topic) => topic.count >= 2)).toBe(true);
    const names = topics.map((topic) => topic.topic);
    for (const courtesy of ["謝謝", "辛苦", "滿意", "意見", "希望", "物業"]) {
      expect(names).not.toContain(courtesy);
    }
  });

  it("is deterministic: the same topics and counts whatever the order of the opinions", () => {
    const reversed = commonOpinions([...OWNER_OPINIONS].reverse());
    const summary = (list: typeof topics) => list.map((topic) => [topic.topic, topic.count]);
    expect(summary(reversed)).toEqual(summary(topics));
  });
});

describe("C2 common opinions: rules", () => {
  it("counts distinct opinions, not word occurrences", () => {
    expect(commonOpinions(["電梯壞了,電梯又壞了", "电梯太旧"])).toMatchObject([
      { topic: "電梯", count: 2 },
    ]);
  });

  it("counts two owners writing the same words as two opinions, quoted once", () => {
    expect(commonOpinions(["車位不夠", "車位不夠"])).toMatchObject([
      { topic: "停車位", count: 2, examples: ["車位不夠"] },
    ]);
  });

  it.each([
    ["minCount 1 keeps topics raised once", { minCount: 1 }, (count: number) => count >= 1, true],
    ["minCount 4 keeps only the top topics", { minCount: 4 }, (count: number) => count >= 4, false],
  ])("%s", (_name, settings, check, hasSingles) => {
    const list = commonOpinions(OWNER_OPINIONS, settings);
    expect(list.every((topic) => check(topic.count))).toBe(true);
    expect(list.some((topic) => topic.count === 1)).toBe(hasSingles);
  });

  it("gives at most maxExamples quotes, shortest first", () => {
    const [parking] = commonOpinions(["停車位太少太少了", "車位少", "停车难", "车位紧张啊"], {
      maxExamples: 2,
    });
    expect(parking?.examples).toEqual(["車位少", "停车难"]);
  });

  it.each([
    ["希望物业能尽快解决一下", []],
    ["希望物業能盡快解決一下", []],
    ["請物業重視,謝謝!", []],
    ["电梯坏了", ["電梯"]],
    ["ＷＩＦＩ信號差", ["wifi", "信號"]],
  ])("stop words in both scripts: %s → %j", (opinion, terms) => {
    expect(opinionTerms(opinion).sort()).toEqual([...terms].sort());
  });

  it.each([
    ["電梯", "電梯間", true],
    ["垃圾", "垃圾桶", true],
    ["停車", "停車位", true],
    ["服務", "服務態度", false],
    ["水", "水壓", false],
    ["噴泉", "廣場", false],
  ])("near-duplicates: %s / %s → %s", (left, right, expected) => {
    expect(nearDuplicates(left, right)).toBe(expected);
    expect(nearDuplicates(right, left)).toBe(expected);
  });

  it.each([
    ["停電", ["power"]],
    ["電", ["power"]],
    ["電梯", ["publicFacilities"]],
    ["水", ["water"]],
    ["水壓低", ["water"]],
    ["保安", ["fireSecurity"]],
    ["清潔", ["sanitation"]],
    ["樹", ["greening"]],
    ["健身器材", ["publicFacilities"]],
    ["報修", ["repair"]],
    ["态度", ["attitude"]],
    ["噪音", []],
  ])("keyword → area: %s → %j", (term, areas) => {
    expect(areasOfTerm(term)).toEqual(areas);
  });

  it("folds each simplified character to one different traditional character", () => {
    for (const [simplified, traditional] of SIMPLIFIED_TO_TRADITIONAL) {
      expect([simplified.length, traditional.length, simplified === traditional]).toEqual([
        1,
        1,
        false,
      ]);
    }
    expect(foldText("停车位电梯维修")).toBe("停車位電梯維修");
  });
});

describe("C2 the director's edits to the topics", () => {
  const groups = groupOpinionTopics(OWNER_OPINIONS);
  const summary = (edits: Parameters<typeof applyTopicEdits>[1]) =>
    commonOpinions(OWNER_OPINIONS, {}, edits).map((topic) => [topic.topic, topic.count]);

  it.each([
    [
      "merge counts an opinion raising both topics once",
      [{ action: "merge", topics: ["電梯", "維修"], into: "電梯維修" }],
      ["電梯維修", 7],
    ],
    [
      "merge onto an existing topic name keeps that topic's opinions",
      [{ action: "merge", topics: ["門禁"], into: "保安" }],
      ["保安", 4],
    ],
    ["rename", [{ action: "rename", topic: "照明", to: "路燈" }], ["路燈", 2]],
    [
      "rename onto an existing topic merges the two",
      [{ action: "rename", topic: "客服", to: "服務態度" }],
      ["服務態度", 4],
    ],
  ] as const)("%s", (_name, edits, expected) => {
    expect(summary(edits)).toContainEqual(expected);
  });

  it("hide removes a topic from the report", () => {
    const names = summary([{ action: "hide", topic: "危險" }]).map(([name]) => name);
    expect(names).not.toContain("危險");
    expect(names).toContain("噪音");
  });

  it("ignores an edit naming a topic that is not there, and applies edits in order", () => {
    const edited = applyTopicEdits(groups, [
      { action: "hide", topic: "不存在" },
      { action: "rename", topic: "照明", to: "路燈" },
      { action: "hide", topic: "路燈" },
    ]);
    expect(edited.map((group) => group.topic)).not.toContain("路燈");
    expect(edited).toHaveLength(groups.length - 1);
  });

  it("a merged topic links to the areas of both", () => {
    const [merged] = commonOpinions(OWNER_OPINIONS, {}, [
      { action: "merge", topics: ["停電", "水壓"], into: "水電" },
    ]).filter((topic) => topic.topic === "水電");
    expect(merged?.areas).toEqual(["power", "water"]);
  });
});

import { describe, expect, it } from "vitest";
import {
  byBuilding,
  csvOf,
  levelShares,
  mean,
  notAnswered,
  percent,
  surveyLinkUrl,
} from "./figures.js";

const roster = [
  { householdId: "h-1-1-101", label: "1-1-101", building: "1" },
  { householdId: "h-1-1-102", label: "1-1-102", building: "1" },
  { householdId: "h-10-1-101", label: "10-1-101", building: "10" },
  { householdId: "h-2-1-101", label: "2-1-101", building: "2" },
];

describe("C1 reminders: the households that have not answered, exportable", () => {
  it("are the roster minus the answered households", () => {
    expect(notAnswered(roster, ["h-1-1-102", "h-2-1-101"]).map((entry) => entry.label)).toEqual([
      "1-1-101",
      "10-1-101",
    ]);
  });

  it("export as CSV with a byte-order mark for Excel, quoting what needs it", () => {
    expect(
      csvOf([
        ["房號", "樓棟"],
        ["3-2-501", "3"],
        ['他說"好", 再說', "x"],
      ]),
    ).toBe('\uFEFF房號,樓棟\r\n3-2-501,3\r\n"他說""好"", 再說",x\r\n');
  });
});

describe("C1 printable QR sheets per building", () => {
  it("groups links by building in natural order", () => {
    expect(byBuilding(roster).map(([building, items]) => [building, items.length])).toEqual([
      ["1", 2],
      ["2", 1],
      ["10", 1],
    ]);
  });

  it("puts the token in the survey path /s/<token>", () => {
    expect(surveyLinkUrl("https://huiyin.example/", "AbC_d-1")).toBe(
      "https://huiyin.example/s/AbC_d-1",
    );
  });
});

describe("C2 figures as shown", () => {
  it.each([
    { rate: 0.9375, shown: "93.8%" },
    { rate: 1, shown: "100.0%" },
    { rate: 0, shown: "0.0%" },
    { rate: null, shown: "—" },
  ])("rate $rate → $shown", ({ rate, shown }) => {
    expect(percent(rate)).toBe(shown);
  });

  it("means with two decimals", () => {
    expect([mean(4.5), mean(null)]).toEqual(["4.50", "—"]);
  });

  it("level shares, best first; nothing answered gives zero shares", () => {
    expect(
      levelShares({ "1": 1, "2": 0, "3": 1, "4": 0, "5": 2 }).map((entry) => entry.share),
    ).toEqual([0.5, 0, 0.25, 0, 0.25]);
    expect(
      levelShares({ "1": 0, "2": 0, "3": 0, "4": 0, "5": 0 }).every((entry) => entry.share === 0),
    ).toBe(true);
  });
});

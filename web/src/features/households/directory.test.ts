import type { Household } from "@domain/schema/household.js";
import type { Person } from "@domain/schema/person.js";
import { describe, expect, it } from "vitest";
import { joinDirectory, searchDirectory } from "./directory.js";

const stamp = {
  createdAt: new Date("2026-01-01T00:00:00Z"),
  createdBy: "seed",
  updatedAt: new Date("2026-01-01T00:00:00Z"),
  updatedBy: "seed",
};

function household(id: string, building: string, unit: string, room: string): Household {
  return {
    id,
    estateId: "e",
    building,
    unit,
    room,
    floor: Number(room.slice(0, -2)),
    locationDescription: "",
    mapPosition: null,
    areaSquareMetres: null,
    handoverDate: null,
    warrantyEnd: null,
    feeAccount: "",
    ...stamp,
  };
}

function person(
  id: string,
  householdId: string,
  name: string,
  numbers: string[],
  kind: Person["kind"] = "owner",
): Person {
  return {
    id,
    estateId: "e",
    householdId,
    kind,
    name,
    phones: numbers.map((number) => ({ number, label: "" })),
    phoneKeys: numbers.map((number) => number.replace(/\D/g, "")),
    preferredContact: "phone",
    wechat: "",
    note: "",
    ...stamp,
  };
}

const entries = joinDirectory(
  [
    household("h3", "3", "2", "501"),
    household("h1", "1", "1", "101"),
    household("h2", "10", "1", "1802"),
    household("h4", "3", "2", "1502"),
  ],
  [
    person("p1", "h3", "陳大文", ["13800138000"]),
    person("p2", "h1", "Li Wei", ["010-61234567"]),
    person("p3", "h2", "王小明", ["13912345678"], "occupant"),
    person("p4", "h2", "張美玲", ["021 5555 1234"]),
  ],
);

const labels = (text: string) => searchDirectory(entries, text).map((entry) => entry.label);

describe("household directory: join (SPEC §1)", () => {
  it("sorts by building, unit and room numerically and labels building-unit-room", () => {
    expect(entries.map((entry) => entry.label)).toEqual([
      "1-1-101",
      "3-2-501",
      "3-2-1502",
      "10-1-1802",
    ]);
  });

  it("lists owners before occupants", () => {
    expect(entries[3]?.people.map((p) => p.name)).toEqual(["張美玲", "王小明"]);
  });
});

describe("household directory: one search box by unit, name or any phone (SPEC §1, caller ID)", () => {
  it.each([
    ["empty text: everything", "  ", ["1-1-101", "3-2-501", "3-2-1502", "10-1-1802"]],
    ["full unit label", "3-2-501", ["3-2-501"]],
    ["partial unit label", "3-2", ["3-2-501", "3-2-1502"]],
    ["unit label with spaces", "3 2 501", ["3-2-501"]],
    ["part of a Chinese name", "大文", ["3-2-501"]],
    ["name, any case", "li wei", ["1-1-101"]],
    ["mobile typed with spaces and dashes", "138 0013-8000", ["3-2-501"]],
    ["mobile with +86", "+86 138 0013 8000", ["3-2-501"]],
    ["last four digits", "8000", ["3-2-501"]],
    ["digits in the middle of a landline", "6123-45", ["1-1-101"]],
    ["landline with parentheses", "(021) 5555-1234", ["10-1-1802"]],
    ["an occupant's phone finds the household", "1391234", ["10-1-1802"]],
    ["fewer than 4 digits is no phone query", "555", []],
    ["no match", "不存在", []],
  ])("%s: %s", (_case, text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
});

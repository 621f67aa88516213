import { describe, expect, it } from "vitest";
import type { Reception } from "@domain/schema/reception.js";
import {
  categoryShortcut,
  channelShortcut,
  deskRows,
  draftProblems,
  fromLocalInput,
  toLocalInput,
  type DeskDraft,
} from "./deskForm.js";

const ZONE = "Asia/Shanghai";

describe("desk form: typing shortcuts of the lists (keyboard-first)", () => {
  it.each([
    ["phone_in", "1"],
    ["phone_out", "2"],
    ["online", "7"],
  ] as const)("channel %s is chosen by typing %s", (channel, shortcut) => {
    expect(channelShortcut(channel)).toBe(shortcut);
  });

  it.each([
    ["inquiry", "01"],
    ["repair", "02"],
    ["emergency", "14"],
  ] as const)("category %s is chosen by typing %s", (category, shortcut) => {
    expect(categoryShortcut(category)).toBe(shortcut);
  });
});

describe("desk form: the editable time, in the estate's zone", () => {
  it("writes and reads a datetime-local value in Asia/Shanghai", () => {
    const instant = new Date("2026-10-05T03:12:00+08:00");
    expect(toLocalInput(instant, ZONE)).toBe("2026-10-05T03:12");
    expect(fromLocalInput("2026-10-05T03:12", ZONE)).toEqual(instant);
  });

  it("reads nothing from a value that is no time", () => {
    expect(fromLocalInput("", ZONE)).toBeNull();
    expect(fromLocalInput("2026-02-30T10:00", ZONE)).toBeNull();
  });
});

describe("desk form: B2.5 a record needs its content; B2.1 an amendment its reason", () => {
  const now = new Date("2026-10-05T10:00:00+08:00");
  const draft: DeskDraft = {
    channel: "phone_in",
    at: "2026-10-05T09:58",
    callerNumber: "",
    content: "廚房漏水",
    amends: null,
    amendReason: "",
  };

  it.each<{ case: string; change: Partial<DeskDraft>; problems: string[] }>([
    { case: "a complete record, unknown number allowed", change: {}, problems: [] },
    { case: "no content", change: { content: "  " }, problems: ["content"] },
    { case: "no time", change: { at: "" }, problems: ["time"] },
    { case: "an hour ahead", change: { at: "2026-10-05T11:00" }, problems: ["future"] },
    { case: "an amendment without a reason", change: { amends: "r1" }, problems: ["amendReason"] },
    {
      case: "an amendment with a reason",
      change: { amends: "r1", amendReason: "號碼記錯" },
      problems: [],
    },
  ])("$case", ({ change, problems }) => {
    expect(draftProblems({ ...draft, ...change }, ZONE, now)).toEqual(problems);
  });
});

describe("desk list: B2.1 an original stays visible with its amendments", () => {
  const record = (id: string, minute: number, amends: string | null = null) =>
    ({ id, at: new Date(Date.UTC(2026, 9, 5, 2, minute)), amends }) as Reception;

  it("puts today's amendments under their original, oldest first", () => {
    const rows = deskRows([
      record("b", 20),
      record("a-fix-2", 40, "a"),
      record("a", 10),
      record("a-fix-1", 30, "a"),
      record("old-fix", 50, "yesterday"),
    ]);
    expect(rows.map((row) => [row.reception.id, row.amendments.map((r) => r.id)])).toEqual([
      ["a", ["a-fix-1", "a-fix-2"]],
      ["b", []],
      ["old-fix", []],
    ]);
  });
});

import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as XLSX from "xlsx";
import { main } from "../src/main.js";

const fixtures = fileURLToPath(new URL("./fixtures/reconcile/", import.meta.url));
const fixture = (name: string) => join(fixtures, name);
let temp = "";

function capture() {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    output: {
      stdout: (text: string) => (out.stdout += text),
      stderr: (text: string) => (out.stderr += text),
    },
  };
}

async function run(args: string[]) {
  const { out, output } = capture();
  const code = await main(["reconcile", ...args], output);
  return { code, ...out };
}

const standardArgs = (calls: string) => [
  "--calls",
  calls,
  "--logs",
  fixture("logs.json"),
  "--roster",
  fixture("roster.json"),
];

/**
 * Hand-computed for calls-utf8-bom.csv with logs.json and roster.json (rows as in that file;
 * `shift` moves them for files with more lines above the header).
 */
function expected(shift: number) {
  const row = (number: number) => number + shift;
  return {
    summary: { rows: 10, connected: 7, missed: 2, matched: 4, unlogged: 3, errors: 1 },
    unlogged: [
      // 主叫 with 1分23秒; no record at all.
      {
        row: row(3),
        start: "2026-10-05T15:00:00+08:00",
        number: "13900139000",
        seconds: 83,
        direction: "out",
        onDuty: ["s1"],
      },
      // 1小時2分3秒; its only record is a walk-in, which does not count.
      {
        row: row(5),
        start: "2026-10-05T17:30:00+08:00",
        number: "13700137000",
        seconds: 3723,
        direction: "in",
        onDuty: ["s1"],
      },
      // After a blank line; the record at that minute is a message, which does not count.
      {
        row: row(12),
        start: "2026-10-06T03:00:00+08:00",
        number: "13300133000",
        seconds: 83,
        direction: "in",
        onDuty: ["s2"],
      },
    ],
    missed: [
      { row: row(8), start: "2026-10-06T00:30:00+08:00", number: "13400134000" },
      { row: row(9), start: "2026-10-06T01:00:00+08:00", number: "13300133000" },
    ],
    matches: [
      { row: row(2), logId: "r1" },
      // 021-5555 1234 for 1時2分3秒 from 16:00 (ISO with offset): 5555-1234 at 17:10 is in the window.
      { row: row(4), logId: "r2" },
      { row: row(6), logId: "r4" },
      // Overnight: 23:59 on the 5th, written at 00:10 on the 6th.
      { row: row(7), logId: "r5" },
    ],
    errors: [
      { row: row(10), reason: 'duration "abc" is not seconds, 1分23秒, 1時2分3秒 or 00:01:23' },
    ],
  };
}

function spreadsheet(bookType: "xlsx" | "xls"): Buffer {
  const date = (iso: string): XLSX.CellObject => {
    const wall = Date.parse(`${iso}Z`);
    return { t: "n", v: wall / 86_400_000 + 25_569, z: "yyyy/mm/dd hh:mm:ss" };
  };
  const time = (seconds: number): XLSX.CellObject => ({
    t: "n",
    v: seconds / 86_400,
    z: "[h]:mm:ss",
  });
  const sheet = XLSX.utils.aoa_to_sheet([
    ["中國電信 通話詳單"],
    ["起始時間", "通話時長", "對方號碼", "呼叫類型", "通信地點"],
    [date("2026-10-05T14:03:22"), 83, 13800138000, "被叫", "上海"],
    ["2026/10/5 15:00", "1分23秒", "+86 139 0013 9000", "主叫", "上海"],
    ["2026-10-05T16:00:00+08:00", time(3723), "021-5555 1234", "被叫", "上海"],
    [date("2026-10-05T17:30:00"), "1小時2分3秒", "13700137000", "呼入", "上海"],
    [date("2026-10-05T20:30:00"), "00:01:23", "13600136000", "呼出", "上海"],
    [date("2026-10-05T23:59:00"), "1:23", "13500135000", "被叫", "上海"],
    [date("2026-10-06T00:30:00"), 0, "13400134000", "被叫", "上海"],
    [date("2026-10-06T01:00:00"), 45, "13300133000", "未接", "上海"],
    [date("2026-10-06T02:00:00"), "abc", "13300133000", "被叫", "上海"],
    [],
    [date("2026-10-06T03:00:00"), "83秒", "13300133000", "被叫", "上海"],
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, "通話詳單");
  return XLSX.write(book, { type: "buffer", bookType }) as Buffer;
}

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), "huiyin-reconcile-"));
  const csv = (await readFile(fixture("calls-utf8-bom.csv"), "utf8")).replace(/^\uFEFF/, "");
  await writeFile(
    join(temp, "calls-gbk.csv"),
    iconv.encode(`中国电信 通话详单\r\n账号:021-55550000\r\n${csv}`, "gbk"),
  );
  await writeFile(join(temp, "calls.xlsx"), spreadsheet("xlsx"));
  await writeFile(join(temp, "calls.xls"), spreadsheet("xls"));
  await writeFile(join(temp, "no-header.csv"), "姓名,电话\n张三,13800138000\n");
  await writeFile(join(temp, "binary.xlsx"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 1, 2, 3]));
  await writeFile(
    join(temp, "bad-logs.json"),
    JSON.stringify([
      { id: "ok", channel: "phone_in", number: "1", at: "2026-10-05T14:00:00+08:00" },
      { id: "bad", channel: "fax", at: "yesterday" },
    ]),
  );
  await writeFile(
    join(temp, "bad-roster.json"),
    JSON.stringify([
      { staffId: "s1", start: "2026-10-05T20:00:00+08:00", end: "2026-10-05T08:00:00+08:00" },
    ]),
  );
  await writeFile(join(temp, "not-json.json"), "[{");
});

afterAll(async () => {
  await rm(temp, { recursive: true, force: true });
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("huiyin reconcile (B2.5a on files)", () => {
  it.each([
    ["a UTF-8 CSV with BOM and traditional headers", () => fixture("calls-utf8-bom.csv"), 0],
    ["a GBK CSV with title lines before the header", () => join(temp, "calls-gbk.csv"), 2],
    ["an XLSX with date cells and a title line", () => join(temp, "calls.xlsx"), 1],
    ["a legacy XLS with date cells and a title line", () => join(temp, "calls.xls"), 1],
  ])("reads %s and prints the hand-computed result", async (_case, calls, shift) => {
    const result = await run(standardArgs(calls()));
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expected(shift));
  });

  it("reads spreadsheet date cells as the wall-clock time they show on a machine in UTC", async () => {
    vi.stubEnv("TZ", "UTC");
    const result = await run(standardArgs(join(temp, "calls.xlsx")));
    expect(JSON.parse(result.stdout)).toEqual(expected(1));
  });

  it("reads an English-header CSV in any column order, ignoring unknown columns", async () => {
    const result = await run([
      "--calls",
      fixture("calls-english.csv"),
      "--logs",
      fixture("logs.json"),
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      summary: { rows: 3, connected: 2, missed: 1, matched: 1, unlogged: 1, errors: 0 },
      unlogged: [
        {
          row: 3,
          start: "2026-10-05T15:00:00+08:00",
          number: "13900139000",
          seconds: 83,
          direction: "out",
          onDuty: [],
        },
      ],
      missed: [{ row: 4, start: "2026-10-06T01:00:00+08:00", number: "13300133000" }],
      matches: [{ row: 2, logId: "r1" }],
      errors: [],
    });
  });

  it("applies --tolerance-minutes, --min-seconds and --tz", async () => {
    const narrow = await run([
      ...standardArgs(fixture("calls-utf8-bom.csv")),
      "--tolerance-minutes",
      "1",
      "--min-seconds",
      "84",
    ]);
    const summary = (JSON.parse(narrow.stdout) as { summary: Record<string, number> }).summary;
    // Only calls of at least 84 s are connected: rows 4 and 5 (3723 s); row 4's record is 8 min late.
    expect(summary).toEqual({
      rows: 10,
      connected: 2,
      missed: 7,
      matched: 0,
      unlogged: 2,
      errors: 1,
    });
    const london = await run([
      ...standardArgs(fixture("calls-english.csv")),
      "--tz",
      "Europe/London",
    ]);
    const unlogged = (JSON.parse(london.stdout) as { unlogged: { start: string }[] }).unlogged;
    expect(unlogged.map((call) => call.start)).toContain("2026-10-05T15:00:00+01:00");
  });

  it("reads log times without an offset in --tz, also with a space instead of T", async () => {
    const logs = join(temp, "naive-logs.json");
    await writeFile(
      logs,
      JSON.stringify([
        { id: "t", channel: "phone_in", number: "13800138000", at: "2026-10-05T14:05:00" },
        { id: "s", channel: "phone_out", number: "13900139000", at: "2026-10-05 15:01:00" },
      ]),
    );
    const result = await run(["--calls", fixture("calls-english.csv"), "--logs", logs]);
    expect((JSON.parse(result.stdout) as { matches: unknown[] }).matches).toEqual([
      { row: 2, logId: "t" },
      { row: 3, logId: "s" },
    ]);
  });

  it.each([
    [
      "a missing calls file",
      () => ["--calls", join(temp, "absent.csv"), "--logs", fixture("logs.json")],
      "cannot read --calls",
    ],
    [
      "a file with no recognisable header",
      () => ["--calls", join(temp, "no-header.csv"), "--logs", fixture("logs.json")],
      "no recognisable header",
    ],
    [
      "a corrupt spreadsheet",
      () => ["--calls", join(temp, "binary.xlsx"), "--logs", fixture("logs.json")],
      "not a readable spreadsheet",
    ],
    [
      "malformed logs, naming the entry",
      () => ["--calls", fixture("calls-english.csv"), "--logs", join(temp, "bad-logs.json")],
      "--logs entry 1: channel",
    ],
    [
      "logs that are not JSON",
      () => ["--calls", fixture("calls-english.csv"), "--logs", join(temp, "not-json.json")],
      "is not valid JSON",
    ],
    [
      "a roster shift ending before it starts",
      () => [
        ...standardArgs(fixture("calls-english.csv")).slice(0, 4),
        "--roster",
        join(temp, "bad-roster.json"),
      ],
      "--roster entry 0: end: end is before start",
    ],
    [
      "an unknown --tz",
      () => [...standardArgs(fixture("calls-english.csv")), "--tz", "Mars/Olympus"],
      '--tz "Mars/Olympus"',
    ],
    ["a missing --logs", () => ["--calls", fixture("calls-english.csv")], "--logs is required"],
  ])("exits 2 with a message on stderr for %s", async (_case, args, message) => {
    const result = await run(args());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
  });
});

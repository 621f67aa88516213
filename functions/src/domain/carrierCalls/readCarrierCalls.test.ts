import iconv from "iconv-lite";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as XLSX from "xlsx";
import { CarrierFileError, dedupeCalls, readCarrierCalls, recogniseHeader } from "./index.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
const gbk = (text: string) => new Uint8Array(iconv.encode(text, "gbk"));

const SIMPLE = [
  "起始时间,通话时长,对方号码,呼叫类型",
  "2026-10-05 14:03:22,83,138 0013 8000,被叫",
  "2026/10/5 15:00,1分23秒,+86 13900139000,主叫",
  "2026-10-05 16:00:00,0,021-5555 1234,未接",
].join("\n");

function summary(bytes: Uint8Array, name = "calls.csv") {
  const result = readCarrierCalls(bytes, name);
  return {
    rows: result.rows,
    calls: result.calls.map((call) => [
      call.row,
      call.start.toISOString(),
      call.seconds,
      call.number,
      call.type,
    ]),
    errors: result.errors,
  };
}

const EXPECTED_SIMPLE = {
  rows: 3,
  calls: [
    [2, "2026-10-05T06:03:22.000Z", 83, "13800138000", "in"],
    [3, "2026-10-05T07:00:00.000Z", 83, "13900139000", "out"],
    [4, "2026-10-05T08:00:00.000Z", 0, "02155551234", "missed"],
  ],
  errors: [],
};

describe("B2.5a import: encodings are detected, not asked", () => {
  it.each([
    ["UTF-8 without BOM", utf8(SIMPLE)],
    ["UTF-8 with BOM", withBom(SIMPLE)],
    ["GBK", gbk(SIMPLE)],
    ["GB18030", new Uint8Array(iconv.encode(SIMPLE, "gb18030"))],
    [
      "UTF-16 with BOM (Excel Unicode text)",
      new Uint8Array([0xff, 0xfe, ...iconv.encode(SIMPLE, "utf16le")]),
    ],
  ])("%s", (_case, bytes) => {
    expect(summary(bytes)).toEqual(EXPECTED_SIMPLE);
  });
});

describe("B2.5a import: the header row is found below title and account lines", () => {
  it("counts title lines in the row numbers a person sees", () => {
    const text = [
      "中国电信通话详单",
      "账号:021-55550000,查询月份:2026年10月",
      "",
      SIMPLE,
      "合计,3条",
    ].join("\r\n");
    const result = summary(gbk(text));
    expect(result.rows).toBe(3);
    expect(result.calls.map(([row]) => row)).toEqual([5, 6, 7]);
  });

  it("refuses a file without a recognisable header with a typed error", () => {
    expect(() => readCarrierCalls(utf8("a,b,c\n1,2,3\n"), "x.csv")).toThrow(CarrierFileError);
    expect(() => readCarrierCalls(utf8("a,b,c\n1,2,3\n"), "x.csv")).toThrow(
      /no recognisable header/,
    );
    expect(() => readCarrierCalls(new Uint8Array(), "empty.csv")).toThrow(CarrierFileError);
    expect(() =>
      readCarrierCalls(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "bad.xlsx"),
    ).toThrow(CarrierFileError);
  });
});

describe("B2.5a import: headers in traditional and simplified Chinese and English, any order", () => {
  it.each([
    ["traditional 起始時間", ["起始時間", "通話時長", "對方號碼", "呼叫類型"]],
    ["simplified 起始时间", ["起始时间", "通话时长", "对方号码", "呼叫类型"]],
    [
      "traditional 開始時間 / 通信時長 / 對端號碼 / 通話類型",
      ["開始時間", "通信時長", "對端號碼", "通話類型"],
    ],
    [
      "simplified 开始时间 / 通信时长 / 对端号码 / 通话类型",
      ["开始时间", "通信时长", "对端号码", "通话类型"],
    ],
    ["通話時間 / 時長 / 號碼 / 通信方式", ["通話時間", "時長", "號碼", "通信方式"]],
    ["通话时间 / 时长 / 号码 / 通信方式", ["通话时间", "时长", "号码", "通信方式"]],
    ["呼叫時間", ["呼叫時間", "通話時長", "對方號碼", "呼叫類型"]],
    ["呼叫时间", ["呼叫时间", "通话时长", "对方号码", "呼叫类型"]],
    ["English", ["Start Time", "Duration", "Other Party", "Type"]],
    ["English short", ["start", "duration (s)", "number", "direction"]],
    ["English begin", ["Begin", "Duration", "Number", "Call Type"]],
    ["units in brackets", ["起始时间", "通话时长(秒)", "对方号码", "呼叫类型"]],
  ])("%s", (_case, header) => {
    const columns = recogniseHeader(header);
    expect(columns).toEqual({ start: 0, duration: 1, number: 2, type: 3 });
  });

  it("reads columns in any order and ignores unknown columns such as place and fee", () => {
    const text = [
      "序号,通信地点,對方號碼,費用(元),通信方式,通話時長,起始時間",
      "1,上海,13800138000,0.15,被叫,00:01:23,2026-10-05 14:03:22",
    ].join("\n");
    expect(summary(utf8(text)).calls).toEqual([
      [2, "2026-10-05T06:03:22.000Z", 83, "13800138000", "in"],
    ]);
  });

  it("reads an English export with tab separators and calling/called columns", () => {
    const text = [
      "Calling Number\tCalled Number\tStart Time\tDuration\tType",
      "13800138000\t02155550000\t2026-10-05T14:03:22+08:00\t83\tIncoming",
      "02155550000\t13900139000\t2026-10-05 15:00:00\t1:23\tOutgoing",
    ].join("\n");
    expect(summary(utf8(text)).calls).toEqual([
      [2, "2026-10-05T06:03:22.000Z", 83, "13800138000", "in"],
      [3, "2026-10-05T07:00:00.000Z", 83, "13900139000", "out"],
    ]);
  });

  it('undoes Excel\'s text tricks: ="…", a leading apostrophe or tab', () => {
    const text = [
      "起始时间,通话时长,对方号码",
      '="2026-10-05 14:03:22",="83","=""13800138000"""',
      "'2026-10-05 14:03:22,'83,\t013800138000",
    ].join("\n");
    expect(summary(utf8(text)).calls.map((call) => call.slice(1, 4))).toEqual([
      ["2026-10-05T06:03:22.000Z", 83, "13800138000"],
      ["2026-10-05T06:03:22.000Z", 83, "013800138000"],
    ]);
  });

  it("combines a date column with a start column holding the time of day", () => {
    const text = ["通话日期,起始时间,通话时长,对方号码", "2026-10-05,14:03:22,83,13800138000"].join(
      "\n",
    );
    expect(summary(utf8(text)).calls).toEqual([
      [2, "2026-10-05T06:03:22.000Z", 83, "13800138000", "in"],
    ]);
  });
});

describe("B2.5a import: every bad row is reported, every good row kept", () => {
  it("gives each bad row its number and reason", () => {
    const text = [
      "起始时间,通话时长,对方号码,呼叫类型",
      "2026-10-05 14:03:22,83,13800138000,被叫",
      "yesterday,83,13800138000,被叫",
      "2026-02-30 10:00:00,83,13800138000,被叫",
      "2026-10-05 14:05:00,abc,13800138000,被叫",
      "2026-10-05 14:06:00,83,,被叫",
      "2026-10-05 14:07:00,83,13800138000,呼转",
      "2026-10-05 14:03:22,83,13800138000,被叫",
      "2026-10-05 14:09:00,83,13800138000,主叫",
    ].join("\n");
    const result = readCarrierCalls(utf8(text), "calls.csv");
    expect(result.rows).toBe(8);
    expect(result.calls.map((call) => call.row)).toEqual([2, 9]);
    expect(result.errors.map((error) => error.row)).toEqual([3, 4, 5, 6, 7, 8]);
    const reasons = result.errors.map((error) => error.reason);
    expect(reasons[0]).toContain('start time "yesterday"');
    expect(reasons[1]).toContain("not a real date");
    expect(reasons[2]).toContain('duration "abc"');
    expect(reasons[3]).toContain("other party number is empty");
    expect(reasons[4]).toContain('call type "呼转"');
    expect(reasons[5]).toBe("the same call as row 2 (duplicate)");
  });

  it("reads naive times in the given zone and times with an offset as written", () => {
    const text = [
      "起始时间,通话时长,对方号码",
      "2026-10-05 14:03:22,83,1",
      "2026-10-05T14:03:22+08:00,83,1",
    ].join("\n");
    const result = readCarrierCalls(utf8(text), "calls.csv", { timeZone: "Europe/London" });
    expect(result.calls.map((call) => call.start.toISOString())).toEqual([
      "2026-10-05T13:03:22.000Z",
      "2026-10-05T06:03:22.000Z",
    ]);
  });
});

describe("B2.5a import: re-importing never imports a call twice", () => {
  it("gives the same ids to the same calls in an overlapping export", () => {
    const first = readCarrierCalls(utf8(SIMPLE), "a.csv");
    const overlapping = readCarrierCalls(
      gbk(["中国电信", SIMPLE, "2026-10-06 09:00:00,10,13800138000,被叫"].join("\n")),
      "b.csv",
    );
    const { fresh, duplicates } = dedupeCalls(
      overlapping.calls,
      new Set(first.calls.map((call) => call.id)),
    );
    expect(fresh.map((call) => call.row)).toEqual([6]);
    expect(duplicates).toHaveLength(3);
  });

  it("reports a duplicate within one list with its first row", () => {
    const { calls } = readCarrierCalls(utf8(SIMPLE), "a.csv");
    const { fresh, duplicates } = dedupeCalls([...calls, ...calls]);
    expect(fresh).toHaveLength(3);
    expect(duplicates.map((duplicate) => duplicate.firstRow)).toEqual([2, 3, 4]);
  });
});

function workbookBytes(bookType: "xlsx" | "xls" | "biff8"): Uint8Array {
  const date = (serial: number): XLSX.CellObject => ({
    t: "n",
    v: serial,
    z: "yyyy-mm-dd hh:mm:ss",
  });
  const time = (serial: number): XLSX.CellObject => ({ t: "n", v: serial, z: "hh:mm:ss" });
  const sheet = XLSX.utils.aoa_to_sheet([
    ["中国移动 通话详单"],
    ["起始時間", "通信地點", "通信方式", "對方號碼", "通信時長"],
    // 46300.5 is 2026-10-05 12:00:00 as shown; 83 s as a time-formatted duration.
    [date(46300.5 + 83 / 86400), "上海", "被叫", "13800138000", time(83 / 86400)],
    ["2026/10/5 15:00", "上海", "主叫", 2155551234, "1分23秒"],
    [date(46300.75), "上海", "未接", "13800138000", 0],
  ]);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, "详单");
  return new Uint8Array(XLSX.write(book, { type: "buffer", bookType }) as Buffer);
}

describe("B2.5a import: spreadsheets show wall-clock times whatever the machine's zone", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  const expected = {
    rows: 3,
    calls: [
      [3, "2026-10-05T04:01:23.000Z", 83, "13800138000", "in"],
      [4, "2026-10-05T07:00:00.000Z", 83, "2155551234", "out"],
      [5, "2026-10-05T10:00:00.000Z", 0, "13800138000", "missed"],
    ],
    errors: [],
  };

  it.each([
    ["XLSX", "xlsx", "Asia/Shanghai"],
    ["XLSX read on a machine in UTC", "xlsx", "UTC"],
    ["XLSX read on a machine in New York", "xlsx", "America/New_York"],
    ["legacy XLS", "xls", "Asia/Shanghai"],
    ["legacy XLS read on a machine in UTC", "xls", "UTC"],
  ] as const)("%s", (_case, bookType, machineZone) => {
    const bytes = workbookBytes(bookType);
    vi.stubEnv("TZ", machineZone);
    expect(summary(bytes, `calls.${bookType}`)).toEqual(expected);
  });

  it("reads an HTML table saved as .xls (a common carrier download) in GBK", () => {
    const html = `<html><body><table><tr><td>起始时间</td><td>通话时长</td><td>对方号码</td></tr>
      <tr><td>2026-10-05 14:03:22</td><td>83</td><td>13800138000</td></tr></table></body></html>`;
    expect(summary(gbk(html), "calls.xls").calls).toEqual([
      [2, "2026-10-05T06:03:22.000Z", 83, "13800138000", "in"],
    ]);
  });
});

import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import * as XLSX from "xlsx";
import { wholePointsBelowBaseline } from "./arrears.js";
import {
  FeeFileError,
  monthArrearsCount,
  readAmountFen,
  readFeeFile,
  readPeriod,
  type FeeBill,
} from "./feeImport.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("B2.10 fee import", () => {
  it("B2.10 reads a UTF-8 CSV with Chinese headers, reporting bad rows and keeping good ones", () => {
    const csv = [
      "物業費明細 2026年10月",
      "房號,計費期間,應收金額(元),實收金額(元)",
      '1-1-101,2026-10,"1,200.00",1200',
      "1-1-102,2026/10,300.5,0",
      ",2026-10,100,100",
      "1-1-103,十月,100,50",
      "1-1-104,2026-10,abc,-1",
      "",
      "1-1-101,2026-10,100,0",
      "1-1-105,2026年9月,88元,¥40",
    ].join("\r\n");
    const result = readFeeFile(utf8(csv), "fees.csv");
    expect(result.bills).toEqual([
      {
        row: 3,
        household: "1-1-101",
        period: "2026-10",
        dueFen: 120000,
        paidFen: 120000,
        arrearsFen: 0,
      },
      {
        row: 4,
        household: "1-1-102",
        period: "2026-10",
        dueFen: 30050,
        paidFen: 0,
        arrearsFen: 30050,
      },
      {
        row: 10,
        household: "1-1-105",
        period: "2026-09",
        dueFen: 8800,
        paidFen: 4000,
        arrearsFen: 4800,
      },
    ]);
    expect(result.errors).toEqual([
      { row: 5, reason: "the household is missing", problems: [{ code: "householdMissing" }] },
      {
        row: 6,
        reason: 'the billing period "十月" is not a month',
        problems: [{ code: "periodNotMonth", text: "十月" }],
      },
      {
        row: 7,
        reason: 'amount due "abc" is not an amount; paid is negative',
        problems: [
          { code: "amountUnreadable", field: "due", text: "abc" },
          { code: "amountNegative", field: "paid" },
        ],
      },
      {
        row: 9,
        reason: "household 1-1-101 already has a bill for 2026-10 at row 3",
        problems: [{ code: "duplicateBill", household: "1-1-101", period: "2026-10", firstRow: 3 }],
      },
    ]);
  });

  it("B2.10 reads a GBK CSV with simplified headers", () => {
    const csv = "房号,账期,应收,实收\n2-101,202610,100,99.99\n";
    const result = readFeeFile(iconv.encode(csv, "gbk"), "fees.csv");
    expect(result.errors).toEqual([]);
    expect(result.bills).toEqual([
      {
        row: 2,
        household: "2-101",
        period: "2026-10",
        dueFen: 10000,
        paidFen: 9999,
        arrearsFen: 1,
      },
    ]);
  });

  it("B2.10 reads an XLSX with English headers, numbers and a date as the period", () => {
    const sheet = XLSX.utils.aoa_to_sheet([
      ["Household", "Billing period", "Amount due", "Paid"],
      ["3-201", "2026-10", 150.1, 0],
      ["3-202", new Date(Date.UTC(2026, 9, 1)), 150, 150],
    ]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "fees");
    const bytes = XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer;
    const result = readFeeFile(new Uint8Array(bytes), "fees.xlsx");
    expect(result.errors).toEqual([]);
    expect(
      result.bills.map((bill) => [bill.household, bill.period, bill.dueFen, bill.arrearsFen]),
    ).toEqual([
      ["3-201", "2026-10", 15010, 15010],
      ["3-202", "2026-10", 15000, 0],
    ]);
  });

  it.each([
    ["an empty file", new Uint8Array(), "empty"],
    ["a file with no fee header", utf8("a,b,c\n1,2,3\n"), "no header"],
  ])("B2.10 refuses %s", (_case, bytes, message) => {
    expect(() => readFeeFile(bytes, "fees.csv")).toThrow(FeeFileError);
    expect(() => readFeeFile(bytes, "fees.csv")).toThrow(message);
  });

  it.each([
    ["2026-10", "2026-10"],
    ["2026/1", "2026-01"],
    ["2026.10", "2026-10"],
    ["202610", "2026-10"],
    ["2026年10月", "2026-10"],
    ["2026-10-01", "2026-10"],
    ["2026-13", null],
    ["2026-1011", null],
    ["October", null],
  ])("B2.10 reads the billing period %s as %s", (text, month) => {
    expect(readPeriod(text)).toBe(month);
  });

  it.each([
    ["0.1", 10],
    ["0.29", 29],
    ["1,234.56", 123456],
    ["￥88", 8800],
    ["88元", 8800],
    ["1.234", null],
    ["", null],
  ])("B2.10 reads the amount %s as %s fen, exactly", (text, fen) => {
    expect(readAmountFen(text)).toBe(fen);
  });
});

describe("B2.10 the month's arrears count", () => {
  const bill = (
    household: string,
    period: FeeBill["period"],
    dueFen: number,
    paidFen: number,
  ): FeeBill => ({
    row: 0,
    household,
    period,
    dueFen,
    paidFen,
    arrearsFen: Math.max(dueFen - paidFen, 0),
  });

  it("B2.10 counts households, not bills, up to the month's end", () => {
    const bills = [
      bill("a", "2026-09", 100, 0),
      bill("a", "2026-10", 100, 100),
      bill("b", "2026-10", 100, 100),
      bill("c", "2026-10", 100, 50),
      bill("d", "2026-11", 100, 0),
      bill("e", "2026-10", 0, 0),
    ];
    expect(monthArrearsCount(bills, "2026-10")).toEqual({ chargeable: 3, inArrears: 2 });
    expect(monthArrearsCount(bills, "2026-08")).toEqual({ chargeable: 0, inArrears: 0 });
  });

  it("B2.10 29 households of 100 in arrears is 4 points above the baseline", () => {
    const bills = Array.from({ length: 100 }, (_, index) =>
      bill(`h${index}`, "2026-10", 100, index < 29 ? 0 : 100),
    );
    const count = monthArrearsCount(bills, "2026-10");
    expect(count).toEqual({ chargeable: 100, inArrears: 29 });
    expect(wholePointsBelowBaseline(count, 25)).toBe(-4);
  });
});

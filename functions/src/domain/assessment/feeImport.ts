/**
 * B2.10 fee data (物業費, SPEC §7): the import of amounts due and paid per household and billing
 * period from CSV or XLSX (UTF-8 or GBK/GB18030), with every bad row reported as {row, reason}
 * and the good rows kept; and the month's arrears count for B2.10 (households in arrears at
 * month end ÷ chargeable households).
 */
import {
  CarrierFileError,
  HEADER_SEARCH_ROWS,
  readSheets,
  type Cell,
} from "../carrierCalls/decode.js";
import { rowError, type RowError, type RowProblem } from "../rowProblem.js";
import { isMonthKey, type MonthKey } from "../time.js";
import type { ArrearsCount } from "./arrears.js";

/** One household's bill for one billing period, in fen (分) so that sums are exact. */
export interface FeeBill {
  /** The row number a person sees in the file (1-based, header counted). */
  row: number;
  household: string;
  period: MonthKey;
  dueFen: number;
  paidFen: number;
  /** What is still owed: due − paid, never below zero. */
  arrearsFen: number;
}

/** A row that could not be read, and why (codes for the screen, English for the command line). */
export type FeeRowError = RowError;

/** What a fee file holds: its bills and its bad rows. */
export interface FeeImport {
  bills: FeeBill[];
  errors: FeeRowError[];
}

/** The file cannot be read as fee data at all (unknown format, no header). */
export class FeeFileError extends Error {
  override name = "FeeFileError";
}

type FeeField = "household" | "period" | "due" | "paid";

/** Header spellings, compared lower-case without spaces; traditional and simplified both listed. */
const HEADER_SYNONYMS: Readonly<Record<FeeField, readonly string[]>> = {
  household: [
    "房屋",
    "房號",
    "房号",
    "房屋編號",
    "房屋编号",
    "戶號",
    "户号",
    "房間",
    "房间",
    "單元房號",
    "单元房号",
    "household",
    "householdid",
    "unit",
    "room",
  ],
  period: [
    "計費期間",
    "计费期间",
    "賬期",
    "账期",
    "帳期",
    "期間",
    "期间",
    "月份",
    "計費月份",
    "计费月份",
    "所屬期間",
    "所属期间",
    "billingperiod",
    "period",
    "month",
  ],
  due: [
    "應收",
    "应收",
    "應繳",
    "应缴",
    "應收金額",
    "应收金额",
    "應繳金額",
    "应缴金额",
    "應收費用",
    "应收费用",
    "amountdue",
    "due",
  ],
  paid: [
    "已繳",
    "已缴",
    "實收",
    "实收",
    "已收",
    "實收金額",
    "实收金额",
    "已繳金額",
    "已缴金额",
    "已收金額",
    "已收金额",
    "paid",
    "amountpaid",
  ],
};

const FIELDS: readonly FeeField[] = ["household", "period", "due", "paid"];

function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u3000:：()（）]/g, "")
    .replace(/元$/, "");
}

function cellText(cell: Cell | undefined): string {
  if (cell === undefined) return "";
  return typeof cell === "string" ? cell.trim() : cell.text.trim();
}

/** The columns of the four fields when the cells are a header row, else null. */
function recogniseHeader(cells: readonly string[]): Record<FeeField, number> | null {
  const keys = cells.map(key);
  const columns: Partial<Record<FeeField, number>> = {};
  for (const field of FIELDS) {
    const index = keys.findIndex((cellKey) => HEADER_SYNONYMS[field].includes(cellKey));
    if (index === -1) return null;
    columns[field] = index;
  }
  return columns as Record<FeeField, number>;
}

/** A billing period written as `2026-10`, `2026/10`, `2026.10`, `202610`, `2026年10月` or a date in that month. */
export function readPeriod(cell: Cell | undefined): MonthKey | null {
  if (cell !== undefined && typeof cell !== "string" && cell.dateFormat) {
    // A spreadsheet date serial: days since 1899-12-30, read as a calendar date.
    const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(cell.value) * 86_400_000);
    const month = `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, "0")}`;
    return isMonthKey(month) ? month : null;
  }
  const text = cellText(cell);
  const match =
    /^(\d{4})(\d{2})$/.exec(text) ??
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*月.*|\s*[-/.]\s*\d{1,2}(?:\D.*)?)?$/.exec(text);
  if (match === null) return null;
  const month = `${match[1] ?? ""}-${(match[2] ?? "").padStart(2, "0")}`;
  return isMonthKey(month) ? month : null;
}

/** An amount in yuan (`1,234.50`, `¥88`, `88元`) as whole fen, exactly; null when unreadable. */
export function readAmountFen(cell: Cell | undefined): number | null {
  if (cell !== undefined && typeof cell !== "string") {
    return Number.isFinite(cell.value) ? Math.round(cell.value * 100) + 0 : null;
  }
  const text = cellText(cell).replace(/[,，\s¥￥]|元$/g, "");
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (match === null) return null;
  const fen = Number(match[2]) * 100 + Number((match[3] ?? "").padEnd(2, "0"));
  return match[1] === "-" ? -fen + 0 : fen;
}

/**
 * Reads fee data. Throws a FeeFileError when the file is unreadable or has no header with
 * household, billing period, amount due and paid columns. Blank rows are skipped; every other
 * row becomes a bill or an error with its row number and reason.
 */
export function readFeeFile(bytes: Uint8Array, fileName: string): FeeImport {
  let sheets;
  try {
    sheets = readSheets(bytes, fileName, (cells) => recogniseHeader(cells) !== null);
  } catch (error) {
    if (error instanceof CarrierFileError) throw new FeeFileError(error.message);
    throw error;
  }
  for (const sheet of sheets) {
    const headerIndex = sheet.rows
      .slice(0, HEADER_SEARCH_ROWS)
      .findIndex((cells) => recogniseHeader(cells.map(cellText)) !== null);
    const header = sheet.rows[headerIndex];
    const columns = header === undefined ? null : recogniseHeader(header.map(cellText));
    if (columns === null) continue;
    return readRows(sheet.rows.slice(headerIndex + 1), headerIndex + 2, columns);
  }
  throw new FeeFileError(
    `${fileName} has no header naming the household, billing period, amount due and paid (e.g. 房號, 計費期間, 應收金額, 實收金額)`,
  );
}

function readRows(
  rows: readonly (readonly Cell[])[],
  firstRow: number,
  columns: Record<FeeField, number>,
): FeeImport {
  const bills: FeeBill[] = [];
  const errors: FeeRowError[] = [];
  const seen = new Map<string, number>();
  rows.forEach((cells, offset) => {
    const row = firstRow + offset;
    if (cells.every((cell) => cellText(cell) === "")) return;
    const problems: RowProblem[] = [];
    const household = cellText(cells[columns.household]);
    if (household === "") problems.push({ code: "householdMissing" });
    const period = readPeriod(cells[columns.period]);
    if (period === null) {
      problems.push({ code: "periodNotMonth", text: cellText(cells[columns.period]) });
    }
    const dueFen = readAmountFen(cells[columns.due]);
    const paidFen = readAmountFen(cells[columns.paid]);
    for (const [field, column, fen] of [
      ["due", columns.due, dueFen],
      ["paid", columns.paid, paidFen],
    ] as const) {
      if (fen === null)
        problems.push({ code: "amountUnreadable", field, text: cellText(cells[column]) });
      else if (fen < 0) problems.push({ code: "amountNegative", field });
    }
    if (problems.length === 0 && period !== null && dueFen !== null && paidFen !== null) {
      const billKey = `${household}\u0000${period}`;
      const earlier = seen.get(billKey);
      if (earlier !== undefined) {
        problems.push({ code: "duplicateBill", household, period, firstRow: earlier });
      } else {
        seen.set(billKey, row);
        bills.push({
          row,
          household,
          period,
          dueFen,
          paidFen,
          arrearsFen: Math.max(dueFen - paidFen, 0),
        });
        return;
      }
    }
    errors.push(rowError(row, problems));
  });
  return { bills, errors };
}

/**
 * The month's arrears count (B2.10): chargeable households are those with an amount due in a
 * billing period up to and including the month; a household is in arrears when any of those
 * bills is not fully paid. The bills are taken as they stood at the month's end (the export of
 * that date).
 */
export function monthArrearsCount(bills: readonly FeeBill[], month: MonthKey): ArrearsCount {
  const chargeable = new Set<string>();
  const inArrears = new Set<string>();
  for (const bill of bills) {
    if (bill.period > month || bill.dueFen === 0) continue;
    chargeable.add(bill.household);
    if (bill.arrearsFen > 0) inArrears.add(bill.household);
  }
  return { chargeable: chargeable.size, inArrears: inArrears.size };
}

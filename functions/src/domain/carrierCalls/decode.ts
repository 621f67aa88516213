/**
 * Bytes of a call-detail export → rows of cells. The kind of file is told by its bytes,
 * not its name, because carriers' "xls" downloads are often HTML or tab-separated text.
 */
import iconv from "iconv-lite";
import Papa from "papaparse";
import type * as XLSX from "xlsx";
import { sheetJs } from "./sheetJs.js";

/** A numeric spreadsheet cell: its value, and whether its format shows a date or time. */
export interface NumberCell {
  value: number;
  dateFormat: boolean;
  /** The text the spreadsheet shows. */
  text: string;
}

/** A cell: text, or a spreadsheet number. */
export type Cell = string | NumberCell;

/** One sheet: `rows[i]` is the row a person sees as number i + 1. */
export interface SheetRows {
  name: string;
  rows: (readonly Cell[])[];
  /** Spreadsheet date serials count from 1904 instead of 1900. */
  date1904: boolean;
}

/** The file cannot be read as a call-detail export (an unknown format or corrupt bytes). */
export class CarrierFileError extends Error {
  override name = "CarrierFileError";
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

/**
 * Decodes text: UTF-8 (with or without BOM), UTF-16 with BOM, or else GB18030 (a superset
 * of GBK and GB2312). Bytes that are valid UTF-8 are read as UTF-8.
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return decodeGb18030(bytes);
  }
}

/** GB18030 with the runtime's decoder where it has one (fast), else with iconv-lite. */
function decodeGb18030(bytes: Uint8Array): string {
  try {
    return new TextDecoder("gb18030").decode(bytes);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030");
  }
}

/** True when a number format shows a date or a time (ignoring quoted text and colours). */
function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, "");
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare);
}

function cellOf(cell: XLSX.CellObject | undefined): Cell {
  if (cell === undefined) return "";
  if (cell.t === "n" && typeof cell.v === "number") {
    return {
      value: cell.v,
      dateFormat: isDateFormat(typeof cell.z === "string" ? cell.z : undefined),
      text: cell.w ?? String(cell.v),
    };
  }
  if (cell.t === "e" || cell.t === "z") return "";
  if (cell.v instanceof Date) return cell.w ?? "";
  return cell.v === undefined ? (cell.w ?? "") : String(cell.v);
}

function readWorkbook(workbook: XLSX.WorkBook): SheetRows[] {
  const { utils } = sheetJs();
  const date1904 = workbook.Workbook?.WBProps?.date1904 === true;
  return workbook.SheetNames.flatMap((name) => {
    const sheet = workbook.Sheets[name];
    const reference = sheet?.["!ref"];
    if (sheet === undefined || reference === undefined) return [];
    const range = utils.decode_range(reference);
    const rows: Cell[][] = [];
    for (let row = 0; row <= range.e.r; row++) {
      const cells: Cell[] = [];
      if (row >= range.s.r) {
        for (let column = 0; column <= range.e.c; column++) {
          cells.push(
            cellOf(sheet[utils.encode_cell({ r: row, c: column })] as XLSX.CellObject | undefined),
          );
        }
      }
      rows.push(cells);
    }
    return [{ name, rows, date1904 }];
  });
}

const DELIMITERS = [",", "\t", ";", "|"];

/** How many lines may come before the header: titles, account, period, blank lines. */
export const HEADER_SEARCH_ROWS = 50;

/** A file opened: its spreadsheet tables, or delimited text and its delimiter. */
type OpenedFile =
  { kind: "sheets"; sheets: SheetRows[] } | { kind: "text"; text: string; delimiter: string };

function openFile(
  bytes: Uint8Array,
  fileName: string,
  isHeader: (cells: readonly string[]) => boolean,
): OpenedFile {
  if (bytes.byteLength === 0) throw new CarrierFileError(`${fileName} is empty`);
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE2)) {
    try {
      return {
        kind: "sheets",
        sheets: readWorkbook(
          sheetJs().read(bytes, { type: "array", cellDates: false, cellNF: true, cellText: true }),
        ),
      };
    } catch (error) {
      throw new CarrierFileError(
        `${fileName} is not a readable spreadsheet (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  let text = decodeText(bytes);
  if (text.includes("\u0000")) {
    throw new CarrierFileError(`${fileName} is neither text nor a spreadsheet`);
  }
  if (/^\s*<(?:!doctype|html|table|\?xml)/i.test(text)) {
    try {
      // raw: otherwise SheetJS turns date text into serials through the machine's zone.
      return {
        kind: "sheets",
        sheets: readWorkbook(sheetJs().read(text, { type: "string", raw: true, cellNF: true })),
      };
    } catch (error) {
      throw new CarrierFileError(
        `${fileName} is not a readable HTML/XML table (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  // Mixed line endings occur when exports are pasted together; papaparse expects one kind.
  if (text.includes("\r") && /[^\r]\n|\r(?!\n)/.test(text)) text = text.replace(/\r\n?/g, "\n");
  const delimiter =
    DELIMITERS.find((candidate) => {
      if (!text.includes(candidate)) return false;
      const head = Papa.parse<string[]>(text, {
        delimiter: candidate,
        preview: HEADER_SEARCH_ROWS,
      });
      return head.data.some((cells) => isHeader(cells));
    }) ?? ",";
  return { kind: "text", text, delimiter };
}

/**
 * Reads the sheets of a file. For text, the delimiter is the first of comma, tab,
 * semicolon and bar under which `isHeader` accepts one of the first rows.
 */
export function readSheets(
  bytes: Uint8Array,
  fileName: string,
  isHeader: (cells: readonly string[]) => boolean,
): SheetRows[] {
  const opened = openFile(bytes, fileName, isHeader);
  if (opened.kind === "sheets") return opened.sheets;
  const parsed = Papa.parse<string[]>(opened.text, {
    delimiter: opened.delimiter,
    skipEmptyLines: false,
    header: false,
  });
  return [{ name: fileName, rows: parsed.data, date1904: false }];
}

/** One table of a file, visited row by row; `visit` returns false to stop. */
export interface RowSource {
  name: string;
  date1904: boolean;
  forEachRow: (visit: (cells: readonly Cell[], index: number) => boolean) => void;
}

/**
 * Like {@link readSheets}, but text is parsed while it is visited, so that a large CSV
 * never holds all its rows in memory at once (less garbage-collection work).
 */
export function readRowSources(
  bytes: Uint8Array,
  fileName: string,
  isHeader: (cells: readonly string[]) => boolean,
): RowSource[] {
  const opened = openFile(bytes, fileName, isHeader);
  if (opened.kind === "sheets") {
    return opened.sheets.map((sheet) => ({
      name: sheet.name,
      date1904: sheet.date1904,
      forEachRow: (visit) => {
        for (let index = 0; index < sheet.rows.length; index++) {
          if (!visit(sheet.rows[index] ?? [], index)) return;
        }
      },
    }));
  }
  return [
    {
      name: fileName,
      date1904: false,
      forEachRow: (visit) => {
        let index = 0;
        Papa.parse<string[]>(opened.text, {
          delimiter: opened.delimiter,
          skipEmptyLines: false,
          header: false,
          step: (results, parser) => {
            if (!visit(results.data, index++)) parser.abort();
          },
        });
      },
    },
  ];
}

/**
 * The carrier's call-detail export (電信局通話記錄) read into carrier calls (B2.5a import):
 * CSV, XLSX or legacy XLS; UTF-8 or GBK/GB18030; the header found below any title lines;
 * every bad row reported with the row number a person sees and the reason; good rows kept.
 */
import { normalisePhoneNumber } from "../phoneNumber.js";
import { rowError, type RowError, type RowProblem } from "../rowProblem.js";
import { DEFAULT_TIME_ZONE, isValidTimeZone, localTimeReader, type LocalParts } from "../time.js";
import {
  CarrierFileError,
  HEADER_SEARCH_ROWS,
  readRowSources,
  type Cell,
  type RowSource,
} from "./decode.js";
import { recogniseHeader, type HeaderColumns } from "./headers.js";
import { valueKey } from "./text.js";
import {
  fail,
  readCallType,
  readDuration,
  readStartTime,
  serialToLocalParts,
  serialToSeconds,
  type CallType,
  type Reading,
  type WrittenTime,
} from "./values.js";

export { CarrierFileError } from "./decode.js";
export { HEADER_SYNONYMS, recogniseHeader, type CallField, type HeaderColumns } from "./headers.js";
export {
  readCallType,
  readDuration,
  readStartTime,
  serialToLocalParts,
  type CallType,
} from "./values.js";

/** A row of the carrier's export: one call on the duty line. */
export interface CarrierCall {
  /** Deterministic identity: the same call in any export gets the same id (see {@link carrierCallId}). */
  id: string;
  /** The row number a person sees in the file (1-based, title lines and header counted). */
  row: number;
  start: Date;
  /** Duration in whole seconds. */
  seconds: number;
  /** The other party's number, normalised. */
  number: string;
  type: CallType;
}

/** A row that could not be read, and why (codes for the screen, English for the command line). */
export type CarrierCallRowError = RowError;

/** What an export holds: its calls, its bad rows, and how many data rows it has. */
export interface CarrierCallImport {
  calls: CarrierCall[];
  errors: CarrierCallRowError[];
  /** Data rows read (good and bad), not counting title lines, headers, blank or total lines. */
  rows: number;
}

/** Options of {@link readCarrierCalls}. */
export interface ReadCarrierCallsOptions {
  /** The estate's zone, in which times without an offset are read. */
  timeZone?: string;
}

/**
 * The identity of a carrier call: type, normalised number, start (epoch seconds) and
 * duration. Re-importing the same or an overlapping export gives the same ids.
 */
export function carrierCallId(
  call: Pick<CarrierCall, "type" | "number" | "start" | "seconds">,
): string {
  return `${call.type}_${call.number}_${Math.floor(call.start.getTime() / 1000)}_${call.seconds}`;
}

/**
 * Splits calls into those not seen before and duplicates: of `known` ids (already imported)
 * or of an earlier call in the same list. Keeps the order.
 */
export function dedupeCalls(
  calls: readonly CarrierCall[],
  known: ReadonlySet<string> = new Set(),
): { fresh: CarrierCall[]; duplicates: { call: CarrierCall; firstRow: number | null }[] } {
  const seen = new Map<string, number>();
  const fresh: CarrierCall[] = [];
  const duplicates: { call: CarrierCall; firstRow: number | null }[] = [];
  for (const call of calls) {
    const firstRow = seen.get(call.id);
    if (known.has(call.id)) duplicates.push({ call, firstRow: null });
    else if (firstRow !== undefined) duplicates.push({ call, firstRow });
    else {
      seen.set(call.id, call.row);
      fresh.push(call);
    }
  }
  return { fresh, duplicates };
}

/**
 * The text of a cell. Exports keep long numbers and times as text with Excel's tricks,
 * which are undone: `="13800138000"`, `'13800138000`, or a leading tab.
 */
function textOf(cell: Cell | undefined): string {
  if (cell === undefined) return "";
  if (typeof cell !== "string") return cell.text;
  const first = cell.charCodeAt(0);
  // Only `=`, `'` and tab start a wrapped value; everything else is returned as is, quickly.
  if (first !== 0x3d && first !== 0x27 && first !== 0x09) return cell;
  const wrapped = /^\s*(?:="(.*)"|'(.*))$/s.exec(cell);
  return wrapped ? (wrapped[1] ?? wrapped[2] ?? "") : cell.trim();
}

function isBlank(cells: readonly Cell[]): boolean {
  return cells.every((cell) => textOf(cell).trim() === "");
}

const TOTAL_LINE = /^(合计|总计|小计|共计|总共|total|sum|subtotal)/;

function isTotalLine(cells: readonly Cell[]): boolean {
  const first = cells.map(textOf).find((text) => text.trim() !== "");
  return first !== undefined && TOTAL_LINE.test(valueKey(first));
}

function readTimeCell(cell: Cell | undefined, date1904: boolean): Reading<WrittenTime> {
  if (cell === undefined || typeof cell === "string") return readStartTime(textOf(cell));
  const { value } = cell;
  const digits = Number.isInteger(value) ? String(value) : "";
  if (!cell.dateFormat && (digits.length === 8 || digits.length === 12 || digits.length === 14)) {
    return readStartTime(digits);
  }
  if (!(value >= 0 && value < 2_958_466)) {
    return fail({ code: "timeSerialInvalid", field: "start", text: cell.text });
  }
  const parts = serialToLocalParts(value, date1904);
  if (value < 1) return { ok: true, value: { kind: "time-of-day", ...parts } };
  if (Number.isInteger(value)) return { ok: true, value: { kind: "date", ...parts } };
  return { ok: true, value: { kind: "local", parts } };
}

function readDurationCell(cell: Cell | undefined): Reading<number> {
  if (cell === undefined || typeof cell === "string") return readDuration(textOf(cell));
  if (cell.value < 0) return fail({ code: "durationNegative", text: cell.text });
  return {
    ok: true,
    value: cell.dateFormat ? serialToSeconds(cell.value) : Math.round(cell.value),
  };
}

function readNumberCell(cell: Cell | undefined): Reading<string> {
  const raw = cell === undefined || typeof cell === "string" ? textOf(cell) : cell.value.toFixed(0);
  if (raw.trim() === "") return fail({ code: "numberEmpty" });
  const number = normalisePhoneNumber(raw);
  return number === ""
    ? fail({ code: "numberWithoutDigits", text: raw.trim() })
    : { ok: true, value: number };
}

interface RowContext {
  /** Call types read so far, by their text: an export repeats a handful of them. */
  callTypes: Map<string, Reading<CallType>>;
  columns: HeaderColumns;
  date1904: boolean;
  toInstant: (parts: LocalParts) => Date | null;
}

/** A problem of the start time read from the date column: the same problem, about the date. */
function asDateProblem(problem: RowProblem): RowProblem {
  return "field" in problem && problem.field === "start" ? { ...problem, field: "date" } : problem;
}

function startOf(cells: readonly Cell[], context: RowContext): Reading<Date> {
  const { columns, date1904, toInstant } = context;
  const written = readTimeCell(cells[columns.start ?? -1], date1904);
  if (!written.ok) return written;
  const time = written.value;
  if (time.kind === "instant") return { ok: true, value: time.instant };
  let parts: LocalParts | null = time.kind === "local" ? time.parts : null;
  if (time.kind === "date") {
    return fail({
      code: "startWithoutTimeOfDay",
      text: textOf(cells[columns.start ?? -1]).trim(),
    });
  }
  if (time.kind === "time-of-day") {
    const dateCell = columns.date === undefined ? undefined : cells[columns.date];
    const date = columns.date === undefined ? null : readTimeCell(dateCell, date1904);
    if (date === null || !date.ok || (date.value.kind !== "date" && date.value.kind !== "local")) {
      const text = textOf(cells[columns.start ?? -1]).trim();
      return date?.ok === false
        ? fail({ code: "startWithBadDate", text, cause: asDateProblem(date.problem) })
        : fail({ code: "startWithoutDate", text });
    }
    const day = date.value.kind === "date" ? date.value : date.value.parts;
    parts = {
      year: day.year,
      month: day.month,
      day: day.day,
      hour: time.hour,
      minute: time.minute,
      second: time.second,
    };
  }
  const instant = parts === null ? null : toInstant(parts);
  return instant === null
    ? fail({ code: "startNotReal", text: textOf(cells[columns.start ?? -1]).trim() })
    : { ok: true, value: instant };
}

function readRow(
  cells: readonly Cell[],
  row: number,
  context: RowContext,
): CarrierCall | CarrierCallRowError {
  const { columns } = context;
  let type: Reading<CallType> = { ok: true, value: "in" };
  if (columns.type !== undefined) {
    const text = textOf(cells[columns.type]);
    const known = context.callTypes.get(text);
    type = known ?? readCallType(text);
    if (known === undefined) context.callTypes.set(text, type);
  }
  const start = startOf(cells, context);
  const seconds = readDurationCell(cells[columns.duration ?? -1]);
  // With calling and called columns, the other party is the called number of an outgoing call.
  const numberColumn =
    columns.number ?? (type.ok && type.value === "out" ? columns.called : columns.calling);
  const number = readNumberCell(cells[numberColumn ?? -1]);
  if (start.ok && seconds.ok && number.ok && type.ok) {
    const call = {
      row,
      start: start.value,
      seconds: seconds.value,
      number: number.value,
      type: type.value,
    };
    return { id: carrierCallId(call), ...call };
  }
  const problems = [start, seconds, number, type].flatMap((reading) =>
    reading.ok ? [] : [reading.problem],
  );
  return rowError(row, problems);
}

/** The calls of one table, or null when none of its first rows is a header. */
function readSource(
  source: RowSource,
  isHeader: (cells: readonly Cell[]) => boolean,
  timeZone: string,
): CarrierCallImport | null {
  // A holder: TypeScript does not see the assignment inside the callback.
  const state: { context: RowContext | null } = { context: null };
  const calls: CarrierCall[] = [];
  const errors: CarrierCallRowError[] = [];
  const firstRowOf = new Map<string, number>();
  let rows = 0;
  source.forEachRow((cells, index) => {
    const { context } = state;
    if (context === null) {
      const columns = isHeader(cells) ? recogniseHeader(cells.map(textOf)) : null;
      if (columns !== null) {
        state.context = {
          callTypes: new Map(),
          columns,
          date1904: source.date1904,
          toInstant: localTimeReader(timeZone),
        };
      }
      return index + 1 < HEADER_SEARCH_ROWS || state.context !== null;
    }
    const read = readRow(cells, index + 1, context);
    if (!("id" in read)) {
      // Only a row that is not a call may be blank, a repeated header or a total line.
      if (isBlank(cells) || isHeader(cells) || isTotalLine(cells)) return true;
      rows++;
      errors.push(read);
      return true;
    }
    rows++;
    const firstRow = firstRowOf.get(read.id);
    if (firstRow === undefined) {
      firstRowOf.set(read.id, read.row);
      calls.push(read);
    } else {
      errors.push(rowError(read.row, [{ code: "duplicateCall", firstRow }]));
    }
    return true;
  });
  return state.context === null ? null : { calls, errors, rows };
}

/**
 * Reads a carrier's call-detail export. Throws {@link CarrierFileError} when the file cannot
 * be read or no row within the first {@link HEADER_SEARCH_ROWS} is a recognisable header.
 * A row repeating the header (multi-page exports), a blank row and a total line are skipped;
 * a row that repeats an earlier call exactly is reported as a duplicate.
 */
export function readCarrierCalls(
  bytes: Uint8Array,
  fileName: string,
  options: ReadCarrierCallsOptions = {},
): CarrierCallImport {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone "${timeZone}"`);
  const isHeader = (cells: readonly Cell[]) => recogniseHeader(cells.map(textOf)) !== null;
  for (const source of readRowSources(bytes, fileName, isHeader)) {
    const read = readSource(source, isHeader, timeZone);
    if (read !== null) return read;
  }
  throw new CarrierFileError(
    `${fileName} has no recognisable header row: within the first ${HEADER_SEARCH_ROWS} rows, no row ` +
      "names a start time (起始时间/开始时间/start), a duration (通话时长/时长/duration) and the other party (对方号码/号码/number)",
  );
}

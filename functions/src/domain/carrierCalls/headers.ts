/**
 * The header row of a call-detail export (B2.5a import): which column holds which field.
 * Carriers name columns in traditional or simplified Chinese or English, in any order,
 * and put title or account lines above the header.
 */
import { headerKey } from "./text.js";

/** A field of a carrier call record that a column can hold. */
export type CallField = "start" | "date" | "duration" | "number" | "calling" | "called" | "type";

/**
 * Header names per field, in the comparable form of {@link headerKey} (simplified, lower
 * case, no spaces or bracketed units); earlier names win when several columns qualify.
 */
export const HEADER_SYNONYMS: Readonly<Record<CallField, readonly string[]>> = {
  start: [
    "起始时间",
    "开始时间",
    "通话起始时间",
    "通话开始时间",
    "呼叫起始时间",
    "呼叫开始时间",
    "通信起始时间",
    "通信开始时间",
    "通话时间",
    "呼叫时间",
    "通信时间",
    "起始时刻",
    "开始时刻",
    "通话日期时间",
    "日期时间",
    "时间",
    "starttime",
    "start",
    "begintime",
    "begin",
    "callstarttime",
    "callstart",
    "calltime",
    "datetime",
    "date/time",
    "time",
  ],
  date: ["通话日期", "呼叫日期", "起始日期", "开始日期", "日期", "calldate", "date"],
  duration: [
    "通话时长",
    "通信时长",
    "时长",
    "呼叫时长",
    "通话秒数",
    "秒数",
    "持续时间",
    "duration",
    "callduration",
    "durations",
    "length",
    "seconds",
  ],
  number: [
    "对方号码",
    "对端号码",
    "对方电话",
    "对方电话号码",
    "对方",
    "对端",
    "号码",
    "电话号码",
    "来电号码",
    "otherparty",
    "otherpartynumber",
    "number",
    "phonenumber",
    "phone",
    "remotenumber",
  ],
  calling: ["主叫号码", "主叫", "calling", "callingnumber", "caller", "from"],
  called: ["被叫号码", "被叫", "called", "callednumber", "callee", "to"],
  type: [
    "呼叫类型",
    "通话类型",
    "通信方式",
    "通信类型",
    "呼叫方式",
    "通话方式",
    "主被叫",
    "主/被叫",
    "主叫/被叫",
    "主被叫类型",
    "类型",
    "type",
    "calltype",
    "direction",
    "calldirection",
  ],
};

/** The columns (0-based) of the fields an export has. */
export type HeaderColumns = Partial<Record<CallField, number>>;

// When no name matches exactly, a column whose name contains these still qualifies.
const LOOSE: readonly [CallField, RegExp][] = [
  ["duration", /时长|duration/],
  ["start", /^(?!.*时长).*(起始|开始|呼叫|通话).*时间|start/],
  ["number", /对方|对端|otherparty/],
  ["type", /(呼叫|通话|通信).*(类型|方式)|calltype/],
];

/**
 * Maps a row's cells to fields, or returns null when the row is not a header: a header
 * names the start time, the duration, and the other party (or the calling and the called
 * number, of which the other party is chosen per row by the call type). Unknown columns are
 * ignored.
 */
export function recogniseHeader(cells: readonly string[]): HeaderColumns | null {
  const keys = cells.map(headerKey);
  const columns: HeaderColumns = {};
  const taken = new Set<number>();
  const fields = Object.keys(HEADER_SYNONYMS) as CallField[];
  for (const field of fields) {
    for (const name of HEADER_SYNONYMS[field]) {
      const index = keys.findIndex((key, column) => key === name && !taken.has(column));
      if (index >= 0) {
        columns[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  for (const [field, pattern] of LOOSE) {
    if (columns[field] !== undefined) continue;
    const index = keys.findIndex((key, column) => !taken.has(column) && pattern.test(key));
    if (index >= 0) {
      columns[field] = index;
      taken.add(index);
    }
  }
  const hasNumber =
    columns.number !== undefined || columns.calling !== undefined || columns.called !== undefined;
  if (columns.start === undefined || columns.duration === undefined || !hasNumber) return null;
  if (
    columns.number === undefined &&
    (columns.calling === undefined || columns.called === undefined)
  ) {
    // Only the calling or only the called number: it is the other party (a one-direction export).
    columns.number = columns.calling ?? columns.called;
  }
  return columns;
}

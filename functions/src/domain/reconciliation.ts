/**
 * B2.5a: every call in the carrier's record must have a written phone reception record
 * ("以電信局通話記錄為標準,有業主通話記錄而物業公司未記錄的,每條扣20分").
 *
 * A connected call (not of type missed, at least `minSeconds` long) occupies
 * [start, start + duration]. A phone reception record (phone in or phone out) matches it
 * when the numbers are the same ({@link sameNormalisedNumber}) and the record's time lies
 * within [start − tolerance, end + tolerance], edges included. A record matches at most one
 * call, and the matching has as many matched calls as possible; among such matchings, small
 * groups of calls prefer the records nearest their start. Every other call is missed (type
 * missed, or shorter than `minSeconds`, e.g. 0 seconds): it becomes a call-back task, never
 * a finding.
 */
import { normalisePhoneNumber, numberBucketKey, sameNormalisedNumber } from "./phoneNumber.js";
import type { RosterIndex } from "./roster.js";

/** The channels of a reception record (SPEC §2). */
export const RECEPTION_CHANNELS = [
  "phone_in",
  "phone_out",
  "walk_in",
  "onsite",
  "messaging",
  "letter",
  "online",
] as const;

/** The channel of a reception record; only `phone_in` and `phone_out` count for B2.5a. */
export type ReceptionChannel = (typeof RECEPTION_CHANNELS)[number];

/** A reception record as B2.5a needs it. */
export interface PhoneReceptionRecord {
  id: string;
  channel: ReceptionChannel;
  /** The caller's number as written (normalised here). */
  number: string;
  at: Date;
}

/** A carrier call as B2.5a needs it (see `CarrierCall`). */
export interface ReconciledCall {
  id: string;
  start: Date;
  seconds: number;
  /** The other party's number, normalised. */
  number: string;
  type: "in" | "out" | "missed";
}

/** The estate's settings of B2.5a. */
export interface ReconciliationSettings {
  /** How far before the start and after the end of a call its record may be. */
  toleranceMinutes: number;
  /** The shortest connected call, in seconds. */
  minSeconds: number;
}

/** The defaults: 15 minutes, 1 second. */
export const DEFAULT_RECONCILIATION_SETTINGS: ReconciliationSettings = Object.freeze({
  toleranceMinutes: 15,
  minSeconds: 1,
});

/** Why a record near an unlogged call did not match it. */
export type NearRecordReason =
  | { kind: "number-differs" }
  | { kind: "outside-window"; minutes: number }
  | { kind: "matched-elsewhere"; callId: string };

/** A record near an unlogged call, for the screen that explains the flag. */
export interface NearRecord {
  recordId: string;
  at: Date;
  number: string;
  reason: NearRecordReason;
}

/** What became of one carrier call. */
export type CallOutcome<Call extends ReconciledCall = ReconciledCall> =
  | { status: "matched"; call: Call; recordId: string }
  | {
      status: "unlogged";
      call: Call;
      /** Staff rostered at the call's start; empty when nobody was (the team is charged). */
      onDuty: readonly string[];
      nearest: NearRecord[];
    }
  | { status: "missed"; call: Call };

/** The result of {@link reconcile}: one outcome per call, in the calls' order. */
export interface Reconciliation<Call extends ReconciledCall = ReconciledCall> {
  outcomes: CallOutcome<Call>[];
  summary: { connected: number; missed: number; matched: number; unlogged: number };
}

/** Options of {@link reconcile}. */
export interface ReconcileOptions {
  settings?: Partial<ReconciliationSettings>;
  roster?: RosterIndex;
  /** How many near records to explain per unlogged call, per kind (default 3). */
  nearestLimit?: number;
}

/** True when the call was connected: not of type missed and at least `minSeconds` long. */
export function isConnected(
  call: Pick<ReconciledCall, "type" | "seconds">,
  minSeconds: number,
): boolean {
  return call.type !== "missed" && call.seconds >= minSeconds;
}

/** True when the channel counts for B2.5a. */
export function isPhoneChannel(channel: ReceptionChannel): boolean {
  return channel === "phone_in" || channel === "phone_out";
}

interface CallEntry {
  index: number;
  number: string;
  start: number;
  low: number;
  high: number;
}

interface RecordEntry {
  index: number;
  id: string;
  number: string;
  at: number;
}

// Above this many call-record pairs a group is matched without the nearest preference.
const NEAREST_PREFERENCE_LIMIT = 4096;

/**
 * Matches carrier calls to phone reception records (B2.5a). Runs in O(n log n) for the
 * usual data (100,000 calls against 100,000 records well under a second): records and calls
 * are bucketed by the last 7 digits of the number, and within a bucket split into groups of
 * calls whose windows overlap; each group is matched exactly.
 */
export function reconcile<Call extends ReconciledCall>(
  calls: readonly Call[],
  records: readonly PhoneReceptionRecord[],
  options: ReconcileOptions = {},
): Reconciliation<Call> {
  const settings = { ...DEFAULT_RECONCILIATION_SETTINGS, ...options.settings };
  const tolerance = settings.toleranceMinutes * 60_000;
  const nearestLimit = options.nearestLimit ?? 3;

  const phoneRecords: RecordEntry[] = [];
  for (const record of records) {
    if (!isPhoneChannel(record.channel)) continue;
    const number = normalisePhoneNumber(record.number);
    if (number === "") continue;
    phoneRecords.push({
      index: phoneRecords.length,
      id: record.id,
      number,
      at: record.at.getTime(),
    });
  }

  const buckets = new Map<string, { calls: CallEntry[]; records: RecordEntry[] }>();
  const bucketOf = (number: string) => {
    const key = numberBucketKey(number);
    let bucket = buckets.get(key);
    if (bucket === undefined) {
      bucket = { calls: [], records: [] };
      buckets.set(key, bucket);
    }
    return bucket;
  };
  const connectedEntries: CallEntry[] = [];
  calls.forEach((call, index) => {
    if (!isConnected(call, settings.minSeconds) || call.number === "") return;
    const start = call.start.getTime();
    const entry = {
      index,
      number: call.number,
      start,
      low: start - tolerance,
      high: start + call.seconds * 1000 + tolerance,
    };
    connectedEntries.push(entry);
    bucketOf(call.number).calls.push(entry);
  });
  for (const record of phoneRecords) {
    const bucket = buckets.get(numberBucketKey(record.number));
    bucket?.records.push(record);
  }

  // recordOfCall[call index] = matched record entry; callOfRecord[record index] = call index.
  const recordOfCall = new Array<RecordEntry | undefined>(calls.length);
  const callOfRecord = new Map<number, number>();
  for (const bucket of buckets.values()) {
    if (bucket.records.length === 0) continue;
    if (bucket.calls.length > 1) bucket.calls.sort((a, b) => a.low - b.low || a.index - b.index);
    if (bucket.records.length > 1) bucket.records.sort((a, b) => a.at - b.at || a.index - b.index);
    forEachGroup(bucket.calls, bucket.records, (groupCalls, groupRecords) => {
      for (const [call, record] of matchGroup(groupCalls, groupRecords)) {
        recordOfCall[call.index] = record;
        callOfRecord.set(record.index, call.index);
      }
    });
  }

  let byTime: RecordEntry[] | undefined;
  const entryOfCall = new Array<CallEntry | undefined>(calls.length);
  for (const entry of connectedEntries) entryOfCall[entry.index] = entry;
  const summary = { connected: 0, missed: 0, matched: 0, unlogged: 0 };
  const outcomes = calls.map((call, index): CallOutcome<Call> => {
    const entry = entryOfCall[index];
    if (!isConnected(call, settings.minSeconds)) {
      summary.missed++;
      return { status: "missed", call };
    }
    summary.connected++;
    const record = recordOfCall[index];
    if (record !== undefined) {
      summary.matched++;
      return { status: "matched", call, recordId: record.id };
    }
    summary.unlogged++;
    if (nearestLimit > 0)
      byTime ??= [...phoneRecords].sort((a, b) => a.at - b.at || a.index - b.index);
    const nearest =
      entry === undefined || byTime === undefined
        ? []
        : nearRecords(
            entry,
            buckets.get(numberBucketKey(entry.number))?.records ?? [],
            byTime,
            nearestLimit,
          ).map((near): NearRecord => ({
            recordId: near.id,
            at: new Date(near.at),
            number: near.number,
            reason: reasonOf(near, entry, callOfRecord, calls),
          }));
    return {
      status: "unlogged",
      call,
      onDuty: options.roster?.onDutyAt(call.start) ?? [],
      nearest,
    };
  });
  return { outcomes, summary };
}

/** Splits a bucket into groups of calls with overlapping windows and the records inside them. */
function forEachGroup(
  calls: readonly CallEntry[],
  records: readonly RecordEntry[],
  match: (calls: CallEntry[], records: RecordEntry[]) => void,
): void {
  let recordIndex = 0;
  let callIndex = 0;
  while (callIndex < calls.length) {
    const first = calls[callIndex];
    if (first === undefined) break;
    const group = [first];
    let high = first.high;
    callIndex++;
    for (
      let next = calls[callIndex];
      next !== undefined && next.low <= high;
      next = calls[callIndex]
    ) {
      group.push(next);
      high = Math.max(high, next.high);
      callIndex++;
    }
    while ((records[recordIndex]?.at ?? Infinity) < first.low) recordIndex++;
    const groupRecords: RecordEntry[] = [];
    for (
      let record = records[recordIndex];
      record !== undefined && record.at <= high;
      record = records[recordIndex]
    ) {
      groupRecords.push(record);
      recordIndex++;
    }
    if (groupRecords.length > 0) match(group, groupRecords);
  }
}

function compatible(call: CallEntry, record: RecordEntry): boolean {
  return (
    record.at >= call.low &&
    record.at <= call.high &&
    sameNormalisedNumber(call.number, record.number)
  );
}

/** A maximum matching of one group, as [call, record] pairs. */
function matchGroup(calls: CallEntry[], records: RecordEntry[]): [CallEntry, RecordEntry][] {
  if (calls.length === 1 && calls[0] !== undefined) return nearestRecordMatching(calls[0], records);
  if (calls.length * records.length <= NEAREST_PREFERENCE_LIMIT)
    return nearestMaximumMatching(calls, records);
  const first = calls[0]?.number;
  const uniform =
    calls.every((call) => call.number === first) &&
    records.every((record) => record.number === first);
  return uniform ? intervalGreedyMatching(calls, records) : augmentingPathMatching(calls, records);
}

/** A lone call takes the compatible record nearest its start (the earlier one on a tie). */
function nearestRecordMatching(
  call: CallEntry,
  records: RecordEntry[],
): [CallEntry, RecordEntry][] {
  let best: RecordEntry | undefined;
  for (const record of records) {
    if (!compatible(call, record)) continue;
    if (best === undefined || Math.abs(record.at - call.start) < Math.abs(best.at - call.start))
      best = record;
  }
  return best === undefined ? [] : [[call, best]];
}

/**
 * The maximum matching that, among all maximum ones, puts records nearest their calls'
 * starts (the Hungarian method; a pair that is not compatible costs more than leaving the
 * call unmatched, and leaving a call unmatched costs more than any set of distances).
 */
function nearestMaximumMatching(
  calls: CallEntry[],
  records: RecordEntry[],
): [CallEntry, RecordEntry][] {
  const n = calls.length;
  const m = records.length + n; // one "unmatched" column per call
  const unmatchedCost = 1e12;
  const forbiddenCost = 2e12;
  const cost = (row: number, column: number): number => {
    const call = calls[row - 1];
    const record = records[column - 1];
    if (call === undefined) return forbiddenCost;
    if (record === undefined) return unmatchedCost;
    return compatible(call, record) ? Math.abs(record.at - call.start) : forbiddenCost;
  };
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const rowOfColumn = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let row = 1; row <= n; row++) {
    rowOfColumn[0] = row;
    let column0 = 0;
    const minimum = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[column0] = true;
      const row0 = rowOfColumn[column0] ?? 0;
      let delta = Infinity;
      let column1 = 0;
      for (let column = 1; column <= m; column++) {
        if (used[column]) continue;
        const reduced = cost(row0, column) - (u[row0] ?? 0) - (v[column] ?? 0);
        if (reduced < (minimum[column] ?? Infinity)) {
          minimum[column] = reduced;
          way[column] = column0;
        }
        if ((minimum[column] ?? Infinity) < delta) {
          delta = minimum[column] ?? Infinity;
          column1 = column;
        }
      }
      for (let column = 0; column <= m; column++) {
        if (used[column]) {
          const r = rowOfColumn[column] ?? 0;
          u[r] = (u[r] ?? 0) + delta;
          v[column] = (v[column] ?? 0) - delta;
        } else {
          minimum[column] = (minimum[column] ?? Infinity) - delta;
        }
      }
      column0 = column1;
    } while (rowOfColumn[column0] !== 0);
    do {
      const column1 = way[column0] ?? 0;
      rowOfColumn[column0] = rowOfColumn[column1] ?? 0;
      column0 = column1;
    } while (column0 !== 0);
  }
  const pairs: [CallEntry, RecordEntry][] = [];
  for (let column = 1; column <= records.length; column++) {
    const call = calls[(rowOfColumn[column] ?? 0) - 1];
    const record = records[column - 1];
    if (call !== undefined && record !== undefined && compatible(call, record))
      pairs.push([call, record]);
  }
  return pairs;
}

/**
 * Maximum matching of intervals to points when every pair is compatible by time alone:
 * calls by the end of their window, each taking the earliest free record in its window.
 */
function intervalGreedyMatching(
  calls: CallEntry[],
  records: RecordEntry[],
): [CallEntry, RecordEntry][] {
  // nextFree[i]: the first free record at or after i (path-compressed).
  const nextFree = records.map((_, index) => index);
  nextFree.push(records.length);
  const find = (index: number): number => {
    let root = index;
    while ((nextFree[root] ?? root) !== root) root = nextFree[root] ?? root;
    for (let at = index; at !== root;) {
      const next = nextFree[at] ?? root;
      nextFree[at] = root;
      at = next;
    }
    return root;
  };
  const pairs: [CallEntry, RecordEntry][] = [];
  for (const call of [...calls].sort((a, b) => a.high - b.high || a.low - b.low)) {
    let low = 0;
    let high = records.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((records[middle]?.at ?? Infinity) < call.low) low = middle + 1;
      else high = middle;
    }
    const free = find(low);
    const record = records[free];
    if (record !== undefined && record.at <= call.high) {
      pairs.push([call, record]);
      nextFree[free] = free + 1;
    }
  }
  return pairs;
}

/** Maximum bipartite matching by augmenting paths (groups whose numbers differ in a bucket). */
function augmentingPathMatching(
  calls: CallEntry[],
  records: RecordEntry[],
): [CallEntry, RecordEntry][] {
  const adjacency = calls.map((call) =>
    records.flatMap((record, index) => (compatible(call, record) ? [index] : [])),
  );
  const callOfRecord = new Array<number>(records.length).fill(-1);
  const augment = (callIndex: number, visited: boolean[]): boolean => {
    for (const recordIndex of adjacency[callIndex] ?? []) {
      if (visited[recordIndex]) continue;
      visited[recordIndex] = true;
      const holder = callOfRecord[recordIndex] ?? -1;
      if (holder < 0 || augment(holder, visited)) {
        callOfRecord[recordIndex] = callIndex;
        return true;
      }
    }
    return false;
  };
  calls.forEach((_, callIndex) =>
    augment(callIndex, new Array<boolean>(records.length).fill(false)),
  );
  return callOfRecord.flatMap((callIndex, recordIndex) => {
    const call = calls[callIndex];
    const record = records[recordIndex];
    return call !== undefined && record !== undefined
      ? [[call, record] as [CallEntry, RecordEntry]]
      : [];
  });
}

/** The position of the first record at or after `time` in records sorted by time. */
function firstAtOrAfter(records: readonly RecordEntry[], time: number): number {
  let low = 0;
  let high = records.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((records[middle]?.at ?? Infinity) < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The `limit` records nearest to the call's start that satisfy `accept`, nearest first. */
function nearestWhere(
  records: readonly RecordEntry[],
  time: number,
  limit: number,
  accept: (record: RecordEntry) => boolean,
): RecordEntry[] {
  const found: RecordEntry[] = [];
  let after = firstAtOrAfter(records, time);
  let before = after - 1;
  while (found.length < limit && (before >= 0 || after < records.length)) {
    const early = records[before];
    const late = records[after];
    const takeEarly =
      early !== undefined && (late === undefined || time - early.at <= late.at - time);
    const record = takeEarly ? early : late;
    if (takeEarly) before--;
    else after++;
    if (record !== undefined && accept(record)) found.push(record);
  }
  return found;
}

/**
 * Records near an unlogged call: the nearest with the same number (any time), and the
 * nearest with another number inside the call's window (a typo in the number?).
 */
function nearRecords(
  call: CallEntry,
  bucketRecords: readonly RecordEntry[],
  byTime: readonly RecordEntry[],
  limit: number,
): RecordEntry[] {
  const sameNumber = nearestWhere(bucketRecords, call.start, limit, (record) =>
    sameNormalisedNumber(record.number, call.number),
  );
  const otherNumber = nearestWhere(
    byTime,
    call.start,
    limit,
    (record) => !sameNormalisedNumber(record.number, call.number),
  ).filter((record) => record.at >= call.low && record.at <= call.high);
  return [...sameNumber, ...otherNumber].sort(
    (a, b) => Math.abs(a.at - call.start) - Math.abs(b.at - call.start) || a.at - b.at,
  );
}

function reasonOf(
  record: RecordEntry,
  call: CallEntry,
  callOfRecord: ReadonlyMap<number, number>,
  calls: readonly ReconciledCall[],
): NearRecordReason {
  if (!sameNormalisedNumber(record.number, call.number)) return { kind: "number-differs" };
  if (record.at < call.low || record.at > call.high) {
    const beyond = record.at < call.low ? call.low - record.at : record.at - call.high;
    return { kind: "outside-window", minutes: Math.ceil(beyond / 60_000) };
  }
  const holder = callOfRecord.get(record.index);
  return {
    kind: "matched-elsewhere",
    callId: holder === undefined ? "" : (calls[holder]?.id ?? ""),
  };
}

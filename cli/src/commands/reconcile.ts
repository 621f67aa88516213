import { readFile } from "node:fs/promises";
import { DateTime } from "luxon";
import { z } from "zod";
import {
  CarrierFileError,
  readCarrierCalls,
  readStartTime,
  type CarrierCall,
} from "../../../functions/src/domain/carrierCalls/index.js";
import {
  DEFAULT_RECONCILIATION_SETTINGS,
  RECEPTION_CHANNELS,
  reconcile,
  type PhoneReceptionRecord,
} from "../../../functions/src/domain/reconciliation.js";
import { createRosterIndex, type RosterShift } from "../../../functions/src/domain/roster.js";
import {
  DEFAULT_TIME_ZONE,
  isValidTimeZone,
  localTimeReader,
  zonedIsoFormatter,
} from "../../../functions/src/domain/time.js";
import { UsageError, numberOption, requiredOption, toJson, type Command } from "../command.js";

const usage = `huiyin reconcile --calls FILE --logs FILE [--roster FILE] [--tolerance-minutes ${DEFAULT_RECONCILIATION_SETTINGS.toleranceMinutes}] [--min-seconds ${DEFAULT_RECONCILIATION_SETTINGS.minSeconds}] [--tz ${DEFAULT_TIME_ZONE}]

Checks a carrier's call-detail export against the phone reception records (B2.5a: every
call in the carrier's record must have a written record). Touches no database.

  --calls              the carrier's export: CSV (UTF-8 or GBK/GB18030), XLSX or XLS; the
                       header may follow title lines; Chinese or English column names
  --logs               JSON array of reception records:
                       {"id": "r1", "channel": "phone_in" | "phone_out" | "walk_in" | "onsite" |
                        "messaging" | "letter" | "online", "number": "138 0013 8000",
                        "at": ISO 8601, "staffId": "s1"}; only phone_in and phone_out count
  --roster             JSON array of shifts {"staffId": "s1", "start": ISO 8601, "end": ISO 8601},
                       each the half-open range [start, end)
  --tolerance-minutes  how far before a call's start or after its end its record may be
  --min-seconds        the shortest connected call; shorter calls and calls of type 未接
                       (missed) are missed calls, i.e. call-back tasks
  --tz                 the estate's IANA zone: times without an offset are read in it, and
                       "start" is printed with its offset

Prints {"summary": {"rows", "connected", "missed", "matched", "unlogged", "errors"},
"unlogged": [{"row", "start", "number", "seconds", "direction", "onDuty"}],
"missed": [{"row", "start", "number"}], "matches": [{"row", "logId"}],
"errors": [{"row", "reason"}]}, each list ordered by row (the row number a person sees
in the file, title lines and header counted). onDuty is empty when nobody was rostered
(the customer-service team is charged). direction is "in" for a call whose export
has no call-type column (or only its scope, e.g. 本地/长途). A row repeating an earlier
call exactly is an error ("the same call as row N"); blank, repeated header and total
(合计) lines are skipped and not counted in rows. Exit 0 when the file could be read (bad rows are
in "errors"); exit 2 when a file cannot be read, has no recognisable header, or --logs or
--roster is malformed (the message names the entry's index).`;

const PLAIN_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/i;

/**
 * Reads ISO 8601 text as an instant; text without an offset is wall-clock time in `zone`.
 * Returns null for text that is not ISO 8601.
 */
function instantReader(zone: string): (text: string) => Date | null {
  const toInstant = localTimeReader(zone);
  return (text) => {
    const trimmed = text.trim();
    // The common forms skip luxon: a file holds 100,000 of them.
    const plain = PLAIN_ISO.exec(trimmed);
    // With an offset, the runtime's own ISO parser is exact.
    if (plain?.[1] !== undefined) return new Date(Date.parse(trimmed));
    const written = plain ? readStartTime(trimmed) : null;
    if (written?.ok && written.value.kind === "local") return toInstant(written.value.parts);
    const parsed = DateTime.fromISO(trimmed, { zone });
    if (parsed.isValid) return parsed.toJSDate();
    // Also the carriers' forms, e.g. `2026-10-05 14:05:00`: a person writing JSON uses them.
    const loose = readStartTime(trimmed);
    if (loose.ok && loose.value.kind === "instant") return loose.value.instant;
    return loose.ok && loose.value.kind === "local" ? toInstant(loose.value.parts) : null;
  };
}

// Times are checked after zod: a transform per entry makes zod ten times slower.
const logSchema = z.object({
  id: z.string().min(1, "id must be a non-empty string"),
  channel: z.enum(RECEPTION_CHANNELS, {
    error: `channel must be one of ${RECEPTION_CHANNELS.join(", ")}`,
  }),
  number: z.string().nullish(),
  at: z.string(),
  staffId: z.string().nullish(),
});

const shiftSchema = z.object({
  staffId: z.string().min(1, "staffId must be a non-empty string"),
  start: z.string(),
  end: z.string(),
});

function notIso(field: string, text: string): string {
  return `${field}: ${JSON.stringify(text)} is not an ISO 8601 time`;
}

function toRecords(
  logs: z.infer<typeof logSchema>[],
  zone: string,
): PhoneReceptionRecord[] | string[] {
  const read = instantReader(zone);
  const problems: string[] = [];
  const records = logs.map((log, index) => {
    const at = read(log.at);
    if (at === null) problems.push(`--logs entry ${index}: ${notIso("at", log.at)}`);
    return { id: log.id, channel: log.channel, number: log.number ?? "", at: at ?? new Date(0) };
  });
  return problems.length > 0 ? problems : records;
}

function toShifts(entries: z.infer<typeof shiftSchema>[], zone: string): RosterShift[] | string[] {
  const read = instantReader(zone);
  const problems: string[] = [];
  const shifts = entries.map((entry, index) => {
    const start = read(entry.start);
    const end = read(entry.end);
    const why = [
      ...(start === null ? [notIso("start", entry.start)] : []),
      ...(end === null ? [notIso("end", entry.end)] : []),
      ...(start !== null && end !== null && end.getTime() < start.getTime()
        ? ["end: end is before start"]
        : []),
    ];
    if (why.length > 0) problems.push(`--roster entry ${index}: ${why.join("; ")}`);
    return { staffId: entry.staffId, start: start ?? new Date(0), end: end ?? new Date(0) };
  });
  return problems.length > 0 ? problems : shifts;
}

function orThrow<T>(result: T[] | string[]): T[] {
  if (result.length > 0 && typeof result[0] === "string") {
    throw new UsageError(result.join("\n"));
  }
  return result as T[];
}

async function readBytes(path: string, option: string): Promise<Uint8Array> {
  try {
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw new UsageError(`cannot read --${option} ${path}: ${(error as Error).message}`);
  }
}

async function readEntries<T>(path: string, option: string, schema: z.ZodType<T>): Promise<T[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read --${option} ${path}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UsageError(`--${option} ${path} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed)) throw new UsageError(`--${option} ${path} must hold a JSON array`);
  const entries: T[] = [];
  const problems: string[] = [];
  parsed.forEach((raw: unknown, index) => {
    const result = schema.safeParse(raw);
    if (result.success) {
      entries.push(result.data);
      return;
    }
    const why = result.error.issues
      .map((issue) =>
        issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message,
      )
      .join("; ");
    problems.push(`--${option} entry ${index}: ${why}`);
  });
  if (problems.length > 0) throw new UsageError(problems.join("\n"));
  return entries;
}

/** `huiyin reconcile`: B2.5a on files. */
export const reconcileCommand: Command = {
  name: "reconcile",
  summary: "check a carrier's call export against the phone reception records (B2.5a)",
  usage,
  options: {
    calls: { type: "string" },
    logs: { type: "string" },
    roster: { type: "string" },
    "tolerance-minutes": { type: "string" },
    "min-seconds": { type: "string" },
    tz: { type: "string" },
  },
  async run(values, output) {
    const callsPath = requiredOption(values, "calls");
    const logsPath = requiredOption(values, "logs");
    const rosterPath = values.roster;
    const toleranceMinutes = numberOption(
      values,
      "tolerance-minutes",
      DEFAULT_RECONCILIATION_SETTINGS.toleranceMinutes,
    );
    const minSeconds = numberOption(
      values,
      "min-seconds",
      DEFAULT_RECONCILIATION_SETTINGS.minSeconds,
    );
    const zone = typeof values.tz === "string" ? values.tz : DEFAULT_TIME_ZONE;
    if (!isValidTimeZone(zone)) throw new UsageError(`--tz "${zone}" is not an IANA time zone`);

    const records = orThrow(toRecords(await readEntries(logsPath, "logs", logSchema), zone));
    const shifts =
      typeof rosterPath === "string" && rosterPath !== ""
        ? orThrow(toShifts(await readEntries(rosterPath, "roster", shiftSchema), zone))
        : [];

    let imported;
    try {
      imported = readCarrierCalls(await readBytes(callsPath, "calls"), callsPath, {
        timeZone: zone,
      });
    } catch (error) {
      if (error instanceof CarrierFileError) throw new UsageError(`--calls: ${error.message}`);
      throw error;
    }

    const result = reconcile(imported.calls, records, {
      settings: { toleranceMinutes, minSeconds },
      roster: createRosterIndex(shifts),
      nearestLimit: 0,
    });
    const iso = zonedIsoFormatter(zone);
    const unlogged: {
      row: number;
      start: string;
      number: string;
      seconds: number;
      direction: "in" | "out";
      onDuty: string[];
    }[] = [];
    const missed: { row: number; start: string; number: string }[] = [];
    const matches: { row: number; logId: string }[] = [];
    for (const outcome of result.outcomes) {
      const call: CarrierCall = outcome.call;
      if (outcome.status === "matched") matches.push({ row: call.row, logId: outcome.recordId });
      else if (outcome.status === "missed") {
        missed.push({ row: call.row, start: iso(call.start), number: call.number });
      } else {
        unlogged.push({
          row: call.row,
          start: iso(call.start),
          number: call.number,
          seconds: call.seconds,
          direction: call.type === "out" ? "out" : "in",
          onDuty: [...outcome.onDuty],
        });
      }
    }
    const byRow = (a: { row: number }, b: { row: number }) => a.row - b.row;
    output.stdout(
      toJson({
        summary: {
          rows: imported.rows,
          connected: result.summary.connected,
          missed: result.summary.missed,
          matched: result.summary.matched,
          unlogged: result.summary.unlogged,
          errors: imported.errors.length,
        },
        unlogged: unlogged.sort(byRow),
        missed: missed.sort(byRow),
        matches: matches.sort(byRow),
        // The English reason only: the problem codes are for the web's translations.
        errors: imported.errors.map(({ row, reason }) => ({ row, reason })).sort(byRow),
      }),
    );
    return 0;
  },
};

/**
 * Call reconciliation (B2.5a, issue 7): (a) the domain matching 100,000 connected calls
 * against 100,000 phone reception records; (b) `huiyin reconcile` end to end on a
 * 100,000-row GBK CSV (spawned like an admin runs it). Data are generated deterministically;
 * the best of several runs is reported, and the median beside it.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import iconv from "iconv-lite";
import {
  reconcile,
  type PhoneReceptionRecord,
  type ReconciledCall,
} from "../functions/src/domain/reconciliation.js";
import { createRosterIndex, type RosterShift } from "../functions/src/domain/roster.js";

const CALLS = 100_000;
const DOMAIN_RUNS = 5;
const CLI_RUNS = 3;
const root = fileURLToPath(new URL("..", import.meta.url));

/** A small linear congruential generator, so every run uses the same data. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const next = random(20261005);
const from = Date.parse("2026-10-01T00:00:00+08:00");
const month = Date.parse("2026-11-01T00:00:00+08:00") - from;
// 20,000 households' numbers: mostly mobiles, some landlines (with area code in the export).
const numbers = Array.from({ length: 20_000 }, (_, index) =>
  index % 10 === 0 ? `021${String(50_000_000 + index)}` : `13${String(100_000_000 + index * 37)}`,
);
// How a receptionist writes a number: spaced, with +86, or a landline without its area code.
function written(number: string, pick: number): string {
  if (number.startsWith("021")) return pick < 0.5 ? number.slice(3) : `021-${number.slice(3)}`;
  if (pick < 0.3) return `+86 ${number}`;
  if (pick < 0.6) return `${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7)}`;
  return number;
}

interface GeneratedCall extends ReconciledCall {
  startMs: number;
}
const calls: GeneratedCall[] = [];
const records: PhoneReceptionRecord[] = [];
for (let index = 0; index < CALLS; index++) {
  const number = numbers[Math.floor(next() * numbers.length)] ?? "13800138000";
  const startMs = from + Math.floor((next() * month) / 1000) * 1000;
  const seconds = 5 + Math.floor(next() * 600);
  calls.push({
    id: `c${index}`,
    start: new Date(startMs),
    startMs,
    seconds,
    number,
    type: next() < 0.5 ? "in" : "out",
  });
  // 95% of calls were written down, within ±12 minutes; the rest of the records are for
  // other numbers (a typo, or a call from the staff's own phone).
  const logged = next() < 0.95;
  records.push({
    id: `r${index}`,
    channel: next() < 0.5 ? "phone_in" : "phone_out",
    number: logged ? written(number, next()) : (numbers[Math.floor(next() * numbers.length)] ?? ""),
    at: new Date(startMs + Math.round((next() - 0.3) * 24 * 60_000)),
  });
}
const shifts: RosterShift[] = Array.from({ length: 31 * 3 }, (_, index) => ({
  staffId: `s${index % 7}`,
  start: new Date(from + index * 8 * 3_600_000),
  end: new Date(from + (index + 1) * 8 * 3_600_000),
}));

function summarise(name: string, timings: number[], target: number): void {
  timings.sort((left, right) => left - right);
  console.log(`${name} ${Math.round(timings[0] ?? Number.NaN)} ms`);
  console.log(
    `${name.replace(/_ms$/, "_median_ms")} ${Math.round(timings[Math.floor(timings.length / 2)] ?? Number.NaN)} ms`,
  );
  console.log(`${name}.target ${target} ms`);
}

// (a) The domain.
const domainTimings: number[] = [];
let matched = 0;
for (let run = 0; run < DOMAIN_RUNS; run++) {
  const started = performance.now();
  const result = reconcile(calls, records, { roster: createRosterIndex(shifts) });
  domainTimings.push(performance.now() - started);
  matched = result.summary.matched;
}
console.log(`reconcile.domain.calls ${CALLS} count`);
console.log(`reconcile.domain.matched ${matched} count`);
summarise("reconcile.domain.100k_ms", domainTimings, 1000);

// (b) The CLI end to end on a GBK CSV with title lines.
const pad = (value: number) => String(value).padStart(2, "0");
function wallClock(epochMs: number): string {
  const local = new Date(epochMs + 8 * 3_600_000);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
}
function duration(seconds: number, style: number): string {
  if (style === 0) return String(seconds);
  if (style === 1) return `${Math.floor(seconds / 60)}分${seconds % 60}秒`;
  return `00:${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}
const lines = [
  "中国电信 通话详单",
  "账号:021-55550000,查询月份:2026年10月",
  "起始时间,通话时长,对方号码,呼叫类型,通话地点,费用(元)",
];
calls.forEach((call, index) => {
  const type = call.type === "out" ? "主叫" : index % 20 === 0 ? "未接" : "被叫";
  lines.push(
    `${wallClock(call.startMs)},${duration(call.seconds, index % 3)},${call.number},${type},上海,0.00`,
  );
});
const directory = await mkdtemp(join(tmpdir(), "huiyin-bench-reconcile-"));
const callsPath = join(directory, "calls.csv");
const logsPath = join(directory, "logs.json");
const rosterPath = join(directory, "roster.json");
await writeFile(callsPath, iconv.encode(`${lines.join("\r\n")}\r\n`, "gbk"));
await writeFile(
  logsPath,
  JSON.stringify(
    records.map((record) => ({ ...record, at: record.at.toISOString(), staffId: "s1" })),
  ),
);
await writeFile(rosterPath, JSON.stringify(shifts));

function runCli(): Promise<{ ms: number; code: number | null; bytes: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        join(root, "cli/bin/huiyin.js"),
        "reconcile",
        "--calls",
        callsPath,
        "--logs",
        logsPath,
        "--roster",
        rosterPath,
      ],
      { cwd: root, stdio: ["ignore", "pipe", "inherit"] },
    );
    let bytes = 0;
    child.stdout.on("data", (chunk: Buffer) => (bytes += chunk.length));
    child.on("error", reject);
    child.on("close", (code) => {
      resolve({ ms: performance.now() - started, code, bytes });
    });
  });
}

const cliTimings: number[] = [];
try {
  for (let run = 0; run < CLI_RUNS; run++) {
    const { ms, code, bytes } = await runCli();
    if (code !== 0 || bytes === 0) throw new Error(`huiyin reconcile exited ${String(code)}`);
    cliTimings.push(ms);
  }
} finally {
  await rm(directory, { recursive: true, force: true });
}
console.log(`reconcile.cli.rows ${CALLS} count`);
summarise("reconcile.cli.100k_gbk_ms", cliTimings, 3000);

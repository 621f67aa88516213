/**
 * B2.5a on the emulator: import of a 10,000-row carrier export (GBK CSV) until every flag,
 * finding and call-back task is written (target ≤ 30 s). Deterministic data: a month of
 * calls on one line, 90 % with a matching phone reception, 5 % missed, the rest unlogged;
 * a roster of two 12-hour shifts a day. Prints time, documents read and written.
 */
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import iconv from "iconv-lite";
import { paths } from "../../functions/src/domain/paths.js";
import { collections } from "../../functions/src/firestore/collections.js";
import { importCarrierFile } from "../../functions/src/firestore/carrierCallImport.js";

const ROWS = 10_000;
const app = getApps()[0] ?? initializeApp({ projectId: "demo-huiyin" });
const db = getFirestore(app);
const estateId = `bench-calls-${String(Date.now())}`;
const store = collections(db);
const monthStart = new Date("2026-10-01T00:00:00+08:00").getTime();
const pad = (value: number) => String(value).padStart(2, "0");
const local = (time: number) => {
  const date = new Date(time + 8 * 3_600_000);
  return `${String(date.getUTCFullYear())}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
};

let seed = 7;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

const lines = ["起始時間,通話時長,對方號碼,呼叫類型"];
const receptions: { id: string; number: string; at: number }[] = [];
let unloggedExpected = 0;
for (let row = 0; row < ROWS; row++) {
  const start =
    monthStart + Math.floor((row * 30 * 86_400_000) / ROWS) + Math.floor(random() * 60_000);
  const number = `13${String(100_000_000 + Math.floor(random() * 800_000_000))}`;
  const kind = random();
  if (kind < 0.05) {
    lines.push(`${local(start)},0,${number},未接`);
    continue;
  }
  const seconds = 20 + Math.floor(random() * 300);
  lines.push(`${local(start)},${String(seconds)},${number},${kind < 0.5 ? "被叫" : "主叫"}`);
  if (kind < 0.95) receptions.push({ id: `r${String(row)}`, number, at: start + 60_000 });
  else unloggedExpected++;
}
const bytes = iconv.encode(lines.join("\r\n"), "gbk");

async function arrange(): Promise<void> {
  await store.estates().doc(estateId).set({
    id: estateId,
    name: "bench",
    timeZone: "Asia/Shanghai",
    dutyPhone: "",
    address: "",
  });
  const writer = db.bulkWriter({ throttling: false });
  const stamp = new Date(monthStart);
  for (let day = 0; day < 31; day++) {
    for (const half of [0, 1]) {
      const start = new Date(monthStart + day * 86_400_000 + half * 43_200_000);
      const id = `shift-${String(day)}-${String(half)}`;
      void writer.set(store.rosterShifts(estateId).doc(id), {
        id,
        estateId,
        staffId: half === 0 ? "cs-day" : "cs-night",
        start,
        end: new Date(start.getTime() + 43_200_000),
        dutyLine: "duty",
        createdAt: stamp,
        createdBy: "bench",
        updatedAt: stamp,
        updatedBy: "bench",
      });
    }
  }
  for (const record of receptions) {
    const at = new Date(record.at);
    void writer.set(db.doc(paths.reception(estateId, record.id)), {
      id: record.id,
      estateId,
      channel: "phone_in",
      at,
      day: local(record.at).slice(0, 10),
      callerNumber: record.number,
      callerKey: record.number,
      callerName: "",
      householdId: null,
      personId: null,
      category: "inquiry",
      content: "bench",
      outcome: "",
      staffId: "cs-day",
      ticketId: null,
      archived: false,
      handoverId: null,
      amends: null,
      amendReason: null,
      createdAt: at,
      createdBy: "cs-day",
      updatedAt: at,
      updatedBy: "cs-day",
    });
  }
  await writer.close();
}

await arrange();
const started = performance.now();
const { callImport } = await importCarrierFile(db, {
  estateId,
  line: "duty",
  fileName: "bench.csv",
  bytes,
  uploadedBy: "bench",
});
const seconds = (performance.now() - started) / 1000;
const flags = (await db.collection(paths.callFlags(estateId)).count().get()).data().count;
if (flags !== unloggedExpected || callImport.unlogged !== unloggedExpected) {
  throw new Error(`expected ${String(unloggedExpected)} flags, got ${String(flags)}`);
}
// Reads: the import doc, one getAll per 500 calls, the reconciliation's range queries
// (calls, receptions, shifts, flags, tasks) and the settings/estate documents.
const reads = 1 + ROWS + callImport.newCalls + receptions.length + 62 + 4;
// Writes: the import (twice), the calls, one flag and one finding per unlogged call, tasks.
const writes = 2 + callImport.newCalls + 2 * callImport.unlogged + callImport.missed;
console.log(`reconcile.emulator.import_10k_s ${seconds.toFixed(2)} s`);
console.log("reconcile.emulator.import_10k_s.target 30 s");
console.log(`reconcile.emulator.import_10k_reads ${String(reads)} documents`);
console.log(`reconcile.emulator.import_10k_writes ${String(writes)} documents`);
console.log(`reconcile.emulator.import_10k_unlogged ${String(flags)} flags`);
process.exit(0);

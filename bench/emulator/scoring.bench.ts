/**
 * The monthly recompute on the emulator (SPEC §8, issue 5): one estate with 50 staff and 5,000
 * findings of a month (every rule but B2.10, open, confirmed and cleared, some charged to
 * teams) plus its fee count, recomputed three times (target ≤ 10 s each). Prints the time of
 * the slowest run, and the documents read (each finding once) and written (one per scorecard,
 * plus the month's summary).
 */
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import { ruleCodes } from "../../functions/src/domain/assessment/catalogue.js";
import type { Finding } from "../../functions/src/domain/assessment/finding.js";
import { paths } from "../../functions/src/domain/paths.js";
import { storedFindingOf } from "../../functions/src/domain/schema/finding.js";
import { recomputeMonth } from "../../functions/src/firestore/monthlyScores.js";
import { seededRandom, pick } from "../../scripts/seed/random.js";

const STAFF = 50;
const FINDINGS = 5_000;
const RUNS = 3;
const MONTH = "2026-10";
const ZONE = "Asia/Shanghai";

const db = getFirestore(getApps()[0] ?? initializeApp({ projectId: "demo-huiyin" }));
const estateId = `bench-scores-${String(Date.now())}`;
const random = seededRandom(20261101);
const staff = Array.from(
  { length: STAFF },
  (_, index) => `staff-${String(index).padStart(2, "0")}`,
);
const teams = ["customerService", "environment", "order", "maintenance"];
const rules = ruleCodes.filter((code) => code !== "B2.10");
const monthStart = new Date("2026-10-01T00:00:00+08:00").getTime();
const now = new Date("2026-11-01T02:00:00+08:00");

await db.doc(paths.estate(estateId)).set({ id: estateId, name: "Bench", timeZone: ZONE });
const documents: { path: string; data: object }[] = [];
for (let index = 0; index < FINDINGS; index += 1) {
  const roll = random();
  const byTeam = roll < 0.05;
  const status = roll > 0.9 ? "cleared" : roll > 0.6 ? "confirmed" : "open";
  const at = new Date(monthStart + Math.floor(random() * 30 * 86_400_000));
  const finding: Finding = {
    id: `bench-${String(index).padStart(5, "0")}`,
    rule: pick<Finding["rule"]>(random, rules),
    staffId: byTeam ? null : pick(random, staff),
    teamId: byTeam ? pick(random, teams) : null,
    at,
    status,
    source: "automatic",
    recordedBy: "bench",
    evidence: [{ kind: "text", text: "bench" }],
    referForDismissal: false,
    confirmation: status === "open" ? null : { by: "bench", at },
    clearing: status === "cleared" ? { by: "bench", at, reason: "bench" } : null,
  };
  documents.push({
    path: paths.finding(estateId, finding.id),
    data: storedFindingOf(estateId, finding, ZONE, at),
  });
}
documents.push({
  path: paths.feeMonth(estateId, MONTH),
  data: {
    id: MONTH,
    estateId,
    teamId: "customerService",
    chargeable: 480,
    inArrears: 131,
    fileName: "bench.csv",
    billCount: 480,
    rowErrorCount: 0,
    createdAt: now,
    createdBy: "bench",
    updatedAt: now,
    updatedBy: "bench",
  },
});
await Promise.all(
  Array.from({ length: Math.ceil(documents.length / 500) }, async (_, chunk) => {
    const batch = db.batch();
    for (const document of documents.slice(chunk * 500, chunk * 500 + 500)) {
      batch.set(db.doc(document.path), document.data);
    }
    await batch.commit();
  }),
);

let slowest = 0;
let last: Awaited<ReturnType<typeof recomputeMonth>> | undefined;
for (let run = 0; run < RUNS; run += 1) {
  const started = performance.now();
  last = await recomputeMonth(db, estateId, MONTH, now, "bench");
  slowest = Math.max(slowest, performance.now() - started);
}
if (last === undefined) throw new Error("no run");
if (last.findingsRead !== FINDINGS) {
  throw new Error(`read ${String(last.findingsRead)} findings, expected ${String(FINDINGS)}`);
}
console.log(`scoring.emulator.recompute_50staff_5k_ms ${String(Math.round(slowest))} ms`);
console.log("scoring.emulator.recompute_50staff_5k_ms.target 10000 ms");
console.log(`scoring.emulator.findings_read ${String(last.findingsRead)} documents`);
console.log(`scoring.emulator.documents_read ${String(last.reads)} documents`);
console.log(`scoring.emulator.scorecards_written ${String(last.scorecardsWritten)} documents`);
console.log(`scoring.emulator.documents_written ${String(last.writes)} documents`);

/**
 * The closure dashboard on the emulator (issue 9, SPEC §10): an estate with 10,000 open
 * matters (promises, visits due, tickets, meeting actions, rectifications) in the open-matters
 * index. Opening the dashboard runs the screen's query (a page of 100 ordered by due time,
 * and the same filtered by department and by person) plus two count aggregations: it must
 * read the page only, not 10,000 documents. The data lives in a project of its own, so no
 * trigger of the app fires on the writes.
 */
import { initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import {
  openMatterRecord,
  type OpenMatterRecord,
} from "../../functions/src/domain/followUp/openMatterIndex.js";
import { openMatterKinds } from "../../functions/src/domain/followUp/openMatters.js";
import { paths } from "../../functions/src/domain/paths.js";
import { queries } from "../../functions/src/domain/queries.js";
import { departments } from "../../functions/src/domain/schema/role.js";
import { pick, seededRandom } from "../../scripts/seed/random.js";

const MATTERS = 10_000;
const PAGE = 100;
const PEOPLE = 40;
const RUNS = 5;
const NOW = new Date("2026-11-27T04:00:00Z");
const DAY = 86_400_000;

const app = initializeApp({ projectId: "demo-huiyin-bench-closure" }, "bench-closure");
const db = getFirestore(app);
const estateId = `bench-closure-${String(Date.now())}`;
const random = seededRandom(20261127);

const records: OpenMatterRecord[] = [];
for (let index = 0; index < MATTERS; index += 1) {
  const openedAt = new Date(NOW.getTime() - Math.floor(random() * 120 * DAY));
  const dueAt = new Date(openedAt.getTime() + Math.floor(random() * 30 * DAY));
  records.push(
    openMatterRecord(
      estateId,
      {
        kind: pick(random, openMatterKinds),
        id: `m-${String(index)}`,
        title: `事項 ${String(index)}`,
        openedAt,
        dueAt,
        ownerId: `staff-${String(Math.floor(random() * PEOPLE))}`,
        department: pick(random, departments),
      },
      { householdId: null, escalatedTo: null },
      NOW,
    ),
  );
}

const writeStarted = performance.now();
const chunks = Array.from({ length: Math.ceil(records.length / 500) }, (_, chunk) =>
  records.slice(chunk * 500, chunk * 500 + 500),
);
for (let start = 0; start < chunks.length; start += 8) {
  await Promise.all(
    chunks.slice(start, start + 8).map(async (chunk) => {
      const batch = db.batch();
      for (const record of chunk) batch.set(db.doc(paths.openMatter(estateId, record.id)), record);
      await batch.commit();
    }),
  );
}
const writeMs = performance.now() - writeStarted;

const collection = db.collection(paths.openMatters(estateId));
// The screen's queries, from their descriptions.
const [byDue, byDepartment, byOwner] = [
  queries.openMattersOldestDue,
  queries.openMattersOfDepartment,
  queries.openMattersOfOwner,
].map((description) => description.orderBy[0]?.field ?? "sortAt");
const views = {
  all: collection.orderBy(byDue ?? "sortAt").limit(PAGE),
  department: collection
    .where("department", "==", "maintenance")
    .orderBy(byDepartment ?? "sortAt")
    .limit(PAGE),
  person: collection
    .where("ownerId", "==", "staff-7")
    .orderBy(byOwner ?? "sortAt")
    .limit(PAGE),
};
const times: Record<string, number[]> = { all: [], department: [], person: [] };
const pageTimes: Record<string, number[]> = { all: [], department: [], person: [] };
const countTimes: number[] = [];
let overdueCount = 0;
const reads: Record<string, number> = {};
for (let run = 0; run < RUNS; run += 1) {
  for (const [name, view] of Object.entries(views)) {
    const started = performance.now();
    const [page, open, overdue] = await Promise.all([
      view.get(),
      collection.count().get(),
      collection.where("sortAt", "<=", NOW).count().get(),
    ]);
    times[name]?.push(performance.now() - started);
    reads[name] = page.size;
    if (open.data().count !== MATTERS) {
      throw new Error(`counted ${String(open.data().count)} open matters, not ${String(MATTERS)}`);
    }
    if (overdue.data().count <= 0) throw new Error("no overdue matter counted");
    overdueCount = overdue.data().count;
    // The same two parts apart: the page alone, and the two counts alone.
    const pageStarted = performance.now();
    await view.get();
    pageTimes[name]?.push(performance.now() - pageStarted);
    const countsStarted = performance.now();
    await Promise.all([
      collection.count().get(),
      collection.where("sortAt", "<=", NOW).count().get(),
    ]);
    countTimes.push(performance.now() - countsStarted);
  }
}

// The first page is the earliest due, i.e. the overdue ones first.
const first = await views.all.get();
const sorted = [...records].sort((a, b) => a.sortAt.getTime() - b.sortAt.getTime());
if (first.docs[0]?.id !== sorted[0]?.id)
  throw new Error("the page does not start with the earliest due");

const median = (values: readonly number[]) => {
  const ordered = [...values].sort((a, b) => a - b);
  return ordered[Math.floor(ordered.length / 2)] ?? Number.NaN;
};
console.log(`closureDashboard.emulator.open_matters ${String(MATTERS)} records`);
console.log(`closureDashboard.emulator.write_ms ${writeMs.toFixed(0)} ms`);
for (const name of Object.keys(views)) {
  console.log(`closureDashboard.emulator.${name}.reads ${String(reads[name] ?? 0)} documents`);
  console.log(
    `closureDashboard.emulator.${name}.median_ms ${median(times[name] ?? []).toFixed(0)} ms`,
  );
}
for (const name of Object.keys(views)) {
  console.log(
    `closureDashboard.emulator.${name}.page_median_ms ${median(pageTimes[name] ?? []).toFixed(0)} ms`,
  );
}
console.log(`closureDashboard.emulator.counts.median_ms ${median(countTimes).toFixed(0)} ms`);
// Firestore bills a count as one read per 1,000 index entries it matches (at least one).
const billed = (count: number) => Math.max(1, Math.ceil(count / 1000));
console.log(
  `closureDashboard.emulator.all.billed_reads ${String(PAGE + billed(MATTERS) + billed(overdueCount))} reads`,
);
console.log(`closureDashboard.emulator.all.reads.target ${String(PAGE)} documents`);
console.log("closureDashboard.emulator.counts 2 aggregations");

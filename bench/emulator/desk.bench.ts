/**
 * The reception desk on the emulator (issue 3): an estate with 50,000 reception records (about
 * 50 a day over three years) and 2,000 people. Opening today's desk runs the desk's query
 * (`day == today`, ordered by time) and must read today's records only; the caller-ID lookup
 * (people whose `phoneKeys` contain the number, then their household) must answer in
 * ≤ 100 ms median. The data lives in a project of its own, so no trigger of the app fires on
 * the 50,000 writes.
 */
import { initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import { paths } from "../../functions/src/domain/paths.js";
import { queries } from "../../functions/src/domain/queries.js";
import {
  receptionCategories,
  RECEPTION_CHANNELS,
} from "../../functions/src/domain/schema/reception.js";
import { addDays, dayRange } from "../../functions/src/domain/time.js";
import { pick, seededRandom } from "../../scripts/seed/random.js";

const RECEPTIONS = 50_000;
const PER_DAY = 50;
const PEOPLE = 2_000;
const LOOKUPS = 60;
const ZONE = "Asia/Shanghai";
const TODAY = "2026-10-05";

const app = initializeApp({ projectId: "demo-huiyin-bench-desk" }, "bench-desk");
const db = getFirestore(app);
const estateId = `bench-desk-${String(Date.now())}`;
const random = seededRandom(20261005);
const stamp = (at: Date) => ({
  createdAt: at,
  createdBy: "bench",
  updatedAt: at,
  updatedBy: "bench",
});

const mobile = (index: number) => `139${String(10_000_000 + index * 7919).slice(-8)}`;
const documents: { path: string; data: object }[] = [];
const then = new Date("2023-01-01T00:00:00+08:00");
for (let index = 0; index < PEOPLE; index += 1) {
  const householdId = `h-${String(Math.floor(index / 2))}`;
  if (index % 2 === 0) {
    documents.push({
      path: paths.household(estateId, householdId),
      data: {
        id: householdId,
        estateId,
        building: "1",
        unit: "1",
        room: String(index),
        ...stamp(then),
      },
    });
  }
  documents.push({
    path: paths.person(estateId, `p-${String(index)}`),
    data: {
      id: `p-${String(index)}`,
      estateId,
      householdId,
      kind: "owner",
      name: `業主${String(index)}`,
      phones: [{ number: mobile(index), label: "" }],
      phoneKeys: [mobile(index)],
      ...stamp(then),
    },
  });
}
const days = Math.ceil(RECEPTIONS / PER_DAY);
let todayCount = 0;
for (let index = 0; index < RECEPTIONS; index += 1) {
  const day = addDays(TODAY, -Math.floor(index / PER_DAY));
  if (day === TODAY) todayCount += 1;
  const at = new Date(dayRange(day, ZONE).start.getTime() + Math.floor(random() * 86_400_000));
  const person = Math.floor(random() * PEOPLE);
  documents.push({
    path: paths.reception(estateId, `r-${String(index).padStart(6, "0")}`),
    data: {
      id: `r-${String(index).padStart(6, "0")}`,
      estateId,
      channel: pick(random, RECEPTION_CHANNELS),
      at,
      day,
      callerNumber: mobile(person),
      callerKey: mobile(person),
      callerName: "",
      householdId: `h-${String(Math.floor(person / 2))}`,
      personId: `p-${String(person)}`,
      category: pick(random, receptionCategories),
      content: "bench",
      outcome: "",
      staffId: "cs",
      ticketId: null,
      archived: day !== TODAY,
      handoverId: day !== TODAY ? `shift-${day}` : null,
      amends: null,
      amendReason: null,
      ...stamp(at),
    },
  });
}

const writeStarted = performance.now();
const chunks = Array.from({ length: Math.ceil(documents.length / 500) }, (_, chunk) =>
  documents.slice(chunk * 500, chunk * 500 + 500),
);
for (let start = 0; start < chunks.length; start += 8) {
  await Promise.all(
    chunks.slice(start, start + 8).map(async (chunk) => {
      const batch = db.batch();
      for (const document of chunk) batch.set(db.doc(document.path), document.data);
      await batch.commit();
    }),
  );
}
const writeMs = performance.now() - writeStarted;

// Opening today's desk: the app's query, built from its description.
const description = queries.receptionsOfDay;
let todayQuery = db
  .collection(paths.receptions(estateId))
  .where(description.where[0]?.field ?? "day", "==", TODAY);
for (const order of description.orderBy)
  todayQuery = todayQuery.orderBy(order.field, order.direction);
const openTimes: number[] = [];
let reads = 0;
for (let run = 0; run < 5; run += 1) {
  const started = performance.now();
  const snapshot = await todayQuery.get();
  openTimes.push(performance.now() - started);
  reads = snapshot.size;
}

// Caller-ID: whose number is ringing, and their household.
const lookupTimes: number[] = [];
for (let run = 0; run < LOOKUPS; run += 1) {
  const number = mobile(Math.floor(random() * PEOPLE));
  const started = performance.now();
  const people = await db
    .collection(paths.people(estateId))
    .where("phoneKeys", "array-contains", number)
    .limit(10)
    .get();
  await Promise.all(
    [...new Set(people.docs.map((person) => String(person.get("householdId"))))].map((id) =>
      db.doc(paths.household(estateId, id)).get(),
    ),
  );
  lookupTimes.push(performance.now() - started);
  if (people.size !== 1)
    throw new Error(`caller-ID found ${String(people.size)} people for ${number}`);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
if (reads !== todayCount)
  throw new Error(`today's desk read ${String(reads)}, expected ${String(todayCount)}`);
console.log(`desk.emulator.receptions ${String(RECEPTIONS)} records`);
console.log(`desk.emulator.days ${String(days)} days`);
console.log(`desk.emulator.write_50k_ms ${String(Math.round(writeMs))} ms`);
console.log(`desk.emulator.today_reads ${String(reads)} documents`);
console.log(`desk.emulator.today_reads.target ${String(todayCount)} documents`);
console.log(`desk.emulator.today_open_median_ms ${String(Math.round(median(openTimes)))} ms`);
console.log(`desk.emulator.caller_id_median_ms ${median(lookupTimes).toFixed(1)} ms`);
console.log(`desk.emulator.caller_id_median_ms.target 100 ms`);

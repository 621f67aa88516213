/**
 * The department ticket queue on the emulator (issue 4): an estate with 20,000 tickets over
 * four departments, most of them closed. Opening a department's queue runs the screen's query
 * (`ticketQueueOfDepartment`: department ==, status in the running ones, by due time, one page)
 * and must read at most one page of documents, however many tickets the estate holds. The
 * data lives in a project of its own, so no trigger of the app fires on the writes.
 */
import { initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import { paths } from "../../functions/src/domain/paths.js";
import { queries } from "../../functions/src/domain/queries.js";
import { departments } from "../../functions/src/domain/schema/role.js";
import { runningStatuses } from "../../functions/src/domain/tickets/dueTime.js";
import { ticketStatuses } from "../../functions/src/domain/tickets/ticket.js";
import { pick, seededRandom } from "../../scripts/seed/random.js";

const TICKETS = 20_000;
/** The screen's page size (`QUEUE_PAGE_SIZE` in `web/src/firebase/tickets.ts`). */
const PAGE_SIZE = 30;
const RUNS = 5;

const app = initializeApp({ projectId: "demo-huiyin-bench-tickets" }, "bench-tickets");
const db = getFirestore(app);
const estateId = `bench-tickets-${String(Date.now())}`;
const random = seededRandom(20261104);
const then = new Date("2024-01-01T00:00:00+08:00");

const writeStarted = performance.now();
let runningMaintenance = 0;
const chunks = Math.ceil(TICKETS / 500);
for (let start = 0; start < chunks; start += 8) {
  await Promise.all(
    Array.from({ length: Math.min(8, chunks - start) }, async (_, offset) => {
      const batch = db.batch();
      const chunk = start + offset;
      for (let index = chunk * 500; index < Math.min(TICKETS, chunk * 500 + 500); index += 1) {
        const department = pick(random, departments);
        // One ticket in five is still running; the rest are history.
        const status =
          random() < 0.2
            ? pick(random, runningStatuses)
            : pick(
                random,
                ticketStatuses.filter((value) => !runningStatuses.includes(value)),
              );
        if (department === "maintenance" && runningStatuses.includes(status))
          runningMaintenance += 1;
        const openedAt = new Date(then.getTime() + index * 90 * 60_000);
        const id = `t-${String(index).padStart(6, "0")}`;
        batch.set(db.doc(paths.ticket(estateId, id)), {
          id,
          estateId,
          type: "repair",
          department,
          householdId: `h-${String(index % 3000)}`,
          title: "bench",
          status,
          openedAt,
          dueAt: new Date(openedAt.getTime() + 24 * 3_600_000),
          flagged: false,
          updatedAt: openedAt,
        });
      }
      await batch.commit();
    }),
  );
}
const writeMs = performance.now() - writeStarted;

// Opening the maintenance queue: the app's query, built from its description.
const description = queries.ticketQueueOfDepartment;
let queue = db
  .collection(paths.tickets(estateId))
  .where(description.where[0]?.field ?? "department", "==", "maintenance")
  .where(description.where[1]?.field ?? "status", "in", [...runningStatuses]);
for (const order of description.orderBy) queue = queue.orderBy(order.field, order.direction);
queue = queue.limit(PAGE_SIZE);

const times: number[] = [];
let reads = 0;
for (let run = 0; run < RUNS; run += 1) {
  const started = performance.now();
  const snapshot = await queue.get();
  times.push(performance.now() - started);
  reads = snapshot.size;
}
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;
if (reads > PAGE_SIZE) throw new Error(`the queue read ${String(reads)} > ${String(PAGE_SIZE)}`);
console.log(`ticketQueue.emulator.tickets ${String(TICKETS)} tickets`);
console.log(`ticketQueue.emulator.running_maintenance ${String(runningMaintenance)} tickets`);
console.log(`ticketQueue.emulator.write_20k_ms ${String(Math.round(writeMs))} ms`);
console.log(`ticketQueue.emulator.queue_reads ${String(reads)} documents`);
console.log(`ticketQueue.emulator.queue_reads.target ${String(PAGE_SIZE)} documents`);
console.log(`ticketQueue.emulator.queue_open_median_ms ${String(Math.round(median))} ms`);

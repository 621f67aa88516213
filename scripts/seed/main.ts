/**
 * Seeds the demo estate into the running emulators (never a real project: the project id is
 * `demo-huiyin` and the emulator variables must be set). Running it twice gives the same data.
 */
import { initializeApp } from "firebase-admin/app";
import { getAuth } from "firebase-admin/auth";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import { paths } from "../../functions/src/domain/paths.js";
import type { Estate } from "../../functions/src/domain/schema/estate.js";
import { DEMO_ESTATE_ID, DEMO_PASSWORD, SECOND_ESTATE_ID, demoLogins } from "./logins.mjs";
import { demoHouseholds } from "./households.js";
import { seedStaff } from "./staff.js";
import { withTriggersPaused } from "./triggers.js";
import { seedAssessment } from "./assessment.js";
import { seedCalls } from "./calls.js";
import { seedDesk } from "./desk.js";
import { seedTickets } from "./tickets.js";
import { seedSurvey } from "./survey.js";
import { seedNotices } from "./notices.js";
import { seedFollowUp } from "./followUp.js";
import { seedLastVisits } from "./visitCoverage.js";

const quiet = process.argv.includes("--quiet");
const log = (message: string) => {
  if (!quiet) console.log(message);
};

/** The instant the demo history ends: the seed's "now". */
export const SEED_NOW = new Date();

const estates: Estate[] = [
  {
    id: DEMO_ESTATE_ID,
    name: "翠湖山莊",
    timeZone: "Asia/Shanghai",
    dutyPhone: "010-6914 2200",
    address: "北京市延慶區翠湖路 8 號",
  },
  {
    id: SECOND_ESTATE_ID,
    name: "松濤苑",
    timeZone: "Asia/Shanghai",
    dutyPhone: "010-6914 3300",
    address: "北京市延慶區松濤街 2 號",
  },
];

/** Writes documents in batches of at most 500 (BulkWriter throttles; batches do not). */
export async function writeAll(
  db: Firestore,
  documents: { path: string; data: object }[],
): Promise<void> {
  for (let start = 0; start < documents.length; start += 500) {
    const batch = db.batch();
    for (const document of documents.slice(start, start + 500)) {
      batch.set(db.doc(document.path), document.data);
    }
    await batch.commit();
  }
}

async function main(): Promise<void> {
  const app = initializeApp({ projectId: process.env.GCLOUD_PROJECT ?? "demo-huiyin" });
  const db = getFirestore(app);
  const auth = getAuth(app);
  const started = Date.now();

  await writeAll(
    db,
    estates.map((estate) => ({ path: paths.estate(estate.id), data: estate })),
  );
  await seedStaff(auth, db, DEMO_PASSWORD, [
    ...demoLogins.map((login) => ({ ...login, estateId: DEMO_ESTATE_ID })),
    ...demoLogins
      .filter((login) => login.role === "admin")
      .map((login) => ({ ...login, estateId: SECOND_ESTATE_ID })),
    {
      uid: "second-cs",
      email: "cs@second.huiyin.test",
      role: "customerService",
      name: "周雨涵",
      badge: "KF-11",
      estateId: SECOND_ESTATE_ID,
    },
  ]);

  const stamp = { createdAt: SEED_NOW, createdBy: "seed", updatedAt: SEED_NOW, updatedBy: "seed" };
  for (const [estateId, options] of [
    [DEMO_ESTATE_ID, { buildings: 6, floors: 18, seed: 20261001 }],
    [SECOND_ESTATE_ID, { buildings: 2, floors: 6, seed: 20261002 }],
  ] as const) {
    const { households, people } = demoHouseholds(estateId, stamp, options);
    await writeAll(db, [
      ...households.map((household) => ({
        path: paths.household(estateId, household.id),
        data: household,
      })),
      ...people.map((person) => ({ path: paths.person(estateId, person.id), data: person })),
    ]);
    log(`  ${estateId}: ${households.length} households, ${people.length} people`);
  }
  // The desk and the calls first: their real B2.1, B2.2 and B2.5a findings join the scorecards.
  log(`  desk: ${JSON.stringify(await seedDesk(db, DEMO_ESTATE_ID, SEED_NOW, writeAll))}`);
  log(`  calls: ${JSON.stringify(await seedCalls(db, DEMO_ESTATE_ID, SEED_NOW))}`);
  await seedAssessment(db, DEMO_ESTATE_ID, SEED_NOW, writeAll);
  log(`  survey: ${JSON.stringify(await seedSurvey(db, DEMO_ESTATE_ID, SEED_NOW, writeAll))}`);
  log(`  tickets: ${JSON.stringify(await seedTickets(db, DEMO_ESTATE_ID, SEED_NOW, writeAll))}`);
  // Last: the closure dashboard indexes what the seeds above opened (tickets, tasks, visits).
  log(`  follow-up: ${JSON.stringify(await seedFollowUp(db, DEMO_ESTATE_ID, SEED_NOW, writeAll))}`);
  log(`  visit coverage: ${JSON.stringify(await seedLastVisits(db, DEMO_ESTATE_ID))}`);
  log(`  notices: ${JSON.stringify(await seedNotices(db, DEMO_ESTATE_ID, SEED_NOW, writeAll))}`);
  log(`Seeded the demo estates in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

await withTriggersPaused(main);

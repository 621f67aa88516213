/**
 * The owner survey on the emulator (issue 8): 1,000 households answer in a burst through the
 * deployed HTTP function `submitSurvey` (100 of them send their answer twice, as a flaky
 * phone would); the statistics trigger must count every household exactly once, and the
 * bench measures how long until the aggregate the dashboard reads shows them all. Also the
 * survey page's JS size (gzip) from the web build, and its time to first render from a link
 * in Chromium on slow 4G (`firstRender.ts`; target: under a second), before the burst.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import { issueLinks } from "../../functions/src/callables/issueSurveyLinks.js";
import type { Household } from "../../functions/src/domain/schema/household.js";
import {
  SURVEY_AREA_KEYS,
  type SatisfactionLevel,
} from "../../functions/src/domain/survey/areas.js";
import { surveyStatistics } from "../../functions/src/domain/survey/surveyStatistics.js";
import { collections } from "../../functions/src/firestore/collections.js";
import { pick, seededRandom } from "../../scripts/seed/random.js";
import { firstRenders, printFirstRender } from "./firstRender.js";

const HOUSEHOLDS = 1_000;
const RESENT = 100;
const IN_FLIGHT = 8;
const PROJECT = "demo-huiyin";

async function functionsOrigin(): Promise<string> {
  const port = process.env.VITE_FUNCTIONS_EMULATOR_PORT;
  if (port !== undefined && port !== "") return `http://127.0.0.1:${port}`;
  const hub = process.env.FIREBASE_EMULATOR_HUB;
  if (hub === undefined) throw new Error("Run inside the emulators (npm run bench -- survey).");
  const emulators = (await (await fetch(`http://${hub}/emulators`)).json()) as Record<
    string,
    { host: string; port: number }
  >;
  const functions = emulators.functions;
  if (functions === undefined) throw new Error("The Functions emulator is not running.");
  return `http://${functions.host}:${String(functions.port)}`;
}

const app = initializeApp({ projectId: PROJECT }, "bench-survey");
const db = getFirestore(app);
const typed = collections(db);
const estateId = `bench-survey-${String(Date.now())}`;
const campaignId = "survey-bench";
const now = new Date();
const stamp = { createdAt: now, createdBy: "bench", updatedAt: now, updatedBy: "bench" };

await typed.estates().doc(estateId).set({
  id: estateId,
  name: "基準測試山莊",
  timeZone: "Asia/Shanghai",
  dutyPhone: "",
  address: "",
});
for (let start = 0; start < HOUSEHOLDS; start += 500) {
  const batch = db.batch();
  for (let index = start; index < Math.min(start + 500, HOUSEHOLDS); index += 1) {
    const building = String(1 + (index % 10));
    const room = String(101 + Math.floor(index / 10));
    const household: Household = {
      id: `h-${building}-1-${room}`,
      estateId,
      building,
      unit: "1",
      room,
      floor: 1,
      locationDescription: "",
      mapPosition: null,
      areaSquareMetres: null,
      handoverDate: new Date("2021-06-01T00:00:00+08:00"),
      warrantyEnd: null,
      feeAccount: "",
      ...stamp,
    };
    batch.set(typed.households(estateId).doc(household.id), household);
  }
  await batch.commit();
}
await typed
  .surveyCampaigns(estateId)
  .doc(campaignId)
  .set({
    id: campaignId,
    estateId,
    title: "基準測試調查",
    opensAt: new Date(now.getTime() - 86_400_000),
    closesAt: new Date(now.getTime() + 86_400_000),
    areas: [...SURVEY_AREA_KEYS],
    extraQuestions: [],
    satisfiedLevels: [4, 5],
    targets: { linksIssuedRate: 0.9, returnedRate: 0.8, overallRate: 0.9, areaRate: 0.9 },
    ...stamp,
  });
const { issued } = await issueLinks(db, { estateId, campaignId }, "bench");

const random = seededRandom(20261108);
const levels: readonly (SatisfactionLevel | null)[] = [5, 5, 4, 4, 4, 3, 2, 1, null];
const bodies = issued.map((link, index) => ({
  householdId: link.householdId,
  building: link.building,
  body: {
    token: link.token,
    submissionId: `bench-${String(index).padStart(6, "0")}`,
    ratings: Object.fromEntries(SURVEY_AREA_KEYS.map((area) => [area, pick(random, levels)])),
    opinion:
      random() < 0.3 ? pick(random, ["停車位太少", "電梯經常壞", "綠化很好", "保安態度好"]) : null,
  },
}));
const expected = surveyStatistics(
  bodies.map(({ householdId, building, body }) => ({
    household: householdId,
    building,
    submittedAt: now,
    ratings: body.ratings as Record<(typeof SURVEY_AREA_KEYS)[number], SatisfactionLevel | null>,
    opinion: body.opinion,
  })),
);

// An owner opening their link for the first time, on a phone (the empty form), measured before
// the burst so that the figure is the page's and not the emulator's backlog. The function's
// first answer starts its process in the emulator: reported apart, without a target.
const functions = `${await functionsOrigin()}/${PROJECT}/${process.env.FUNCTIONS_REGION ?? "asia-east2"}`;
const opener = issued[0];
if (opener === undefined) throw new Error("No survey link was issued.");
const coldStarted = performance.now();
await (
  await fetch(`${functions}/openSurvey`, {
    method: "POST",
    headers: { "Content-Type": "text/plain;charset=UTF-8" },
    body: JSON.stringify({ token: opener.token }),
  })
).arrayBuffer();
console.log(`survey.emulator_cold_start_ms ${(performance.now() - coldStarted).toFixed(0)} ms`);
printFirstRender("survey", await firstRenders(`/s/${opener.token}`, "form .submit", "openSurvey"));

const url = `${functions}/submitSurvey`;
const queue = [
  ...bodies.map((entry) => entry.body),
  ...bodies.slice(0, RESENT).map((entry) => entry.body),
];
let refused = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: IN_FLIGHT }, async () => {
    for (let body = queue.shift(); body !== undefined; body = queue.shift()) {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "text/plain" },
        body: JSON.stringify(body),
      });
      if (!response.ok) refused += 1;
      await response.arrayBuffer();
    }
  }),
);
const submitted = performance.now();

const aggregateRef = typed.surveyAggregate(estateId, campaignId);
const deadline = Date.now() + 240_000;
for (;;) {
  const aggregate = (await aggregateRef.get()).data();
  if ((aggregate?.statistics.returned ?? 0) >= HOUSEHOLDS || Date.now() > deadline) break;
  await new Promise((resolve) => setTimeout(resolve, 100));
}
const shown = performance.now();
// Let redelivered or late triggers finish, then check nothing was counted twice.
await new Promise((resolve) => setTimeout(resolve, 3_000));
const settled = (await aggregateRef.get()).data();

console.log(`survey.emulator.burst_submissions ${String(HOUSEHOLDS + RESENT)} requests`);
console.log(`survey.emulator.burst_refused ${String(refused)} requests`);
console.log(`survey.emulator.burst_submit_ms ${(submitted - started).toFixed(0)} ms`);
console.log(`survey.emulator.burst_until_dashboard_ms ${(shown - started).toFixed(0)} ms`);
console.log(
  `survey.emulator.burst_counted ${String(settled?.statistics.returned ?? 0)} households`,
);
console.log(`survey.emulator.burst_counted.target ${String(HOUSEHOLDS)} households`);
console.log(
  `survey.emulator.burst_ratings_counted ${String(settled?.statistics.overall.answered ?? 0)} ratings`,
);
console.log(
  `survey.emulator.burst_ratings_counted.target ${String(expected.overall.answered)} ratings`,
);

// The survey page's JS: from the web build if there is one, else a build of its own.
const web = path.resolve("web");
const offset = process.env.HUIYIN_PORT_OFFSET;
const candidates = [offset ? path.join(web, `dist-${offset}`) : "", path.join(web, "dist")].filter(
  (dir) => dir !== "" && existsSync(path.join(dir, ".vite", "manifest.json")),
);
let dist = candidates[0];
if (dist === undefined) {
  dist = mkdtempSync(path.join(tmpdir(), "huiyin-web-"));
  execFileSync(
    "npx",
    ["vite", "build", "--mode", "emulator", "--outDir", dist, "--logLevel", "error"],
    {
      cwd: web,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
}
process.stdout.write(
  execFileSync(process.execPath, ["web/scripts/publicJsSize.mjs", dist], { encoding: "utf8" }),
);
process.exit(0);

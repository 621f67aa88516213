/**
 * A survey scene the end-to-end tests build for themselves with the Admin SDK: an estate of
 * its own with a few handed-over households, an open campaign, and links issued through the
 * same code as the callable (`issueLinks`).
 */
import { randomUUID } from "node:crypto";
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import {
  issueLinks,
  type IssuedSurveyLink,
} from "../../functions/src/callables/issueSurveyLinks.js";
import type { Household } from "../../functions/src/domain/schema/household.js";
import type { SurveyAggregateRecord } from "../../functions/src/domain/schema/surveyAggregateRecord.js";
import { collections } from "../../functions/src/firestore/collections.js";

/** The Admin SDK's Firestore in the emulator. */
export function adminDb(): Firestore {
  const app = getApps()[0] ?? initializeApp({ projectId: "demo-huiyin" });
  return getFirestore(app);
}

const DAY = 86_400_000;

/** A survey scene: estate, campaign and the issued links. */
export interface SurveyScene {
  estateId: string;
  campaignId: string;
  links: IssuedSurveyLink[];
}

/**
 * Builds a scene in `estateId` (a fresh estate by default) with `count` households in two
 * buildings and an open campaign.
 */
export async function surveyScene(
  count = 4,
  estateId = `e2e-survey-${randomUUID().slice(0, 8)}`,
  campaignId = `survey-${randomUUID().slice(0, 8)}`,
): Promise<SurveyScene> {
  const db = adminDb();
  const typed = collections(db);
  const now = new Date();
  const stamp = { createdAt: now, createdBy: "e2e", updatedAt: now, updatedBy: "e2e" };
  if (!(await typed.estates().doc(estateId).get()).exists) {
    await typed.estates().doc(estateId).set({
      id: estateId,
      name: "翠湖山莊",
      timeZone: "Asia/Shanghai",
      dutyPhone: "",
      address: "",
    });
    const batch = db.batch();
    for (let index = 0; index < count; index += 1) {
      const building = String(1 + (index % 2));
      const room = `${String(1 + Math.floor(index / 2))}01`;
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
      title: "2026 年度業主滿意度調查",
      opensAt: new Date(now.getTime() - DAY),
      closesAt: new Date(now.getTime() + 30 * DAY),
      areas: [
        "power",
        "water",
        "fireSecurity",
        "sanitation",
        "greening",
        "publicFacilities",
        "repair",
        "attitude",
      ],
      extraQuestions: [],
      satisfiedLevels: [4, 5],
      targets: { linksIssuedRate: 0.9, returnedRate: 0.8, overallRate: 0.9, areaRate: 0.9 },
      ...stamp,
    });
  const { issued } = await issueLinks(db, { estateId, campaignId }, "e2e-director");
  return { estateId, campaignId, links: issued };
}

/** Polls the campaign's aggregate until `ready` holds. */
export async function aggregateWhen(
  scene: Pick<SurveyScene, "estateId" | "campaignId">,
  ready: (aggregate: SurveyAggregateRecord) => boolean,
  timeoutMs = 75_000,
): Promise<SurveyAggregateRecord> {
  const started = Date.now();
  for (;;) {
    const aggregate = (
      await collections(adminDb()).surveyAggregate(scene.estateId, scene.campaignId).get()
    ).data();
    if (aggregate !== undefined && ready(aggregate)) return aggregate;
    if (Date.now() - started > timeoutMs) throw new Error("the aggregate did not update in time");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The Functions emulator's origin (from the test environment, never a fixed port). */
async function functionsOrigin(): Promise<string> {
  const port = process.env.VITE_FUNCTIONS_EMULATOR_PORT;
  if (port !== undefined && port !== "") return `http://127.0.0.1:${port}`;
  const hub = process.env.FIREBASE_EMULATOR_HUB;
  if (hub === undefined) throw new Error("Run inside the emulators (npm test).");
  const emulators = (await (await fetch(`http://${hub}/emulators`)).json()) as Record<
    string,
    { host: string; port: number } | undefined
  >;
  const functions = emulators.functions;
  if (functions === undefined) throw new Error("The Functions emulator is not running.");
  return `http://${functions.host}:${String(functions.port)}`;
}

/**
 * The Functions emulator starts a worker and loads all of the functions' code on the first call
 * of each function (many seconds on a busy machine, unlike a warm production instance). Call
 * each public function once with a token that is no link (refused, nothing stored), so that the
 * owner's page is timed rather than the emulator's start.
 */
export async function warmUpPublicFunctions(names: readonly string[]): Promise<void> {
  const origin = await functionsOrigin();
  await Promise.all(
    names.map(async (name) => {
      const response = await fetch(`${origin}/demo-huiyin/asia-east2/${name}`, {
        method: "POST",
        headers: { "Content-Type": "text/plain" },
        body: JSON.stringify({ token: "warm-up-token-0000000000" }),
      });
      await response.text();
    }),
  );
}

/**
 * The demo estate's owner survey (C1–C3): a campaign opened three weeks ago, links issued to
 * every occupied household (deterministic tokens, only their hashes stored), answers from about
 * 60% of the households with realistic ratings and opinions, the statistics computed, and two
 * rectification tasks. Deterministic: the same seed gives the same survey.
 */
import type { Firestore } from "firebase-admin/firestore";
import { issueLinks } from "../../functions/src/callables/issueSurveyLinks.js";
import { paths } from "../../functions/src/domain/paths.js";
import { rectificationSchema } from "../../functions/src/domain/schema/rectification.js";
import { surveyCampaignSchema } from "../../functions/src/domain/schema/surveyCampaign.js";
import {
  surveyResponseRecordSchema,
  type SurveyResponseRecord,
} from "../../functions/src/domain/schema/surveyResponse.js";
import {
  SURVEY_AREA_KEYS,
  type SatisfactionLevel,
  type SurveyArea,
} from "../../functions/src/domain/survey/areas.js";
import { OWNER_OPINIONS } from "../../functions/src/domain/survey/fixtures/opinions.js";
import { recomputeSurveyAggregate } from "../../functions/src/firestore/surveyStatistics.js";
import { pick, seededRandom } from "./random.js";

/** The demo campaign's id. */
export const DEMO_CAMPAIGN_ID = "survey-2026";

const DAY = 86_400_000;

/** How satisfied owners are with each area in the demo (chance of 5, 4, 3, 2, 1). */
const AREA_MOOD: Record<SurveyArea, readonly [number, number, number, number, number]> = {
  power: [0.55, 0.38, 0.05, 0.01, 0.01],
  water: [0.5, 0.4, 0.07, 0.02, 0.01],
  fireSecurity: [0.4, 0.42, 0.12, 0.04, 0.02],
  sanitation: [0.38, 0.45, 0.11, 0.04, 0.02],
  greening: [0.3, 0.42, 0.18, 0.07, 0.03],
  publicFacilities: [0.25, 0.4, 0.22, 0.09, 0.04],
  repair: [0.42, 0.44, 0.09, 0.03, 0.02],
  attitude: [0.5, 0.42, 0.06, 0.01, 0.01],
};

function level(random: () => number, chances: readonly number[]): SatisfactionLevel {
  let draw = random();
  for (const [index, chance] of chances.entries()) {
    draw -= chance;
    if (draw < 0) return (5 - index) as SatisfactionLevel;
  }
  return 3;
}

/** Seeds the survey of `estateId` (its households must be there). Returns what was written. */
export async function seedSurvey(
  db: Firestore,
  estateId: string,
  now: Date,
  writeAll: (db: Firestore, documents: { path: string; data: object }[]) => Promise<void>,
): Promise<{ links: number; responses: number; demoLink: string | null }> {
  const random = seededRandom(20261101);
  const stamp = { createdAt: now, createdBy: "seed", updatedAt: now, updatedBy: "seed" };
  const campaign = surveyCampaignSchema.parse({
    id: DEMO_CAMPAIGN_ID,
    estateId,
    title: "2026 年度業主滿意度調查",
    // C1 "optional extra questions": parking, which owners of this estate often raise.
    extraQuestions: [
      { key: "q1", labels: { "zh-Hant": "停車管理", "zh-Hans": "停车管理", en: "Parking" } },
    ],
    opensAt: new Date(now.getTime() - 21 * DAY),
    closesAt: new Date(now.getTime() + 9 * DAY),
    ...stamp,
  });
  await writeAll(db, [{ path: paths.surveyCampaign(estateId, DEMO_CAMPAIGN_ID), data: campaign }]);
  // Re-seeding replaces the links: the old ones are revoked, new deterministic ones issued.
  const existing = await db
    .collection(paths.surveyLinks())
    .where("estateId", "==", estateId)
    .where("campaignId", "==", DEMO_CAMPAIGN_ID)
    .get();
  const { issued } = await issueLinks(
    db,
    {
      estateId,
      campaignId: DEMO_CAMPAIGN_ID,
      ...(existing.empty
        ? {}
        : {
            householdIds: [...new Set(existing.docs.map((doc) => String(doc.get("householdId"))))],
          }),
    },
    "seed",
    now,
    (size) => Uint8Array.from({ length: size }, () => Math.floor(random() * 256)),
  );

  const responses: SurveyResponseRecord[] = [];
  for (const link of issued) {
    if (random() >= 0.6) continue;
    const ratings = Object.fromEntries(
      SURVEY_AREA_KEYS.map((area) => [
        area,
        random() < 0.06 ? null : level(random, AREA_MOOD[area]),
      ]),
    ) as Record<SurveyArea, SatisfactionLevel | null>;
    const submittedAt = new Date(now.getTime() - Math.floor(random() * 20 * DAY));
    const opinion = random() < 0.45 ? pick(random, OWNER_OPINIONS).trim() : "";
    responses.push(
      surveyResponseRecordSchema.parse({
        id: link.householdId,
        estateId,
        campaignId: DEMO_CAMPAIGN_ID,
        householdId: link.householdId,
        label: link.label,
        building: link.building,
        ratings,
        // Parking is run by the order team: owners rate it like fire and security (no draw, so
        // the seeded answers stay the same).
        extraAnswers: { q1: ratings.fireSecurity },
        opinion: opinion === "" ? null : opinion,
        language: random() < 0.8 ? "zh-Hant" : random() < 0.7 ? "zh-Hans" : "en",
        submissionId: `seed-${link.householdId}`,
        submittedAt,
        firstSubmittedAt: submittedAt,
        revisions: 1,
      }),
    );
  }
  await writeAll(
    db,
    responses.map((response) => ({
      path: paths.surveyResponse(estateId, DEMO_CAMPAIGN_ID, response.householdId),
      data: response,
    })),
  );

  const tasks = [
    {
      id: "rectify-parking",
      source: { kind: "topic", topic: "停車位" },
      title: "地下車庫重新劃線，增設 20 個臨時車位；清理佔用消防通道的車輛",
      department: "order",
      ownerName: "錢志強",
      ownerUid: null,
      deadline: new Date(now.getTime() + 20 * DAY),
      status: "inProgress",
      progressNote: "已完成車庫測量，劃線材料已訂購。",
      outcome: null,
      closedAt: null,
    },
    {
      id: "rectify-greening",
      source: { kind: "area", area: "greening" },
      title: "中心花園補種草坪，修剪 3、5 號樓前灌木",
      department: "environment",
      ownerName: "趙秀英",
      ownerUid: null,
      deadline: new Date(now.getTime() - 2 * DAY),
      status: "open",
      progressNote: "",
      outcome: null,
      closedAt: null,
    },
  ].map((task) =>
    rectificationSchema.parse({ ...task, estateId, campaignId: DEMO_CAMPAIGN_ID, ...stamp }),
  );
  await writeAll(
    db,
    tasks.map((task) => ({
      path: paths.rectification(estateId, DEMO_CAMPAIGN_ID, task.id),
      data: task,
    })),
  );
  await recomputeSurveyAggregate(db, estateId, DEMO_CAMPAIGN_ID, null, now);
  const unanswered = issued.find(
    (link) => !responses.some((response) => response.householdId === link.householdId),
  );
  return {
    links: issued.length,
    responses: responses.length,
    demoLink: unanswered === undefined ? null : `/s/${unanswered.token}`,
  };
}

import { randomUUID } from "node:crypto";
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { beforeAll, describe, expect, it } from "vitest";
import {
  issueLink,
  issueCommitteeLink,
  revokeLink,
} from "../../../functions/src/callables/committeeLinks.js";
import { issueLinks, issueSurveyLinks } from "../../../functions/src/callables/issueSurveyLinks.js";
import { planSurveyExplanationAs } from "../../../functions/src/callables/planSurveyExplanation.js";
import type { AuthData } from "../../../functions/src/callables/validatedOnCall.js";
import type { Household } from "../../../functions/src/domain/schema/household.js";
import type { SurveyCampaign } from "../../../functions/src/domain/schema/surveyCampaign.js";
import type { SurveyAggregateRecord } from "../../../functions/src/domain/schema/surveyAggregateRecord.js";
import { collections } from "../../../functions/src/firestore/collections.js";
import { recomputeSurveyAggregate } from "../../../functions/src/firestore/surveyStatistics.js";
import { committeeReportFor } from "../../../functions/src/https/committeeReport.js";
import { linkTokenHash } from "../../../functions/src/https/linkTokens.js";
import { openSurveyFor } from "../../../functions/src/https/openSurvey.js";
import { PublicRefusal } from "../../../functions/src/https/publicEndpoint.js";
import { submitSurveyFor } from "../../../functions/src/https/submitSurvey.js";

const PROJECT_ID = "demo-huiyin";
const DAY = 86_400_000;

let firestore: Firestore;
beforeAll(() => {
  const app = getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
  firestore = getFirestore(app);
});

const director = (estateId: string, uid = "uid-director"): AuthData =>
  ({
    uid,
    rawToken: "",
    token: { uid, estates: { [estateId]: "director" } },
  }) as unknown as AuthData;

/** A fresh estate with `count` handed-over households in two buildings and an open campaign. */
async function scene(count = 6, campaign: Partial<SurveyCampaign> = {}) {
  const estateId = `survey-${randomUUID().slice(0, 8)}`;
  const campaignId = "survey-2026";
  const now = new Date();
  const typed = collections(firestore);
  await typed.estates().doc(estateId).set({
    id: estateId,
    name: "翠湖山莊",
    timeZone: "Asia/Shanghai",
    dutyPhone: "",
    address: "",
  });
  const stamp = { createdAt: now, createdBy: "seed", updatedAt: now, updatedBy: "seed" };
  const batch = firestore.batch();
  for (let index = 0; index < count; index += 1) {
    const building = String(1 + (index % 2));
    const room = `${String(1 + Math.floor(index / 2))}01`;
    const id = `h-${building}-1-${room}`;
    const household: Household = {
      id,
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
    batch.set(typed.households(estateId).doc(id), household);
  }
  // One household not yet handed over: it gets no link.
  batch.set(typed.households(estateId).doc("h-9-1-101"), {
    id: "h-9-1-101",
    estateId,
    building: "9",
    unit: "1",
    room: "101",
    floor: 1,
    locationDescription: "",
    mapPosition: null,
    areaSquareMetres: null,
    handoverDate: null,
    warrantyEnd: null,
    feeAccount: "",
    ...stamp,
  });
  await batch.commit();
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
      ...campaign,
    });
  return { estateId, campaignId };
}

const body = (
  token: string,
  ratings: Record<string, number | null>,
  extra: Record<string, unknown> = {},
) => ({
  token,
  submissionId: `s-${randomUUID()}`,
  ratings,
  ...extra,
});

async function refusalOf(attempt: Promise<unknown>): Promise<PublicRefusal> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof PublicRefusal) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

/** Polls the aggregate until `ready` holds (the trigger runs in the Functions emulator). */
async function aggregateWhen(
  estateId: string,
  campaignId: string,
  ready: (aggregate: SurveyAggregateRecord) => boolean,
  timeoutMs = 75_000,
): Promise<SurveyAggregateRecord> {
  const started = Date.now();
  for (;;) {
    const aggregate = (
      await collections(firestore).surveyAggregate(estateId, campaignId).get()
    ).data();
    if (aggregate !== undefined && ready(aggregate)) return aggregate;
    if (Date.now() - started > timeoutMs) {
      throw new Error(
        `aggregate not ready after ${String(timeoutMs)} ms: ${JSON.stringify(aggregate?.statistics)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The element at `index`, which the test knows is there. */
function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no element ${String(index)}`);
  return item;
}

const responsesOf = async (estateId: string, campaignId: string) =>
  (await collections(firestore).surveyResponses(estateId, campaignId).get()).docs.map((doc) =>
    doc.data(),
  );

describe("issueSurveyLinks (C1): one unguessable link per occupied household, only its hash stored", () => {
  it("issues a token per handed-over household, stores SHA-256 ids and the roster", async () => {
    const { estateId, campaignId } = await scene(4);
    const result = await issueLinks(firestore, { estateId, campaignId }, "uid-director");
    expect(result.linksIssued).toBe(4);
    expect(result.occupiedHouseholds).toBe(4);
    expect(result.issued.map((link) => link.label)).toEqual([
      "1-1-101",
      "1-1-201",
      "2-1-101",
      "2-1-201",
    ]);
    for (const link of result.issued) {
      expect(link.token).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(link.token).not.toContain(link.householdId);
      const stored = await collections(firestore)
        .surveyLinks()
        .doc(linkTokenHash(link.token))
        .get();
      expect(stored.data()).toMatchObject({
        estateId,
        campaignId,
        householdId: link.householdId,
        revokedAt: null,
      });
      expect(JSON.stringify(stored.data())).not.toContain(link.token);
    }
    const roster = (await collections(firestore).surveyRoster(estateId, campaignId).get()).data();
    expect(roster?.households.map((household) => household.householdId)).toEqual(
      result.issued.map((link) => link.householdId),
    );
  });

  it("called again issues nothing new; with householdIds it replaces those links and the old ones stop working", async () => {
    const { estateId, campaignId } = await scene(2);
    const first = await issueLinks(firestore, { estateId, campaignId }, "uid-director");
    expect((await issueLinks(firestore, { estateId, campaignId }, "uid-director")).issued).toEqual(
      [],
    );
    const lost = nth(first.issued, 0);
    const replaced = await issueLinks(
      firestore,
      { estateId, campaignId, householdIds: [lost.householdId] },
      "uid-director",
    );
    expect(replaced.issued).toHaveLength(1);
    expect(replaced.linksIssued).toBe(2);
    expect((await refusalOf(openSurveyFor(firestore, { token: lost.token }))).code).toBe(
      "unknownLink",
    );
    await expect(
      openSurveyFor(firestore, { token: nth(replaced.issued, 0).token }),
    ).resolves.toBeDefined();
  });

  it("refuses callers who do not run the survey of that estate", async () => {
    const { estateId, campaignId } = await scene(1);
    const customerService = {
      uid: "cs",
      rawToken: "",
      token: { uid: "cs", estates: { [estateId]: "customerService" } },
    } as unknown as AuthData;
    await expect(
      issueSurveyLinks.handler({ data: { estateId, campaignId }, auth: customerService }),
    ).rejects.toThrow(HttpsError);
    await expect(
      issueSurveyLinks.handler({
        data: { estateId, campaignId },
        auth: director("another-estate"),
      }),
    ).rejects.toThrow(/only director or admin/);
  });
});

describe(
  "openSurvey / submitSurvey (C1) and the statistics trigger (C2)",
  { timeout: 120_000 },
  () => {
    it("link issue → submit → live statistics", async () => {
      const { estateId, campaignId } = await scene(4);
      const { issued } = await issueLinks(firestore, { estateId, campaignId }, "uid-director");
      const opened = await openSurveyFor(firestore, { token: nth(issued, 0).token });
      expect(opened.survey).toMatchObject({
        title: "2026 年度業主滿意度調查",
        household: "1-1-101",
        previous: null,
      });
      await submitSurveyFor(
        firestore,
        body(nth(issued, 0).token, { power: 5, water: 4, greening: 2 }, { opinion: "停車位太少" }),
      );
      await submitSurveyFor(
        firestore,
        body(nth(issued, 1).token, { power: 3, water: null, greening: 4 }, { opinion: "車位不夠" }),
      );
      await submitSurveyFor(
        firestore,
        body(nth(issued, 2).token, { power: 5 }, { language: "en" }),
      );
      const aggregate = await aggregateWhen(
        estateId,
        campaignId,
        (a) => a.statistics.returned === 3,
      );
      expect(aggregate.statistics).toMatchObject({
        returned: 3,
        issued: 4,
        responseRate: 0.75,
        overall: { answered: 6, satisfied: 4, rate: 0.6667 },
      });
      expect(aggregate.statistics.areas.water).toEqual({
        answered: 1,
        satisfied: 1,
        rate: 1,
        mean: 4,
      });
      expect(aggregate.statistics.byBuilding["1"]).toMatchObject({ returned: 2 });
      expect(aggregate.occupiedHouseholds).toBe(4);
      expect(aggregate.answeredHouseholds).toHaveLength(3);
      expect(aggregate.commonOpinions.map((topic) => topic.topic)).toContain("停車位");
    });

    it("the same submission delivered twice is stored once and counted once", async () => {
      const { estateId, campaignId } = await scene(2);
      const { issued } = await issueLinks(firestore, { estateId, campaignId }, "uid-director");
      const submission = body(nth(issued, 0).token, { power: 5 });
      const first = await submitSurveyFor(firestore, submission);
      const second = await submitSurveyFor(firestore, submission);
      expect(first).toMatchObject({ revisions: 1, duplicate: false });
      expect(second).toMatchObject({
        revisions: 1,
        duplicate: true,
        submittedAt: first.submittedAt,
      });
      const aggregate = await aggregateWhen(
        estateId,
        campaignId,
        (a) => a.statistics.returned >= 1,
      );
      expect(aggregate.statistics.returned).toBe(1);
      expect(aggregate.statistics.overall.answered).toBe(1);
    });

    it("a trigger delivered twice (recomputed twice) never double-counts", async () => {
      const { estateId, campaignId } = await scene(2);
      const { issued } = await issueLinks(firestore, { estateId, campaignId }, "uid-director");
      await submitSurveyFor(firestore, body(nth(issued, 0).token, { power: 5, water: 2 }));
      await recomputeSurveyAggregate(firestore, estateId, campaignId, null);
      await recomputeSurveyAggregate(firestore, estateId, campaignId, null);
      const aggregate = await aggregateWhen(
        estateId,
        campaignId,
        (a) => a.statistics.returned === 1,
      );
      expect(aggregate.statistics.overall).toEqual({ answered: 2, satisfied: 1, rate: 0.5 });
    });

    it("a correction replaces the earlier answer (the latest counts) until the campaign closes", async () => {
      const { estateId, campaignId } = await scene(2);
      const { issued } = await issueLinks(firestore, { estateId, campaignId }, "uid-director");
      const token = nth(issued, 0).token;
      await submitSurveyFor(firestore, body(token, { power: 1, water: 1 }, { opinion: "很差" }));
      await aggregateWhen(estateId, campaignId, (a) => a.statistics.returned === 1);
      const corrected = await submitSurveyFor(firestore, body(token, { power: 5, water: null }));
      expect(corrected).toMatchObject({ revisions: 2 });
      const opened = await openSurveyFor(firestore, { token });
      expect(opened.survey).toMatchObject({
        previous: { ratings: { power: 5, water: null }, opinion: null },
      });
      const aggregate = await aggregateWhen(
        estateId,
        campaignId,
        (a) => a.statistics.overall.satisfied === 1,
      );
      expect(aggregate.statistics).toMatchObject({
        returned: 1,
        overall: { answered: 1, satisfied: 1, rate: 1 },
      });
      expect(await responsesOf(estateId, campaignId)).toHaveLength(1);
    });

    it("a closed campaign (expired link) refuses politely and stores nothing", async () => {
      const { estateId, campaignId } = await scene(1);
      const { issued } = await issueLinks(firestore, { estateId, campaignId }, "uid-director");
      const past = new Date(Date.now() + 31 * DAY);
      const refusal = await refusalOf(
        submitSurveyFor(firestore, body(nth(issued, 0).token, { power: 5 }), () => past),
      );
      expect(refusal).toMatchObject({ status: 410, code: "closed" });
      expect(refusal.message).toMatch(/closed.*nothing was recorded/);
      expect(
        (await refusalOf(openSurveyFor(firestore, { token: nth(issued, 0).token }, past))).code,
      ).toBe("closed");
      expect(await responsesOf(estateId, campaignId)).toEqual([]);
    });

    it("a campaign not yet open refuses and stores nothing", async () => {
      const { estateId, campaignId } = await scene(1);
      const { issued } = await issueLinks(firestore, { estateId, campaignId }, "uid-director");
      const early = new Date(Date.now() - 2 * DAY);
      const refusal = await refusalOf(
        submitSurveyFor(firestore, body(nth(issued, 0).token, { power: 5 }), () => early),
      );
      expect(refusal).toMatchObject({ status: 403, code: "notOpen" });
      expect(await responsesOf(estateId, campaignId)).toEqual([]);
    });

    it.each([
      { case: "a forged token of the right shape", token: "AAAAAAAAAAAAAAAAAAAAAAAA" },
      { case: "a household id instead of a token", token: "h-1-1-101" },
      { case: "a token with characters no link has", token: "../../estates/x" },
    ])("$case opens nothing and stores nothing", async ({ token }) => {
      const { estateId, campaignId } = await scene(1);
      await issueLinks(firestore, { estateId, campaignId }, "uid-director");
      expect((await refusalOf(openSurveyFor(firestore, { token }))).code).toBe("unknownLink");
      expect((await refusalOf(submitSurveyFor(firestore, body(token, { power: 5 })))).code).toBe(
        "unknownLink",
      );
      expect(await responsesOf(estateId, campaignId)).toEqual([]);
    });

    it("a used token answers again as a correction, never as a second household", async () => {
      const { estateId, campaignId } = await scene(1);
      const { issued } = await issueLinks(firestore, { estateId, campaignId }, "uid-director");
      await submitSurveyFor(firestore, body(nth(issued, 0).token, { power: 2 }));
      await submitSurveyFor(firestore, body(nth(issued, 0).token, { power: 4 }));
      const responses = await responsesOf(estateId, campaignId);
      expect(responses).toHaveLength(1);
      expect(responses[0]).toMatchObject({ revisions: 2, ratings: { power: 4 } });
    });

    it("a malformed answer is refused with reasons and stores nothing", async () => {
      const { estateId, campaignId } = await scene(1);
      const { issued } = await issueLinks(firestore, { estateId, campaignId }, "uid-director");
      const refusal = await refusalOf(
        submitSurveyFor(
          firestore,
          body(nth(issued, 0).token, { power: 7, parking: 3 }, { opinion: "長".repeat(1001) }),
        ),
      );
      expect(refusal.code).toBe("invalid");
      expect((refusal.details.reasons as string[]).join("; ")).toMatch(
        /power.*1 to 5.*unknown area "parking"|unknown area/,
      );
      expect(await responsesOf(estateId, campaignId)).toEqual([]);
    });
  },
);

describe("the deployed endpoint over HTTP (Functions emulator)", () => {
  const base = () => {
    const port = process.env.VITE_FUNCTIONS_EMULATOR_PORT;
    if (port === undefined)
      throw new Error("VITE_FUNCTIONS_EMULATOR_PORT is not set: run the emulators");
    return `http://127.0.0.1:${port}/${PROJECT_ID}/asia-east2`;
  };

  it("answers a text/plain POST with CORS, and an oversized body with 413", async () => {
    const { estateId, campaignId } = await scene(1);
    const { issued } = await issueLinks(firestore, { estateId, campaignId }, "uid-director");
    const opened = await fetch(`${base()}/openSurvey`, {
      method: "POST",
      headers: { "Content-Type": "text/plain", Origin: "http://127.0.0.1:5000" },
      body: JSON.stringify({ token: nth(issued, 0).token }),
    });
    expect(opened.status).toBe(200);
    expect(opened.headers.get("access-control-allow-origin")).toBeTruthy();
    expect(await opened.json()).toMatchObject({ ok: true, survey: { household: "1-1-101" } });
    const huge = await fetch(`${base()}/submitSurvey`, {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: JSON.stringify({ token: nth(issued, 0).token, opinion: "長".repeat(20_000) }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ ok: false, code: "tooLarge" });
    expect(await responsesOf(estateId, campaignId)).toEqual([]);
  });
});

describe(
  "committee links (C5): the same report, revocable, no individual answer",
  { timeout: 120_000 },
  () => {
    it("shows figures, topics and rectification progress, and nothing of any household's answer", async () => {
      const { estateId, campaignId } = await scene(4);
      const { issued } = await issueLinks(firestore, { estateId, campaignId }, "uid-director");
      const quotes = ["地下車庫停車位太少,晚上找不到車位", "停車位不夠用,希望增加車位"];
      await submitSurveyFor(
        firestore,
        body(nth(issued, 0).token, { power: 5, greening: 2 }, { opinion: quotes[0] }),
      );
      await submitSurveyFor(
        firestore,
        body(nth(issued, 1).token, { power: 4, greening: 1 }, { opinion: quotes[1] }),
      );
      await aggregateWhen(estateId, campaignId, (a) => a.statistics.returned === 2);
      const now = new Date();
      await collections(firestore)
        .rectifications(estateId, campaignId)
        .doc("parking")
        .set({
          id: "parking",
          estateId,
          campaignId,
          source: { kind: "topic", topic: "停車位" },
          title: "增設臨時車位",
          department: "order",
          ownerName: "錢志強",
          ownerUid: null,
          deadline: new Date(now.getTime() - DAY),
          status: "open",
          progressNote: "",
          outcome: null,
          closedAt: null,
          createdAt: now,
          createdBy: "uid-director",
          updatedAt: now,
          updatedBy: "uid-director",
        });
      const { token, linkId } = await issueLink(
        firestore,
        { estateId, campaignId, label: "業主委員會" },
        "uid-director",
      );
      expect(linkId).toBe(linkTokenHash(token));
      const answer = await committeeReportFor(firestore, { token });
      const report = answer.report as Record<string, unknown>;
      expect(report).toMatchObject({
        title: "2026 年度業主滿意度調查",
        statistics: { returned: 2, issued: 4 },
        commonOpinions: [{ topic: "停車位", count: 2 }],
        rectification: { progress: { total: 1, open: 1, overdue: 1 } },
      });
      const text = JSON.stringify(answer);
      for (const secret of [
        ...quotes,
        ...issued.map((link) => link.householdId),
        ...issued.map((link) => link.label),
      ]) {
        expect(text).not.toContain(secret);
      }
      expect(text).not.toContain("answeredHouseholds");
      expect(text).not.toContain("examples");

      await revokeLink(firestore, { estateId, linkId }, "uid-director");
      expect((await refusalOf(committeeReportFor(firestore, { token }))).code).toBe("unknownLink");
    });

    it("a survey link is not a committee link, and a forged one opens nothing", async () => {
      const { estateId, campaignId } = await scene(1);
      const { issued } = await issueLinks(firestore, { estateId, campaignId }, "uid-director");
      expect(
        (await refusalOf(committeeReportFor(firestore, { token: nth(issued, 0).token }))).code,
      ).toBe("unknownLink");
      expect(
        (await refusalOf(committeeReportFor(firestore, { token: "BBBBBBBBBBBBBBBBBBBBBBBB" })))
          .code,
      ).toBe("unknownLink");
    });

    it("only the director or admin of the estate issues committee links; revoking elsewhere finds nothing", async () => {
      const { estateId, campaignId } = await scene(1);
      await expect(
        issueCommitteeLink.handler({
          data: { estateId, campaignId, label: "業委會" },
          auth: director("elsewhere"),
        }),
      ).rejects.toThrow(/only director or admin/);
      const { linkId } = await issueLink(
        firestore,
        { estateId, campaignId, label: "業委會" },
        "uid-director",
      );
      await expect(
        revokeLink(firestore, { estateId: "elsewhere", linkId }, "uid-x"),
      ).rejects.toThrow(/no committee link/);
    });
  },
);

describe(
  "extra questions (C1) and explanations of misunderstandings (C4)",
  { timeout: 120_000 },
  () => {
    const parking = {
      key: "q1",
      labels: { "zh-Hant": "停車管理", "zh-Hans": "停车管理", en: "Parking" },
    };

    it("an extra question is shown to the owner, answered, and counted live apart from the eight areas", async () => {
      const { estateId, campaignId } = await scene(3, { extraQuestions: [parking] });
      const { issued } = await issueLinks(firestore, { estateId, campaignId }, "uid-director");
      const opened = await openSurveyFor(firestore, { token: nth(issued, 0).token });
      expect(opened.survey).toMatchObject({ extraQuestions: [parking] });
      await submitSurveyFor(
        firestore,
        body(nth(issued, 0).token, { power: 5 }, { extraAnswers: { q1: 5 } }),
      );
      await submitSurveyFor(
        firestore,
        body(nth(issued, 1).token, { power: 4 }, { extraAnswers: { q1: 2 } }),
      );
      await submitSurveyFor(firestore, body(nth(issued, 2).token, { power: 1 }));
      const aggregate = await aggregateWhen(
        estateId,
        campaignId,
        (a) => a.statistics.returned === 3,
      );
      expect(aggregate.extraQuestions).toEqual({
        q1: {
          answered: 2,
          satisfied: 1,
          rate: 0.5,
          mean: 3.5,
          levelCounts: { "1": 0, "2": 1, "3": 0, "4": 0, "5": 1 },
        },
      });
      expect(aggregate.statistics.overall).toEqual({ answered: 3, satisfied: 2, rate: 0.6667 });

      // C5: the committee's link shows the same figures, and no household's answer.
      const { token } = await issueLink(
        firestore,
        { estateId, campaignId, label: "業主委員會" },
        "uid-director",
      );
      const answer = await committeeReportFor(firestore, { token });
      expect(answer.report).toMatchObject({
        extraQuestions: [{ ...parking, answered: 2, satisfied: 1, rate: 0.5, mean: 3.5 }],
      });
      const text = JSON.stringify(answer);
      for (const secret of ["extraAnswers", ...issued.map((link) => link.householdId)]) {
        expect(text).not.toContain(secret);
      }
    });

    it("the director plans one explanation visit for a household's answer; others may not", async () => {
      const { estateId, campaignId } = await scene(2);
      const { issued } = await issueLinks(firestore, { estateId, campaignId }, "uid-director");
      const household = nth(issued, 0).householdId;
      await submitSurveyFor(
        firestore,
        body(nth(issued, 0).token, { power: 4 }, { opinion: "電梯維修費為什麼要業主另外交?" }),
      );
      const request = {
        estateId,
        campaignId,
        householdId: household,
        misunderstanding: "以為電梯維修費由物業另收",
      };
      const now = new Date("2026-11-01T10:00:00Z");
      expect(await planSurveyExplanationAs(firestore, director(estateId), request, now)).toEqual({
        visitId: `lowSurveyAnswer_${campaignId}_${household}`,
        created: true,
      });
      expect(
        await planSurveyExplanationAs(firestore, director(estateId), request, now),
      ).toMatchObject({ created: false });
      const visit = (
        await collections(firestore)
          .returnVisits(estateId)
          .doc(`lowSurveyAnswer_${campaignId}_${household}`)
          .get()
      ).data();
      expect(visit).toMatchObject({
        householdId: household,
        reason: "lowSurveyAnswer",
        source: { kind: "surveyResponse", campaignId },
        note: "C4 以為電梯維修費由物業另收",
        outcome: null,
        createdBy: "uid-director",
      });
      await expect(
        planSurveyExplanationAs(
          firestore,
          {
            ...director(estateId),
            token: { uid: "cs", estates: { [estateId]: "customerService" } },
          } as unknown as AuthData,
          request,
        ),
      ).rejects.toMatchObject({ code: "permission-denied" });
      await expect(
        planSurveyExplanationAs(firestore, director(estateId), {
          ...request,
          householdId: nth(issued, 1).householdId,
        }),
      ).rejects.toMatchObject({ code: "not-found" });
    });
  },
);

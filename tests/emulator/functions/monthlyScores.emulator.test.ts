import { randomUUID } from "node:crypto";
import { getApps, initializeApp } from "firebase-admin/app";
import type { DecodedIdToken } from "firebase-admin/auth";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import { beforeAll, describe, expect, it } from "vitest";
import { clearFindingAs } from "../../../functions/src/callables/clearFinding.js";
import { confirmFindingAs } from "../../../functions/src/callables/confirmFinding.js";
import { importFeesAs } from "../../../functions/src/callables/importFees.js";
import { recomputeScoresAs } from "../../../functions/src/callables/recomputeScores.js";
import { recordManualFindingAs } from "../../../functions/src/callables/recordManualFinding.js";
import type { AuthData } from "../../../functions/src/callables/validatedOnCall.js";
import type { Finding } from "../../../functions/src/domain/assessment/finding.js";
import { paths } from "../../../functions/src/domain/paths.js";
import type { Role } from "../../../functions/src/domain/schema/role.js";
import { findingId, recordFindingOnce } from "../../../functions/src/firestore/findings.js";
import {
  monthlyScoreRecompute,
  recomputeDueMonths,
} from "../../../functions/src/triggers/monthlyScoreRecompute.js";

const PROJECT_ID = "demo-huiyin";
const ZONE = "Asia/Shanghai";
/** The scheduled run of 1 November 2026, 02:00 in Shanghai: it scores October. */
const SCHEDULE_TIME = "2026-10-31T18:00:00.000Z";

let firestore: Firestore;
beforeAll(() => {
  const app = getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
  firestore = getFirestore(app);
});

function caller(uid: string, estates: Record<string, Role>): AuthData {
  return { uid, rawToken: "", token: { uid, estates } as unknown as DecodedIdToken };
}

function automatic(
  rule: Finding["rule"],
  event: string,
  staffId: string | null,
  at: string,
  change: Partial<Finding> = {},
): Finding {
  return {
    id: findingId(rule, event),
    rule,
    staffId,
    teamId: staffId === null ? "customerService" : null,
    at: new Date(at),
    status: "open",
    source: "automatic",
    recordedBy: "test",
    evidence: [{ kind: "text", text: `${rule} ${event}` }],
    referForDismissal: false,
    confirmation: null,
    clearing: null,
    ...change,
  };
}

/** An estate with two staff, October findings of several rules, and October's fees. */
async function scene() {
  const tag = randomUUID().slice(0, 8);
  const estateId = `scores-${tag}`;
  await firestore.doc(paths.estate(estateId)).set({ id: estateId, name: "翠湖", timeZone: ZONE });
  const stamp = {
    createdAt: new Date(),
    createdBy: "test",
    updatedAt: new Date(),
    updatedBy: "test",
  };
  for (const [uid, role] of [
    ["s1", "customerService"],
    ["s2", "order"],
  ] as const) {
    await firestore.doc(paths.staffMember(estateId, uid)).set({
      id: uid,
      estateId,
      name: uid,
      email: `${uid}@huiyin.test`,
      role,
      teamId: role,
      badgeNumber: "",
      phone: "",
      active: true,
      ...stamp,
    });
  }
  const findings = [
    automatic("B2.1", "slot-1", "s1", "2026-10-03T01:00:00Z"),
    automatic("B2.1", "slot-2", "s1", "2026-10-04T01:00:00Z"),
    automatic("B2.5a", "call-1", "s2", "2026-10-05T01:00:00Z"),
    // B2.6 counts only once confirmed: open, it is read but not counted.
    automatic("B2.6", "complaint-1", "s2", "2026-10-06T01:00:00Z"),
    automatic("B2.8", "case-1", null, "2026-10-07T01:00:00Z"),
    // 1 November 04:00 in Shanghai: November's, not October's.
    automatic("B2.2", "log-late", "s1", "2026-10-31T20:00:00Z"),
  ];
  for (const finding of findings) await recordFindingOnce(firestore, estateId, finding, ZONE);
  await firestore.doc(paths.feeMonth(estateId, "2026-10")).set({
    id: "2026-10",
    estateId,
    teamId: "customerService",
    chargeable: 100,
    inArrears: 29,
    fileName: "fees.csv",
    billCount: 100,
    rowErrorCount: 0,
    ...stamp,
  });
  return {
    estateId,
    director: caller(`director-${tag}`, { [estateId]: "director" }),
    admin: caller(`admin-${tag}`, { [estateId]: "admin" }),
  };
}

async function scorecardsOf(estateId: string, month: string) {
  const snapshot = await firestore
    .collection(paths.scorecards(estateId))
    .where("month", "==", month)
    .get();
  return Object.fromEntries(snapshot.docs.map((doc) => [doc.id, doc.data()]));
}

describe("monthlyScoreRecompute (SPEC §8): the previous month from findings and fees", () => {
  it("run twice by the schedule, it writes identical scorecards", async () => {
    const { estateId } = await scene();
    const event = { scheduleTime: SCHEDULE_TIME, jobName: "monthlyScoreRecompute" };
    await monthlyScoreRecompute.run(event);
    const first = await scorecardsOf(estateId, "2026-10");
    const firstSummary = (await firestore.doc(paths.scoreMonth(estateId, "2026-10")).get()).data();
    await monthlyScoreRecompute.run(event);
    expect(await scorecardsOf(estateId, "2026-10")).toEqual(first);
    expect((await firestore.doc(paths.scoreMonth(estateId, "2026-10")).get()).data()).toEqual(
      firstSummary,
    );

    const points = Object.fromEntries(
      Object.entries(first).map(([id, card]) => [id, card.points as number]),
    );
    // B2.1 ×2 = -20; B2.5a = -20 (B2.6 open: not counted); B2.8 -50 and 29/100 (4 points
    // above 25%) -4000 for customer service.
    expect(points).toEqual({
      "2026-10_person_s1": -20,
      "2026-10_person_s2": -20,
      "2026-10_team_customerService": -4050,
    });
    expect(first["2026-10_person_s1"]?.lines).toEqual([
      { rule: "B2.1", points: -20, findingIds: ["B2.1_slot-1", "B2.1_slot-2"], arrears: null },
    ]);
    expect(firstSummary).toMatchObject({ findingCount: 5, computedBy: "monthlyScoreRecompute" });
  });

  it("an estate set to the 5th at 09:00 (its zone) is scored then, not on the 1st", async () => {
    const { estateId } = await scene();
    await firestore.doc(paths.assessmentSettings(estateId)).set({
      id: "assessment",
      estateId,
      recompute: { dayOfMonth: 5, hour: 9, timeZone: null },
    });
    const onTheFirst = await recomputeDueMonths(firestore, SCHEDULE_TIME);
    expect(onTheFirst.map((result) => result.estateId)).not.toContain(estateId);
    expect((await firestore.doc(paths.scoreMonth(estateId, "2026-10")).get()).exists).toBe(false);

    // 5 November 09:00 in Shanghai.
    const fifth = "2026-11-05T01:00:00.000Z";
    const ran = await recomputeDueMonths(firestore, fifth);
    expect(ran.find((result) => result.estateId === estateId)).toMatchObject({
      month: "2026-10",
      scorecardsWritten: 3,
    });
    const first = await scorecardsOf(estateId, "2026-10");
    await recomputeDueMonths(firestore, fifth);
    expect(await scorecardsOf(estateId, "2026-10")).toEqual(first);
    const summary = (await firestore.doc(paths.scoreMonth(estateId, "2026-10")).get()).data();
    expect((summary?.computedAt as { toDate(): Date }).toDate().toISOString()).toBe(fifth);
    // The hour after scores nothing for it.
    const later = await recomputeDueMonths(firestore, "2026-11-05T02:00:00.000Z");
    expect(later.map((result) => result.estateId)).not.toContain(estateId);
  });
});

describe("recomputeScores: on demand, by a director or admin of the estate only", () => {
  it.each([
    { who: "customerService", role: "customerService" as const },
    { who: "order", role: "order" as const },
  ])("refuses $who", async ({ role }) => {
    const { estateId } = await scene();
    await expect(
      recomputeScoresAs(firestore, caller("x", { [estateId]: role }), {
        estateId,
        month: "2026-10",
      }),
    ).rejects.toMatchObject({ code: "permission-denied" });
  });

  it("refuses another estate's admin and a month not yet begun", async () => {
    const { estateId, director } = await scene();
    await expect(
      recomputeScoresAs(firestore, caller("a", { other: "admin" }), { estateId, month: "2026-10" }),
    ).rejects.toMatchObject({ code: "permission-denied" });
    await expect(
      recomputeScoresAs(firestore, director, { estateId, month: "2099-01" }),
    ).rejects.toMatchObject({ code: "failed-precondition" });
  });

  it("a confirmed or cleared finding shows as a change until recomputed; a card with nothing left is deleted", async () => {
    const { estateId, director } = await scene();
    const computed = await recomputeScoresAs(firestore, director, { estateId, month: "2026-10" });
    expect(computed).toMatchObject({ findingsRead: 5, scorecardsWritten: 3, writes: 4 });
    const summary = (await firestore.doc(paths.scoreMonth(estateId, "2026-10")).get()).data();
    const computedAt = (summary?.computedAt as { toDate(): Date }).toDate();

    const later = new Date(computedAt.getTime() + 1000);
    await confirmFindingAs(firestore, director, { estateId, findingId: "B2.6_complaint-1" }, later);
    await clearFindingAs(
      firestore,
      director,
      { estateId, findingId: "B2.5a_call-1", reason: "通話已補登記" },
      later,
    );
    const changed = await firestore
      .collection(paths.findings(estateId))
      .where("month", "==", "2026-10")
      .where("updatedAt", ">", computedAt)
      .get();
    expect(changed.docs.map((doc) => doc.id).sort()).toEqual(["B2.5a_call-1", "B2.6_complaint-1"]);

    const again = await recomputeScoresAs(
      firestore,
      director,
      { estateId, month: "2026-10" },
      new Date(later.getTime() + 1000),
    );
    expect(again).toMatchObject({ scorecardsWritten: 3, scorecardsDeleted: 0 });
    const cards = await scorecardsOf(estateId, "2026-10");
    expect(cards["2026-10_person_s2"]?.lines).toEqual([
      { rule: "B2.6", points: -20, findingIds: ["B2.6_complaint-1"], arrears: null },
    ]);

    await clearFindingAs(firestore, director, {
      estateId,
      findingId: "B2.6_complaint-1",
      reason: "投訴不實",
    });
    const third = await recomputeScoresAs(
      firestore,
      director,
      { estateId, month: "2026-10" },
      new Date(later.getTime() + 5000),
    );
    expect(third).toMatchObject({ scorecardsWritten: 2, scorecardsDeleted: 1 });
    expect(Object.keys(await scorecardsOf(estateId, "2026-10")).sort()).toEqual([
      "2026-10_person_s1",
      "2026-10_team_customerService",
    ]);
    const cleared = (await firestore.doc(paths.finding(estateId, "B2.6_complaint-1")).get()).data();
    expect(cleared).toMatchObject({
      status: "cleared",
      confirmation: { by: director.uid },
      clearing: { by: director.uid, reason: "投訴不實" },
    });
  });
});

describe("recordManualFinding: a director records what software cannot see", () => {
  const input = (estateId: string) => ({
    estateId,
    requestId: "form-0000001",
    rule: "B2.4c" as const,
    staffId: "s2",
    teamId: null,
    at: "2026-10-12T10:00:00+08:00",
    evidenceText: "與業主在大堂發生推搡",
    referForDismissal: true,
  });

  it("records it once per request, charged to the person's team too", async () => {
    const { estateId, director } = await scene();
    const now = new Date("2026-10-13T00:00:00Z");
    expect(await recordManualFindingAs(firestore, director, input(estateId), now)).toEqual({
      findingId: "B2.4c_manual_form-0000001",
      created: true,
    });
    expect(await recordManualFindingAs(firestore, director, input(estateId), now)).toMatchObject({
      created: false,
    });
    const stored = (
      await firestore.doc(paths.finding(estateId, "B2.4c_manual_form-0000001")).get()
    ).data();
    expect(stored).toMatchObject({
      rule: "B2.4c",
      staffId: "s2",
      teamId: "order",
      month: "2026-10",
      source: "manual",
      recordedBy: director.uid,
      referForDismissal: true,
      status: "open",
    });
  });

  it("keeps the evidence photo as an image of the estate, once, and names it on the finding", async () => {
    const { estateId, director } = await scene();
    const now = new Date("2026-10-13T00:00:00Z");
    const photo = `data:image/png;base64,${Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).toString("base64")}`;
    const withPhoto = { ...input(estateId), requestId: "form-photo-01", photos: [photo] };
    await recordManualFindingAs(firestore, director, withPhoto, now);
    await recordManualFindingAs(firestore, director, withPhoto, now);
    const findingId = "B2.4c_manual_form-photo-01";
    const stored = (await firestore.doc(paths.finding(estateId, findingId)).get()).data();
    expect(stored?.evidence).toEqual([
      { kind: "text", text: "與業主在大堂發生推搡" },
      { kind: "photo", imageId: `${findingId}_photo1` },
    ]);
    const images = await firestore.collection(paths.images(estateId)).get();
    expect(images.docs.map((doc) => doc.id)).toEqual([`${findingId}_photo1`]);
    expect(images.docs[0]?.data()).toMatchObject({
      kind: "evidence",
      mimeType: "image/png",
      dataUrl: photo,
      subjectPath: paths.finding(estateId, findingId),
      createdBy: director.uid,
    });
  });

  it("refuses a photo that is not a PNG or JPEG, storing nothing", async () => {
    const { estateId, director } = await scene();
    const fake = `data:image/png;base64,${Buffer.from("GIF89a").toString("base64")}`;
    await expect(
      recordManualFindingAs(firestore, director, {
        ...input(estateId),
        requestId: "form-photo-02",
        photos: [fake],
      }),
    ).rejects.toThrow(/photo 1 is neither a PNG nor a JPEG/);
    expect((await firestore.collection(paths.images(estateId)).get()).size).toBe(0);
    expect(
      (await firestore.doc(paths.finding(estateId, "B2.4c_manual_form-photo-02")).get()).exists,
    ).toBe(false);
  });

  it("refuses staff who are not director or admin, and an unknown person", async () => {
    const { estateId, director } = await scene();
    await expect(
      recordManualFindingAs(
        firestore,
        caller("s1", { [estateId]: "customerService" }),
        input(estateId),
      ),
    ).rejects.toMatchObject({ code: "permission-denied" });
    await expect(
      recordManualFindingAs(firestore, director, { ...input(estateId), staffId: "nobody" }),
    ).rejects.toMatchObject({ code: "not-found" });
  });
});

describe("importFees (B2.10): the month's arrears count from a fee file", () => {
  const csv = [
    "房號,計費期間,應收金額,實收金額",
    "1-101,2026-10,300.00,300.00",
    "1-102,2026-10,300.00,0",
    "1-103,2026-09,300.00,100.50",
    "1-104,2026-13,300,300",
  ].join("\r\n");
  const input = (estateId: string) => ({
    estateId,
    month: "2026-10",
    fileName: "fees.csv",
    contentBase64: Buffer.from(csv, "utf8").toString("base64"),
  });

  it("counts chargeable and in-arrears households, reports the bad row, and feeds B2.10", async () => {
    const { estateId, director } = await scene();
    const result = await importFeesAs(firestore, director, input(estateId));
    expect(result).toEqual({
      month: "2026-10",
      chargeable: 3,
      inArrears: 2,
      billCount: 3,
      rowErrors: [
        {
          row: 5,
          reason: expect.stringContaining("2026-13") as unknown,
          problems: [{ code: "periodNotMonth", text: "2026-13" }],
        },
      ],
    });
    await recomputeScoresAs(firestore, director, { estateId, month: "2026-10" });
    const team = (await scorecardsOf(estateId, "2026-10"))["2026-10_team_customerService"];
    // 2 of 3 households: 66.6 %, 41 whole points above 25 % → -41,000; plus B2.8 -50.
    expect(team?.points).toBe(-41_050);
  });

  it("refuses customer service", async () => {
    const { estateId } = await scene();
    await expect(
      importFeesAs(firestore, caller("s1", { [estateId]: "customerService" }), input(estateId)),
    ).rejects.toMatchObject({ code: "permission-denied" });
  });
});

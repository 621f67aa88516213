import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from "@firebase/rules-unit-testing";
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  type DocumentData,
  type Firestore,
} from "firebase/firestore";
import { afterAll, beforeAll, describe, it } from "vitest";
import { paths } from "../../../functions/src/domain/paths.js";
import type { Role } from "../../../functions/src/domain/schema/role.js";
import {
  EARLIER,
  ESTATE,
  anyStaff,
  arrange,
  caseId,
  expectVerdict,
  firestoreAs,
  roleMatrix,
  rulesEnvironment,
  uidOf,
} from "./rulesHarness.js";

let environment: RulesTestEnvironment;
beforeAll(async () => {
  environment = await rulesEnvironment("survey");
});
afterAll(async () => {
  await environment.cleanup();
});

/** Who runs the survey (C1–C5): the office director and the admin. */
const surveyRunners: readonly Role[] = ["director", "admin"];
const CAMPAIGN = "survey-2026";
const LATER = new Date("2026-12-31T00:00:00+08:00");

function newCampaign(id: string, uid: string): DocumentData {
  return {
    id,
    estateId: ESTATE,
    title: "2026 年度業主滿意度調查",
    opensAt: new Date("2026-10-01T00:00:00+08:00"),
    closesAt: new Date("2026-10-31T00:00:00+08:00"),
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
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  };
}

const stored = (data: DocumentData): DocumentData => ({
  ...data,
  createdBy: "uid-earlier",
  updatedBy: "uid-earlier",
  createdAt: EARLIER,
  updatedAt: EARLIER,
});

const campaignRef = (firestore: Firestore, id: string) =>
  doc(firestore, paths.surveyCampaign(ESTATE, id));

async function putCampaign(id: string): Promise<void> {
  await arrange(environment, (admin) =>
    setDoc(campaignRef(admin, id), stored(newCampaign(id, ""))),
  );
}

describe("match /estates/{estateId}/surveyCampaigns/{campaignId} (C1)", () => {
  const table = roleMatrix({
    read: anyStaff,
    create: surveyRunners,
    update: surveyRunners,
    delete: [],
  });

  it.each(table)("$caller $verdict $operation", async (row) => {
    const id = caseId(row);
    const firestore = firestoreAs(environment, row.caller);
    const uid = uidOf(row.caller);
    if (row.operation !== "create") await putCampaign(id);
    const attempt = {
      read: () => getDoc(campaignRef(firestore, id)),
      create: () => setDoc(campaignRef(firestore, id), newCampaign(id, uid)),
      update: () =>
        updateDoc(campaignRef(firestore, id), {
          closesAt: LATER,
          updatedAt: serverTimestamp(),
          updatedBy: uid,
        }),
      delete: () => deleteDoc(campaignRef(firestore, id)),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });

  it.each([
    {
      case: "closesAt before opensAt",
      change: { closesAt: new Date("2026-09-01T00:00:00+08:00") },
    },
    { case: "an area that is not one of the eight", change: { areas: ["power", "parking"] } },
    { case: "an area listed twice", change: { areas: ["power", "power"] } },
    { case: "no area", change: { areas: [] } },
    { case: "a level outside 1–5 counted as satisfied", change: { satisfiedLevels: [4, 6] } },
    {
      case: "a target above 100%",
      change: {
        targets: { linksIssuedRate: 1.2, returnedRate: 0.8, overallRate: 0.9, areaRate: 0.9 },
      },
    },
    {
      case: "a target missing",
      change: { targets: { linksIssuedRate: 0.9, returnedRate: 0.8, overallRate: 0.9 } },
    },
    { case: "an empty title", change: { title: "" } },
    { case: "a field that only functions write", change: { linksIssued: 400 } },
    { case: "a client clock", change: { createdAt: new Date(), updatedAt: new Date() } },
  ])("the director may not create a campaign with $case", async ({ case: name, change }) => {
    const id = `invalid-${name.replace(/\W+/g, "-")}`;
    const uid = uidOf("director");
    await assertFails(
      setDoc(campaignRef(firestoreAs(environment, "director"), id), {
        ...newCampaign(id, uid),
        ...change,
      }),
    );
  });
});

describe("match /estates/{estateId}/surveyCampaigns/{campaignId}/responses/{householdId} (C1, C5: no individual answer outside the office)", () => {
  // Answers are written by submitSurvey only; the director and admin read them.
  const table = roleMatrix({ read: surveyRunners, create: [], update: [], delete: [] });
  const responseRef = (firestore: Firestore, id: string) =>
    doc(firestore, paths.surveyResponse(ESTATE, CAMPAIGN, id));
  const response = (id: string) => ({
    id,
    estateId: ESTATE,
    campaignId: CAMPAIGN,
    householdId: id,
    label: "3-2-501",
    building: "3",
    ratings: {
      power: 5,
      water: 4,
      fireSecurity: null,
      sanitation: 3,
      greening: 4,
      publicFacilities: 2,
      repair: 4,
      attitude: 5,
    },
    extraAnswers: {},
    opinion: "車位太少",
    language: "zh-Hant",
    submissionId: "submission-1",
    submittedAt: EARLIER,
    firstSubmittedAt: EARLIER,
    revisions: 1,
  });

  it.each(table)("$caller $verdict $operation", async (row) => {
    const id = caseId(row);
    const firestore = firestoreAs(environment, row.caller);
    if (row.operation !== "create") {
      await arrange(environment, (admin) => setDoc(responseRef(admin, id), response(id)));
    }
    const attempt = {
      read: () => getDoc(responseRef(firestore, id)),
      create: () => setDoc(responseRef(firestore, id), response(id)),
      update: () => updateDoc(responseRef(firestore, id), { opinion: "改了" }),
      delete: () => deleteDoc(responseRef(firestore, id)),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });
});

describe("match /estates/{estateId}/surveyCampaigns/{campaignId}/aggregate/{documentId} (C2)", () => {
  const aggregateRef = (firestore: Firestore, id: string) =>
    doc(firestore, `${paths.surveyCampaign(ESTATE, CAMPAIGN)}/aggregate/${id}`);

  for (const [documentId, readers] of [
    ["current", anyStaff],
    ["roster", surveyRunners],
  ] as const) {
    const table = roleMatrix({ read: readers, create: [], update: [], delete: [] });
    it.each(table)(`${documentId}: $caller $verdict $operation`, async (row) => {
      const firestore = firestoreAs(environment, row.caller);
      await arrange(environment, (admin) =>
        setDoc(aggregateRef(admin, documentId), {
          id: documentId,
          estateId: ESTATE,
          campaignId: CAMPAIGN,
        }),
      );
      const attempt = {
        read: () => getDoc(aggregateRef(firestore, documentId)),
        create: () => setDoc(aggregateRef(firestore, documentId), { id: documentId, forged: true }),
        update: () => updateDoc(aggregateRef(firestore, documentId), { forged: true }),
        delete: () => deleteDoc(aggregateRef(firestore, documentId)),
      }[row.operation];
      await expectVerdict(row.allowed, attempt());
    });
  }
});

describe("match /estates/{estateId}/surveyCampaigns/{campaignId}/topicEdits/{editsId} (C2 common opinions)", () => {
  const table = roleMatrix({
    read: anyStaff,
    create: surveyRunners,
    update: surveyRunners,
    delete: [],
  });
  const editsRef = (firestore: Firestore, campaignId: string) =>
    doc(firestore, paths.surveyTopicEdits(ESTATE, campaignId));
  const edits = (campaignId: string, uid: string): DocumentData => ({
    id: "current",
    estateId: ESTATE,
    campaignId,
    edits: [{ action: "merge", topics: ["車位", "停車"], into: "停車位" }],
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });

  it.each(table)("$caller $verdict $operation", async (row) => {
    const campaignId = caseId(row);
    const firestore = firestoreAs(environment, row.caller);
    const uid = uidOf(row.caller);
    if (row.operation !== "create") {
      await arrange(environment, (admin) =>
        setDoc(editsRef(admin, campaignId), stored(edits(campaignId, ""))),
      );
    }
    const attempt = {
      read: () => getDoc(editsRef(firestore, campaignId)),
      create: () => setDoc(editsRef(firestore, campaignId), edits(campaignId, uid)),
      update: () =>
        updateDoc(editsRef(firestore, campaignId), {
          edits: [{ action: "hide", topic: "電梯" }],
          updatedAt: serverTimestamp(),
          updatedBy: uid,
        }),
      delete: () => deleteDoc(editsRef(firestore, campaignId)),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });

  it("refuses edits stored under another campaign's id", async () => {
    const uid = uidOf("director");
    await assertFails(
      setDoc(editsRef(firestoreAs(environment, "director"), "mine"), edits("someone-else", uid)),
    );
  });
});

describe("match /estates/{estateId}/surveyCampaigns/{campaignId}/rectifications/{taskId} (C3)", () => {
  const taskRef = (firestore: Firestore, id: string) =>
    doc(firestore, paths.rectification(ESTATE, CAMPAIGN, id));
  const newTask = (id: string, uid: string): DocumentData => ({
    id,
    estateId: ESTATE,
    campaignId: CAMPAIGN,
    source: { kind: "area", area: "greening" },
    title: "中心花園補種草坪,修剪灌木",
    department: "environment",
    ownerName: "趙環境",
    ownerUid: "uid-environment",
    deadline: new Date("2026-12-15T18:00:00+08:00"),
    status: "open",
    progressNote: "",
    outcome: null,
    closedAt: null,
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
  const putTask = (id: string, change: DocumentData = {}) =>
    arrange(environment, (admin) =>
      setDoc(taskRef(admin, id), { ...stored(newTask(id, "")), ...change }),
    );

  // The environment department owns the task in these rows: it reports progress.
  const table = roleMatrix({
    read: anyStaff,
    create: surveyRunners,
    update: [...surveyRunners, "environment"],
    delete: surveyRunners,
  });

  it.each(table)("$caller $verdict $operation", async (row) => {
    const id = caseId(row);
    const firestore = firestoreAs(environment, row.caller);
    const uid = uidOf(row.caller);
    if (row.operation !== "create") await putTask(id);
    const attempt = {
      read: () => getDoc(taskRef(firestore, id)),
      create: () => setDoc(taskRef(firestore, id), newTask(id, uid)),
      update: () =>
        updateDoc(taskRef(firestore, id), {
          status: "inProgress",
          progressNote: "已訂購草皮",
          updatedAt: serverTimestamp(),
          updatedBy: uid,
        }),
      delete: () => deleteDoc(taskRef(firestore, id)),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });

  it("the department closes its task with what was done, at server time", async () => {
    await putTask("close-ok");
    const uid = uidOf("environment");
    await assertSucceeds(
      updateDoc(taskRef(firestoreAs(environment, "environment"), "close-ok"), {
        status: "done",
        outcome: "補種草坪 120 平方米",
        closedAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
        updatedBy: uid,
      }),
    );
  });

  it.each([
    {
      case: "closing without saying what was done",
      change: { status: "done", outcome: null, closedAt: serverTimestamp() },
    },
    {
      case: "closing with a client clock",
      change: { status: "done", outcome: "完成", closedAt: new Date() },
    },
    { case: "moving the deadline", change: { deadline: LATER } },
    { case: "handing the task to another department", change: { department: "order" } },
  ])("the department may not update with $case", async ({ case: name, change }) => {
    const id = `dept-${name.replace(/\W+/g, "-")}`;
    await putTask(id);
    const uid = uidOf("environment");
    await assertFails(
      updateDoc(taskRef(firestoreAs(environment, "environment"), id), {
        ...change,
        updatedAt: serverTimestamp(),
        updatedBy: uid,
      }),
    );
  });

  it("a done task is never edited again, not even by the director, nor withdrawn", async () => {
    await putTask("done", { status: "done", outcome: "完成", closedAt: EARLIER });
    const director = firestoreAs(environment, "director");
    await assertFails(
      updateDoc(taskRef(director, "done"), {
        progressNote: "補記",
        updatedAt: serverTimestamp(),
        updatedBy: uidOf("director"),
      }),
    );
    await assertFails(deleteDoc(taskRef(director, "done")));
  });

  it("another department may not report progress on the task", async () => {
    await putTask("other-dept");
    await assertFails(
      updateDoc(taskRef(firestoreAs(environment, "maintenance"), "other-dept"), {
        progressNote: "不是我們的",
        updatedAt: serverTimestamp(),
        updatedBy: uidOf("maintenance"),
      }),
    );
  });

  it("a task is created open", async () => {
    const uid = uidOf("director");
    await assertFails(
      setDoc(taskRef(firestoreAs(environment, "director"), "created-done"), {
        ...newTask("created-done", uid),
        status: "done",
        outcome: "完成",
        closedAt: serverTimestamp(),
      }),
    );
  });
});

describe("match /surveyLinks/{tokenHash} (C1: only the functions read links)", () => {
  const table = roleMatrix({ read: [], create: [], update: [], delete: [] });
  const linkRef = (firestore: Firestore, id: string) => doc(firestore, paths.surveyLink(id));
  const link = (id: string) => ({
    id,
    estateId: ESTATE,
    campaignId: CAMPAIGN,
    householdId: "h-3-2-501",
    building: "3",
    label: "3-2-501",
    issuedAt: EARLIER,
    issuedBy: "uid-director",
    revokedAt: null,
  });

  it.each(table)("$caller $verdict $operation", async (row) => {
    const id = caseId(row);
    const firestore = firestoreAs(environment, row.caller);
    if (row.operation !== "create")
      await arrange(environment, (admin) => setDoc(linkRef(admin, id), link(id)));
    const attempt = {
      read: () => getDoc(linkRef(firestore, id)),
      create: () => setDoc(linkRef(firestore, id), link(id)),
      update: () => updateDoc(linkRef(firestore, id), { revokedAt: null }),
      delete: () => deleteDoc(linkRef(firestore, id)),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });

  it("not even the director may list the links of a campaign", async () => {
    await assertFails(
      getDocs(
        query(
          collection(firestoreAs(environment, "director"), paths.surveyLinks()),
          where("estateId", "==", ESTATE),
        ),
      ),
    );
  });
});

describe("match /committeeLinks/{tokenHash} (C5: the director lists them to revoke)", () => {
  const table = roleMatrix({ read: surveyRunners, create: [], update: [], delete: [] });
  const linkRef = (firestore: Firestore, id: string) => doc(firestore, paths.committeeLink(id));
  const link = (id: string) => ({
    id,
    estateId: ESTATE,
    campaignId: CAMPAIGN,
    label: "業主委員會",
    createdAt: EARLIER,
    createdBy: "uid-director",
    revokedAt: null,
    revokedBy: null,
  });

  it.each(table)("$caller $verdict $operation", async (row) => {
    const id = caseId(row);
    const firestore = firestoreAs(environment, row.caller);
    if (row.operation !== "create")
      await arrange(environment, (admin) => setDoc(linkRef(admin, id), link(id)));
    const attempt = {
      read: () => getDoc(linkRef(firestore, id)),
      create: () => setDoc(linkRef(firestore, id), link(id)),
      update: () => updateDoc(linkRef(firestore, id), { revokedAt: null }),
      delete: () => deleteDoc(linkRef(firestore, id)),
    }[row.operation];
    await expectVerdict(row.allowed, attempt());
  });

  it("the director lists the estate's committee links with a query on the estate", async () => {
    await arrange(environment, (admin) => setDoc(linkRef(admin, "listed"), link("listed")));
    await assertSucceeds(
      getDocs(
        query(
          collection(firestoreAs(environment, "director"), paths.committeeLinks()),
          where("estateId", "==", ESTATE),
          where("campaignId", "==", CAMPAIGN),
        ),
      ),
    );
  });
});

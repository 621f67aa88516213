/**
 * The household page and notices against the Firestore emulator (SPEC §12, B.1.3): a token
 * reads exactly its own household's owner-visible data; another household's id, a revoked or a
 * forged token are refused; a retried request is one reception; a confirmation is idempotent.
 */
import { randomUUID } from "node:crypto";
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { beforeAll, describe, expect, it } from "vitest";
import { answerHouseholdRequestFor } from "../../../functions/src/callables/answerHouseholdRequest.js";
import {
  issueHouseholdLink,
  issueHouseholdLinkFor,
  revokeHouseholdLinkFor,
} from "../../../functions/src/callables/householdLinks.js";
import {
  issueNoticeBoardLinkFor,
  revokeNoticeBoardLinkFor,
} from "../../../functions/src/callables/noticeBoardLinks.js";
import {
  publishNotice,
  publishNoticeFor,
  type PublishNoticeInput,
} from "../../../functions/src/callables/publishNotice.js";
import {
  recordOnSiteVisitAs,
  signOnSiteVisitAs,
} from "../../../functions/src/callables/onSiteVisits.js";
import { openTicketAs } from "../../../functions/src/callables/openTicket.js";
import type { AuthData } from "../../../functions/src/callables/validatedOnCall.js";
import { HOUSEHOLD_PAGE_LIMITS } from "../../../functions/src/domain/householdPage/rateLimit.js";
import { requestReceptionId } from "../../../functions/src/domain/householdPage/requests.js";
import type { Household } from "../../../functions/src/domain/schema/household.js";
import type { Role } from "../../../functions/src/domain/schema/role.js";
import { collections } from "../../../functions/src/firestore/collections.js";
import { householdActionFor } from "../../../functions/src/https/householdAction.js";
import { householdPageFor } from "../../../functions/src/https/householdPage.js";
import { linkTokenHash } from "../../../functions/src/https/linkTokens.js";
import { noticeBoardFor } from "../../../functions/src/https/noticeBoard.js";
import { PublicRefusal } from "../../../functions/src/https/publicEndpoint.js";

const PROJECT_ID = "demo-huiyin";
const HOUR = 3_600_000;

let firestore: Firestore;
beforeAll(() => {
  const app = getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
  firestore = getFirestore(app);
});

const staff = (estateId: string, role: Role, uid = `uid-${role}`): AuthData =>
  ({ uid, rawToken: "", token: { uid, estates: { [estateId]: role } } }) as unknown as AuthData;

async function refusalOf(attempt: Promise<unknown>): Promise<PublicRefusal> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof PublicRefusal) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

async function httpsErrorOf(attempt: Promise<unknown>): Promise<HttpsError> {
  try {
    await attempt;
  } catch (error) {
    if (error instanceof HttpsError) return error;
    throw error;
  }
  throw new Error("expected an HttpsError");
}

interface Page {
  household: string;
  notices: { id: string; critical: boolean; confirmedAt: string | null }[];
  requests: { requestId: string; content: string; reply: string | null }[];
  surveys: unknown[];
}

/** A fresh estate with households 3-1-501 and 3-1-502 (building 3) and 1-1-101. */
async function scene() {
  const estateId = `hp-${randomUUID().slice(0, 8)}`;
  const now = new Date();
  const typed = collections(firestore);
  await typed.estates().doc(estateId).set({
    id: estateId,
    name: "翠湖山莊",
    timeZone: "Asia/Shanghai",
    dutyPhone: "0755-1234",
    address: "",
  });
  const stamp = { createdAt: now, createdBy: "seed", updatedAt: now, updatedBy: "seed" };
  const household = (building: string, room: string): Household => ({
    id: `h-${building}-1-${room}`,
    estateId,
    building,
    unit: "1",
    room,
    floor: 5,
    locationDescription: "",
    mapPosition: null,
    areaSquareMetres: null,
    handoverDate: null,
    warrantyEnd: null,
    feeAccount: "",
    ...stamp,
  });
  const homes = [household("3", "501"), household("3", "502"), household("1", "101")];
  for (const home of homes) await typed.households(estateId).doc(home.id).set(home);
  const [mine, neighbour, elsewhere] = homes.map((home) => home.id) as [string, string, string];
  const links = {
    mine: await issueHouseholdLinkFor(firestore, { estateId, householdId: mine }, "cs"),
    neighbour: await issueHouseholdLinkFor(firestore, { estateId, householdId: neighbour }, "cs"),
  };
  return { estateId, now, mine, neighbour, elsewhere, links };
}

const notice = (
  estateId: string,
  change: Partial<PublishNoticeInput> = {},
): PublishNoticeInput => ({
  estateId,
  kind: "waterOutage",
  title: { "zh-Hant": "3座停水", "zh-Hans": null, en: "Water cut, block 3" },
  body: { "zh-Hant": "明早九時至十二時停水。", "zh-Hans": null, en: null },
  target: { scope: "buildings", buildings: ["3"] },
  startsAt: new Date(Date.now() + HOUR),
  endsAt: new Date(Date.now() + 4 * HOUR),
  ...change,
});

async function page(token: string, extra: Record<string, unknown> = {}): Promise<Page> {
  const answer = await householdPageFor(firestore, { token, ...extra });
  return answer.page as Page;
}

describe("§12 a household link reads exactly its own household's owner-visible data", () => {
  it("shows its own notices and requests, never the neighbour's", async () => {
    const { estateId, mine, neighbour, links } = await scene();
    const forBuilding = await publishNoticeFor(firestore, notice(estateId), "cs");
    const forNeighbour = await publishNoticeFor(
      firestore,
      notice(estateId, { kind: "fee", target: { scope: "households", householdIds: [neighbour] } }),
      "cs",
    );
    await householdActionFor(firestore, {
      action: "sendRequest",
      token: links.neighbour.token,
      requestId: "neighbour-0001",
      kind: "complaint",
      content: "樓上噪音",
    });
    const shown = await page(links.mine.token);
    expect(shown.household).toBe("3-1-501");
    expect(shown.notices.map((n) => n.id)).toEqual([forBuilding.noticeId]);
    expect(shown.requests).toEqual([]);
    const neighbours = await page(links.neighbour.token);
    expect(neighbours.notices.map((n) => n.id).sort()).toEqual(
      [forBuilding.noticeId, forNeighbour.noticeId].sort(),
    );
    expect(JSON.stringify(shown)).not.toContain("樓上噪音");
    expect(JSON.stringify(shown)).not.toContain(neighbour);
    expect(mine).not.toBe(neighbour);
  });

  it("refuses a request naming another household's id, and stores nothing", async () => {
    const { estateId, neighbour, links } = await scene();
    const refused = await refusalOf(
      householdPageFor(firestore, { token: links.mine.token, householdId: neighbour }),
    );
    expect(refused).toMatchObject({ status: 403, code: "forbidden" });
    const action = await refusalOf(
      householdActionFor(firestore, {
        action: "sendRequest",
        token: links.mine.token,
        householdId: neighbour,
        requestId: "forged-0001",
        kind: "repair",
        content: "x",
      }),
    );
    expect(action.code).toBe("forbidden");
    const receptions = await collections(firestore).receptions(estateId).get();
    expect(receptions.size).toBe(0);
  });

  it("refuses to confirm a notice that is not for this household, as if it did not exist", async () => {
    const { estateId, elsewhere, links } = await scene();
    const other = await publishNoticeFor(
      firestore,
      notice(estateId, { target: { scope: "households", householdIds: [elsewhere] } }),
      "cs",
    );
    const refused = await refusalOf(
      householdActionFor(firestore, {
        action: "confirmNotice",
        token: links.mine.token,
        noticeId: other.noticeId,
      }),
    );
    expect(refused).toMatchObject({ status: 404, code: "notFound" });
    const receipts = await collections(firestore).noticeReceipts(estateId, other.noticeId).get();
    expect(receipts.size).toBe(0);
  });
});

describe("§12 revoked and forged links open nothing", () => {
  it.each([
    { case: "a forged token of the right shape", token: "A".repeat(24), code: "unknownLink" },
    { case: "a malformed token", token: "../../estates", code: "unknownLink" },
  ])("$case → $code", async ({ token, code }) => {
    const refused = await refusalOf(householdPageFor(firestore, { token }));
    expect(refused.code).toBe(code);
  });

  it("a revoked link gets a clear message and nothing else; the re-issued link works", async () => {
    const { estateId, mine, links } = await scene();
    await revokeHouseholdLinkFor(firestore, { estateId, householdId: mine }, "cs");
    const refused = await refusalOf(householdPageFor(firestore, { token: links.mine.token }));
    expect(refused).toMatchObject({ status: 410, code: "revoked", details: {} });
    const again = await issueHouseholdLinkFor(firestore, { estateId, householdId: mine }, "cs");
    expect((await page(again.token)).household).toBe("3-1-501");
    const reissued = await issueHouseholdLinkFor(firestore, { estateId, householdId: mine }, "cs");
    expect(reissued.replaced).toBe(1);
    expect((await refusalOf(householdPageFor(firestore, { token: again.token }))).code).toBe(
      "revoked",
    );
  });

  it("stores only the token's SHA-256", async () => {
    const { links } = await scene();
    const stored = await collections(firestore).householdLinks().doc(links.mine.linkId).get();
    expect(stored.id).toBe(linkTokenHash(links.mine.token));
    expect(JSON.stringify(stored.data())).not.toContain(links.mine.token);
  });
});

describe("§12 a request from the page arrives at the desk once and gets its reply", () => {
  it("creates one online reception even when retried, and shows the desk's answer", async () => {
    const { estateId, mine, links } = await scene();
    const body = {
      action: "sendRequest",
      token: links.mine.token,
      requestId: "retry-000001",
      kind: "repair",
      content: "廚房水龍頭漏水",
    };
    const first = await householdActionFor(firestore, body);
    const second = await householdActionFor(firestore, body);
    expect(first).toMatchObject({ duplicate: false });
    expect(second).toMatchObject({ duplicate: true, sentAt: first.sentAt });
    const receptions = await collections(firestore).receptions(estateId).get();
    expect(receptions.docs.map((d) => d.data())).toMatchObject([
      {
        id: requestReceptionId(mine, "retry-000001"),
        channel: "online",
        category: "repair",
        householdId: mine,
        householdRequest: { householdId: mine, linkId: links.mine.linkId },
      },
    ]);
    const receptionId = requestReceptionId(mine, "retry-000001");
    await answerHouseholdRequestFor(
      firestore,
      { estateId, receptionId, reply: "維修部明早九時上門" },
      "uid-cs",
    );
    expect((await page(links.mine.token)).requests).toMatchObject([
      { requestId: "retry-000001", content: "廚房水龍頭漏水", reply: "維修部明早九時上門" },
    ]);
  });

  it("answers an archived request with an amendment that keeps the original", async () => {
    const { estateId, mine, links } = await scene();
    await householdActionFor(firestore, {
      action: "sendRequest",
      token: links.mine.token,
      requestId: "archived-0001",
      kind: "question",
      content: "管理費何時交？",
    });
    const receptionId = requestReceptionId(mine, "archived-0001");
    await collections(firestore)
      .receptions(estateId)
      .doc(receptionId)
      .update({ archived: true, handoverId: "shift-1" });
    const answer = await answerHouseholdRequestFor(
      firestore,
      { estateId, receptionId, reply: "月底前" },
      "uid-cs",
    );
    expect(answer.amended).toBe(true);
    const original = (
      await collections(firestore).receptions(estateId).doc(receptionId).get()
    ).data();
    expect(original?.outcome).toBe("");
    expect((await page(links.mine.token)).requests).toMatchObject([{ reply: "月底前" }]);
  });
});

describe("B.1.3 critical notices: confirmation is idempotent; staff see who has not confirmed", () => {
  it("confirming twice keeps one receipt with the first time", async () => {
    const { estateId, mine, links } = await scene();
    const { noticeId, critical } = await publishNoticeFor(firestore, notice(estateId), "cs");
    expect(critical).toBe(true);
    const body = { action: "confirmNotice", token: links.mine.token, noticeId };
    const first = await householdActionFor(firestore, body);
    const second = await householdActionFor(firestore, body);
    expect(second).toEqual({ confirmedAt: first.confirmedAt, duplicate: true });
    const receipts = await collections(firestore).noticeReceipts(estateId, noticeId).get();
    expect(receipts.docs.map((d) => d.id)).toEqual([mine]);
    expect((await page(links.mine.token)).notices[0]?.confirmedAt).toBe(first.confirmedAt);
  });

  it("refuses to publish for a building or household the estate does not have", async () => {
    const { estateId } = await scene();
    const error = await httpsErrorOf(
      publishNoticeFor(
        firestore,
        notice(estateId, { target: { scope: "buildings", buildings: ["99"] } }),
        "cs",
      ),
    );
    expect(error.code).toBe("invalid-argument");
    expect(error.message).toContain("99");
  });

  it.each([
    { role: "customerService", allowed: true },
    { role: "director", allowed: true },
    { role: "maintenance", allowed: false },
    { role: "order", allowed: false },
  ] as const)("$role may publish: $allowed", async ({ role, allowed }) => {
    const { estateId } = await scene();
    const attempt = publishNotice.handler({
      data: {
        ...notice(estateId),
        startsAt: new Date(Date.now() + HOUR).toISOString(),
        endsAt: new Date(Date.now() + 2 * HOUR).toISOString(),
      },
      auth: staff(estateId, role),
    });
    if (allowed) await expect(attempt).resolves.toMatchObject({ critical: true });
    else expect((await httpsErrorOf(attempt)).code).toBe("permission-denied");
  });

  it("staff of another estate may not issue a household link", async () => {
    const { estateId, mine } = await scene();
    const error = await httpsErrorOf(
      issueHouseholdLink.handler({
        data: { estateId, householdId: mine },
        auth: staff("other-estate", "admin"),
      }),
    );
    expect(error.code).toBe("permission-denied");
  });
});

describe("§12 rate limit per token", () => {
  it("refuses actions over the minute's budget, before storing anything", async () => {
    const { estateId, links } = await scene();
    const now = new Date();
    for (let index = 0; index < HOUSEHOLD_PAGE_LIMITS.actionsPerMinute; index += 1) {
      await householdActionFor(
        firestore,
        {
          action: "sendRequest",
          token: links.mine.token,
          requestId: `burst-${String(index).padStart(4, "0")}`,
          kind: "suggestion",
          content: "建議",
        },
        () => now,
      );
    }
    const refused = await refusalOf(
      householdActionFor(
        firestore,
        {
          action: "sendRequest",
          token: links.mine.token,
          requestId: "burst-over",
          kind: "suggestion",
          content: "建議",
        },
        () => now,
      ),
    );
    expect(refused.code).toBe("rateLimited");
    const receptions = await collections(firestore).receptions(estateId).get();
    expect(receptions.size).toBe(HOUSEHOLD_PAGE_LIMITS.actionsPerMinute);
  });
});

describe("§12 polling is cheap: an unchanged page answers with its version alone", () => {
  it("answers unchanged for the same version, and a new version after a change", async () => {
    const { estateId, links } = await scene();
    const first = await householdPageFor(firestore, { token: links.mine.token });
    const again = await householdPageFor(firestore, {
      token: links.mine.token,
      version: first.version,
    });
    expect(again).toEqual({ unchanged: true, version: first.version });
    await publishNoticeFor(firestore, notice(estateId), "cs");
    const changed = await householdPageFor(firestore, {
      token: links.mine.token,
      version: first.version,
    });
    expect(changed.unchanged).toBe(false);
    expect(changed.version).not.toBe(first.version);
  });
});

describe("B.1.3 the public notice board", () => {
  it("shows estate and building notices, not a notice to named households; revoked opens nothing", async () => {
    const { estateId, mine } = await scene();
    const building = await publishNoticeFor(firestore, notice(estateId), "cs");
    await publishNoticeFor(
      firestore,
      notice(estateId, { target: { scope: "households", householdIds: [mine] } }),
      "cs",
    );
    const link = await issueNoticeBoardLinkFor(firestore, { estateId, label: "3座大堂" }, "cs");
    const answer = await noticeBoardFor(firestore, { token: link.token });
    const board = answer.board as { estateName: string; notices: { id: string }[] };
    expect(board.estateName).toBe("翠湖山莊");
    expect(board.notices.map((n) => n.id)).toEqual([building.noticeId]);
    await revokeNoticeBoardLinkFor(firestore, { estateId, linkId: link.linkId }, "cs");
    expect((await refusalOf(noticeBoardFor(firestore, { token: link.token }))).code).toBe(
      "revoked",
    );
  });
});

describe("§12 tickets and signed on-site records on the household page (demo estate)", () => {
  const SIGNATURE =
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

  it("shows the household's ticket and signed record; confirms once; another household cannot open it", async () => {
    const estateId = "demo-estate";
    const typed = collections(firestore);
    const staffList = (await typed.staff(estateId).get()).docs.map((d) => d.data());
    const fixer = staffList.find((member) => member.role === "maintenance" && member.active);
    if (fixer === undefined) throw new Error("the demo estate has no maintenance staff");
    const homes = (await typed.households(estateId).limit(8).get()).docs.map((d) => d.data());
    const [home, other] = [homes[6], homes[7]];
    if (home === undefined || other === undefined) throw new Error("too few demo households");
    const mine = await issueHouseholdLinkFor(firestore, { estateId, householdId: home.id }, "cs");
    const theirs = await issueHouseholdLinkFor(
      firestore,
      { estateId, householdId: other.id },
      "cs",
    );
    const { ticketId } = await openTicketAs(firestore, staff(estateId, "customerService"), {
      estateId,
      type: "repair",
      householdId: home.id,
      title: "更換廚房水龍頭",
      assigneeId: fixer.id,
    });
    const worker = staff(estateId, "maintenance", fixer.id);
    const visitId = `v-${randomUUID().slice(0, 8)}`;
    await recordOnSiteVisitAs(firestore, worker, {
      estateId,
      ticketId,
      visitId,
      workDone: "更換水龍頭及軟管",
      done: true,
    });
    await signOnSiteVisitAs(firestore, worker, {
      estateId,
      visitId,
      signerName: "陳先生",
      signatureDataUrl: SIGNATURE,
      rating: "satisfied",
    });

    const shown = (await householdPageFor(firestore, { token: mine.token })).page as {
      tickets: { id: string; status: string }[];
      visits: { id: string; signerName: string; ownerResponse: unknown }[];
    };
    expect(shown.tickets.find((ticket) => ticket.id === ticketId)?.status).toBe("assigned");
    expect(shown.visits.find((visit) => visit.id === visitId)).toMatchObject({
      signerName: "陳先生",
      ownerResponse: null,
    });
    expect(JSON.stringify(shown)).not.toContain(fixer.id);

    const copy = await householdActionFor(firestore, {
      action: "openVisitCopy",
      token: mine.token,
      visitId,
    });
    expect((copy.copy as { signatureDataUrl: string }).signatureDataUrl).toMatch(
      /^data:image\/png/,
    );
    const forbidden = await refusalOf(
      householdActionFor(firestore, { action: "openVisitCopy", token: theirs.token, visitId }),
    );
    expect(forbidden.code).toBe("notFound");
    const wrongHousehold = await refusalOf(
      householdActionFor(firestore, {
        action: "answerVisit",
        token: theirs.token,
        visitId,
        answer: "disputed",
        note: "不是我家",
      }),
    );
    expect(wrongHousehold.code).toBe("notFound");

    await householdActionFor(firestore, {
      action: "answerVisit",
      token: mine.token,
      visitId,
      answer: "confirmed",
    });
    const again = await refusalOf(
      householdActionFor(firestore, {
        action: "answerVisit",
        token: mine.token,
        visitId,
        answer: "disputed",
        note: "改變主意",
      }),
    );
    expect(again.code).toBe("closed");
    const after = (await householdPageFor(firestore, { token: mine.token })).page as {
      visits: { id: string; ownerResponse: { kind: string } | null }[];
    };
    expect(after.visits.find((visit) => visit.id === visitId)?.ownerResponse?.kind).toBe(
      "confirmed",
    );
  });
});

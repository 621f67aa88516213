/**
 * Demo notices and household pages (B.1.3, SPEC §12): five notices (a fee notice to the whole
 * estate in effect, an upcoming water cut in building 1 and a power cut in building 2 in effect —
 * both critical, most households confirmed —, an upcoming fire drill, an ended works notice), a
 * notice board link for the lobby, one household's page link, and two requests sent from that
 * page (one answered). Tokens are derived from a fixed seed: demo data only, never a real
 * project. Deterministic: running it twice gives the same documents.
 */
import type { Firestore } from "firebase-admin/firestore";
import { isCriticalKind } from "../../functions/src/domain/notices/notices.js";
import { receptionOfRequest } from "../../functions/src/domain/householdPage/requests.js";
import { paths } from "../../functions/src/domain/paths.js";
import { householdLabel, type Household } from "../../functions/src/domain/schema/household.js";
import type { HouseholdLink } from "../../functions/src/domain/schema/householdLink.js";
import type { Notice, NoticeKind, NoticeTarget } from "../../functions/src/domain/schema/notice.js";
import type { NoticeBoardLink } from "../../functions/src/domain/schema/noticeBoardLink.js";
import type { NoticeReceipt } from "../../functions/src/domain/schema/noticeReceipt.js";
import { collections } from "../../functions/src/firestore/collections.js";
import { linkTokenHash, newLinkToken, TOKEN_BYTES } from "../../functions/src/https/linkTokens.js";
import { seededRandom } from "./random.js";

type Writer = (db: Firestore, documents: { path: string; data: object }[]) => Promise<void>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A token from the seed's random numbers (demo only). */
function demoToken(random: () => number): string {
  return newLinkToken(() =>
    Uint8Array.from({ length: TOKEN_BYTES }, () => Math.floor(random() * 256)),
  );
}

/** What the seed wrote, for the log. */
export interface NoticesSeed {
  notices: number;
  receipts: number;
  householdPage: string;
  noticeBoard: string;
}

export async function seedNotices(
  db: Firestore,
  estateId: string,
  now: Date,
  writeAll: Writer,
): Promise<NoticesSeed> {
  const random = seededRandom(20261127);
  const households = (await collections(db).households(estateId).get()).docs
    .map((d) => d.data())
    .sort((a, b) => a.id.localeCompare(b.id));
  const stamp = { createdAt: now, createdBy: "seed", updatedAt: now, updatedBy: "seed" };
  const text = (zhHant: string, en: string | null = null) => ({
    "zh-Hant": zhHant,
    "zh-Hans": null,
    en,
  });
  const drafts: {
    id: string;
    kind: NoticeKind;
    title: string;
    en: string;
    body: string;
    target: NoticeTarget;
    starts: number;
    ends: number;
  }[] = [
    {
      id: "demo-notice-fee",
      kind: "fee",
      title: "2026年第四季度物業管理費繳費通知",
      en: "Management fees, Q4 2026",
      body: "請於12月15日前到管理處或經銀行轉帳繳交第四季度物業管理費。",
      target: { scope: "estate" },
      starts: -5 * DAY,
      ends: 20 * DAY,
    },
    {
      id: "demo-notice-water",
      kind: "waterOutage",
      title: "1座停水通知",
      en: "Water cut, block 1",
      body: "因更換供水閥門，1座將於明日09:00至12:00停水，請提前儲水。",
      target: { scope: "buildings", buildings: ["1"] },
      starts: 1 * DAY,
      ends: 1 * DAY + 3 * HOUR,
    },
    {
      id: "demo-notice-power",
      kind: "powerOutage",
      title: "2座電梯及公共照明檢修停電",
      en: "Power cut for lift maintenance, block 2",
      body: "2座公共區域今日停電檢修，電梯暫停使用，請注意安全。",
      target: { scope: "buildings", buildings: ["2"] },
      starts: -2 * HOUR,
      ends: 4 * HOUR,
    },
    {
      id: "demo-notice-drill",
      kind: "fireDrill",
      title: "年度消防演習",
      en: "Yearly fire drill",
      body: "本月最後一個星期六上午10時舉行消防演習，屆時警報響起屬演習，請配合疏散。",
      target: { scope: "estate" },
      starts: 3 * DAY,
      ends: 3 * DAY + 2 * HOUR,
    },
    {
      id: "demo-notice-works",
      kind: "works",
      title: "中央花園綠化改造",
      en: "Central garden works",
      body: "中央花園綠化改造工程已完成，感謝各位業主的理解。",
      target: { scope: "estate" },
      starts: -20 * DAY,
      ends: -2 * DAY,
    },
  ];
  const notices: Notice[] = drafts.map((draft) => ({
    id: draft.id,
    estateId,
    kind: draft.kind,
    title: text(draft.title, draft.en),
    body: text(draft.body),
    target: draft.target,
    startsAt: new Date(now.getTime() + draft.starts),
    endsAt: new Date(now.getTime() + draft.ends),
    critical: isCriticalKind(draft.kind),
    withdrawnAt: null,
    withdrawnBy: null,
    ...stamp,
    createdAt: new Date(now.getTime() + Math.min(draft.starts, 0) - DAY),
  }));
  const receipts: NoticeReceipt[] = [];
  const boardToken = demoToken(random);
  const pageToken = demoToken(random);
  const pageLinkId = linkTokenHash(pageToken);
  for (const notice of notices.filter((n) => n.critical && n.target.scope === "buildings")) {
    const buildings = notice.target.scope === "buildings" ? notice.target.buildings : [];
    for (const household of households.filter((h) => buildings.includes(h.building))) {
      if (random() < 0.7) {
        receipts.push({
          id: household.id,
          estateId,
          noticeId: notice.id,
          householdId: household.id,
          confirmedAt: new Date(now.getTime() - Math.floor(random() * 2 * HOUR)),
          linkId: pageLinkId,
        });
      }
    }
  }
  const documents: { path: string; data: object }[] = [
    ...notices.map((notice) => ({ path: paths.notice(estateId, notice.id), data: notice })),
    ...receipts.map((receipt) => ({
      path: paths.noticeReceipt(estateId, receipt.noticeId, receipt.householdId),
      data: receipt,
    })),
  ];
  const board: NoticeBoardLink = {
    id: linkTokenHash(boardToken),
    estateId,
    label: "1座大堂",
    createdAt: now,
    createdBy: "seed",
    revokedAt: null,
    revokedBy: null,
  };
  documents.push({ path: paths.noticeBoardLink(board.id), data: board });

  const home: Household | undefined = households.find((h) => h.building === "1");
  if (home !== undefined) {
    const link: HouseholdLink = {
      id: pageLinkId,
      estateId,
      householdId: home.id,
      label: householdLabel(home),
      building: home.building,
      issuedAt: now,
      issuedBy: "seed",
      revokedAt: null,
      revokedBy: null,
      counter: null,
    };
    documents.push({ path: paths.householdLink(link.id), data: link });
    const asked = receptionOfRequest({
      estateId,
      householdId: home.id,
      linkId: link.id,
      request: {
        requestId: "demo-request-1",
        kind: "question",
        content: "請問停水期間地下車庫的洗車位是否開放？",
      },
      now: new Date(now.getTime() - 3 * DAY),
      timeZone: "Asia/Shanghai",
    });
    const answeredAt = new Date(now.getTime() - 3 * DAY + 2 * HOUR);
    const repair = receptionOfRequest({
      estateId,
      householdId: home.id,
      linkId: link.id,
      request: {
        requestId: "demo-request-2",
        kind: "repair",
        content: "客廳天花有水漬，懷疑樓上滲水。",
      },
      now: new Date(now.getTime() - 2 * DAY),
      timeZone: "Asia/Shanghai",
    });
    documents.push(
      {
        path: paths.reception(estateId, asked.id),
        data: {
          ...asked,
          outcome: "停水期間洗車位暫停開放，恢復供水後即重開。",
          updatedAt: answeredAt,
          updatedBy: "demo-cs",
        },
      },
      { path: paths.reception(estateId, repair.id), data: repair },
    );
  }
  await writeAll(db, documents);
  return {
    notices: notices.length,
    receipts: receipts.length,
    householdPage: `/h/${pageToken}`,
    noticeBoard: `/n/${boardToken}`,
  };
}

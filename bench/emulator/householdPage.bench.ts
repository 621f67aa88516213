/**
 * The household page on the emulator (issue 6): an estate of 200 households with five notices
 * (two critical) and 20 requests from one household's page.
 * - The HTTP function `householdPage`: its first answer (the emulator starting the function's
 *   process: an emulator cost, reported without a target), warm polls, and unchanged polls
 *   (the version alone); the same for `noticeBoard`.
 * - Time to first render of `/h/<token>` and `/n/<token>` in Chromium on a slow 4G network
 *   (`firstRender.ts`), fresh cache each visit: the issue's "opens in under a second on a slow
 *   mobile network". The page's JS size is `web.household_page_js_gzip_kib`
 *   (`web/scripts/publicJsSize.mjs`).
 */
import { initializeApp } from "firebase-admin/app";
import { getFirestore } from "firebase-admin/firestore";
import { issueHouseholdLinkFor } from "../../functions/src/callables/householdLinks.js";
import { issueNoticeBoardLinkFor } from "../../functions/src/callables/noticeBoardLinks.js";
import { publishNoticeFor } from "../../functions/src/callables/publishNotice.js";
import type { Household } from "../../functions/src/domain/schema/household.js";
import type { NoticeKind } from "../../functions/src/domain/schema/notice.js";
import { collections } from "../../functions/src/firestore/collections.js";
import { householdActionFor } from "../../functions/src/https/householdAction.js";
import { firstRenders, median, printFirstRender } from "./firstRender.js";

const HOUSEHOLDS = 200;
// 1 + 2 × 12 + 2 reads: within the 30 reads a token may make in a minute.
const POLLS = 12;
const PROJECT = "demo-huiyin";
const HOUR = 3_600_000;

async function functionsOrigin(): Promise<string> {
  const port = process.env.VITE_FUNCTIONS_EMULATOR_PORT;
  if (port !== undefined && port !== "") return `http://127.0.0.1:${port}`;
  const hub = process.env.FIREBASE_EMULATOR_HUB;
  if (hub === undefined)
    throw new Error("Run inside the emulators (npm run bench -- householdPage).");
  const emulators = (await (await fetch(`http://${hub}/emulators`)).json()) as Record<
    string,
    { host: string; port: number }
  >;
  const functions = emulators.functions;
  if (functions === undefined) throw new Error("The Functions emulator is not running.");
  return `http://${functions.host}:${String(functions.port)}`;
}

const app = initializeApp({ projectId: PROJECT }, "bench-household-page");
const db = getFirestore(app);
const typed = collections(db);
const estateId = `bench-household-${String(Date.now())}`;
const now = new Date();
const stamp = { createdAt: now, createdBy: "bench", updatedAt: now, updatedBy: "bench" };

await typed.estates().doc(estateId).set({
  id: estateId,
  name: "基準測試山莊",
  timeZone: "Asia/Shanghai",
  dutyPhone: "010-0000 0000",
  address: "",
});
const batch = db.batch();
for (let index = 0; index < HOUSEHOLDS; index += 1) {
  const building = String(1 + (index % 4));
  const room = String(101 + Math.floor(index / 4));
  const household: Household = {
    id: `h-${building}-${room}`,
    estateId,
    building,
    unit: "1",
    room,
    floor: Math.floor(index / 8) + 1,
    locationDescription: "",
    mapPosition: null,
    areaSquareMetres: null,
    handoverDate: null,
    warrantyEnd: null,
    feeAccount: "",
    ...stamp,
  };
  batch.set(typed.households(estateId).doc(household.id), household);
}
await batch.commit();
const householdId = "h-1-101";
const kinds: NoticeKind[] = ["waterOutage", "fee", "powerOutage", "fireDrill", "works"];
for (const [index, kind] of kinds.entries()) {
  await publishNoticeFor(
    db,
    {
      estateId,
      kind,
      title: { "zh-Hant": `通知 ${String(index + 1)}`, "zh-Hans": null, en: null },
      body: { "zh-Hant": "基準測試通知內容。".repeat(10), "zh-Hans": null, en: null },
      target: index % 2 === 0 ? { scope: "estate" } : { scope: "buildings", buildings: ["1"] },
      startsAt: new Date(now.getTime() + (index - 2) * HOUR),
      endsAt: new Date(now.getTime() + (index + 5) * HOUR),
    },
    "bench",
  );
}
const link = await issueHouseholdLinkFor(db, { estateId, householdId }, "bench");
for (let index = 0; index < 20; index += 1) {
  await householdActionFor(
    db,
    {
      action: "sendRequest",
      token: link.token,
      requestId: `bench-${String(index).padStart(6, "0")}`,
      kind: "question",
      content: `基準測試請求 ${String(index)}`,
    },
    // Spread over minutes so the per-minute action budget is not the thing measured.
    () => new Date(now.getTime() - (index + 1) * 61_000),
  );
}
const board = await issueNoticeBoardLinkFor(db, { estateId, label: "大堂" }, "bench");

const origin = await functionsOrigin();
const region = process.env.VITE_FUNCTIONS_REGION ?? "asia-east2";
async function post(
  name: string,
  body: object,
): Promise<{ ms: number; answer: Record<string, unknown> }> {
  const started = performance.now();
  const response = await fetch(`${origin}/${PROJECT}/${region}/${name}`, {
    method: "POST",
    headers: { "Content-Type": "text/plain;charset=UTF-8" },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as Record<string, unknown>;
  if (answer.ok !== true) throw new Error(`${name} refused: ${JSON.stringify(answer)}`);
  return { ms: performance.now() - started, answer };
}

const first = await post("householdPage", { token: link.token });
const warm: number[] = [];
const unchanged: number[] = [];
let version = String(first.answer.version);
for (let index = 0; index < POLLS; index += 1) {
  warm.push((await post("householdPage", { token: link.token })).ms);
  const again = await post("householdPage", { token: link.token, version });
  unchanged.push(again.ms);
  version = String(again.answer.version);
}
const boardFirst = await post("noticeBoard", { token: board.token });
const boardWarm: number[] = [];
for (let index = 0; index < 5; index += 1) {
  boardWarm.push((await post("noticeBoard", { token: board.token })).ms);
}
const bytes = (await post("householdPage", { token: link.token })).answer;
const unchangedBytes = (await post("householdPage", { token: link.token, version })).answer;

// Fresh visits, as an owner scanning the QR code; the content is in the DOM when the
// footer (after every section) is.
const ready = "main:not([aria-busy]) footer";
// Another household's link: the first one has spent its reads for this minute above.
const renderLink = await issueHouseholdLinkFor(db, { estateId, householdId: "h-2-101" }, "bench");
const householdRender = await firstRenders(`/h/${renderLink.token}`, ready, "householdPage");
const boardRender = await firstRenders(`/n/${board.token}`, ready, "noticeBoard");

console.log(`householdPage.emulator_cold_start_ms ${first.ms.toFixed(0)} ms`);
printFirstRender("householdPage", householdRender);
console.log(`householdPage.poll_median_ms ${median(warm).toFixed(0)} ms`);
console.log(`householdPage.poll_median_ms.target 1000 ms`);
console.log(`householdPage.unchanged_poll_median_ms ${median(unchanged).toFixed(0)} ms`);
console.log(`householdPage.answer_bytes ${String(JSON.stringify(bytes).length)} bytes`);
console.log(
  `householdPage.unchanged_answer_bytes ${String(JSON.stringify(unchangedBytes).length)} bytes`,
);
console.log(`noticeBoard.emulator_cold_start_ms ${boardFirst.ms.toFixed(0)} ms`);
printFirstRender("noticeBoard", boardRender);
console.log(`noticeBoard.poll_median_ms ${median(boardWarm).toFixed(0)} ms`);
console.log(`noticeBoard.poll_median_ms.target 1000 ms`);
process.exit(0);

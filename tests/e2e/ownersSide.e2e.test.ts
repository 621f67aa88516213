/**
 * The owners' side in headless Chromium against the emulators (issue 6, SPEC §12, B.1.3): an
 * owner opens the household page from its link on a 390-wide phone, confirms a critical notice,
 * sends a repair request; the request appears at the desk; customer service answers it and the
 * answer shows on the owner's page within the documented refresh interval (15 s); a ticket of the
 * household is closed by staff and its state changes on the page within the same interval.
 */
import { randomUUID } from "node:crypto";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueHouseholdLinkFor } from "../../functions/src/callables/householdLinks.js";
import { openTicketAs } from "../../functions/src/callables/openTicket.js";
import { publishNoticeFor } from "../../functions/src/callables/publishNotice.js";
import { transitionTicketAs } from "../../functions/src/callables/transitionTicket.js";
import type { AuthData } from "../../functions/src/callables/validatedOnCall.js";
import type { Role } from "../../functions/src/domain/schema/role.js";
import { householdLabel } from "../../functions/src/domain/schema/household.js";
import { collections } from "../../functions/src/firestore/collections.js";
import {
  launchBrowser,
  newContext,
  pageFilesRequested,
  requestsTo,
  screenshot,
  signIn,
} from "../support/browser.js";
import { adminDb } from "./surveyData.js";

const ESTATE = "demo-estate";
const phone = { width: 390, height: 844 };
const HOUR = 3_600_000;

/** The Functions emulator's origin (from the test environment, never a fixed port). */
async function functionsOrigin(): Promise<string> {
  const port = process.env.VITE_FUNCTIONS_EMULATOR_PORT;
  if (port !== undefined && port !== "") return `http://127.0.0.1:${port}`;
  const hub = process.env.FIREBASE_EMULATOR_HUB;
  if (hub === undefined) throw new Error("Run inside the emulators (npm test).");
  const emulators = (await (await fetch(`http://${hub}/emulators`)).json()) as Record<
    string,
    { host: string; port: number }
  >;
  const functions = emulators.functions;
  if (functions === undefined) throw new Error("The Functions emulator is not running.");
  return `http://${functions.host}:${String(functions.port)}`;
}

/**
 * The emulator loads the functions' code on the first call of each function (many seconds on a
 * busy machine, unlike a warm production instance): call each once, so the page is timed, not
 * the emulator's start.
 */
async function warmUp(): Promise<void> {
  const origin = await functionsOrigin();
  for (const name of ["householdPage", "householdAction"]) {
    await fetch(`${origin}/demo-huiyin/asia-east2/${name}`, {
      method: "POST",
      headers: { "Content-Type": "text/plain" },
      body: JSON.stringify({ token: "warm-up-token-0000000000" }),
    });
  }
}

const staffAuth = (uid: string, role: Role): AuthData =>
  ({ uid, rawToken: "", token: { uid, estates: { [ESTATE]: role } } }) as unknown as AuthData;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("the household page (issue 6) on a 390×844 phone", { timeout: 180_000 }, () => {
  it("an owner confirms a notice and sends a request; the desk sees it and the answer comes back", async () => {
    const db = adminDb();
    const households = await collections(db).households(ESTATE).limit(5).get();
    const household = households.docs[3]?.data() ?? households.docs[0]?.data();
    if (household === undefined) throw new Error("the demo estate has no household");
    const link = await issueHouseholdLinkFor(
      db,
      { estateId: ESTATE, householdId: household.id },
      "e2e",
    );
    const title = `停水通知 ${randomUUID().slice(0, 6)}`;
    const { noticeId } = await publishNoticeFor(
      db,
      {
        estateId: ESTATE,
        kind: "waterOutage",
        title: { "zh-Hant": title, "zh-Hans": null, en: "Water cut" },
        body: { "zh-Hant": "明早九時至十二時停水，請預先儲水。", "zh-Hans": null, en: null },
        target: { scope: "households", householdIds: [household.id] },
        startsAt: new Date(Date.now() + HOUR),
        endsAt: new Date(Date.now() + 4 * HOUR),
      },
      "e2e",
    );

    await warmUp();
    const context = await newContext(browser, phone);
    const page = await context.newPage();
    const files = pageFilesRequested(page);
    const contentRequests = requestsTo(page, "/householdPage");
    const opened = Date.now();
    await page.goto(`/h/${link.token}`);
    await page.getByRole("heading", { name: "給您的通知" }).waitFor();
    const firstRender = Date.now() - opened;
    expect(await page.getByText(`房號：${householdLabel(household)}`).count()).toBe(1);
    // No script or stylesheet file (the page's own are inline), so no Firebase SDK either.
    expect(files).toEqual([]);
    // One request for the content: the one the head of the HTML started, taken by the page.
    expect(contentRequests).toHaveLength(1);
    expect(firstRender).toBeLessThan(10_000);

    // Confirm the critical notice; the receipt is stored once.
    const card = page.locator(`[data-notice="${noticeId}"]`);
    await card.getByRole("heading", { name: title }).waitFor();
    await screenshot(page, "owners-household-page-notice");
    await card.getByRole("button", { name: "確認收到" }).click();
    await card
      .getByText(/確認收到$/)
      .first()
      .waitFor();
    await expect.poll(() => card.locator(".confirmed").count()).toBe(1);
    const receipt = await collections(db).noticeReceipts(ESTATE, noticeId).doc(household.id).get();
    expect(receipt.exists).toBe(true);

    // Send a repair request.
    const content = `浴室天花滲水 ${randomUUID().slice(0, 6)}`;
    await page.getByRole("radio", { name: "報修" }).check();
    await page.getByLabel("內容").fill(content);
    await page.getByRole("button", { name: "送出" }).click();
    await page.getByText("已送出，客服中心會盡快回覆。").waitFor();
    const mine = page.locator("[data-request]", { hasText: content });
    await mine.getByText("等待回覆").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      phone.width,
    );
    await screenshot(page, "owners-household-page-request");

    // The request arrives at the desk as an online reception.
    const desk = await (await newContext(browser)).newPage();
    await signIn(desk, "cs@demo.huiyin.test");
    await desk.goto("/desk");
    await desk.getByTestId("desk-today").getByText(content).waitFor({ timeout: 20_000 });
    await screenshot(desk, "owners-request-at-desk");

    // Customer service answers it from the requests tab.
    await desk.goto("/notices");
    await desk.getByRole("tab", { name: "住戶請求" }).click();
    const request = desk.locator('[data-testid^="request-"]', { hasText: content });
    await request.getByRole("textbox").fill("維修部明早十時上門檢查。");
    await request.getByRole("button", { name: "送出回覆" }).click();
    // The answer is stored when the card shows it as answered (the callable may be cold).
    await request.getByText(/已回覆/).waitFor({ timeout: 60_000 });
    await screenshot(desk, "owners-request-answered");

    // The owner's page shows the answer within the refresh interval (15 s), without a reload.
    // (The phone's tab went to the background while the desk worked: the page polls only while
    // visible, and asks at once when it is shown again.)
    await page.bringToFront();
    const answered = Date.now();
    await mine.getByText("維修部明早十時上門檢查。").waitFor({ timeout: 20_000 });
    expect(Date.now() - answered).toBeLessThan(20_000);
    await mine.scrollIntoViewIfNeeded();
    await screenshot(page, "owners-household-page-reply");

    // A ticket of the household: its state changes on the page when staff move and close it.
    const staff = (await collections(db).staff(ESTATE).get()).docs.map((d) => d.data());
    const fixer = staff.find((member) => member.role === "maintenance" && member.active);
    const director = staff.find((member) => member.role === "director" && member.active);
    if (fixer === undefined || director === undefined) throw new Error("demo staff missing");
    const boss = staffAuth(director.id, "director");
    const worker = staffAuth(fixer.id, "maintenance");
    const ticketTitle = `更換浴室排氣扇 ${randomUUID().slice(0, 6)}`;
    const { ticketId } = await openTicketAs(db, boss, {
      estateId: ESTATE,
      type: "repair",
      householdId: household.id,
      title: ticketTitle,
    });
    const ticketCard = page.locator(`[data-ticket="${ticketId}"]`);
    await ticketCard.getByText(ticketTitle).waitFor({ timeout: 20_000 });
    await ticketCard.locator('[data-status="open"]').waitFor();
    const steps: [AuthData, "assigned" | "inProgress" | "done" | "followedUp" | "closed"][] = [
      [boss, "assigned"],
      [worker, "inProgress"],
      [worker, "done"],
      [boss, "followedUp"],
      [boss, "closed"],
    ];
    for (const [actor, to] of steps) {
      await transitionTicketAs(db, actor, {
        estateId: ESTATE,
        ticketId,
        to,
        ...(to === "assigned" ? { assigneeId: fixer.id } : {}),
      });
    }
    const closedAt = Date.now();
    await ticketCard.locator('[data-status="closed"]').waitFor({ timeout: 20_000 });
    expect(Date.now() - closedAt).toBeLessThan(20_000);
    await ticketCard.getByText("已結案").first().waitFor();
    await ticketCard.scrollIntoViewIfNeeded();
    await screenshot(page, "owners-household-page-ticket-closed");

    // A revoked link: a clear message and nothing else.
    await issueHouseholdLinkFor(db, { estateId: ESTATE, householdId: household.id }, "e2e");
    await page.reload();
    await page
      .getByRole("alert")
      .getByText(/已被管理處停用/)
      .waitFor();
    expect(await page.getByText(title).count()).toBe(0);
    await screenshot(page, "owners-household-page-revoked");
  });
});

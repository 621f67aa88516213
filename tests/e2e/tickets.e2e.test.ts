/**
 * Tickets and on-site service in headless Chromium against the emulators (issue 4): a
 * maintenance worker on a phone-sized viewport (390 wide) starts a repair, records the work,
 * is flagged "unsigned" live on the director's screen, has the owner draw a signature and
 * rate the service, shows the owner-copy link, and finishes the ticket; the owner's copy opens
 * by the link and is confirmed.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTicketAs } from "../../functions/src/callables/openTicket.js";
import type { AuthData } from "../../functions/src/callables/validatedOnCall.js";
import { paths } from "../../functions/src/domain/paths.js";
import { launchBrowser, newContext, screenshot, signIn } from "../support/browser.js";
import { adminDb, estateId, uniqueToken } from "./directoryData.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const PHONE = { width: 390, height: 844 };
const customerService = {
  uid: "demo-cs",
  rawToken: "",
  token: { uid: "demo-cs", estates: { [estateId]: "customerService" } },
} as unknown as AuthData;

/** Draws a short scribble on the signature pad with the mouse (a finger on a phone). */
async function drawSignature(page: Page): Promise<void> {
  const pad = page.getByTestId("signature-pad");
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (box === null) throw new Error("the signature pad is not visible");
  await page.mouse.move(box.x + 30, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 12; step += 1) {
    await page.mouse.move(
      box.x + 30 + step * 20,
      box.y + box.height / 2 + (step % 2 === 0 ? -30 : 30),
    );
  }
  await page.mouse.up();
}

describe("on-site service signed by the owner (issue 4)", () => {
  it("a maintenance worker closes a repair on a phone with a drawn signature and rating; the owner's copy opens by link", async () => {
    const title = `E2E 廚房水管漏水 ${uniqueToken()}`;
    const { ticketId } = await openTicketAs(adminDb(), customerService, {
      estateId,
      type: "repair",
      householdId: "h-1-1-101",
      title,
      assigneeId: "demo-maint",
    });

    const directorContext = await newContext(browser);
    const director = await directorContext.newPage();
    await signIn(director, "director@demo.huiyin.test");
    await director.goto("/tickets");
    const flagged = director.getByTestId("flagged-tickets");
    await flagged.waitFor();

    const workerContext = await newContext(browser, PHONE);
    const worker = await workerContext.newPage();
    await signIn(worker, "maint@demo.huiyin.test");
    await worker.goto("/tickets");
    await worker.getByTestId("ticket-queue").getByText(title).click();
    await worker.waitForURL(new RegExp(`/tickets/${ticketId}$`));
    await worker.getByRole("button", { name: "開始處理" }).click();
    // The first callable may wait for a cold Functions worker on a busy 2-core machine.
    await expect
      .poll(() => worker.getByTestId("ticket-status").textContent(), { timeout: 120_000 })
      .toBe("處理中");
    await screenshot(worker, "tickets-phone-ticket-page");

    await worker.getByRole("button", { name: "開始上門服務記錄" }).click();
    await worker.getByLabel("服務內容").fill("更換廚房水管接頭,試水無滲漏");
    await worker.getByRole("button", { name: "完工，請業主簽名" }).click();

    // The visit is done and unsigned: the director sees the flag without reloading.
    await flagged.getByText(title).waitFor({ timeout: 60_000 });
    await screenshot(director, "tickets-director-unsigned-flag");

    await worker.getByLabel("業主姓名").waitFor({ timeout: 60_000 });
    await worker.getByLabel("業主姓名").fill("王先生");
    await drawSignature(worker);
    await worker.getByText("滿意", { exact: true }).click();
    await screenshot(worker, "tickets-phone-signature");
    await worker.getByRole("button", { name: "確認簽名" }).click();
    const link = worker.getByTestId("owner-copy-link");
    await link.waitFor({ timeout: 60_000 });
    await worker.getByTestId("owner-copy-qr").waitFor();
    await screenshot(worker, "tickets-phone-owner-copy-qr");
    const href = await link.getAttribute("href");
    expect(href).toMatch(/\/v\/[A-Za-z0-9_-]{22,}$/);

    // The signature stopped the flag on the director's screen, live.
    await expect.poll(() => flagged.getByText(title).count(), { timeout: 60_000 }).toBe(0);

    // The owner opens their copy on their own phone, with no account, and confirms it.
    const ownerContext = await newContext(browser, PHONE);
    const owner = await ownerContext.newPage();
    await owner.goto(href ?? "");
    await owner.getByTestId("copy-work").waitFor({ timeout: 60_000 });
    expect(await owner.getByTestId("copy-work").textContent()).toContain("更換廚房水管接頭");
    expect(await owner.getByTestId("copy-signed").textContent()).toContain("王先生");
    await screenshot(owner, "tickets-owner-copy");
    await owner.getByRole("button", { name: "確認無誤" }).click();
    await owner.getByTestId("copy-answer").waitFor({ timeout: 60_000 });

    // The worker finishes the ticket.
    await worker.goto(`/tickets/${ticketId}`);
    await worker.getByRole("button", { name: "完成", exact: true }).click();
    await expect
      .poll(() => worker.getByTestId("ticket-status").textContent(), { timeout: 60_000 })
      .toBe("已完成");
    await screenshot(worker, "tickets-phone-done");

    const visits = await adminDb()
      .collection(paths.onSiteVisits(estateId))
      .where("ticketId", "==", ticketId)
      .get();
    expect(
      visits.docs.map((doc): unknown[] => [doc.get("rating.value"), doc.get("ownerResponse.kind")]),
    ).toEqual([["satisfied", "confirmed"]]);
    await Promise.all([directorContext.close(), workerContext.close(), ownerContext.close()]);
  }, 480_000);
});

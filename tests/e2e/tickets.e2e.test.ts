/**
 * Tickets and on-site service in headless Chromium against the emulators (issue 4): a
 * maintenance worker on a phone-sized viewport (390 wide) starts a repair, records the work,
 * is flagged "unsigned" live on the director's screen, has the owner draw a signature and
 * rate the service, shows the owner-copy link, and finishes the ticket; the owner's copy opens
 * by the link and is confirmed. The director on a tablet closes a seeded covenant-violation case
 * only once its written record is signed (B2.8), and finds another case unhandled (-50).
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
const TABLET = { width: 1024, height: 768 };
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

/** A seeded case ticket of `type` in `status` with no written record yet. */
async function seededCase(type: string, status: string): Promise<string> {
  const found = await adminDb()
    .collection(paths.tickets(estateId))
    .where("type", "==", type)
    .where("status", "==", status)
    .get();
  const ticket = found.docs.find((doc) => doc.get("caseRecord") === null);
  if (ticket === undefined) throw new Error(`the seed has no ${type} case ${status}`);
  return ticket.id;
}

describe("B2.7–9 case records and inspections on the ticket page (issue 4 item 4)", () => {
  it("B2.8 the director closes a covenant-violation case only with its signed written record, and finds another case unhandled → -50", async () => {
    const caseId = await seededCase("covenantViolation", "followedUp");
    const ticketRef = adminDb().doc(paths.ticket(estateId, caseId));
    const context = await newContext(browser, TABLET);
    const director = await context.newPage();
    await signIn(director, "director@demo.huiyin.test");
    await director.goto(`/tickets/${caseId}`);
    await director.getByTestId("case-record").waitFor();

    // Closing without the written record is refused, and the screen says why.
    await director.getByRole("button", { name: "結案", exact: true }).click();
    const refusal = director.getByTestId("step-refusal");
    await refusal.waitFor({ timeout: 120_000 });
    expect(await refusal.textContent()).toContain("責任人簽名");
    await screenshot(director, "tickets-case-close-refused");
    expect((await ticketRef.get()).get("status")).toBe("followedUp");

    await director
      .getByLabel("處理過程", { exact: true })
      .fill("現場查看、拍照取證,書面通知業主三日內整改");
    await director.getByLabel("處理結果", { exact: true }).fill("業主已移除陽台晾曬架");
    await director.getByLabel("責任人姓名", { exact: true }).fill("林曉彤");
    await drawSignature(director);
    await screenshot(director, "tickets-case-record-form");
    await director.getByRole("button", { name: "簽名存檔" }).click();
    await expect
      .poll(
        async () =>
          (await ticketRef.get()).get("caseRecord.responsibleSignature.signerName") as unknown,
        {
          timeout: 60_000,
        },
      )
      .toBe("林曉彤");
    await director.getByTestId("case-signature-image").waitFor({ timeout: 60_000 });
    expect(await director.getByTestId("case-signed").textContent()).toContain("林曉彤");

    await director.getByRole("button", { name: "結案", exact: true }).click();
    await expect
      .poll(async () => (await ticketRef.get()).get("status") as unknown, { timeout: 60_000 })
      .toBe("closed");
    await expect
      .poll(() => director.getByTestId("ticket-status").textContent(), { timeout: 60_000 })
      .toBe("已結案");
    await director.getByTestId("case-record").scrollIntoViewIfNeeded();
    await screenshot(director, "tickets-case-closed-with-record");

    // Another case: the director's inspection finds it unhandled.
    const otherId = await seededCase("ownerDispute", "assigned");
    const otherRef = adminDb().doc(paths.ticket(estateId, otherId));
    await director.goto(`/tickets/${otherId}`);
    await director.getByLabel("檢查備註", { exact: true }).fill("樓上漏水兩週仍未協調處理");
    await director.getByRole("button", { name: "發現未處理" }).click();
    await expect
      .poll(
        async () =>
          ((await otherRef.get()).get("inspections") as { findingId: string | null }[])[0]
            ?.findingId ?? null,
        { timeout: 60_000 },
      )
      .toMatch(new RegExp(`^B2\\.8_${otherId}_inspection-`));
    const inspections = (await otherRef.get()).get("inspections") as { findingId: string }[];
    const findingId = inspections[0]?.findingId ?? "";
    const finding = await adminDb().doc(paths.finding(estateId, findingId)).get();
    expect([finding.get("rule"), finding.get("staffId")]).toEqual([
      "B2.8",
      (await otherRef.get()).get("assigneeId"),
    ]);
    await director.getByTestId("case-inspection-finding").waitFor({ timeout: 60_000 });
    expect(await director.getByTestId("case-inspection-finding").textContent()).toContain(
      findingId,
    );
    await director.getByTestId("case-inspections").scrollIntoViewIfNeeded();
    await screenshot(director, "tickets-case-found-unhandled");
    await context.close();
  }, 300_000);
});

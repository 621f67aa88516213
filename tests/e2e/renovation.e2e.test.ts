/**
 * The renovation file and the ticket settings in headless Chromium against the emulators
 * (issue 4 items 1, 3, 5; B.1.8, B2.9): an order (security) staff member on a phone (390 wide)
 * opens a household's renovation file from the household page, sees the workers' ID numbers
 * masked, and records a daily patrol that found a problem — the patrol and the renovation
 * ticket it opened are read back through the Admin SDK. The director, on a tablet, overrides
 * a ticket type's due time on the ticket settings screen.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paths } from "../../functions/src/domain/paths.js";
import { storedRenovationFileSchema } from "../../functions/src/domain/schema/renovationFile.js";
import { ticketSettingsSchema } from "../../functions/src/domain/schema/ticket.js";
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
/** The seeded household whose renovation is under way (scripts/seed/tickets.ts). */
const HOUSEHOLD = "h-2-1-801";
/** A seeded worker's ID number: only `110***********1234` may ever appear on screen. */
const WORKER_ID = "110229198805061234";

async function storedFile() {
  const snapshot = await adminDb().doc(paths.renovationFile(estateId, HOUSEHOLD)).get();
  return storedRenovationFileSchema.parse({ ...snapshot.data(), id: snapshot.id });
}

describe("B2.9 renovation file on a phone (issue 4 item 5)", () => {
  it("an order staff member records a patrol with a finding; one renovation ticket opens; ID numbers stay masked", async () => {
    const findings = `E2E 巡查發現:陽台防水層破損 ${uniqueToken()}`;
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await signIn(page, "order@demo.huiyin.test");
    await page.goto(`/households/${HOUSEHOLD}`);
    await page.getByTestId("open-renovation-file").click();
    await page.waitForURL(new RegExp(`/households/${HOUSEHOLD}/renovation$`));

    const workers = page.getByTestId("renovation-workers");
    await workers.getByText("110***********1234").waitFor({ timeout: 60_000 });
    expect(await page.content()).not.toContain(WORKER_ID);
    await screenshot(page, "renovation-phone-file");

    await page.getByTestId("patrol-findings").fill(findings);
    await page.getByTestId("patrol-problem").check();
    const form = page.getByTestId("renovation-patrol-form");
    await form.getByRole("button", { name: "記錄巡查" }).click();

    // The server's record: the patrol by the order staff member, linked to its new ticket.
    await expect
      .poll(
        async () =>
          (await storedFile()).patrols.find((patrol) => patrol.findings === findings)?.ticketId ??
          null,
        { timeout: 120_000 },
      )
      .not.toBeNull();
    const patrol = (await storedFile()).patrols.find((one) => one.findings === findings);
    expect(patrol).toMatchObject({ by: "demo-order", problemFound: true });
    const tickets = await adminDb()
      .collection(paths.tickets(estateId))
      .where("description", "==", findings)
      .get();
    expect(tickets.docs.map((doc) => doc.id)).toEqual([patrol?.ticketId]);
    expect(tickets.docs[0]?.data()).toMatchObject({
      type: "renovation",
      department: "customerService",
      householdId: HOUSEHOLD,
      openedBy: "demo-order",
    });

    const row = page.getByTestId("renovation-patrol").filter({ hasText: findings });
    await row.getByTestId("patrol-ticket").waitFor({ timeout: 60_000 });
    await row.scrollIntoViewIfNeeded();
    await screenshot(page, "renovation-phone-patrol");
    expect(await page.content()).not.toContain(WORKER_ID);
    await context.close();
  });
});

describe("SPEC §5 ticket settings on a tablet (issue 4 items 1 and 3)", () => {
  it("the director overrides the repair due time and the unsigned-visit grace period", async () => {
    const ref = adminDb().doc(paths.ticketSettings(estateId));
    const before = (await ref.get()).data();
    const context = await newContext(browser, TABLET);
    const page = await context.newPage();
    try {
      await signIn(page, "director@demo.huiyin.test");
      await page.goto("/settings/tickets");
      const form = page.getByTestId("ticket-settings");
      await form.waitFor({ timeout: 60_000 });
      // The defaults in words: cleaning is due the same day, a renovation ticket the next.
      await form.getByText("開單當天 18:00 前").first().waitFor();
      await form.getByText("開單 1 天後 18:00 前").first().waitFor();
      await page.getByTestId("due-kind-repair").click();
      await page.locator(".ant-select-dropdown:visible").getByText("開單後幾分鐘內").click();
      await page.getByRole("spinbutton", { name: "維修 · 分鐘" }).fill("90");
      await page.getByLabel("未簽名上門記錄的寬限（分鐘）").fill("45");
      await screenshot(page, "ticket-settings-tablet");
      await form.getByRole("button", { name: "儲存" }).click();
      await expect
        .poll(async () => ticketSettingsSchema.parse((await ref.get()).data()).dueTimes.repair, {
          timeout: 120_000,
        })
        .toEqual({ kind: "within", minutes: 90 });
      expect((await ref.get()).data()).toMatchObject({
        unsignedGraceMinutes: 45,
        updatedBy: "demo-director",
      });
    } finally {
      await context.close();
      if (before !== undefined) await ref.set(before);
    }
  });
});

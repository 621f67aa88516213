/**
 * The reception desk in headless Chromium against the emulators (issue 3): a phone call logged
 * by keyboard only appears live at a colleague's desk; a handover is written by the outgoing
 * staff member and confirmed by the incoming one, which archives the shift's receptions.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paths } from "../../functions/src/domain/paths.js";
import type { Reception } from "../../functions/src/domain/schema/reception.js";
import { dayOf } from "../../functions/src/domain/time.js";
import { launchBrowser, newContext, screenshot, signIn } from "../support/browser.js";
import {
  adminDb,
  createHousehold,
  deleteHousehold,
  estateId,
  uniqueMobile,
  uniqueToken,
} from "./directoryData.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);

describe("reception desk (issue 3, items 1 and 4)", () => {
  it("logs a phone call by keyboard only, and it appears live in a second browser", async () => {
    const mobile = uniqueMobile();
    const caller = await createHousehold(mobile);
    const content = `E2E 廚房水管漏水 ${uniqueToken()}`;
    const colleague = await newContext(browser);
    const watcher = await colleague.newPage();
    await signIn(watcher, "cs2@demo.huiyin.test");
    await watcher.goto("/desk");
    await watcher.getByTestId("desk-today").waitFor();

    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "cs@demo.huiyin.test");
    await page.goto("/desk");
    await page.getByTestId("desk-form").waitFor();
    // Focus lands in the number field: no mouse from here on.
    await expect.poll(() => focusedTestId(page), { timeout: 15_000 }).toBe("desk-number");
    await page.keyboard.type(mobile);
    await page
      .getByTestId("desk-lookup")
      .getByText(caller.person.name, { exact: false })
      .waitFor({ timeout: 30_000 });
    await page.keyboard.press("Enter");
    expect(await focusedTestId(page)).toBe("desk-channel");
    await page.keyboard.type("1");
    await page.keyboard.press("Enter");
    expect(await focusedTestId(page)).toBe("desk-category");
    await page.keyboard.type("02");
    await page.keyboard.press("Enter");
    expect(await focusedTestId(page)).toBe("desk-content");
    await page.keyboard.type(content);
    await page.keyboard.press("Enter");
    expect(await focusedTestId(page)).toBe("desk-outcome");
    await page.keyboard.type("已派維修,師傅下午到");
    await screenshot(page, "desk-keyboard-form");
    await page.keyboard.press("Control+Enter");
    await page.getByText("已記錄。").waitFor({ timeout: 30_000 });
    expect(await focusedTestId(page)).toBe("desk-number");

    // The colleague's desk shows it without reloading.
    const row = watcher.getByTestId("desk-today").locator("tr", { hasText: content });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.textContent()).toContain(caller.person.name);
    expect(await row.textContent()).toContain("報修");
    expect(await row.textContent()).toContain("來電");
    await screenshot(watcher, "desk-live-second-browser");

    const stored = await adminDb()
      .collection(paths.receptions(estateId))
      .where("content", "==", content)
      .get();
    expect(stored.docs).toHaveLength(1);
    const record = stored.docs[0]?.data() as Reception;
    expect(record).toMatchObject({
      channel: "phone_in",
      category: "repair",
      callerNumber: mobile,
      callerKey: mobile,
      personId: caller.person.id,
      householdId: caller.household.id,
      staffId: "demo-cs",
      archived: false,
      day: dayOf(new Date(), "Asia/Shanghai"),
    });
    await context.close();
    await colleague.close();
    await deleteHousehold(caller);
  });

  it("the outgoing staff member writes the handover, the incoming one confirms it, the shift is archived", async () => {
    const db = adminDb();
    const token = uniqueToken().toLowerCase();
    const shiftId = `e2e-shift-${token}`;
    const start = new Date("2020-01-06T08:00:00+08:00");
    const end = new Date("2020-01-06T20:00:00+08:00");
    const stamp = {
      createdAt: start,
      createdBy: "demo-director",
      updatedAt: start,
      updatedBy: "demo-director",
    };
    await db.doc(paths.rosterShift(estateId, shiftId)).set({
      id: shiftId,
      estateId,
      staffId: "demo-cs",
      start,
      end,
      dutyLine: "010-6914 2200",
      ...stamp,
    });
    const receptionId = `e2e-reception-${token}`;
    const at = new Date("2020-01-06T10:00:00+08:00");
    await db.doc(paths.reception(estateId, receptionId)).set({
      id: receptionId,
      estateId,
      channel: "walk_in",
      at,
      day: "2020-01-06",
      callerNumber: "",
      callerKey: "",
      callerName: "來訪業主",
      householdId: null,
      personId: null,
      category: "inquiry",
      content: `E2E 詢問停水 ${token}`,
      outcome: "已告知",
      staffId: "demo-cs",
      ticketId: null,
      archived: false,
      handoverId: null,
      amends: null,
      amendReason: null,
      createdAt: at,
      createdBy: "demo-cs",
      updatedAt: at,
      updatedBy: "demo-cs",
    });

    const outgoing = await newContext(browser);
    const page = await outgoing.newPage();
    await signIn(page, "cs@demo.huiyin.test");
    await page.goto(`/handover/${shiftId}`);
    await page.getByTestId("handover-form").waitFor({ timeout: 30_000 });
    await page.getByTestId("handover-incoming").selectOption({ label: "陳嘉怡" });
    await page.getByTestId("handover-no-open-items").click();
    await page.getByTestId("handover-anomalies").fill("無");
    await screenshot(page, "handover-form");
    await page.getByTestId("handover-submit").click();
    await page.getByTestId("handover-status").getByText("各項齊全").waitFor({ timeout: 30_000 });
    await page.getByTestId("handover-status").getByText("尚未確認").waitFor();

    const incoming = await newContext(browser, { width: 390, height: 844 });
    const phone = await incoming.newPage();
    await signIn(phone, "cs2@demo.huiyin.test");
    await phone.goto(`/handover/${shiftId}`);
    await phone.getByTestId("handover-confirm").click();
    await phone
      .getByTestId("handover-status")
      .getByText(/陳嘉怡 於 .* 確認接班/)
      .waitFor({ timeout: 30_000 });
    await screenshot(phone, "handover-confirmed-phone");
    // The outgoing staff member sees it confirmed, live, and can no longer edit it.
    await page
      .getByTestId("handover-status")
      .getByText(/確認接班/)
      .waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("handover-form").count()).toBe(0);

    await expect
      .poll(async () => (await db.doc(paths.reception(estateId, receptionId)).get()).data(), {
        timeout: 30_000,
        interval: 500,
      })
      .toMatchObject({ archived: true, handoverId: shiftId });
    await outgoing.close();
    await incoming.close();
  });
});

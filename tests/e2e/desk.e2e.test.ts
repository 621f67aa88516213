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
import { demoPassword, launchBrowser, newContext, screenshot } from "../support/browser.js";
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

/** Signs in on the way to `path` (the login page returns there; no directory load first). */
async function signInAt(page: Page, email: string, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForURL(/\/login$/);
  await page.getByLabel("電郵").fill(email);
  await page.getByLabel("密碼").fill(demoPassword);
  await page.getByRole("button", { name: "登入" }).click();
  await page.waitForURL((url) => url.pathname === path);
}

const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute("data-testid") ?? null);

describe("reception desk (issue 3, items 1 and 4)", () => {
  it("logs a phone call by keyboard only, and it appears live in a second browser", async () => {
    const mobile = uniqueMobile();
    const caller = await createHousehold(mobile);
    const content = `E2E 廚房水管漏水 ${uniqueToken()}`;
    const colleague = await newContext(browser);
    const watcher = await colleague.newPage();
    await signInAt(watcher, "cs2@demo.huiyin.test", "/desk");
    await watcher.getByTestId("desk-today").waitFor();

    const context = await newContext(browser);
    const page = await context.newPage();
    await signInAt(page, "cs@demo.huiyin.test", "/desk");
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
    // Two sign-ins and two live waits: on a 2-core machine running several suites, over 60 s.
  }, 120_000);

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
    await signInAt(page, "cs@demo.huiyin.test", `/handover/${shiftId}`);
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
    await signInAt(phone, "cs2@demo.huiyin.test", `/handover/${shiftId}`);
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
  }, 120_000);

  it("registers on duty and off duty with one button, and the author edits their own record until the handover", async () => {
    const db = adminDb();
    // Start off duty, whatever an earlier run left.
    const open = await db
      .collection(paths.dutyRegistrations(estateId))
      .where("staffId", "==", "demo-cs2")
      .where("end", "==", null)
      .get();
    await Promise.all(open.docs.map((document) => document.ref.update({ end: new Date() })));

    const context = await newContext(browser, { width: 1024, height: 768 });
    const page = await context.newPage();
    await signInAt(page, "cs2@demo.huiyin.test", "/desk");
    const duty = page.getByTestId("duty-registration");
    await duty.getByText("你尚未登記上班。").waitFor({ timeout: 30_000 });
    await page.getByTestId("duty-toggle").click();
    await duty.getByText(/你已於 .* 登記上班。/).waitFor({ timeout: 30_000 });
    // The bar shows the registration before the server has it (latency compensation).
    const openRegistrations = () =>
      db
        .collection(paths.dutyRegistrations(estateId))
        .where("staffId", "==", "demo-cs2")
        .where("end", "==", null)
        .get();
    await expect.poll(async () => (await openRegistrations()).size, { timeout: 30_000 }).toBe(1);
    const registered = await openRegistrations();
    await screenshot(page, "desk-on-duty");

    const content = `E2E 詢問快遞點 ${uniqueToken()}`;
    await page.getByTestId("desk-channel").selectOption("walk_in");
    await page.getByTestId("desk-content").fill(content);
    await page.getByTestId("desk-outcome").fill("已告知");
    await page.getByTestId("desk-save").click();
    const row = page.getByTestId("desk-today").locator("tr", { hasText: content });
    await row.waitFor({ timeout: 30_000 });
    await row.getByRole("button", { name: `修改記錄：${content}` }).click();
    await page.getByTestId("desk-edit-outcome").fill("已告知在南門物業中心");
    await page.getByTestId("desk-edit-save").click();
    await row.getByText("已告知在南門物業中心").waitFor({ timeout: 30_000 });
    await expect
      .poll(
        async () =>
          (
            await db.collection(paths.receptions(estateId)).where("content", "==", content).get()
          ).docs[0]?.data(),
        { timeout: 30_000 },
      )
      .toMatchObject({
        outcome: "已告知在南門物業中心",
        createdBy: "demo-cs2",
        updatedBy: "demo-cs2",
        archived: false,
      });

    await page.getByTestId("duty-toggle").click();
    await duty.getByText("你尚未登記上班。").waitFor({ timeout: 30_000 });
    await expect
      .poll(async () => ((await registered.docs[0]?.ref.get())?.get("end") as unknown) ?? null, {
        timeout: 30_000,
      })
      .not.toBeNull();
    await context.close();
  });
});

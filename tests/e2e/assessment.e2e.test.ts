/**
 * Assessment in headless Chromium against the emulators (issue 5, SPEC §8): a director records
 * a manual finding, recomputes the month, and the scorecard line opens the evidence; customer
 * service logs an arrears reminder (B2.10, feeding B2.8) from the arrears list.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paths } from "../../functions/src/domain/paths.js";
import { monthOf, previousMonth } from "../../functions/src/domain/time.js";
import { launchBrowser, newContext, screenshot, signIn } from "../support/browser.js";
import { adminDb } from "./surveyData.js";

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe("assessment (issue 5, items 2, 4, 5)", () => {
  it("a director records a manual finding, recomputes the month, and the scorecard line opens the evidence", async () => {
    const month = previousMonth(monthOf(new Date(), "Asia/Shanghai"));
    const note = `E2E 未佩戴標誌牌 ${Date.now().toString(36)}`;
    const context = await newContext(browser);
    const page = await context.newPage();

    await signIn(page, "director@demo.huiyin.test");
    await page.getByRole("link", { name: "全小區考核" }).click();
    await page.waitForURL(/\/assessment\/estate$/);
    await page.getByRole("heading", { name: `全小區考核 · ${month}` }).waitFor();
    await page.getByTestId("ranking").locator("tbody tr").first().waitFor({ timeout: 30_000 });

    // The manual finding: B2.3 (dress and badge), charged to 林曉彤, on the 15th of the month.
    await page.getByTestId("add-finding").click();
    await page.getByTestId("finding-rule").click();
    await page.locator('.ant-select-item-option[title^="B2.3 "]').click();
    await page.getByTestId("finding-person").click();
    await page.locator('.ant-select-item-option[title^="林曉彤"]').click();
    await page.getByTestId("finding-at").fill(`${month}-15T10:30`);
    await page.getByTestId("finding-evidence-text").fill(note);
    await screenshot(page, "assessment-manual-finding-form");
    await page.locator(".ant-modal").getByRole("button", { name: "記錄", exact: true }).click();
    await page.getByText("已記錄考核記錄。").waitFor({ timeout: 30_000 });

    // Recorded after the month was computed: the scorecards are out of date until recomputed.
    await page.getByTestId("changed-banner").waitFor({ timeout: 30_000 });
    await screenshot(page, "assessment-changed-banner");
    await page.getByTestId("recompute").click();
    await page.getByText(/已重新計算/).waitFor({ timeout: 30_000 });
    await screenshot(page, "assessment-recomputed");
    await page.getByTestId("computed-at").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("changed-banner").count()).toBe(0);

    // 林曉彤's row opens her scorecard; the B2.3 line opens the findings it counted.
    const row = page.getByTestId("ranking").locator("tbody tr", { hasText: "林曉彤" });
    await row.getByRole("button").first().click();
    await screenshot(page, "assessment-scorecard-expanded");
    await page.getByTestId("evidence-B2.3").first().click();
    const drawer = page.locator(".ant-drawer-body");
    await drawer.getByText(note).waitFor({ timeout: 30_000 });
    expect(await drawer.textContent()).toContain("主管記錄");
    await screenshot(page, "assessment-evidence");

    // The team's B2.10 line shows the rate and the 25% baseline.
    await page.keyboard.press("Escape");
    expect(await page.getByTestId("fees-line").first().textContent()).toMatch(
      /欠繳率 \d+\.\d%.*基準 25%/,
    );
    await page.getByTestId("trend-chart").scrollIntoViewIfNeeded();
    await screenshot(page, "assessment-trend");
    await context.close();
  }, 180_000);

  it("a director imports a fee file on a tablet and sees the bad row; sets the monthly recompute to the 5th at 09:00", async () => {
    // An old month, so the months the other tests score keep their seeded fees.
    const month = previousMonth(previousMonth(previousMonth(monthOf(new Date(), "Asia/Shanghai"))));
    const context = await newContext(browser, { width: 1024, height: 768 });
    const page = await context.newPage();
    await signIn(page, "director@demo.huiyin.test");
    await page.getByRole("link", { name: "物業費導入" }).click();
    await page.waitForURL(/\/assessment\/fees$/);
    await page.getByTestId("month-select").click();
    await page.locator(`.ant-select-item-option[title="${month}"]`).click();
    const csv = [
      "房號,計費期間,應收金額,實收金額",
      `1-101,${month},300.00,300.00`,
      `1-102,${month},300.00,0`,
      `1-103,${month},300.00,100.50`,
      `1-104,${month},300.00,300.00`,
      "1-105,2026-13,300,300",
    ].join("\r\n");
    // antd's Upload passes data-* attributes to its (hidden) file input, so the test id is
    // on the input itself; the keyboard reaches the drop zone, a button named by its text.
    await expect
      .poll(() => page.getByRole("button", { name: /把物業費文件拖到這裏/ }).count())
      .toBeGreaterThan(0);
    await page
      .getByTestId("fees-upload")
      .setInputFiles({ name: "物業費.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByTestId("fees-summary").waitFor({ timeout: 30_000 });
    const figure = (key: string) =>
      page.getByTestId(`fees-summary-${key}`).locator("dd").textContent();
    expect(await figure("chargeable")).toBe("4");
    expect(await figure("inArrears")).toBe("2");
    expect(await figure("rate")).toBe("50.0%");
    const errors = page.getByTestId("fees-summary-errors");
    expect(await errors.locator("tbody tr").count()).toBe(1);
    expect(await errors.locator("tbody tr").first().textContent()).toMatch(/^6/);
    await expect.poll(() => page.getByTestId("fees-current").textContent()).toContain("物業費.csv");
    await screenshot(page, "assessment-fee-import");

    await page.getByRole("link", { name: "全小區考核" }).click();
    await page.getByTestId("schedule-current").waitFor({ timeout: 30_000 });
    await page.getByTestId("schedule-day").fill("5");
    await page.getByTestId("schedule-hour").fill("9");
    await page.getByTestId("schedule-save").click();
    await expect
      .poll(() => page.getByTestId("schedule-current").textContent(), { timeout: 30_000 })
      .toContain("每月 5 日 09:00");
    await page.getByTestId("schedule-current").scrollIntoViewIfNeeded();
    await screenshot(page, "assessment-recompute-schedule");
    // Back to the default, so that the demo runs on the 1st at 02:00 again.
    await page.getByTestId("schedule-day").fill("1");
    await page.getByTestId("schedule-hour").fill("2");
    await page.getByTestId("schedule-save").click();
    await expect
      .poll(() => page.getByTestId("schedule-current").textContent(), { timeout: 30_000 })
      .toContain("每月 1 日 02:00");
    await context.close();
  }, 180_000);

  it("B2.10 customer service on a tablet sees the households in arrears and logs a phone reminder: one reminder, one arrearsReminder ticket", async () => {
    const month = previousMonth(monthOf(new Date(), "Asia/Shanghai"));
    const note = `E2E 業主答應週五前繳清 ${Date.now().toString(36)}`;
    const context = await newContext(browser, { width: 1024, height: 768 });
    const page = await context.newPage();
    await signIn(page, "cs@demo.huiyin.test");
    await page.getByRole("link", { name: "欠費催繳" }).click();
    await page.waitForURL(/\/assessment\/arrears$/);
    await page.getByRole("heading", { name: "欠費催繳（B2.10）" }).waitFor();
    const table = page.getByTestId("arrears-table");
    const rows = table.locator("tbody tr.ant-table-row");
    await rows.first().waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.getByTestId("arrears-total").textContent())
      .toMatch(new RegExp(`^${month}：\\d+ 戶欠繳，合共 ¥[\\d,]+\\.\\d{2}$`));
    // Every row on the list owes something, in yuan with fen.
    for (const text of await rows.allTextContents()) expect(text).toMatch(/¥[\d,]+\.\d{2}/);
    await screenshot(page, "assessment-arrears-tablet");

    // A household not yet reminded this month: the reminder opens its ticket.
    const row = rows.filter({ hasText: "未催繳" }).first();
    const household = (await row.locator("td").first().textContent())?.trim() ?? "";
    expect(household).not.toBe("");
    // The list re-renders as the reminder arrives: keep to this household's row by its label.
    const householdRow = rows.filter({ hasText: new RegExp(`^${household}¥`) });
    await householdRow.getByRole("button", { name: `記錄 ${household} 的催繳` }).click();
    const dialog = page.locator(".ant-modal");
    await dialog.getByText(`催繳 ${household}：欠繳 ¥`).waitFor();
    await dialog.getByRole("radio", { name: "電話" }).check();
    await dialog.getByLabel("備註").fill(note);
    await screenshot(page, "assessment-arrears-dialog");
    await page.getByTestId("arrears-save").click();
    await dialog.waitFor({ state: "hidden", timeout: 30_000 });
    await expect
      .poll(() => householdRow.textContent(), { timeout: 30_000 })
      .toMatch(/電話（林曉彤），共 1 次/);
    await screenshot(page, "assessment-arrears-logged");

    // Server state, through the Admin SDK: the reminder, and exactly one ticket of the month.
    const db = adminDb();
    const reminders = async () =>
      (
        await db
          .collection(paths.arrearsReminders("demo-estate"))
          .where("household", "==", household)
          .where("month", "==", month)
          .get()
      ).docs.map((snapshot) => snapshot.data());
    await expect
      .poll(async () => (await reminders()).filter((reminder) => reminder.note === note), {
        timeout: 30_000,
      })
      .toEqual([
        expect.objectContaining({ channel: "phone", remindedBy: "demo-cs", month, household }),
      ]);
    const reminder = (await reminders()).find((logged) => logged.note === note);
    const tickets = (
      await db
        .collection(paths.tickets("demo-estate"))
        .where("type", "==", "arrearsReminder")
        .where("householdId", "==", reminder?.householdId)
        .get()
    ).docs.filter((snapshot) => String(snapshot.get("title")).includes(`（${month}）`));
    expect(tickets.map((snapshot) => snapshot.id)).toEqual([reminder?.ticketId]);

    // The same list on a 390-wide phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "assessment-arrears-phone");
    await context.close();
  }, 180_000);

  it("a customer-service member sees their own scorecard and the rule catalogue, not the estate's", async () => {
    const context = await newContext(browser, { width: 390, height: 844 });
    const page = await context.newPage();
    await signIn(page, "cs2@demo.huiyin.test");
    await page.goto("/assessment");
    await page.getByRole("heading", { name: "我的考核" }).waitFor();
    await page
      .getByTestId("scorecard-lines")
      .or(page.getByText(/沒有任何扣分或獎勵/))
      .first()
      .waitFor({
        timeout: 30_000,
      });
    await screenshot(page, "assessment-my-scorecard-phone");
    expect(await page.getByRole("link", { name: "全小區考核" }).count()).toBe(0);
    await page.goto("/assessment/rules");
    await page.getByTestId("rule-catalogue").getByText("B2.10").waitFor();
    expect(await page.getByTestId("rule-catalogue").textContent()).toContain(
      "以欠繳費業主率25%為基準",
    );
    await context.close();
  });
});

/**
 * Call reconciliation in headless Chromium against the emulators (issue 7, item 4, B2.5a):
 * customer service uploads a GBK-encoded carrier export, sees the import's summary and the
 * unlogged call, writes its record from the list with one click, and watches the flag clear
 * live (the reception trigger matches the record to the call).
 */
import iconv from "iconv-lite";
import { DateTime } from "luxon";
import * as XLSX from "xlsx";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paths } from "../../functions/src/domain/paths.js";
import { launchBrowser, newContext, screenshot, signIn } from "../support/browser.js";
import { adminDb, estateId, uniqueMobile } from "./directoryData.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("B2.5a call reconciliation screens (issue 7, item 4)", () => {
  it("uploads a GBK export, writes the unlogged call's record from the list, and the flag clears live", async () => {
    // Numbers unique to the run: no seeded reception can match them.
    const unlogged = uniqueMobile();
    const missed = `137${unlogged.slice(3)}`;
    const start = DateTime.now().setZone("Asia/Shanghai").minus({ hours: 2 }).startOf("second");
    const shown = start.toFormat("yyyy-MM-dd HH:mm:ss");
    const csv = [
      "中国电信 通话详单,,,",
      "起始时间,通话时长,对方号码,呼叫类型,通信地点",
      `${shown},1分23秒,${unlogged},被叫,上海`,
      `${start.plus({ minutes: 5 }).toFormat("yyyy-MM-dd HH:mm:ss")},0,${missed},未接,上海`,
      "昨天下午,83,13800138000,被叫,上海",
      "",
    ].join("\r\n");
    const bytes = iconv.encode(csv, "gbk");

    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, "cs@demo.huiyin.test");
    await page.getByRole("link", { name: "來電核對" }).click();
    await page.waitForURL(/\/calls$/);
    await page.getByTestId("calls-line").fill("010-6914 2200");
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "通话详单.csv", mimeType: "text/csv", buffer: bytes });

    const summary = page.getByTestId("calls-summary");
    await summary.waitFor({ timeout: 60_000 });
    const figure = (key: string) =>
      page.getByTestId(`calls-summary-${key}`).locator("dd").textContent();
    expect(await figure("rows")).toBe("3");
    expect(await figure("connected")).toBe("1");
    expect(await figure("unlogged")).toBe("1");
    expect(await figure("missed")).toBe("1");
    expect(await figure("errors")).toBe("1");
    const errorRow = page.getByTestId("calls-summary-errors").locator("tbody tr").first();
    expect(await errorRow.locator("td").first().textContent()).toBe("5");

    // The import joins the live list of recent imports.
    await page.getByTestId("calls-imports").getByText("通话详单.csv").first().waitFor();

    // The unlogged call, live, with its time in the estate's zone and who was on duty.
    const flag = page.locator(`[data-testid="calls-flag"][data-number="${unlogged}"]`);
    await flag.waitFor({ timeout: 30_000 });
    expect(await flag.textContent()).toContain(shown);
    expect(await flag.textContent()).toContain("來電");
    expect(await flag.textContent()).toContain("1:23");
    await page.getByTestId("calls-callbacks").getByText(missed).waitFor({ timeout: 30_000 });
    await screenshot(page, "calls-unlogged");

    // One click opens the prefilled record; saving writes the reception.
    await flag.getByTestId("calls-write-record").click();
    const dialog = page.getByTestId("calls-record-dialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(unlogged);
    expect(await dialog.textContent()).toContain(shown);
    await screenshot(page, "calls-record-dialog");
    await page.getByTestId("calls-record-save").click();

    // The trigger matches the record to the call and the flag leaves the open list live.
    await flag.waitFor({ state: "detached", timeout: 60_000 });
    await screenshot(page, "calls-flag-cleared");

    const db = adminDb();
    const receptions = await db
      .collection(paths.receptions(estateId))
      .where("callerKey", "==", unlogged)
      .get();
    expect(receptions.size).toBe(1);
    const reception = receptions.docs[0]?.data();
    expect(reception?.channel).toBe("phone_in");
    const flags = await db
      .collection(paths.callFlags(estateId))
      .where("number", "==", unlogged)
      .get();
    expect(flags.docs.map((doc) => String(doc.get("status")))).toEqual(["matched"]);
    expect(flags.docs[0]?.data().matchedReceptionId).toBe(receptions.docs[0]?.id);

    // The missed call is a call-back task (never a finding), marked done with a note.
    const callback = page.getByTestId("calls-callbacks").locator("li", { hasText: missed });
    await callback.getByLabel("回撥結果").fill("已回撥，業主說已自行處理");
    await callback.getByRole("button", { name: "標記完成" }).click();
    await callback.waitFor({ state: "detached", timeout: 30_000 });
    const tasks = await db
      .collection(paths.callbackTasks(estateId))
      .where("number", "==", missed)
      .get();
    expect(tasks.docs.map((doc) => [String(doc.get("status")), String(doc.get("note"))])).toEqual([
      ["done", "已回撥，業主說已自行處理"],
    ]);
    await context.close();
  }, 180_000);

  it("shows why the nearest record did not match, and a director clears the flag with a reason (XLSX, phone width)", async () => {
    const number = uniqueMobile();
    // A record of the same moment with a mistyped number (last digit wrong).
    const typo = `${number.slice(0, 10)}${String((Number(number.slice(10)) + 1) % 10)}`;
    const start = DateTime.now().setZone("Asia/Shanghai").minus({ hours: 3 }).startOf("second");
    const db = adminDb();
    const receptionAt = start.plus({ minutes: 1 }).toJSDate();
    const stamp = {
      createdAt: receptionAt,
      createdBy: "e2e",
      updatedAt: receptionAt,
      updatedBy: "e2e",
    };
    const receptionId = `e2e-typo-${number}`;
    await db.doc(paths.reception(estateId, receptionId)).set({
      id: receptionId,
      estateId,
      channel: "phone_in",
      at: receptionAt,
      day: start.toFormat("yyyy-MM-dd"),
      callerNumber: typo,
      callerKey: typo,
      callerName: "",
      householdId: null,
      personId: null,
      category: "repair",
      content: "E2E 號碼輸錯的記錄",
      outcome: "",
      staffId: "e2e",
      ticketId: null,
      archived: false,
      handoverId: null,
      amends: null,
      amendReason: null,
      ...stamp,
    });
    const sheet = XLSX.utils.aoa_to_sheet([
      ["Start time", "Duration", "Number", "Call type"],
      [start.toFormat("yyyy-MM-dd HH:mm:ss"), "00:02:05", number, "incoming"],
    ]);
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, sheet, "calls");
    const bytes = XLSX.write(book, { type: "buffer", bookType: "xlsx" }) as Buffer;

    const context = await newContext(browser, { width: 390, height: 844 });
    const page = await context.newPage();
    await signIn(page, "director@demo.huiyin.test");
    await page.goto("/calls");
    await page.getByTestId("calls-line").fill("010-6914 2200");
    await page.locator('input[type="file"]').setInputFiles({
      name: "calls.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: bytes,
    });
    await page.getByTestId("calls-summary").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("calls-summary-unlogged").locator("dd").textContent()).toBe("1");

    const flag = page.locator(`[data-testid="calls-flag"][data-number="${number}"]`);
    await flag.waitFor({ timeout: 30_000 });
    expect(await flag.textContent()).toContain(`號碼 ${typo}：號碼不同`);
    expect(await flag.textContent()).toContain("2:05");
    await flag.scrollIntoViewIfNeeded();
    await screenshot(page, "calls-phone-nearest");

    await flag.getByRole("button", { name: "註明原因後清除" }).click();
    await page.getByRole("button", { name: "清除", exact: true }).click();
    await page.getByText("請輸入原因。").waitFor();
    await page.getByLabel("原因（必填）").fill("業主打錯電話，未涉及物業服務");
    await page.getByRole("button", { name: "清除", exact: true }).click();
    await flag.waitFor({ state: "detached", timeout: 30_000 });

    const stored = await db
      .collection(paths.callFlags(estateId))
      .where("number", "==", number)
      .get();
    expect(
      stored.docs.map((doc) => [String(doc.get("status")), String(doc.get("clearing.reason"))]),
    ).toEqual([["cleared", "業主打錯電話，未涉及物業服務"]]);
    await context.close();
  }, 180_000);
});

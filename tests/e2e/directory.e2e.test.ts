/**
 * The household directory in headless Chromium against the emulators (issue 2, items 6–7):
 * caller-ID lookup, live updates from a second client, and the language switch.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoPassword, launchBrowser, newContext, screenshot, signIn } from "../support/browser.js";
import {
  adminDb,
  createHousehold,
  deleteHousehold,
  estateId,
  uniqueMobile,
  type TestHousehold,
} from "./directoryData.js";
import { paths } from "../../functions/src/domain/paths.js";

/** `13912345678` written as a caller would read it out: `139 1234-5678`. */
function spacedAndDashed(mobile: string): string {
  return `${mobile.slice(0, 3)} ${mobile.slice(3, 7)}-${mobile.slice(7)}`;
}

let browser: Browser;
const created: TestHousehold[] = [];

/**
 * One signed-in customer-service page on the directory, shared by the tests. Every sign-in
 * lands on `/households`, which subscribes to every household and person of the estate (~430
 * households, ~1,000 people): with a fresh context and sign-in per test the file made eight
 * such full loads, each 15–45 s on a 2-core machine running several emulator suites, and the
 * slowest one timed out. Now the estate is loaded once; the tests search, resize and watch
 * that page, and the second client signs in straight onto the household it edits.
 */
let directory: { context: BrowserContext; page: Page };

/**
 * Signs in on the way to `path` (the login page returns there), so a test that does not need
 * the directory does not load the whole estate first.
 */
async function signInAt(page: Page, email: string, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForURL(/\/login$/);
  await page.getByLabel("電郵").fill(email);
  await page.getByLabel("密碼").fill(demoPassword);
  await page.getByRole("button", { name: "登入" }).click();
  await page.waitForURL((url) => url.pathname === path);
}

/** Clears the search box, so each test starts from the whole directory. */
async function showWholeDirectory(page: Page): Promise<void> {
  await page.getByLabel("搜尋住戶").fill("");
  await page.getByTestId("directory-count").filter({ hasText: "共" }).waitFor();
}

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await newContext(browser);
  const page = await context.newPage();
  await signIn(page, "cs@demo.huiyin.test");
  // Customer service lands on the desk (their home); the directory is one link away.
  await page.goto("/households");
  await page.getByTestId("role").filter({ hasText: "客服" }).waitFor();
  // The estate's one full snapshot of this file.
  await page.getByTestId("directory-count").filter({ hasText: "共" }).waitFor({ timeout: 45_000 });
  directory = { context, page };
}, 90_000);

afterAll(async () => {
  await browser.close();
  await Promise.all(created.map(deleteHousehold));
});

describe("household directory (issue 2, item 7)", () => {
  it("the directory updates live when a household is edited elsewhere (Admin SDK)", async () => {
    const target = await createHousehold(uniqueMobile());
    created.push(target);
    const { page } = directory;
    await showWholeDirectory(page);
    // The new household arrives live, without reload, and the search finds it.
    await page.getByLabel("搜尋住戶").fill(target.label);
    await page.getByTestId("directory-count").filter({ hasText: "找到 1 戶" }).waitFor();

    const moved = `${target.household.locationDescription} 東側`;
    await adminDb()
      .doc(paths.household(estateId, target.household.id))
      .update({ locationDescription: moved, updatedAt: new Date(), updatedBy: "e2e" });
    await page.getByTestId("directory-table").getByText(moved).waitFor();
  });

  it.each([
    ["directory-1024x768", { width: 1024, height: 768 }, "directory-table"],
    ["directory-390x844", { width: 390, height: 844 }, "directory-cards"],
  ] as const)("is usable at %s (a tablet: table; a phone: cards)", async (name, viewport, list) => {
    const { page } = directory;
    await page.setViewportSize(viewport);
    await showWholeDirectory(page);
    await page.getByTestId(list).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(viewport.width);
    await screenshot(page, name);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("customer service finds a household by a phone number typed with spaces and dashes, and opens it", async () => {
    const mobile = uniqueMobile();
    const target = await createHousehold(mobile);
    created.push(target);
    const { page } = directory;
    await showWholeDirectory(page);
    await page.getByLabel("搜尋住戶").fill(spacedAndDashed(mobile));

    await expect
      .poll(() => page.getByTestId("directory-count").textContent(), { timeout: 30_000 })
      .toBe("找到 1 戶");
    const link = page.getByRole("link", { name: `查看 ${target.label}` });
    await link.click();

    await page.waitForURL(new RegExp(`/households/${target.household.id}$`));
    await expect.poll(() => page.getByTestId("household-title").textContent()).toBe(target.label);
    const call = page.getByRole("link", { name: `撥打 ${mobile}` });
    expect(await call.getAttribute("href")).toBe(`tel:${mobile}`);
    expect(await page.getByText(target.person.name).count()).toBeGreaterThan(0);
    // Handover 2024-06-30T16:30Z is 1 July in the estate's zone (Asia/Shanghai).
    expect(await page.locator("body").textContent()).toContain("2024年7月1日");
  });

  it("a phone changed by a second client (the director) appears live, without reload, with its history", async () => {
    const before = uniqueMobile();
    const target = await createHousehold(before);
    created.push(target);
    const after = `${uniqueMobile().slice(0, 3)}-${uniqueMobile().slice(3)}`;

    const watcher = directory.page;
    await watcher.goto(`/households/${target.household.id}`);
    await watcher.getByRole("link", { name: `撥打 ${before}` }).waitFor();
    let reloaded = false;
    watcher.on("framenavigated", () => {
      reloaded = true;
    });

    const director = await (await newContext(browser)).newPage();
    await signInAt(director, "director@demo.huiyin.test", `/households/${target.household.id}`);
    await director.getByRole("button", { name: "編輯聯絡資料" }).click();
    await director.getByLabel("電話號碼 1").fill(after);
    await director.getByRole("button", { name: "儲存" }).click();
    await director.getByTestId("person-contact-form").waitFor({ state: "detached" });

    await watcher.getByRole("link", { name: `撥打 ${after}` }).waitFor();
    expect(await watcher.getByRole("link", { name: `撥打 ${before}` }).count()).toBe(0);
    // The trigger writes the history entry; the watcher sees who changed what, live.
    const history = watcher.getByTestId("contact-history");
    await history.getByText("張主任").first().waitFor({ timeout: 20_000 });
    const entry = await history.textContent();
    expect(entry).toContain(before);
    expect(entry).toContain(after);
    expect(reloaded).toBe(false);
    await director.context().close();
  }, 120_000);

  it("switches the language to zh-Hans and English, and sets the document's lang", async () => {
    const { page } = directory;
    await page.goto("/households");
    await page.getByRole("heading", { name: "住戶名錄" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-Hant");

    const choose = async (language: string) => {
      await page.getByTestId("language-switch").click();
      await page.locator(".ant-select-item-option", { hasText: language }).click();
    };
    await choose("简体中文");
    await page.getByRole("heading", { name: "住户名录" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-Hans");
    expect(await page.getByRole("button", { name: "退出登录" }).count()).toBe(1);

    await choose("English");
    await page.getByRole("heading", { name: "Household directory" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByLabel("Search households").count()).toBe(1);

    await page.reload();
    await page.getByRole("heading", { name: "Household directory" }).waitFor();
  });
});

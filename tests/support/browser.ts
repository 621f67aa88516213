/**
 * Headless Chromium for the end-to-end tests: Debian's `chromium` driven by playwright-core
 * (a browser download is impossible here, see EMULATORS.md). The web client is the build
 * served by the Hosting emulator, or `HUIYIN_WEB_URL`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Where the web client is served. */
export const webUrl = (process.env.HUIYIN_WEB_URL ?? "http://127.0.0.1:5000").replace(/\/$/, "");

/** The password of every demo login (see scripts/seed/logins.mjs). */
export const demoPassword = "huiyin-demo";

/** Screenshots and other test output (ignored by git). */
export const resultsDir = fileURLToPath(new URL("../../test-results", import.meta.url));

function chromiumPath(): string {
  const configured = process.env.CHROMIUM_PATH;
  if (configured !== undefined && configured !== "") return configured;
  for (const name of ["chromium", "chromium-browser"]) {
    try {
      const found = execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim();
      if (found !== "") return found;
    } catch {
      // not on PATH: try the next name
    }
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  throw new Error(
    "No Chromium found for the end-to-end tests: install it with `apt-get install -y chromium` " +
      "(or set CHROMIUM_PATH to a Chromium binary).",
  );
}

/** Launches headless Chromium with the flags that keep it offline and quiet. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** A fresh browser context (own storage: no language or session carried over). */
export async function newContext(
  browser: Browser,
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, baseURL: webUrl, locale: "zh-TW" });
  context.setDefaultTimeout(15_000);
  return context;
}

/**
 * Signs in through the login page (in the default language) and waits for the role's home
 * screen (`homeOf`: the closure dashboard, the desk or the ticket queue).
 */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("電郵").fill(email);
  await page.getByLabel("密碼").fill(demoPassword);
  await page.getByRole("button", { name: "登入" }).click();
  await page.waitForURL((url) => url.pathname !== "/login" && url.pathname !== "/");
}

/** Saves a full-page screenshot into test-results/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/**
 * The script and stylesheet files `page` asks for from now on. The owners' pages carry their JS
 * and CSS inline (`web/vite.owners.config.ts`), so on a slow mobile network nothing stands
 * between their HTML and the request for their content, and no Firebase SDK can come along.
 */
export function pageFilesRequested(page: Page): string[] {
  const files: string[] = [];
  page.on("request", (request) => {
    if (["script", "stylesheet"].includes(request.resourceType())) files.push(request.url());
  });
  return files;
}

/** The URLs `page` asks for from now on that end with `suffix` (e.g. a function's name). */
export function requestsTo(page: Page, suffix: string): string[] {
  const urls: string[] = [];
  page.on("request", (request) => {
    if (request.url().endsWith(suffix)) urls.push(request.url());
  });
  return urls;
}

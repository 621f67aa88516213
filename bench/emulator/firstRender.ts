/**
 * Time to first render of an owners' page in headless Chromium on a slow mobile network
 * (issues 6 and 8: "opens in under a second on a slow mobile network"). The network is
 * Lighthouse's mobile "slow 4G" profile, applied through the DevTools protocol: 150 ms round
 * trip, 1.6 Mbit/s down, 750 kbit/s up. Each visit is a fresh context (empty cache), phone
 * viewport. The clock is the page's own: from the start of the navigation (the owner's tap) to
 * the frame after the one that first shows the content, recorded in the page by a script the
 * context adds before any of the page's own. The bench's wall clock around the same visit (it
 * also counts the DevTools round trips of `goto` and of the selector wait) is printed beside it.
 * The web client is the emulator build served by the Hosting emulator (`HUIYIN_WEB_URL`).
 */
import { launchBrowser, newContext, webUrl } from "../../tests/support/browser.js";

/** Lighthouse's simulated "slow 4G" (mobile) network. */
export const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
} as const;

/** One visit: the time to first render, and how much of it the public function's answer took. */
export interface FirstRender {
  /** From the navigation's start to the frame after the content's first frame (page clock). */
  totalMs: number;
  /** The same visit on the bench's clock, from before `goto` to the selector found. */
  wallMs: number;
  /** From sending the function's request to its answer's last byte (network and server). */
  functionMs: number;
  /** When the page's HTML had arrived, and when the function's request was sent (ms after navigation). */
  documentMs: number;
  functionStartMs: number;
}

/** `visits` fresh visits to `path`, its content marked by `ready`, its data from `functionName`. */
export async function firstRenders(
  path: string,
  ready: string,
  functionName: string,
  visits = 5,
): Promise<FirstRender[]> {
  if (process.env.HUIYIN_WEB_URL === undefined)
    throw new Error("No web client: run inside the emulators with Hosting (npm run bench).");
  const browser = await launchBrowser();
  try {
    const renders: FirstRender[] = [];
    for (let visit = 0; visit < visits; visit += 1) {
      const context = await newContext(browser, { width: 390, height: 844 });
      const page = await context.newPage();
      const session = await context.newCDPSession(page);
      await session.send("Network.enable");
      await session.send("Network.emulateNetworkConditions", SLOW_4G);
      await page.addInitScript(markFirstRender(ready));
      const started = performance.now();
      await page.goto(`${webUrl}${path}`, { waitUntil: "commit" });
      await page.waitForSelector(ready, { timeout: 30_000 });
      const wallMs = performance.now() - started;
      await page.waitForFunction("globalThis.huiyinFirstRenderMs !== undefined");
      // Run in the page (DOM timing types, which the bench's Node types lack).
      const timing = await page.evaluate<Omit<FirstRender, "wallMs">>(`(() => {
        const entry = performance.getEntriesByType("resource")
          .find((candidate) => candidate.name.endsWith("/${functionName}"));
        const navigation = performance.getEntriesByType("navigation")[0];
        return {
          totalMs: globalThis.huiyinFirstRenderMs,
          functionMs: entry ? entry.responseEnd - entry.startTime : NaN,
          functionStartMs: entry ? entry.startTime : NaN,
          documentMs: navigation ? navigation.responseEnd : NaN,
        };
      })()`);
      renders.push({ wallMs, ...timing });
      await context.close();
    }
    return renders;
  } finally {
    await browser.close();
  }
}

/**
 * A script for the page, run before its own: when an element matching `ready` first appears,
 * waits two animation frames (the second starts once the first, with the content, has been
 * painted) and keeps that time, on the page's clock (0 = navigation start), in
 * `globalThis.huiyinFirstRenderMs`.
 */
function markFirstRender(ready: string): string {
  return `(() => {
    const selector = ${JSON.stringify(ready)};
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector) === null) return;
      observer.disconnect();
      requestAnimationFrame(() =>
        requestAnimationFrame(() => { globalThis.huiyinFirstRenderMs = performance.now(); }),
      );
    });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  })()`;
}

/** The median of some times. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Prints the median first render of a page (target 1 s) and its function's share. */
export function printFirstRender(name: string, renders: FirstRender[]): void {
  const total = median(renders.map((render) => render.totalMs));
  const answer = median(renders.map((render) => render.functionMs));
  console.log(`${name}.first_render_slow4g_ms ${total.toFixed(0)} ms`);
  console.log(`${name}.first_render_slow4g_ms.target 1000 ms`);
  const wall = median(renders.map((render) => render.wallMs));
  console.log(`${name}.first_render_slow4g.bench_wall_clock_ms ${wall.toFixed(0)} ms`);
  console.log(`${name}.first_render_slow4g.function_answer_ms ${answer.toFixed(0)} ms`);
  const document = median(renders.map((render) => render.documentMs));
  const asked = median(renders.map((render) => render.functionStartMs));
  console.log(`${name}.first_render_slow4g.html_arrived_at_ms ${document.toFixed(0)} ms`);
  console.log(`${name}.first_render_slow4g.function_asked_at_ms ${asked.toFixed(0)} ms`);
}

/**
 * The regular meeting end to end in headless Chromium against the emulators (issue 9, C9): the
 * director opens the seeded meeting, records a decision for its open item, tries to close it
 * before the owner has been answered (refused, the reason on screen), records the reply,
 * closes it; the printable minutes show the item closed. Server state is read through the
 * Admin SDK, not only the screen (the UI is latency-compensated).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paths } from "../../functions/src/domain/paths.js";
import { storedMeetingSchema } from "../../functions/src/domain/schema/meeting.js";
import { launchBrowser, newContext, screenshot, signIn } from "../support/browser.js";
import { adminDb, estateId } from "./directoryData.js";

const MEETING = "seed-meeting-1";
const ITEM = "promise_seed-promise-6";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function storedItem() {
  const snapshot = await adminDb().doc(paths.meeting(estateId, MEETING)).get();
  const meeting = storedMeetingSchema.parse({ ...snapshot.data(), id: snapshot.id });
  return meeting.items.find((item) => item.id === ITEM) ?? null;
}

describe("C9 the regular meeting: an item closes only once the owner has been answered", () => {
  it(
    "C9 the director records the decision, is refused closing without the reply, replies, closes; the minutes print it",
    { timeout: 300_000 },
    async () => {
      const decision = "更換導靴並由維修部回訪王女士";
      const context = await newContext(browser, { width: 1024, height: 900 });
      const page = await context.newPage();
      await signIn(page, "director@demo.huiyin.test");
      await page.goto("/meetings");
      await page.getByTestId(`meeting-${MEETING}`).waitFor({ timeout: 30_000 });
      await screenshot(page, "meeting-list");
      await page.getByTestId(`meeting-${MEETING}`).getByRole("link").first().click();
      const item = page.getByTestId(`agenda-item-${ITEM}`);
      await item.waitFor({ timeout: 30_000 });
      expect(await item.getByTestId("item-history").count()).toBe(1);

      // The decision (the action's owner and deadline were seeded).
      await item.getByTestId("minutes-decision").fill(decision);
      await item.getByTestId("save-minutes").click();
      // recordMeetingItem's first call loads the functions' code in the emulator.
      await item.getByTestId("minutes-ok").waitFor({ timeout: 60_000 });
      await expect
        .poll(async () => (await storedItem())?.decision, { timeout: 30_000 })
        .toBe(decision);

      // The action done (the director may record it).
      await item.getByTestId("mark-done").click();
      await item.getByTestId("item-done").waitFor({ timeout: 60_000 });
      await expect
        .poll(async () => (await storedItem())?.action?.doneAt ?? null, { timeout: 30_000 })
        .not.toBeNull();

      // Closing before the owner is answered: refused, with the reason on screen.
      await item.getByTestId("close-item").click();
      const refused = item.getByTestId("close-refused");
      await refused.waitFor({ timeout: 60_000 });
      expect(await refused.textContent()).toContain("尚未記錄給提出問題業主的答復");
      await screenshot(page, "meeting-close-refused");
      expect((await storedItem())?.closedAt).toBeNull();

      // The reply to the owner, then closing.
      await item.getByTestId("reply-text").fill("已電話告知王女士:導靴已更換,電梯運行正常。");
      await item.getByTestId("record-reply").click();
      await item.getByTestId("item-reply").waitFor({ timeout: 60_000 });
      await expect
        .poll(async () => (await storedItem())?.ownerReply?.text ?? null, { timeout: 30_000 })
        .toBe("已電話告知王女士:導靴已更換,電梯運行正常。");
      await item.getByTestId("close-item").click();
      await item.getByTestId("item-closed").waitFor({ timeout: 60_000 });
      await expect
        .poll(async () => (await storedItem())?.closedBy ?? null, { timeout: 30_000 })
        .toBe("demo-director");
      // Off the closure dashboard's index.
      await expect
        .poll(
          async () =>
            (
              await adminDb()
                .doc(paths.openMatter(estateId, `meetingAction_${MEETING}_${ITEM}`))
                .get()
            ).exists,
          { timeout: 30_000 },
        )
        .toBe(false);
      await screenshot(page, "meeting-item-closed");

      // The printable minutes: every item with its decision, owner, deadline and status.
      await page.getByTestId("print-minutes").click();
      const minutes = page.getByTestId("meeting-minutes");
      await minutes.waitFor();
      const row = page.getByTestId("minutes-row-2");
      await row.getByText(decision).waitFor({ timeout: 30_000 });
      expect(await row.textContent()).toContain("已結");
      expect(await page.getByTestId("minutes-row-1").textContent()).toContain("已結");
      await page.emulateMedia({ media: "print" });
      expect(await page.locator("header.ant-layout-header").isVisible()).toBe(false);
      await screenshot(page, "meeting-minutes-print");
      await page.emulateMedia({ media: "screen" });

      // The phone layout of the meeting page.
      const phoneContext = await newContext(browser, { width: 390, height: 844 });
      const phone = await phoneContext.newPage();
      await signIn(phone, "director@demo.huiyin.test");
      await phone.goto(`/meetings/${MEETING}`);
      await phone.getByTestId(`agenda-item-${ITEM}`).waitFor({ timeout: 30_000 });
      await screenshot(phone, "meeting-phone");
      await Promise.all([context.close(), phoneContext.close()]);
    },
  );
});

describe("C9 a major issue goes to the meeting from where it is seen", () => {
  it(
    "C9 the director escalates a ticket from its page: it lands on a meeting's agenda",
    { timeout: 300_000 },
    async () => {
      const open = await adminDb()
        .collection(paths.tickets(estateId))
        .where("status", "==", "assigned")
        .limit(1)
        .get();
      const ticketId = open.docs[0]?.id;
      if (ticketId === undefined) throw new Error("the seed has no assigned ticket");
      const context = await newContext(browser, { width: 1024, height: 900 });
      const page = await context.newPage();
      await signIn(page, "director@demo.huiyin.test");
      await page.goto(`/tickets/${ticketId}`);
      await page.getByTestId(`escalate-ticket-${ticketId}`).click({ timeout: 30_000 });
      await page.getByTestId("escalate-submit").click();
      await page.getByTestId("escalate-done").waitFor({ timeout: 60_000 });
      await screenshot(page, "meeting-escalate-from-ticket");
      await expect
        .poll(
          async () =>
            (await adminDb().collection(paths.meetings(estateId)).get()).docs.some((doc) =>
              storedMeetingSchema
                .parse({ ...doc.data(), id: doc.id })
                .items.some((item) => item.id === `ticket_${ticketId}`),
            ),
          { timeout: 30_000 },
        )
        .toBe(true);
      await context.close();
    },
  );
});

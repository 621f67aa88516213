/**
 * Professional distance end to end in headless Chromium (issue 9, article A; SPEC §11): a
 * staff member who has not acknowledged the code this year sees the banner, reads the code
 * and acknowledges it; then declares a refused gift with a colleague as witness. The director
 * signs in, lands on the closure dashboard (their home), opens the offers register and sees the
 * entry beside the visit-coverage figure.
 */
import type { Timestamp } from "firebase-admin/firestore";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conductAcknowledgementId } from "../../functions/src/domain/followUp/conduct.js";
import { paths } from "../../functions/src/domain/paths.js";
import {
  DEFAULT_VISIT_PLANNING_RULES,
  visitCoverage,
} from "../../functions/src/domain/followUp/visitPlanning.js";
import type { VisitChannel } from "../../functions/src/domain/followUp/returnVisit.js";
import { launchBrowser, newContext, screenshot, signIn } from "../support/browser.js";
import { adminDb, estateId, uniqueToken } from "./directoryData.js";

const ZONE = "Asia/Shanghai";
const STAFF_UID = "demo-env";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("A professional distance: the code acknowledged, a refused gift declared, the register", () => {
  it(
    "A staff acknowledge the code and declare a refused gift; the director sees it with the coverage",
    { timeout: 240_000 },
    async () => {
      // This year's acknowledgement of the staff member starts absent (a rerun on the same data).
      const acknowledgementId = conductAcknowledgementId(STAFF_UID, new Date(), ZONE);
      await adminDb().doc(paths.conductAcknowledgement(estateId, acknowledgementId)).delete();

      const staffContext = await newContext(browser, { width: 1024, height: 800 });
      const staff = await staffContext.newPage();
      await signIn(staff, "env@demo.huiyin.test");
      // Department staff land on their ticket queue; the banner shows above it, not blocking.
      expect(new URL(staff.url()).pathname).toBe("/tickets");
      const banner = staff.getByTestId("conduct-banner");
      await banner.waitFor({ timeout: 30_000 });
      await screenshot(staff, "conduct-banner-1024");
      await banner.getByRole("link", { name: "閱讀並確認" }).click();
      await staff.waitForURL(/\/follow-up\/conduct$/);
      await staff.getByText("不要接受業主的吃請;").waitFor();
      await staff.getByTestId("conduct-acknowledge").click();
      await expect
        .poll(
          async () =>
            (
              await adminDb().doc(paths.conductAcknowledgement(estateId, acknowledgementId)).get()
            ).get("uid") as unknown,
          { timeout: 60_000 },
        )
        .toBe(STAFF_UID);
      await staff.getByTestId("conduct-acknowledged").waitFor({ timeout: 30_000 });
      await screenshot(staff, "conduct-acknowledged-1024");

      // The refused gift, witnessed by a colleague.
      const token = uniqueToken();
      const offeredBy = `2-1-302 劉先生 ${token}`;
      await staff.getByRole("link", { name: "饋贈登記" }).click();
      await staff.waitForURL(/\/follow-up\/offers$/);
      const form = staff.getByTestId("offer-form");
      await form.waitFor();
      await staff.getByLabel("提出的業主").fill(offeredBy);
      await staff.getByLabel("提供了什麼").fill("中秋月餅兩盒");
      await staff.getByLabel("如何拒絕（或如何處理）").fill("當面婉拒並致謝,說明公司紀律");
      await staff.getByLabel("見證人").click();
      await staff.locator('.ant-select-item-option[title^="陳嘉怡"]').click();
      await screenshot(staff, "offer-form-1024");
      await staff.getByTestId("offer-submit").click();
      const stored = async () => {
        const snapshot = await adminDb()
          .collection(paths.offerRegister(estateId))
          .where("offeredBy", "==", offeredBy)
          .get();
        const entry = snapshot.docs[0]?.data();
        return entry === undefined
          ? null
          : {
              count: snapshot.size,
              staffId: entry.staffId as unknown,
              kind: entry.kind as unknown,
              refused: entry.refused as unknown,
              witness: entry.witness as unknown,
            };
      };
      await expect.poll(stored, { timeout: 60_000 }).toEqual({
        count: 1,
        staffId: STAFF_UID,
        kind: "gift",
        refused: true,
        witness: { name: "陳嘉怡", staffId: "demo-cs2" },
      });
      await staff.getByTestId("offer-register").getByText(offeredBy).waitFor({ timeout: 30_000 });
      await staffContext.close();

      // The director's home is the closure dashboard; the register shows the entry and coverage.
      const directorContext = await newContext(browser, { width: 1024, height: 800 });
      const director = await directorContext.newPage();
      await signIn(director, "director@demo.huiyin.test");
      expect(new URL(director.url()).pathname).toBe("/follow-up");
      await director.getByRole("link", { name: "饋贈登記" }).click();
      await director.waitForURL(/\/follow-up\/offers$/);
      const row = director.getByTestId("offer-register").locator("tr", { hasText: offeredBy });
      await row.waitFor({ timeout: 30_000 });
      await expect.poll(() => row.textContent()).toContain("王建國");
      await expect.poll(() => row.textContent()).toContain("已拒絕");
      const figure = director.getByTestId("visit-coverage-figure");
      await figure.waitFor({ timeout: 30_000 });
      // The figure the screen counts from the summaries equals the one from every visit made.
      const made = await adminDb()
        .collection(paths.returnVisits(estateId))
        .where("outcome", "!=", null)
        .get();
      const households = await adminDb().collection(paths.households(estateId)).select().get();
      const expected = visitCoverage(
        households.docs.map((household) => household.id),
        made.docs.map((visit) => {
          const { householdId, outcome } = visit.data() as {
            householdId: string;
            outcome: { channel: VisitChannel; doneAt: Timestamp };
          };
          return {
            householdId,
            outcome: { channel: outcome.channel, doneAt: outcome.doneAt.toDate() },
          };
        }),
        DEFAULT_VISIT_PLANNING_RULES,
        new Date(),
        ZONE,
      );
      expect(expected.visited).toBeGreaterThan(0);
      await expect
        .poll(() => figure.textContent())
        .toContain(
          `近 6 個月走訪了 ${String(expected.visited)} / ${String(expected.households)} 戶`,
        );
      await screenshot(director, "offer-register-director-1024");

      // On a phone the register and the figure stay usable.
      await director.setViewportSize({ width: 390, height: 844 });
      await figure.scrollIntoViewIfNeeded();
      await screenshot(director, "offer-register-director-390");
      await directorContext.close();
    },
  );
});

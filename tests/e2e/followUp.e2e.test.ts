/**
 * Promises end to end in headless Chromium against the emulators (issue 9, C8; SPEC §10): a
 * staff member records a promise at the desk; the clock is advanced by calling the scheduled
 * check with a fabricated schedule time past the due time (the injected clock); the escalation
 * appears live on the director's closure dashboard (their home screen); the reply closes it.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storedPromiseSchema } from "../../functions/src/domain/schema/promise.js";
import { paths } from "../../functions/src/domain/paths.js";
import { dayOf } from "../../functions/src/domain/time.js";
import { checkFollowUp } from "../../functions/src/firestore/followUpChecks.js";
import { launchBrowser, newContext, screenshot, signIn } from "../support/browser.js";
import { adminDb, estateId, uniqueToken } from "./directoryData.js";

const ZONE = "Asia/Shanghai";
const DAY = 86_400_000;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("promises (C8): recorded at the desk, escalated, closed by the answer", () => {
  it(
    "escalates live on the director's closure dashboard and closes with the reply",
    { timeout: 300_000 },
    async () => {
      const question = `E2E 電梯何時恢復? ${uniqueToken()}`;

      // Today's reception the question was asked in (a walk-in, taken at the desk just now).
      const receptionId = `e2e-promise-${uniqueToken()}`;
      const takenAt = new Date();
      await adminDb()
        .doc(paths.reception(estateId, receptionId))
        .set({
          id: receptionId,
          estateId,
          channel: "walk_in",
          at: takenAt,
          day: dayOf(takenAt, ZONE),
          callerNumber: "",
          callerKey: "",
          callerName: "周先生",
          householdId: null,
          personId: null,
          category: "inquiry",
          content: `詢問電梯停用 ${receptionId}`,
          outcome: "已登記,待工程部確認後答復",
          staffId: "demo-cs",
          ticketId: null,
          archived: false,
          handoverId: null,
          amends: null,
          amendReason: null,
          createdAt: takenAt,
          createdBy: "demo-cs",
          updatedAt: takenAt,
          updatedBy: "demo-cs",
        });

      // A customer-service member records the promise from that reception record at the desk.
      const deskContext = await newContext(browser, { width: 1024, height: 800 });
      const desk = await deskContext.newPage();
      await signIn(desk, "cs@demo.huiyin.test");
      await desk.goto("/desk");
      await desk.getByTestId("desk-promises").waitFor();
      await desk.getByTestId("desk-today").getByText(receptionId).waitFor({ timeout: 30_000 });
      await desk.getByTestId("promise-open").click();
      await desk.getByTestId("promise-question").fill(question);
      // The form proposes tomorrow; the owner agreed to two hours from now.
      const dueLocal = new Date(Date.now() + 2 * 3_600_000).toLocaleString("sv-SE", {
        timeZone: ZONE,
      });
      await desk.getByTestId("promise-due").fill(dueLocal.slice(0, 16).replace(" ", "T"));
      await screenshot(desk, "followUp-desk-promise-form");
      await desk.locator("#promise-save").click();
      // Due within 24 hours: it joins the desk's panel live.
      await desk.getByTestId("desk-promises").getByText(question).waitFor({ timeout: 30_000 });
      await screenshot(desk, "followUp-desk-due-soon");

      const stored = await adminDb()
        .collection(paths.promises(estateId))
        .where("question", "==", question)
        .get();
      expect(stored.size).toBe(1);
      const promise = storedPromiseSchema.parse({
        ...stored.docs[0]?.data(),
        id: stored.docs[0]?.id,
      });
      expect(promise.record).toEqual({ kind: "reception", receptionId });
      expect(promise.promisedBy).not.toBe("");

      // The director's home screen is the closure dashboard.
      const directorContext = await newContext(browser);
      const director = await directorContext.newPage();
      await signIn(director, "director@demo.huiyin.test");
      await director.goto("/");
      await director.waitForURL(/\/follow-up$/);
      const row = director.getByTestId(`matter-promise_${promise.id}`);
      await row.waitFor({ timeout: 30_000 });
      expect(await row.getByTestId("escalation").count()).toBe(0);

      // The injected clock: the scheduled check runs as if two days had passed.
      const late = new Date(promise.answerDueAt.getTime() + 2 * DAY);
      const result = await checkFollowUp(adminDb(), estateId, late, ZONE);
      expect(result.escalationSteps).toBeGreaterThanOrEqual(3);
      await row.getByTestId("escalation").getByText("已升級至主任").waitFor({ timeout: 30_000 });
      expect(await row.textContent()).toContain("逾期");
      await screenshot(director, "followUp-dashboard-escalated");

      // The reply closes it: the row leaves the dashboard live.
      await row.getByTestId("answer-promise").click();
      await director.getByTestId("promise-answer-text").fill("已聯繫電梯公司,週五前恢復運行。");
      await director.getByRole("button", { name: "記錄答復並結案" }).click();
      // answerPromise is called here for the first time: the emulator starts a worker and loads
      // the functions' code for it (many seconds on a busy 2-core machine).
      await row.waitFor({ state: "detached", timeout: 60_000 });
      await director.getByTestId("promise-answer-text").waitFor({ state: "hidden" });
      await screenshot(director, "followUp-dashboard-closed");
      const answered = storedPromiseSchema.parse({
        ...(await adminDb().doc(paths.promise(estateId, promise.id)).get()).data(),
        id: promise.id,
      });
      expect(answered.answer?.text).toBe("已聯繫電梯公司,週五前恢復運行。");
      expect(answered.escalatedTo).toBe("director");

      // The phone layout of the dashboard (390 wide) for the record.
      const phoneContext = await newContext(browser, { width: 390, height: 844 });
      const phone = await phoneContext.newPage();
      await signIn(phone, "director@demo.huiyin.test");
      await phone.goto("/follow-up");
      await phone.getByTestId("closure-table").waitFor();
      await screenshot(phone, "followUp-dashboard-phone");
      await Promise.all([deskContext.close(), directorContext.close(), phoneContext.close()]);
    },
  );
});

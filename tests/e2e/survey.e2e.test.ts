/**
 * The owners' survey (C1) in headless Chromium against the emulators: an owner opens their
 * link on a phone-sized screen, answers in zh-Hant (one area left unanswered), writes an
 * opinion, submits, and the statistics trigger counts it.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collections } from "../../functions/src/firestore/collections.js";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { issueLink } from "../../functions/src/callables/committeeLinks.js";
import {
  launchBrowser,
  newContext,
  pageFilesRequested,
  requestsTo,
  resultsDir,
  screenshot,
  signIn,
} from "../support/browser.js";
import { adminDb, aggregateWhen, surveyScene, warmUpPublicFunctions } from "./surveyData.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  await warmUpPublicFunctions(["openSurvey", "submitSurvey", "committeeReport"]);
}, 120_000);
afterAll(async () => {
  await browser.close();
});

const phone = { width: 390, height: 844 };

describe("the survey page (C1) on a 390×844 phone", { timeout: 120_000 }, () => {
  it("an owner answers from their link; the answer is stored and counted", async () => {
    const scene = await surveyScene(4);
    const link = scene.links[0];
    if (link === undefined) throw new Error("no link issued");
    const context = await newContext(browser, phone);
    const page = await context.newPage();
    const files = pageFilesRequested(page);
    const openRequests = requestsTo(page, "/openSurvey");

    await page.goto(`/s/${link.token}`);
    await page.getByRole("heading", { name: "2026 年度業主滿意度調查" }).waitFor();
    // One request to open the survey: the one the head of the HTML started, taken by the page.
    expect(openRequests).toHaveLength(1);
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-Hant");
    await expect.poll(() => page.getByText(`房號：${link.label}`).count()).toBe(1);
    await screenshot(page, "survey-phone-form");

    // Seven areas rated, fire and security left unanswered.
    const answers: [string, string][] = [
      ["供電管理", "很滿意"],
      ["供水管理", "滿意"],
      ["衛生管理", "一般"],
      ["綠化管理", "不滿意"],
      ["公共設施管理", "滿意"],
      ["維修服務", "很滿意"],
      ["服務態度", "很滿意"],
    ];
    for (const [area, level] of answers) {
      const group = page.getByRole("group", { name: new RegExp(area) });
      await group.getByRole("radio", { name: level, exact: true }).check();
      await expect
        .poll(() => group.getByRole("radio", { name: level, exact: true }).isChecked())
        .toBe(true);
    }
    // Every choice is a large touch target.
    const box = await page
      .getByRole("group", { name: /供電管理/ })
      .locator("label")
      .first()
      .boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);
    // Nothing overflows the phone's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      phone.width,
    );

    await page.getByLabel("意見和建議").fill("地下車庫停車位太少,晚上常常找不到車位。");
    await page.getByRole("button", { name: "提交" }).click();
    await page.getByRole("heading", { name: "謝謝您的寶貴意見！" }).waitFor();
    await screenshot(page, "survey-phone-thanks");

    const stored = (
      await collections(adminDb())
        .surveyResponses(scene.estateId, scene.campaignId)
        .doc(link.householdId)
        .get()
    ).data();
    expect(stored).toMatchObject({
      ratings: { power: 5, water: 4, fireSecurity: null, sanitation: 3, greening: 2, attitude: 5 },
      opinion: "地下車庫停車位太少,晚上常常找不到車位。",
      language: "zh-Hant",
      revisions: 1,
    });
    const aggregate = await aggregateWhen(scene, (a) => a.statistics.returned === 1);
    expect(aggregate.statistics.areas.fireSecurity.answered).toBe(0);
    expect(aggregate.statistics.overall).toMatchObject({ answered: 7, satisfied: 5 });

    // No script or stylesheet file (the page's own are inline), so no Firebase SDK either.
    expect(files).toEqual([]);
    await context.close();
  });

  it("the owner switches to English and corrects the answer; the latest counts", async () => {
    const scene = await surveyScene(2);
    const link = scene.links[1];
    if (link === undefined) throw new Error("no link issued");
    const context = await newContext(browser, phone);
    const page = await context.newPage();
    await page.goto(`/s/${link.token}`);
    await page.getByRole("button", { name: "EN" }).click();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    await page
      .getByRole("group", { name: /Power supply/ })
      .getByRole("radio", { name: "Very dissatisfied", exact: true })
      .check();
    await page.getByRole("button", { name: "Submit" }).click();
    await page.getByRole("heading", { name: "Thank you for your feedback!" }).waitFor();

    await page.getByRole("button", { name: "Correct my answers" }).click();
    const power = page.getByRole("group", { name: /Power supply/ });
    await power.getByRole("radio", { name: "Satisfied", exact: true }).check();
    await page.getByRole("button", { name: "Submit" }).click();
    await page.getByText("Your correction is saved; the latest answer counts.").waitFor();
    await screenshot(page, "survey-phone-corrected-en");

    const aggregate = await aggregateWhen(scene, (a) => a.statistics.areas.power.satisfied === 1);
    expect(aggregate.statistics).toMatchObject({
      returned: 1,
      areas: { power: { answered: 1, mean: 4 } },
    });
    await context.close();
  });

  it("a forged link gets a polite message and no form", async () => {
    const context = await newContext(browser, phone);
    const page = await context.newPage();
    await page.goto("/s/AAAAAAAAAAAAAAAAAAAAAAAA");
    await page.getByRole("alert").filter({ hasText: "此連結無效" }).waitFor();
    expect(await page.getByRole("button", { name: "提交" }).count()).toBe(0);
    await screenshot(page, "survey-phone-unknown-link");
    await context.close();
  });
});

describe("the director's dashboard (C2, C5)", { timeout: 180_000 }, () => {
  it("updates live as an owner answers; the report prints with charts; the committee link is read-only", async () => {
    const scene = await surveyScene(0, "demo-estate");
    const link = scene.links[0];
    if (link === undefined) throw new Error("no link issued");
    const director = await newContext(browser, { width: 1280, height: 900 });
    const dashboard = await director.newPage();
    await signIn(dashboard, "director@demo.huiyin.test");
    await dashboard.goto(`/survey/${scene.campaignId}`);
    const returned = dashboard.getByTestId("figure-returned").locator(".survey-figure-value");
    await expect.poll(() => returned.textContent(), { timeout: 45_000 }).toBe("0");
    await screenshot(dashboard, "survey-dashboard-before");

    const owner = await newContext(browser, phone);
    const page = await owner.newPage();
    await page.goto(`/s/${link.token}`);
    await page
      .getByRole("group", { name: /供電管理/ })
      .getByRole("radio", { name: "很滿意", exact: true })
      .check();
    await page
      .getByRole("group", { name: /綠化管理/ })
      .getByRole("radio", { name: "不滿意", exact: true })
      .check();
    await page.getByLabel("意見和建議").fill("希望增加停車位");
    await page.getByRole("button", { name: "提交" }).click();
    await page.getByRole("heading", { name: "謝謝您的寶貴意見！" }).waitFor();

    // The dashboard was not reloaded: the figure arrives through the live listener.
    await expect.poll(() => returned.textContent(), { timeout: 75_000 }).toBe("1");
    await expect
      .poll(() =>
        dashboard.getByTestId("figure-overall").locator(".survey-figure-value").textContent(),
      )
      .toBe("50.0%");
    await screenshot(dashboard, "survey-dashboard-after");

    await dashboard.goto(`/survey/${scene.campaignId}/report`);
    await dashboard.getByTestId("survey-report").waitFor();
    expect(await dashboard.locator(".survey-chart svg").count()).toBeGreaterThanOrEqual(2);
    await dashboard.emulateMedia({ media: "print" });
    await screenshot(dashboard, "survey-report-print");
    const pdf = await dashboard.pdf({ format: "A4", printBackground: true });
    writeFileSync(path.join(resultsDir, "survey-report.pdf"), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");

    const { token } = await issueLink(
      adminDb(),
      { estateId: scene.estateId, campaignId: scene.campaignId, label: "業主委員會" },
      "e2e",
    );
    const committee = await owner.newPage();
    await committee.goto(`/r/${token}`);
    await committee.getByText("本頁為業主委員會唯讀報告").waitFor();
    await expect.poll(() => committee.getByText("希望增加停車位").count()).toBe(0);
    await screenshot(committee, "survey-committee-phone");
    await director.close();
    await owner.close();
  });

  it("the director adds an extra question and plans a return visit to explain a misunderstanding (C1, C4)", async () => {
    const scene = await surveyScene(0, "demo-estate");
    const director = await newContext(browser, { width: 1024, height: 768 });
    const page = await director.newPage();
    await signIn(page, "director@demo.huiyin.test");
    await page.goto(`/survey/${scene.campaignId}`);
    const question = `快遞收發 ${Date.now().toString(36)}`;
    await page.getByTestId("extra-label-zh-Hant").fill(question);
    await page.getByTestId("extra-submit").click();
    await page.getByTestId("extra-table").getByText(question).waitFor({ timeout: 30_000 });
    await page.getByTestId("extra-table").scrollIntoViewIfNeeded();
    await screenshot(page, "survey-extra-question");

    // The campaign is new: an owner answers it (the extra question too) on their phone first.
    const link = scene.links[0];
    if (link === undefined) throw new Error("no link issued");
    const owner = await newContext(browser, phone);
    const ownerPage = await owner.newPage();
    await ownerPage.goto(`/s/${link.token}`);
    await ownerPage
      .getByRole("group", { name: new RegExp(question) })
      .getByRole("radio", { name: "不滿意", exact: true })
      .check();
    await ownerPage.getByLabel("意見和建議").fill("電梯維修費為甚麼另收?");
    await ownerPage.getByRole("button", { name: "提交" }).click();
    await ownerPage.getByRole("heading", { name: "謝謝您的寶貴意見！" }).waitFor();

    // C5: the committee's read-only report shows the extra question's figures (aggregates only).
    const { token } = await issueLink(
      adminDb(),
      { estateId: scene.estateId, campaignId: scene.campaignId, label: "業主委員會" },
      "e2e",
    );
    const committee = await owner.newPage();
    const extraRow = committee
      .getByTestId("committee-extra")
      .locator("tbody tr", { hasText: question });
    await expect
      .poll(
        async () => {
          await committee.goto(`/r/${token}`);
          await committee.getByText("本頁為業主委員會唯讀報告").waitFor();
          if ((await extraRow.count()) === 0) return null;
          return (await extraRow.locator("td").allTextContents()).slice(1, 3);
        },
        { timeout: 75_000, interval: 1_000 },
      )
      .toEqual(["1", expect.stringMatching(/^0\.0%/)]);
    expect(await committee.getByText("電梯維修費為甚麼另收").count()).toBe(0);
    await committee.getByTestId("committee-extra").scrollIntoViewIfNeeded();
    await screenshot(committee, "survey-committee-extra-phone");
    await owner.close();

    const answers = page.getByTestId("latest-answers");
    // antd's hidden measuring row is the first `tr` of the body: take the first data row.
    const firstAnswer = answers.locator("tbody tr.ant-table-row").first();
    await firstAnswer.waitFor({ timeout: 30_000 });
    await firstAnswer.getByRole("button").click();
    await page.getByTestId("explain-note").fill("以為電梯維修費由物業另收");
    await page.getByRole("button", { name: "安排回訪" }).click();
    await page
      .getByText(/安排回訪。|已有本次調查的回訪/)
      .first()
      .waitFor({ timeout: 30_000 });
    await expect
      .poll(() => page.getByTestId("followup-figures").textContent(), { timeout: 30_000 })
      .toMatch(/已安排 [1-9]/);
    await screenshot(page, "survey-explanation-planned");
    await director.close();
  });
});

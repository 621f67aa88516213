import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { rowError, rowProblemCodes, type RowProblem } from "@domain/rowProblem.js";
import { en } from "../i18n/en.js";
import { zhHans } from "../i18n/zhHans.js";
import { zhHant } from "../i18n/zhHant.js";
import { rowReasonText } from "./rowProblemText.js";

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({
    lng: "zh-Hant",
    resources: {
      "zh-Hant": { translation: zhHant },
      "zh-Hans": { translation: zhHans },
      en: { translation: en },
    },
    interpolation: { escapeValue: false },
  });
});

describe("SPEC §4 a refused row's reason in the screen's language (both imports)", () => {
  const feeRow = rowError(7, [
    { code: "amountUnreadable", field: "due", text: "abc" },
    { code: "amountNegative", field: "paid" },
  ]);
  it.each([
    ["zh-Hant", "應收金額「abc」不是金額；實收金額是負數"],
    ["zh-Hans", "应收金额“abc”不是金额；实收金额是负数"],
    ["en", "amount due “abc” is not an amount; paid is negative"],
  ])("B2.10 fee row in %s", async (language, text) => {
    await t.changeLanguage(language);
    expect(rowReasonText(t.t, feeRow)).toBe(text);
  });

  it("B2.5a a time of day whose date cannot be read names both, translated", async () => {
    await t.changeLanguage("zh-Hant");
    const problem: RowProblem = {
      code: "startWithBadDate",
      text: "14:03",
      cause: { code: "timeEmpty", field: "date" },
    };
    expect(rowReasonText(t.t, rowError(3, [problem]))).toBe(
      "開始時間「14:03」只有時刻，而日期空白",
    );
  });

  it("a row stored before the codes keeps its English reason", async () => {
    await t.changeLanguage("zh-Hant");
    expect(rowReasonText(t.t, { reason: "duration is empty" })).toBe("duration is empty");
  });

  it.each(["zh-Hant", "zh-Hans", "en"])("every problem code has a text in %s", async (language) => {
    await t.changeLanguage(language);
    for (const code of rowProblemCodes) {
      expect(t.exists(`calls.summary.problems.${code}`), code).toBe(true);
    }
  });
});

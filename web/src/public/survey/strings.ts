/**
 * Every text of the owners' survey page (C1), in Traditional Chinese (the default),
 * Simplified Chinese and English. The area and level names come from the domain
 * (`survey/areas.ts`), so the page and the report use the same words.
 */
import type { StringTable } from "../language.js";

export type SurveyStringKey =
  | "pageTitle"
  | "languageLabel"
  | "loading"
  | "household"
  | "intro"
  | "closesAt"
  | "previousNotice"
  | "optional"
  | "clear"
  | "extraHeading"
  | "opinionLabel"
  | "opinionHint"
  | "opinionCount"
  | "submit"
  | "submitting"
  | "thanksTitle"
  | "thanksBody"
  | "thanksCorrected"
  | "edit"
  | "emptyForm"
  | "unknownLink"
  | "notOpen"
  | "closed"
  | "invalid"
  | "tooLarge"
  | "appCheck"
  | "network"
  | "error"
  | "noToken"
  | "unanswered"
  | "answered";

export const surveyStrings: StringTable<SurveyStringKey> = {
  "zh-Hant": {
    pageTitle: "業主滿意度調查",
    languageLabel: "語言",
    loading: "載入中…",
    household: "房號：{household}",
    intro: "感謝您抽空填寫。請就以下各項服務評分；不想回答的項目可以留空。",
    closesAt: "調查截止：{date}",
    previousNotice: "您已於 {date} 提交。如需修改，請更改後再次提交；以最後一次為準。",
    optional: "可不作答",
    clear: "清除此項",
    extraHeading: "其他問題",
    opinionLabel: "意見和建議",
    opinionHint: "選填，最多 {max} 字",
    opinionCount: "{count} / {max}",
    submit: "提交",
    submitting: "提交中…",
    thanksTitle: "謝謝您的寶貴意見！",
    thanksBody: "我們已收到您的答卷。調查截止（{date}）前您仍可修改。",
    thanksCorrected: "您的修改已保存，以最新答卷為準。",
    edit: "修改答案",
    emptyForm: "請至少為一項評分，或寫下您的意見。",
    unknownLink: "此連結無效。請核對連結或二維碼，或向管理處索取新的連結。",
    notOpen: "本次調查尚未開始，將於 {date} 開放，屆時歡迎填寫。",
    closed: "本次調查已經結束，感謝您的關注。此次提交未被記錄。",
    invalid: "部分答案未能接受，請檢查後再試。",
    tooLarge: "內容太長，請縮短意見後再試。",
    appCheck: "頁面驗證失敗，請重新整理後再試。",
    network: "網路連線不穩定，答卷尚未送出。請稍後再按「提交」。",
    error: "抱歉，系統暫時出錯，請稍後再試。",
    noToken: "找不到調查連結。請用管理處提供的二維碼或連結開啟本頁。",
    unanswered: "未作答",
    answered: "已選：{level}",
  },
  "zh-Hans": {
    pageTitle: "业主满意度调查",
    languageLabel: "语言",
    loading: "加载中…",
    household: "房号：{household}",
    intro: "感谢您抽空填写。请就以下各项服务评分；不想回答的项目可以留空。",
    closesAt: "调查截止：{date}",
    previousNotice: "您已于 {date} 提交。如需修改，请更改后再次提交；以最后一次为准。",
    optional: "可不作答",
    clear: "清除此项",
    extraHeading: "其他问题",
    opinionLabel: "意见和建议",
    opinionHint: "选填，最多 {max} 字",
    opinionCount: "{count} / {max}",
    submit: "提交",
    submitting: "提交中…",
    thanksTitle: "谢谢您的宝贵意见！",
    thanksBody: "我们已收到您的答卷。调查截止（{date}）前您仍可修改。",
    thanksCorrected: "您的修改已保存，以最新答卷为准。",
    edit: "修改答案",
    emptyForm: "请至少为一项评分，或写下您的意见。",
    unknownLink: "此链接无效。请核对链接或二维码，或向管理处索取新的链接。",
    notOpen: "本次调查尚未开始，将于 {date} 开放，届时欢迎填写。",
    closed: "本次调查已经结束，感谢您的关注。此次提交未被记录。",
    invalid: "部分答案未能接受，请检查后再试。",
    tooLarge: "内容太长，请缩短意见后再试。",
    appCheck: "页面验证失败，请刷新后再试。",
    network: "网络连接不稳定，答卷尚未送出。请稍后再按「提交」。",
    error: "抱歉，系统暂时出错，请稍后再试。",
    noToken: "找不到调查链接。请用管理处提供的二维码或链接打开本页。",
    unanswered: "未作答",
    answered: "已选：{level}",
  },
  en: {
    pageTitle: "Owner satisfaction survey",
    languageLabel: "Language",
    loading: "Loading…",
    household: "Home: {household}",
    intro:
      "Thank you for taking the time. Please rate each service below; you may leave any item unanswered.",
    closesAt: "Survey closes: {date}",
    previousNotice:
      "You answered on {date}. To correct it, change your answers and submit again; the latest answer counts.",
    optional: "optional",
    clear: "Clear this item",
    extraHeading: "Other questions",
    opinionLabel: "Opinions and suggestions",
    opinionHint: "Optional, up to {max} characters",
    opinionCount: "{count} / {max}",
    submit: "Submit",
    submitting: "Submitting…",
    thanksTitle: "Thank you for your feedback!",
    thanksBody:
      "We have received your answers. You can still correct them until the survey closes ({date}).",
    thanksCorrected: "Your correction is saved; the latest answer counts.",
    edit: "Correct my answers",
    emptyForm: "Please rate at least one item or write an opinion.",
    unknownLink:
      "This link is not valid. Please check the link or QR code, or ask the management office for a new one.",
    notOpen: "This survey is not open yet. It opens on {date}; you are welcome to answer then.",
    closed: "This survey has closed. Thank you for your interest; nothing was recorded.",
    invalid: "Some answers could not be accepted. Please check them and try again.",
    tooLarge: "The form is too long. Please shorten your opinion and try again.",
    appCheck: "This page could not be verified. Please reload it and try again.",
    network:
      "The connection is unstable and your answers were not sent yet. Please press Submit again in a moment.",
    error: "Sorry, something went wrong. Please try again in a moment.",
    noToken:
      "No survey link found. Please open this page from the QR code or link the management office gave you.",
    unanswered: "Not answered",
    answered: "Chosen: {level}",
  },
};

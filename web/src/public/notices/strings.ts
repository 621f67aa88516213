/**
 * Every text of the public notice board (B.1.3) and the notice words the household page shares,
 * in Traditional Chinese (the default), Simplified Chinese and English.
 */
import type { NoticeKind } from "@domain/schema/notice.js";
import type { PublicLanguage, StringTable } from "../language.js";

export type BoardStringKey =
  | "pageTitle"
  | "languageLabel"
  | "loading"
  | "intro"
  | "empty"
  | "upcoming"
  | "inEffect"
  | "period"
  | "critical"
  | "dutyPhone"
  | "refreshed"
  | "unknownLink"
  | "revoked"
  | "rateLimited"
  | "appCheck"
  | "network"
  | "error"
  | "noToken";

export const boardStrings: StringTable<BoardStringKey> = {
  "zh-Hant": {
    pageTitle: "小區公告",
    languageLabel: "語言",
    loading: "載入中…",
    intro: "管理處發布的最新通知。",
    empty: "目前沒有公告。",
    upcoming: "即將開始",
    inEffect: "進行中",
    period: "{from} 至 {to}",
    critical: "重要",
    dutyPhone: "24小時值班電話：{phone}",
    refreshed: "每 {seconds} 秒自動更新 · 最後更新 {time}",
    unknownLink: "此連結無效。請核對連結或二維碼，或向管理處查詢。",
    revoked: "此連結已被管理處停用。請向管理處索取新的連結。",
    rateLimited: "請求過於頻繁，請稍候一分鐘再試。",
    appCheck: "頁面驗證失敗，請重新整理後再試。",
    network: "網路連線不穩定，稍後會自動重試。",
    error: "抱歉，系統暫時出錯，請稍後再試。",
    noToken: "找不到公告連結。請用大堂張貼的二維碼開啟本頁。",
  },
  "zh-Hans": {
    pageTitle: "小区公告",
    languageLabel: "语言",
    loading: "加载中…",
    intro: "管理处发布的最新通知。",
    empty: "目前没有公告。",
    upcoming: "即将开始",
    inEffect: "进行中",
    period: "{from} 至 {to}",
    critical: "重要",
    dutyPhone: "24小时值班电话：{phone}",
    refreshed: "每 {seconds} 秒自动更新 · 最后更新 {time}",
    unknownLink: "此链接无效。请核对链接或二维码，或向管理处查询。",
    revoked: "此链接已被管理处停用。请向管理处索取新的链接。",
    rateLimited: "请求过于频繁，请稍候一分钟再试。",
    appCheck: "页面验证失败，请刷新后再试。",
    network: "网络连接不稳定，稍后会自动重试。",
    error: "抱歉，系统暂时出错，请稍后再试。",
    noToken: "找不到公告链接。请用大堂张贴的二维码打开本页。",
  },
  en: {
    pageTitle: "Estate notices",
    languageLabel: "Language",
    loading: "Loading…",
    intro: "The latest notices from the management office.",
    empty: "There are no notices at the moment.",
    upcoming: "Upcoming",
    inEffect: "In effect",
    period: "{from} to {to}",
    critical: "Important",
    dutyPhone: "24-hour duty phone: {phone}",
    refreshed: "Updates every {seconds} s · last updated {time}",
    unknownLink:
      "This link is not valid. Please check the link or QR code, or ask the management office.",
    revoked:
      "This link has been withdrawn by the management office. Please ask them for a new one.",
    rateLimited: "Too many requests. Please wait a minute and try again.",
    appCheck: "This page could not be verified. Please reload it and try again.",
    network: "The connection is unstable; the page will try again shortly.",
    error: "Sorry, something went wrong. Please try again in a moment.",
    noToken: "No notice link found. Please open this page from the QR code in the lobby.",
  },
};

/** The name of each kind of notice. */
export const noticeKindNames: Record<PublicLanguage, Record<NoticeKind, string>> = {
  "zh-Hant": {
    waterOutage: "停水",
    powerOutage: "停電",
    safety: "安全",
    fireDrill: "消防演習",
    fee: "收費",
    works: "工程",
    general: "通知",
  },
  "zh-Hans": {
    waterOutage: "停水",
    powerOutage: "停电",
    safety: "安全",
    fireDrill: "消防演习",
    fee: "收费",
    works: "工程",
    general: "通知",
  },
  en: {
    waterOutage: "Water cut",
    powerOutage: "Power cut",
    safety: "Safety",
    fireDrill: "Fire drill",
    fee: "Fees",
    works: "Works",
    general: "Notice",
  },
};

/**
 * Every text of the owner's copy of an on-site service record (B2.5), in Traditional Chinese
 * (the default), Simplified Chinese and English.
 */
import type { StringTable } from "../language.js";

export type OwnerCopyStringKey =
  | "pageTitle"
  | "languageLabel"
  | "loading"
  | "household"
  | "work"
  | "staff"
  | "doneAt"
  | "charge"
  | "paid"
  | "unpaid"
  | "signedBy"
  | "rating"
  | "satisfied"
  | "fair"
  | "dissatisfied"
  | "hash"
  | "amendments"
  | "question"
  | "confirm"
  | "dispute"
  | "disputeNote"
  | "disputeNoteRequired"
  | "sending"
  | "confirmed"
  | "disputed"
  | "answered"
  | "unknownLink"
  | "expired"
  | "invalid"
  | "network"
  | "error"
  | "noToken";

export const ownerCopyStrings: StringTable<OwnerCopyStringKey> = {
  "zh-Hant": {
    pageTitle: "上門服務記錄（業主副本）",
    languageLabel: "語言",
    loading: "載入中…",
    household: "{estate} {household}",
    work: "服務內容",
    staff: "服務人員：{name}（工號 {badge}）",
    doneAt: "完工時間：{time}",
    charge: "收費：{charge}",
    paid: "有償服務",
    unpaid: "無償服務",
    signedBy: "{name} 於 {time} 簽名",
    rating: "服務態度評價：{rating}",
    satisfied: "滿意",
    fair: "一般",
    dissatisfied: "不滿意",
    hash: "記錄校驗碼：{hash}",
    amendments: "簽名後的更正",
    question: "這份記錄與實際情況相符嗎？",
    confirm: "確認無誤",
    dispute: "有異議",
    disputeNote: "請寫下哪裡不對",
    disputeNoteRequired: "請寫下哪裡不對，再送出異議。",
    sending: "送出中…",
    confirmed: "您已確認這份記錄。謝謝！",
    disputed: "您的異議已送到管理處，我們會盡快聯絡您。",
    answered: "您已回覆過這份記錄。",
    unknownLink: "此連結無效。請檢查連結或二維碼，或向管理處索取。",
    expired: "此連結已過期。請向管理處索取您的副本。",
    invalid: "無法送出：{reasons}",
    network: "網路不通，請稍後再試。",
    error: "抱歉，出了點問題，請稍後再試。",
    noToken: "網址中沒有連結代碼。請掃描服務人員出示的二維碼。",
  },
  "zh-Hans": {
    pageTitle: "上门服务记录（业主副本）",
    languageLabel: "语言",
    loading: "加载中…",
    household: "{estate} {household}",
    work: "服务内容",
    staff: "服务人员：{name}（工号 {badge}）",
    doneAt: "完工时间：{time}",
    charge: "收费：{charge}",
    paid: "有偿服务",
    unpaid: "无偿服务",
    signedBy: "{name} 于 {time} 签名",
    rating: "服务态度评价：{rating}",
    satisfied: "满意",
    fair: "一般",
    dissatisfied: "不满意",
    hash: "记录校验码：{hash}",
    amendments: "签名后的更正",
    question: "这份记录与实际情况相符吗？",
    confirm: "确认无误",
    dispute: "有异议",
    disputeNote: "请写下哪里不对",
    disputeNoteRequired: "请写下哪里不对，再提交异议。",
    sending: "提交中…",
    confirmed: "您已确认这份记录。谢谢！",
    disputed: "您的异议已送到管理处，我们会尽快联系您。",
    answered: "您已回复过这份记录。",
    unknownLink: "此链接无效。请检查链接或二维码，或向管理处索取。",
    expired: "此链接已过期。请向管理处索取您的副本。",
    invalid: "无法提交：{reasons}",
    network: "网络不通，请稍后再试。",
    error: "抱歉，出了点问题，请稍后再试。",
    noToken: "网址中没有链接代码。请扫描服务人员出示的二维码。",
  },
  en: {
    pageTitle: "On-site service record (owner's copy)",
    languageLabel: "Language",
    loading: "Loading…",
    household: "{estate} {household}",
    work: "Work done",
    staff: "Staff: {name} (badge {badge})",
    doneAt: "Finished: {time}",
    charge: "Charge: {charge}",
    paid: "paid service",
    unpaid: "unpaid service",
    signedBy: "Signed by {name} at {time}",
    rating: "Rating of the service attitude: {rating}",
    satisfied: "satisfied",
    fair: "fair",
    dissatisfied: "dissatisfied",
    hash: "Record check code: {hash}",
    amendments: "Amendments after signing",
    question: "Does this record match what was done?",
    confirm: "Confirm",
    dispute: "Dispute",
    disputeNote: "What is wrong?",
    disputeNoteRequired: "Please say what is wrong before sending a dispute.",
    sending: "Sending…",
    confirmed: "You confirmed this record. Thank you!",
    disputed: "Your dispute was sent to the management office; we will contact you soon.",
    answered: "You have already answered this record.",
    unknownLink:
      "This link is not valid. Please check the link or QR code, or ask the management office.",
    expired: "This link has expired. Please ask the management office for your copy.",
    invalid: "Could not send: {reasons}",
    network: "No network connection. Please try again in a moment.",
    error: "Sorry, something went wrong. Please try again in a moment.",
    noToken: "The address holds no link code. Please scan the QR code the staff member shows.",
  },
};

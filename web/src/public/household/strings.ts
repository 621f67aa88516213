/**
 * Every text of the household page (SPEC §12), in Traditional Chinese (the default), Simplified
 * Chinese and English. Notice kinds and phases come from the notice board's table.
 */
import type { HouseholdRequestKind } from "@domain/householdPage/requestKinds.js";
import type { PromiseState } from "@domain/followUp/promise.js";
import type { ServiceRating } from "@domain/tickets/onSiteVisit.js";
import type { TicketStatus } from "@domain/tickets/ticket.js";
import type { PublicLanguage, StringTable } from "../language.js";

export type HouseholdStringKey =
  | "pageTitle"
  | "languageLabel"
  | "loading"
  | "household"
  | "noticesHeading"
  | "noNotices"
  | "confirm"
  | "confirming"
  | "confirmedAt"
  | "confirmAsk"
  | "surveyHeading"
  | "surveyCloses"
  | "surveyAnswer"
  | "surveyCorrect"
  | "surveyAnswered"
  | "requestsHeading"
  | "requestIntro"
  | "requestKind"
  | "requestContent"
  | "requestHint"
  | "send"
  | "sending"
  | "sent"
  | "emptyRequest"
  | "noRequests"
  | "sentAt"
  | "awaitingReply"
  | "replyLabel"
  | "dutyPhone"
  | "refreshed"
  | "unknownLink"
  | "revoked"
  | "forbidden"
  | "notFound"
  | "invalid"
  | "tooLarge"
  | "rateLimited"
  | "appCheck"
  | "network"
  | "error"
  | "ticketsHeading"
  | "noTickets"
  | "ticketOpened"
  | "ticketDue"
  | "visitsHeading"
  | "noVisits"
  | "visitDone"
  | "visitSigned"
  | "visitRating"
  | "visitAmended"
  | "viewCopy"
  | "copyHash"
  | "confirmVisit"
  | "disputeVisit"
  | "disputeNote"
  | "disputeNoteRequired"
  | "visitConfirmed"
  | "visitDisputed"
  | "promisesHeading"
  | "noPromises"
  | "promiseDue"
  | "promiseAnswered"
  | "paid"
  | "unpaid"
  | "noToken";

export const householdStrings: StringTable<HouseholdStringKey> = {
  "zh-Hant": {
    pageTitle: "住戶專頁",
    languageLabel: "語言",
    loading: "載入中…",
    household: "房號：{household}",
    noticesHeading: "給您的通知",
    noNotices: "目前沒有通知。",
    confirm: "確認收到",
    confirming: "確認中…",
    confirmedAt: "已於 {date} 確認收到",
    confirmAsk: "這是重要通知，請確認收到。",
    surveyHeading: "業主滿意度調查",
    surveyCloses: "{title} · 截止 {date}",
    surveyAnswer: "填寫問卷",
    surveyCorrect: "修改答卷",
    surveyAnswered: "您已提交答卷，謝謝！",
    requestsHeading: "報修、查詢、投訴、建議",
    requestIntro: "有事請告訴我們，客服中心會在這裡回覆您。",
    requestKind: "類別",
    requestContent: "內容",
    requestHint: "最多 {max} 字",
    send: "送出",
    sending: "送出中…",
    sent: "已送出，客服中心會盡快回覆。",
    emptyRequest: "請寫下內容。",
    noRequests: "您還沒有送出過請求。",
    sentAt: "{date} 送出",
    awaitingReply: "等待回覆",
    replyLabel: "客服回覆（{date}）",
    dutyPhone: "24小時值班電話：{phone}",
    refreshed: "每 {seconds} 秒自動更新 · 最後更新 {time}",
    unknownLink: "此連結無效。請核對連結或二維碼，或向管理處索取新的連結。",
    revoked: "此連結已被管理處停用（例如房屋已轉手）。如有需要，請向管理處索取新的連結。",
    forbidden: "此連結不能用於其他房屋。",
    notFound: "找不到此項目，頁面已更新。",
    invalid: "內容未能接受，請檢查後再試。",
    tooLarge: "內容太長，請縮短後再試。",
    rateLimited: "操作過於頻繁，請稍候一分鐘再試。",
    appCheck: "頁面驗證失敗，請重新整理後再試。",
    network: "網路連線不穩定，尚未送出。請稍後再試。",
    error: "抱歉，系統暫時出錯，請稍後再試。",
    ticketsHeading: "報修及工單進度",
    noTickets: "目前沒有工單。",
    ticketOpened: "{date} 開單",
    ticketDue: "預計完成：{date}",
    visitsHeading: "上門服務記錄",
    noVisits: "尚無已簽署的上門服務記錄。",
    visitDone: "完成於 {date}",
    visitSigned: "{name} 於 {date} 簽署",
    visitRating: "服務評價：{rating}",
    visitAmended: "簽署後補充（{date}）：{text}",
    viewCopy: "查看簽署副本",
    copyHash: "記錄編碼：{hash}",
    confirmVisit: "記錄無誤，確認",
    disputeVisit: "記錄有誤，提出異議",
    disputeNote: "請說明哪裡有誤",
    disputeNoteRequired: "請說明哪裡有誤。",
    visitConfirmed: "您已於 {date} 確認此記錄。",
    visitDisputed: "您已於 {date} 提出異議：{note}",
    promisesHeading: "承諾答復",
    noPromises: "目前沒有待答復的承諾。",
    promiseDue: "承諾於 {date} 前答復",
    promiseAnswered: "已於 {date} 答復：{text}",
    paid: "有償",
    unpaid: "無償",
    noToken: "找不到住戶連結。請用管理處提供的二維碼或連結開啟本頁。",
  },
  "zh-Hans": {
    pageTitle: "住户专页",
    languageLabel: "语言",
    loading: "加载中…",
    household: "房号：{household}",
    noticesHeading: "给您的通知",
    noNotices: "目前没有通知。",
    confirm: "确认收到",
    confirming: "确认中…",
    confirmedAt: "已于 {date} 确认收到",
    confirmAsk: "这是重要通知，请确认收到。",
    surveyHeading: "业主满意度调查",
    surveyCloses: "{title} · 截止 {date}",
    surveyAnswer: "填写问卷",
    surveyCorrect: "修改答卷",
    surveyAnswered: "您已提交答卷，谢谢！",
    requestsHeading: "报修、查询、投诉、建议",
    requestIntro: "有事请告诉我们，客服中心会在这里回复您。",
    requestKind: "类别",
    requestContent: "内容",
    requestHint: "最多 {max} 字",
    send: "发送",
    sending: "发送中…",
    sent: "已发送，客服中心会尽快回复。",
    emptyRequest: "请写下内容。",
    noRequests: "您还没有发送过请求。",
    sentAt: "{date} 发送",
    awaitingReply: "等待回复",
    replyLabel: "客服回复（{date}）",
    dutyPhone: "24小时值班电话：{phone}",
    refreshed: "每 {seconds} 秒自动更新 · 最后更新 {time}",
    unknownLink: "此链接无效。请核对链接或二维码，或向管理处索取新的链接。",
    revoked: "此链接已被管理处停用（例如房屋已转手）。如有需要，请向管理处索取新的链接。",
    forbidden: "此链接不能用于其他房屋。",
    notFound: "找不到此项目，页面已更新。",
    invalid: "内容未能接受，请检查后再试。",
    tooLarge: "内容太长，请缩短后再试。",
    rateLimited: "操作过于频繁，请稍候一分钟再试。",
    appCheck: "页面验证失败，请刷新后再试。",
    network: "网络连接不稳定，尚未发送。请稍后再试。",
    error: "抱歉，系统暂时出错，请稍后再试。",
    ticketsHeading: "报修及工单进度",
    noTickets: "目前没有工单。",
    ticketOpened: "{date} 开单",
    ticketDue: "预计完成：{date}",
    visitsHeading: "上门服务记录",
    noVisits: "尚无已签署的上门服务记录。",
    visitDone: "完成于 {date}",
    visitSigned: "{name} 于 {date} 签署",
    visitRating: "服务评价：{rating}",
    visitAmended: "签署后补充（{date}）：{text}",
    viewCopy: "查看签署副本",
    copyHash: "记录编码：{hash}",
    confirmVisit: "记录无误，确认",
    disputeVisit: "记录有误，提出异议",
    disputeNote: "请说明哪里有误",
    disputeNoteRequired: "请说明哪里有误。",
    visitConfirmed: "您已于 {date} 确认此记录。",
    visitDisputed: "您已于 {date} 提出异议：{note}",
    promisesHeading: "承诺答复",
    noPromises: "目前没有待答复的承诺。",
    promiseDue: "承诺于 {date} 前答复",
    promiseAnswered: "已于 {date} 答复：{text}",
    paid: "有偿",
    unpaid: "无偿",
    noToken: "找不到住户链接。请用管理处提供的二维码或链接打开本页。",
  },
  en: {
    pageTitle: "Household page",
    languageLabel: "Language",
    loading: "Loading…",
    household: "Home: {household}",
    noticesHeading: "Notices for you",
    noNotices: "There are no notices at the moment.",
    confirm: "Confirm receipt",
    confirming: "Confirming…",
    confirmedAt: "Receipt confirmed on {date}",
    confirmAsk: "This is an important notice: please confirm you received it.",
    surveyHeading: "Owner satisfaction survey",
    surveyCloses: "{title} · closes {date}",
    surveyAnswer: "Answer the survey",
    surveyCorrect: "Correct my answers",
    surveyAnswered: "You have answered. Thank you!",
    requestsHeading: "Repairs, questions, complaints, suggestions",
    requestIntro: "Tell us what you need; the customer-service desk answers you here.",
    requestKind: "Kind",
    requestContent: "Details",
    requestHint: "Up to {max} characters",
    send: "Send",
    sending: "Sending…",
    sent: "Sent. The desk will answer as soon as possible.",
    emptyRequest: "Please write what you need.",
    noRequests: "You have not sent anything yet.",
    sentAt: "Sent {date}",
    awaitingReply: "Awaiting reply",
    replyLabel: "Reply from the desk ({date})",
    dutyPhone: "24-hour duty phone: {phone}",
    refreshed: "Updates every {seconds} s · last updated {time}",
    unknownLink:
      "This link is not valid. Please check the link or QR code, or ask the management office for a new one.",
    revoked:
      "This link has been withdrawn by the management office (for example, the home was sold). Please ask them for a new one if you need it.",
    forbidden: "This link cannot be used for another household.",
    notFound: "This item was not found; the page has been updated.",
    invalid: "This could not be accepted. Please check it and try again.",
    tooLarge: "This is too long. Please shorten it and try again.",
    rateLimited: "Too many requests. Please wait a minute and try again.",
    appCheck: "This page could not be verified. Please reload it and try again.",
    network: "The connection is unstable and nothing was sent yet. Please try again shortly.",
    error: "Sorry, something went wrong. Please try again in a moment.",
    ticketsHeading: "Repairs and work orders",
    noTickets: "No work orders at the moment.",
    ticketOpened: "Opened {date}",
    ticketDue: "Expected by {date}",
    visitsHeading: "On-site service records",
    noVisits: "No signed on-site service records yet.",
    visitDone: "Done on {date}",
    visitSigned: "Signed by {name} on {date}",
    visitRating: "Your rating: {rating}",
    visitAmended: "Added after signing ({date}): {text}",
    viewCopy: "View the signed copy",
    copyHash: "Record code: {hash}",
    confirmVisit: "The record is right: confirm",
    disputeVisit: "The record is wrong: dispute",
    disputeNote: "Please say what is wrong",
    disputeNoteRequired: "Please say what is wrong.",
    visitConfirmed: "You confirmed this record on {date}.",
    visitDisputed: "You disputed this record on {date}: {note}",
    promisesHeading: "Promised answers",
    noPromises: "No promised answers at the moment.",
    promiseDue: "Answer promised by {date}",
    promiseAnswered: "Answered on {date}: {text}",
    paid: "Paid",
    unpaid: "Free of charge",
    noToken:
      "No household link found. Please open this page from the QR code or link the management office gave you.",
  },
};

/** The name of each kind of request. */
export const requestKindNames: Record<PublicLanguage, Record<HouseholdRequestKind, string>> = {
  "zh-Hant": { repair: "報修", question: "查詢", complaint: "投訴", suggestion: "建議" },
  "zh-Hans": { repair: "报修", question: "查询", complaint: "投诉", suggestion: "建议" },
  en: { repair: "Repair", question: "Question", complaint: "Complaint", suggestion: "Suggestion" },
};

/** The name of each ticket state, as owners read it. */
export const ticketStatusNames: Record<PublicLanguage, Record<TicketStatus, string>> = {
  "zh-Hant": {
    open: "已受理",
    assigned: "已派工",
    inProgress: "處理中",
    done: "已完成",
    followedUp: "已回訪",
    closed: "已結案",
    cancelled: "已取消",
  },
  "zh-Hans": {
    open: "已受理",
    assigned: "已派工",
    inProgress: "处理中",
    done: "已完成",
    followedUp: "已回访",
    closed: "已结案",
    cancelled: "已取消",
  },
  en: {
    open: "Received",
    assigned: "Assigned",
    inProgress: "In progress",
    done: "Done",
    followedUp: "Followed up",
    closed: "Closed",
    cancelled: "Cancelled",
  },
};

/** The name of each state of a promise. */
export const promiseStateNames: Record<PublicLanguage, Record<PromiseState, string>> = {
  "zh-Hant": { open: "待答復", kept: "已按時答復", lateKept: "已答復（逾期）", overdue: "已逾期" },
  "zh-Hans": { open: "待答复", kept: "已按时答复", lateKept: "已答复（逾期）", overdue: "已逾期" },
  en: {
    open: "Awaiting answer",
    kept: "Answered on time",
    lateKept: "Answered late",
    overdue: "Overdue",
  },
};

/** The owner's rating of a service. */
export const ratingNames: Record<PublicLanguage, Record<ServiceRating, string>> = {
  "zh-Hant": { satisfied: "滿意", fair: "一般", dissatisfied: "不滿意" },
  "zh-Hans": { satisfied: "满意", fair: "一般", dissatisfied: "不满意" },
  en: { satisfied: "Satisfied", fair: "Fair", dissatisfied: "Dissatisfied" },
};

/** Every text of the owners' committee's read-only report page (C5), in the three languages. */
import type { StringTable } from "../language.js";

export type CommitteeStringKey =
  | "pageTitle"
  | "languageLabel"
  | "loading"
  | "period"
  | "readOnly"
  | "summary"
  | "linksIssued"
  | "occupied"
  | "returned"
  | "responseRate"
  | "overall"
  | "coverage"
  | "target"
  | "met"
  | "notMet"
  | "noFigure"
  | "areas"
  | "area"
  | "rate"
  | "mean"
  | "answered"
  | "extraQuestions"
  | "question"
  | "buildings"
  | "building"
  | "opinions"
  | "opinionCount"
  | "noOpinions"
  | "rectification"
  | "progress"
  | "noTasks"
  | "department"
  | "owner"
  | "deadline"
  | "status"
  | "overdue"
  | "open"
  | "inProgress"
  | "done"
  | "customerService"
  | "environment"
  | "order"
  | "maintenance"
  | "updated"
  | "print"
  | "unknownLink"
  | "error"
  | "network"
  | "noToken";

export const committeeStrings: StringTable<CommitteeStringKey> = {
  "zh-Hant": {
    pageTitle: "業主滿意度調查報告",
    languageLabel: "語言",
    loading: "載入中…",
    period: "調查期間：{from} 至 {to}",
    readOnly: "本頁為業主委員會唯讀報告，只含統計數據及整改進度，不含任何個別答卷。",
    summary: "主要數據",
    linksIssued: "已發連結",
    occupied: "入住戶",
    returned: "回收份數",
    responseRate: "回收率",
    overall: "總滿意率",
    coverage: "連結覆蓋率",
    target: "目標 {target}",
    met: "達標",
    notMet: "未達標",
    noFigure: "尚無數據",
    areas: "分項滿意率",
    area: "項目",
    rate: "滿意率",
    mean: "平均分",
    answered: "作答數",
    extraQuestions: "附加問題",
    question: "問題",
    buildings: "各樓棟",
    building: "{building} 號樓",
    opinions: "共性意見",
    opinionCount: "{count} 則",
    noOpinions: "暫無共性意見。",
    rectification: "整改計劃及進度",
    progress: "共 {total} 項：已完成 {done}，進行中 {inProgress}，未開始 {open}，逾期 {overdue}",
    noTasks: "暫無整改任務。",
    department: "負責部門",
    owner: "負責人",
    deadline: "期限",
    status: "狀態",
    overdue: "已逾期",
    open: "未開始",
    inProgress: "進行中",
    done: "已完成",
    customerService: "客服",
    environment: "環境",
    order: "秩序",
    maintenance: "維修",
    updated: "統計更新於 {time}",
    print: "列印",
    unknownLink: "此連結無效或已被撤銷。如需查閱報告，請聯絡管理處。",
    error: "抱歉，系統暫時出錯，請稍後再試。",
    network: "網路連線不穩定，請稍後重新整理。",
    noToken: "找不到報告連結。",
  },
  "zh-Hans": {
    pageTitle: "业主满意度调查报告",
    languageLabel: "语言",
    loading: "加载中…",
    period: "调查期间：{from} 至 {to}",
    readOnly: "本页为业主委员会只读报告，只含统计数据及整改进度，不含任何个别答卷。",
    summary: "主要数据",
    linksIssued: "已发链接",
    occupied: "入住户",
    returned: "回收份数",
    responseRate: "回收率",
    overall: "总满意率",
    coverage: "链接覆盖率",
    target: "目标 {target}",
    met: "达标",
    notMet: "未达标",
    noFigure: "尚无数据",
    areas: "分项满意率",
    area: "项目",
    rate: "满意率",
    mean: "平均分",
    answered: "作答数",
    extraQuestions: "附加问题",
    question: "问题",
    buildings: "各楼栋",
    building: "{building} 号楼",
    opinions: "共性意见",
    opinionCount: "{count} 则",
    noOpinions: "暂无共性意见。",
    rectification: "整改计划及进度",
    progress: "共 {total} 项：已完成 {done}，进行中 {inProgress}，未开始 {open}，逾期 {overdue}",
    noTasks: "暂无整改任务。",
    department: "负责部门",
    owner: "负责人",
    deadline: "期限",
    status: "状态",
    overdue: "已逾期",
    open: "未开始",
    inProgress: "进行中",
    done: "已完成",
    customerService: "客服",
    environment: "环境",
    order: "秩序",
    maintenance: "维修",
    updated: "统计更新于 {time}",
    print: "打印",
    unknownLink: "此链接无效或已被撤销。如需查阅报告，请联系管理处。",
    error: "抱歉，系统暂时出错，请稍后再试。",
    network: "网络连接不稳定，请稍后刷新。",
    noToken: "找不到报告链接。",
  },
  en: {
    pageTitle: "Owner satisfaction survey report",
    languageLabel: "Language",
    loading: "Loading…",
    period: "Survey period: {from} to {to}",
    readOnly:
      "This is the owners' committee's read-only report: figures and rectification progress only, no individual answer.",
    summary: "Key figures",
    linksIssued: "Links issued",
    occupied: "Occupied households",
    returned: "Forms returned",
    responseRate: "Response rate",
    overall: "Overall satisfaction",
    coverage: "Link coverage",
    target: "Target {target}",
    met: "Met",
    notMet: "Not met",
    noFigure: "No figure yet",
    areas: "Satisfaction by area",
    area: "Area",
    rate: "Satisfied",
    mean: "Mean",
    answered: "Answers",
    extraQuestions: "Extra questions",
    question: "Question",
    buildings: "By building",
    building: "Building {building}",
    opinions: "Common opinions",
    opinionCount: "{count} opinions",
    noOpinions: "No common opinion yet.",
    rectification: "Rectification plan and progress",
    progress:
      "{total} tasks: {done} done, {inProgress} in progress, {open} not started, {overdue} overdue",
    noTasks: "No rectification task yet.",
    department: "Department",
    owner: "Owner",
    deadline: "Deadline",
    status: "Status",
    overdue: "Overdue",
    open: "Not started",
    inProgress: "In progress",
    done: "Done",
    customerService: "Customer service",
    environment: "Environment",
    order: "Order and security",
    maintenance: "Maintenance",
    updated: "Figures updated {time}",
    print: "Print",
    unknownLink:
      "This link is not valid or has been revoked. Please contact the management office to read the report.",
    error: "Sorry, something went wrong. Please try again in a moment.",
    network: "The connection is unstable. Please reload in a moment.",
    noToken: "No report link found.",
  },
};

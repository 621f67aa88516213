/**
 * The assessment catalogue (考核標準, seed article 2 section 二, SPEC §8) as data: every rule
 * with its seed clause, wording in three languages, points, scope and whether it needs
 * confirmation. The catalogue is versioned by month so that a closed month keeps the points
 * that were in force when it was worked.
 */
import { z } from "zod";
import { isMonthKey, type MonthKey } from "../time.js";

/** Every rule code of the standard, in the seed's order (the seed has no clause 12). */
export const ruleCodes = [
  "B2.1",
  "B2.2",
  "B2.3",
  "B2.4a",
  "B2.4b",
  "B2.4c",
  "B2.5a",
  "B2.5b",
  "B2.5c",
  "B2.6",
  "B2.7",
  "B2.8",
  "B2.9",
  "B2.10",
  "B2.11",
  "B2.13",
] as const;

/** A rule code such as `B2.5a`. */
export type RuleCode = (typeof ruleCodes)[number];

/** Validates a rule code. */
export const ruleCodeSchema = z.enum(ruleCodes);

/** True when the text is a rule code of the standard. */
export function isRuleCode(text: string): text is RuleCode {
  return (ruleCodes as readonly string[]).includes(text);
}

/** The seed's rule order, for sorting lines of a scorecard (B2.10 after B2.9, not after B2.1). */
export function ruleOrder(code: RuleCode): number {
  return ruleCodes.indexOf(code);
}

/** Who a rule charges: a person, a team, or either (a person when one is named). */
export type RuleScope = "person" | "team" | "personOrTeam";

/** How a rule's points are multiplied. */
export type RuleBasis =
  /** once per finding */
  | "each"
  /** once per person and occasion (人次) */
  | "perPersonTime"
  /** once per whole percentage point away from the baseline (B2.10 only) */
  | "perWholePercentagePoint";

/** Text shown to staff, in the three languages of the client. */
export interface LocalizedText {
  "zh-Hant": string;
  "zh-Hans": string;
  en: string;
}

/** One rule of the assessment standard. */
export interface Rule {
  code: RuleCode;
  /** The seed clause, e.g. `二.4` of article 2, written as the SPEC writes it (`B2.4`). */
  clause: string;
  /** A short name of the clause's subject (handover, daily log, …). */
  subject: string;
  description: LocalizedText;
  /**
   * Points per finding (negative: deduction 扣分, positive: reward 獎勵). For B2.10 the points
   * per whole percentage point ABOVE the baseline; each point below earns the opposite.
   */
  points: number;
  basis: RuleBasis;
  scope: RuleScope;
  /** Counts only once confirmed or verified (經確認 / 經查實 / 經監督委員會確認). */
  countsOnlyWhenConfirmed: boolean;
  /** B2.4c: a grave case is marked for dismissal review (惡劣者應除名), carried on the finding. */
  dismissalMarkWhenGrave: boolean;
  /** B2.10 only: the arrears-rate baseline in whole percent. */
  baselinePercent: number | null;
}

/** A version of the catalogue and the months it is in force (both ends inclusive). */
export interface CatalogueVersion {
  version: string;
  effectiveFrom: MonthKey;
  /** The last month in force; null while the version is current. */
  effectiveUntil: MonthKey | null;
  rules: readonly Rule[];
}

const monthKeySchema = z.string().refine(isMonthKey, "must be a month YYYY-MM");
const localizedTextSchema = z.object({
  "zh-Hant": z.string().min(1),
  "zh-Hans": z.string().min(1),
  en: z.string().min(1),
});

/** Validates a stored or edited catalogue version: known codes, each at most once, a sane range. */
export const catalogueVersionSchema = z
  .object({
    version: z.string().min(1),
    effectiveFrom: monthKeySchema,
    effectiveUntil: monthKeySchema.nullable(),
    rules: z.array(
      z.object({
        code: ruleCodeSchema,
        clause: z.string().min(1),
        subject: z.string().min(1),
        description: localizedTextSchema,
        points: z.number().int(),
        basis: z.enum(["each", "perPersonTime", "perWholePercentagePoint"]),
        scope: z.enum(["person", "team", "personOrTeam"]),
        countsOnlyWhenConfirmed: z.boolean(),
        dismissalMarkWhenGrave: z.boolean(),
        baselinePercent: z.number().int().min(0).max(100).nullable(),
      }),
    ),
  })
  .superRefine((version, context) => {
    if (version.effectiveUntil !== null && version.effectiveUntil < version.effectiveFrom) {
      context.addIssue({
        code: "custom",
        path: ["effectiveUntil"],
        message: `ends (${version.effectiveUntil}) before it starts (${version.effectiveFrom})`,
      });
    }
    const seen = new Set<string>();
    version.rules.forEach((rule, index) => {
      if (seen.has(rule.code)) {
        context.addIssue({
          code: "custom",
          path: ["rules", index, "code"],
          message: `rule ${rule.code} appears twice`,
        });
      }
      seen.add(rule.code);
      if ((rule.code === "B2.10") !== (rule.baselinePercent !== null)) {
        context.addIssue({
          code: "custom",
          path: ["rules", index, "baselinePercent"],
          message: "only B2.10 has an arrears baseline, and it must have one",
        });
      }
    });
  });

function rule(
  code: RuleCode,
  fields: Omit<Rule, "code" | "dismissalMarkWhenGrave" | "baselinePercent" | "basis"> &
    Partial<Pick<Rule, "dismissalMarkWhenGrave" | "baselinePercent" | "basis">>,
): Rule {
  return {
    code,
    basis: "each",
    dismissalMarkWhenGrave: false,
    baselinePercent: null,
    ...fields,
  };
}

/** The rules as the seed writes them (article 2, section 二). */
export const seedRules: readonly Rule[] = [
  rule("B2.1", {
    clause: "B2.1",
    subject: "handover",
    description: {
      "zh-Hant": "發現交接班異常、未記錄或不全,每發現一處扣服務質量標準分值10分",
      "zh-Hans": "发现交接班异常、未记录或不全,每发现一处扣服务质量标准分值10分",
      en: "Handover abnormal, unrecorded or incomplete: -10 for each one found",
    },
    points: -10,
    scope: "person",
    countsOnlyWhenConfirmed: false,
  }),
  rule("B2.2", {
    clause: "B2.2",
    subject: "dailyLog",
    description: {
      "zh-Hant": "發現沒有上班日誌,每發現一處扣服務質量標準分值10分",
      "zh-Hans": "发现没有上班日志,每发现一处扣服务质量标准分值10分",
      en: "No daily work log: -10 for each one found",
    },
    points: -10,
    scope: "person",
    countsOnlyWhenConfirmed: false,
  }),
  rule("B2.3", {
    clause: "B2.3",
    subject: "dress",
    description: {
      "zh-Hant": "在崗時未統一著裝、未佩戴標誌牌或在辦公場所吸煙,每人次扣除服務質量標準分值10分",
      "zh-Hans": "在岗时未统一着装、未佩戴标志牌或在办公场所吸烟,每人次扣除服务质量标准分值10分",
      en: "No uniform, no name or number badge, or smoking in the office: -10 per person-time",
    },
    points: -10,
    basis: "perPersonTime",
    scope: "person",
    countsOnlyWhenConfirmed: false,
  }),
  rule("B2.4a", {
    clause: "B2.4",
    subject: "conduct",
    description: {
      "zh-Hant": "使用不文明語言,經確認後每人次扣除服務質量標準分值20分",
      "zh-Hans": "使用不文明语言,经确认后每人次扣除服务质量标准分值20分",
      en: "Uncivil language, once confirmed: -20 per person-time",
    },
    points: -20,
    basis: "perPersonTime",
    scope: "person",
    countsOnlyWhenConfirmed: true,
  }),
  rule("B2.4b", {
    clause: "B2.4",
    subject: "conduct",
    description: {
      "zh-Hant": "與業主發生爭吵等行為,無論對與錯,扣服務質量標準分值20分",
      "zh-Hans": "与业主发生争吵等行为,无论对与错,扣服务质量标准分值20分",
      en: "An argument with an owner, whoever was right: -20",
    },
    points: -20,
    scope: "person",
    countsOnlyWhenConfirmed: false,
  }),
  rule("B2.4c", {
    clause: "B2.4",
    subject: "conduct",
    description: {
      "zh-Hant": "與業主發生肢體衝突者,扣服務質量標準分值50分,惡劣者應除名",
      "zh-Hans": "与业主发生肢体冲突者,扣服务质量标准分值50分,恶劣者应除名",
      en: "A physical conflict with an owner: -50; a grave case is referred for dismissal",
    },
    points: -50,
    scope: "person",
    countsOnlyWhenConfirmed: false,
    dismissalMarkWhenGrave: true,
  }),
  rule("B2.5a", {
    clause: "B2.5",
    subject: "records",
    description: {
      "zh-Hant":
        "以電信局通話記錄為標準,有業主通話記錄而物業公司未記錄的,每條扣服務質量標準分值20分",
      "zh-Hans":
        "以电信局通话记录为标准,有业主通话记录而物业公司未记录的,每条扣服务质量标准分值20分",
      en: "A carrier call record with no reception record: -20 each, charged to the person on duty",
    },
    points: -20,
    scope: "person",
    countsOnlyWhenConfirmed: false,
  }),
  rule("B2.5b", {
    clause: "B2.5",
    subject: "onSiteVisit",
    description: {
      "zh-Hant": "上門服務中非有償服務的條目,業主評估服務態度為不滿意的,每次扣服務質量標準分值20分",
      "zh-Hans": "上门服务中非有偿服务的条目,业主评估服务态度为不满意的,每次扣服务质量标准分值20分",
      en: "An unpaid on-site service rated dissatisfied by the owner: -20 each",
    },
    points: -20,
    scope: "person",
    countsOnlyWhenConfirmed: false,
  }),
  rule("B2.5c", {
    clause: "B2.5",
    subject: "onSiteVisit",
    description: {
      "zh-Hant":
        "上門服務內容未經業主簽字確認,手續不全或與業主之間保存資料不一致,每發現一項扣服務質量標準分值20分",
      "zh-Hans":
        "上门服务内容未经业主签字确认,手续不全或与业主之间保存资料不一致,每发现一项扣服务质量标准分值20分",
      en: "An on-site service record unsigned, incomplete or inconsistent with the owner's copy: -20 each",
    },
    points: -20,
    scope: "person",
    countsOnlyWhenConfirmed: false,
  }),
  rule("B2.6", {
    clause: "B2.6",
    subject: "location",
    description: {
      "zh-Hant":
        "不熟悉業主房屋位置、不能盡職,業主向監督會投訴,經查實屬實的投訴每次扣服務質量標準分值20分",
      "zh-Hans":
        "不熟悉业主房屋位置、不能尽职,业主向监督会投诉,经查实属实的投诉每次扣服务质量标准分值20分",
      en: "A verified complaint to the supervisory committee of not doing the duty (knowing every owner's house): -20 each",
    },
    points: -20,
    scope: "person",
    countsOnlyWhenConfirmed: true,
  }),
  rule("B2.7", {
    clause: "B2.7",
    subject: "illegalConstruction",
    description: {
      "zh-Hant":
        "私搭亂建及擅自改變房屋用途,檢查發現未處理或未按照相關法律法規和山莊規定處理的,每發現一件扣服務質量標準分值50分",
      "zh-Hans":
        "私搭乱建及擅自改变房屋用途,检查发现未处理或未按照相关法律法规和山庄规定处理的,每发现一件扣服务质量标准分值50分",
      en: "An illegal construction or unauthorised change of use found unhandled (or handled against the rules) on inspection: -50 each",
    },
    points: -50,
    scope: "personOrTeam",
    countsOnlyWhenConfirmed: false,
  }),
  rule("B2.8", {
    clause: "B2.8",
    subject: "covenant",
    description: {
      "zh-Hant":
        "違反管理規約的行為、業主之間的糾紛或欠交物業費的提醒,檢查發現未處理或未按規定處理的,每發現一件扣服務質量標準分值50分",
      "zh-Hans":
        "违反管理规约的行为、业主之间的纠纷或欠交物业费的提醒,检查发现未处理或未按规定处理的,每发现一件扣服务质量标准分值50分",
      en: "A covenant violation, a dispute between owners or an arrears reminder found unhandled on inspection: -50 each",
    },
    points: -50,
    scope: "personOrTeam",
    countsOnlyWhenConfirmed: false,
  }),
  rule("B2.9", {
    clause: "B2.9",
    subject: "renovation",
    description: {
      "zh-Hant": "裝修中的問題,檢查發現物業公司未處理的,每發現一件扣服務質量標準分值50分",
      "zh-Hans": "装修中的问题,检查发现物业公司未处理的,每发现一件扣服务质量标准分值50分",
      en: "A renovation issue found unhandled by the management on inspection: -50 each",
    },
    points: -50,
    scope: "personOrTeam",
    countsOnlyWhenConfirmed: false,
  }),
  rule("B2.10", {
    clause: "B2.10",
    subject: "fees",
    description: {
      "zh-Hant":
        "以欠繳費業主率25%為基準,每超過一個百分點扣服務質量標準分值1000分,每降低一個百分點獎勵服務質量標準分值1000分",
      "zh-Hans":
        "以欠缴费业主率25%为基准,每超过一个百分点扣服务质量标准分值1000分,每降低一个百分点奖励服务质量标准分值1000分",
      en: "Arrears rate against the 25% baseline: -1000 for each whole percentage point above, +1000 for each whole point below",
    },
    points: -1000,
    basis: "perWholePercentagePoint",
    scope: "team",
    countsOnlyWhenConfirmed: false,
    baselinePercent: 25,
  }),
  rule("B2.11", {
    clause: "B2.11",
    subject: "houseQuality",
    description: {
      "zh-Hant":
        "每成功協助業主進行一次房屋質量維權獎勵服務質量標準分值100分,以所作記錄並經監督委員會確認的次數為準",
      "zh-Hans":
        "每成功协助业主进行一次房屋质量维权奖励服务质量标准分值100分,以所作记录并经监督委员会确认的次数为准",
      en: "A successful house-quality rights case, recorded and confirmed by the supervisory committee: +100 each",
    },
    points: 100,
    scope: "personOrTeam",
    countsOnlyWhenConfirmed: true,
  }),
  rule("B2.13", {
    clause: "B2.13",
    subject: "emergency",
    description: {
      "zh-Hant":
        "未能為需要緊急搶救的業主協助醫療急救、為救護車帶路,業主向監督會投訴,經查實屬實的投訴每次扣服務質量標準分值20分",
      "zh-Hans":
        "未能为需要紧急抢救的业主协助医疗急救、为救护车带路,业主向监督会投诉,经查实属实的投诉每次扣服务质量标准分值20分",
      en: "A verified complaint that emergency assistance (guiding the ambulance) was not given: -20 each",
    },
    points: -20,
    scope: "person",
    countsOnlyWhenConfirmed: true,
  }),
];

/** The catalogue versions of the standard, oldest first. */
export const catalogueVersions: readonly CatalogueVersion[] = [
  { version: "seed-1", effectiveFrom: "2000-01", effectiveUntil: null, rules: seedRules },
];

/** Thrown when no version, or more than one, is in force for a month. */
export class CatalogueError extends Error {
  override name = "CatalogueError";
}

function inForce(version: CatalogueVersion, month: MonthKey): boolean {
  return (
    version.effectiveFrom <= month &&
    (version.effectiveUntil === null || month <= version.effectiveUntil)
  );
}

/**
 * The catalogue version in force in a calendar month. Month keys compare as text because they
 * are fixed-width `YYYY-MM`. Throws a CatalogueError when no version covers the month or when
 * versions overlap on it (a month must never be scored two ways).
 */
export function catalogueForMonth(
  versions: readonly CatalogueVersion[],
  month: MonthKey,
): CatalogueVersion {
  const matching = versions.filter((version) => inForce(version, month));
  const [only, second] = matching;
  if (only === undefined) throw new CatalogueError(`no catalogue version is in force in ${month}`);
  if (second !== undefined) {
    throw new CatalogueError(
      `catalogue versions ${matching.map((version) => version.version).join(", ")} overlap in ${month}`,
    );
  }
  return only;
}

/** The rule of a code in a catalogue version, or undefined when that version lacks it. */
export function ruleIn(version: CatalogueVersion, code: RuleCode): Rule | undefined {
  return version.rules.find((candidate) => candidate.code === code);
}

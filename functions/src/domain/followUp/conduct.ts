/**
 * Professional distance (article A, "物業客服和業主之間的1.5英尺"; SPEC §11): the code of
 * conduct as data in three languages (zh-Hant is the seed's wording), the yearly
 * acknowledgement each staff member owes, and the register of offers from owners (meals,
 * gifts, extra pay, private jobs) with the refusal and its witness. Visit coverage, the
 * "not too far" figure shown beside it, is `visitCoverage` in `visitPlanning.ts`.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import { docId, instant, requiredText } from "../schema/common.js";
import { dayRange, DEFAULT_TIME_ZONE } from "../time.js";

/** The languages of the staff app. */
export type ConductLanguage = "zh-Hant" | "zh-Hans" | "en";

/** A text in the three languages. */
export type ConductText = Readonly<Record<ConductLanguage, string>>;

/** One rule of the code, numbered as in article A. */
export interface ConductRule {
  number: 1 | 2 | 3 | 4 | 5 | 6;
  key:
    | "noMeals"
    | "noExcessiveJokes"
    | "noPrivateTopics"
    | "noTakingSidesInFamilyDisputes"
    | "noIntroducingPrivateFriends"
    | "noPrivateJobsOrExtraPay";
  text: ConductText;
}

/** The code of conduct: its version, from when it applies, the motto and the six rules. */
export interface CodeOfConduct {
  /** Raised whenever the text changes: an acknowledgement of an older version no longer counts. */
  version: number;
  /** The local day (`YYYY-MM-DD`) from which this version applies. */
  effectiveFrom: string;
  title: ConductText;
  motto: ConductText;
  rules: readonly ConductRule[];
}

/** Article A's code of conduct ("保持距離,真誠服務。" and rules 1–6). */
export const CODE_OF_CONDUCT: CodeOfConduct = {
  version: 1,
  effectiveFrom: "2026-01-01",
  title: {
    "zh-Hant": "物業客服和業主之間的1.5英尺",
    "zh-Hans": "物业客服和业主之间的1.5英尺",
    en: "The 1.5 feet between customer service and owners",
  },
  motto: {
    "zh-Hant": "保持距離,真誠服務。",
    "zh-Hans": "保持距离,真诚服务。",
    en: "Keep your distance; serve sincerely.",
  },
  rules: [
    {
      number: 1,
      key: "noMeals",
      text: {
        "zh-Hant": "不要接受業主的吃請;",
        "zh-Hans": "不要接受业主的吃请;",
        en: "Do not accept meals or treats from owners.",
      },
    },
    {
      number: 2,
      key: "noExcessiveJokes",
      text: {
        "zh-Hant": "不要和業主開過分的玩笑;",
        "zh-Hans": "不要和业主开过分的玩笑;",
        en: "Do not make excessive jokes with owners.",
      },
    },
    {
      number: 3,
      key: "noPrivateTopics",
      text: {
        "zh-Hant": "不要跟業主討論私密問題,比如談戀愛的對象以及其他私生活內容;",
        "zh-Hans": "不要跟业主讨论私密问题,比如谈恋爱的对象以及其他私生活内容;",
        en: "Do not discuss private matters with owners, such as whom you are dating or other parts of your private life.",
      },
    },
    {
      number: 4,
      key: "noTakingSidesInFamilyDisputes",
      text: {
        "zh-Hant": "不要介入業主家庭糾紛,在業主家庭矛盾上不站隊,最好不參與;",
        "zh-Hans": "不要介入业主家庭纠纷,在业主家庭矛盾上不站队,最好不参与;",
        en: "Do not get involved in owners' family disputes: take no side in a family conflict, and preferably stay out of it.",
      },
    },
    {
      number: 5,
      key: "noIntroducingPrivateFriends",
      text: {
        "zh-Hant": "不要把自己私密的朋友引薦給業主;",
        "zh-Hans": "不要把自己私密的朋友引荐给业主;",
        en: "Do not introduce your private friends to owners.",
      },
    },
    {
      number: 6,
      key: "noPrivateJobsOrExtraPay",
      text: {
        "zh-Hant": "不要為業主干私活,除了物業費和物業公司正常收費外,不能接受業主其他的額外報酬。",
        "zh-Hans": "不要为业主干私活,除了物业费和物业公司正常收费外,不能接受业主其他的额外报酬。",
        en: "Do not do private jobs for owners: apart from the property fee and the company's regular charges, accept no other extra pay from owners.",
      },
    },
  ],
};

/** A staff member's latest acknowledgement of the code. */
export interface ConductAcknowledgement {
  version: number;
  acknowledgedAt: Date;
}

/** Why an acknowledgement is owed. */
export type AcknowledgementReason = "never" | "newVersion" | "yearly";

/** When the next acknowledgement is owed, and whether it is owed at `now`. */
export interface AcknowledgementDue {
  dueAt: Date;
  due: boolean;
  reason: AcknowledgementReason;
}

/**
 * The yearly acknowledgement (article A, shown to staff and acknowledged once a year):
 * never acknowledged → owed from the day the staff member joined (or the version's start, if
 * later); acknowledged an older version → owed from the current version's first day;
 * otherwise owed 12 calendar months after the last acknowledgement (wall clock, estate's zone).
 */
export function acknowledgementDue(
  joinedAt: Date,
  latest: ConductAcknowledgement | null,
  now: Date,
  zone: string = DEFAULT_TIME_ZONE,
  code: Pick<CodeOfConduct, "version" | "effectiveFrom"> = CODE_OF_CONDUCT,
): AcknowledgementDue {
  const effective = dayRange(code.effectiveFrom, zone).start;
  let dueAt: Date;
  let reason: AcknowledgementReason;
  if (latest === null) {
    dueAt = joinedAt > effective ? joinedAt : effective;
    reason = "never";
  } else if (latest.version < code.version) {
    dueAt = effective;
    reason = "newVersion";
  } else {
    dueAt = DateTime.fromJSDate(latest.acknowledgedAt, { zone }).plus({ years: 1 }).toJSDate();
    reason = "yearly";
  }
  return { dueAt, due: dueAt.getTime() <= now.getTime(), reason };
}

/** What an owner offered (article A rules 1 and 6). */
export const offerKinds = ["meal", "gift", "extraPay", "privateJob"] as const;
export const offerKindSchema = z.enum(offerKinds);
export type OfferKind = z.infer<typeof offerKindSchema>;

/** The rule of the code each kind of offer falls under: meals rule 1, the rest rule 6. */
export const CONDUCT_RULE_OF_OFFER: Readonly<Record<OfferKind, ConductRule["number"]>> = {
  meal: 1,
  gift: 6,
  extraPay: 6,
  privateJob: 6,
};

/** One entry of the offers register: the offer, its refusal, and who witnessed it. */
export const offerRegisterEntrySchema = z
  .object({
    id: docId,
    estateId: docId,
    /** The staff member the offer was made to (who declares it). */
    staffId: docId,
    householdId: docId.nullable(),
    /** Who offered (as the owner is known, e.g. "3-2-501 張先生"). */
    offeredBy: requiredText(80),
    kind: offerKindSchema,
    /** What was offered. */
    offer: requiredText(1000),
    offeredAt: instant,
    /** How it was refused (or returned). */
    refusal: requiredText(1000),
    refusedAt: instant,
    /** Who saw the refusal; a colleague's staff id when the witness is staff. */
    witness: z.object({ name: requiredText(60), staffId: docId.nullable() }),
  })
  .refine((entry) => entry.refusedAt.getTime() >= entry.offeredAt.getTime(), {
    error: "the refusal cannot come before the offer",
    path: ["refusedAt"],
  })
  .refine((entry) => entry.witness.staffId !== entry.staffId, {
    error: "the witness is someone other than the staff member who declares the offer",
    path: ["witness", "staffId"],
  });
export type OfferRegisterEntry = z.infer<typeof offerRegisterEntrySchema>;

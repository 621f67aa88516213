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
import { DEFAULT_TIME_ZONE } from "../time.js";

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

/** A stored acknowledgement, as far as the yearly roll needs it. */
export interface ConductAcknowledgement {
  uid: string;
  version: number;
  acknowledgedAt: Date;
}

/** The calendar year (in the estate's zone) an instant falls in: the acknowledgement's year. */
export function conductYearOf(instant: Date, zone: string = DEFAULT_TIME_ZONE): number {
  return DateTime.fromJSDate(instant, { zone }).year;
}

/** The first and the end (exclusive) instants of a calendar year in the estate's zone. */
export function conductYearRange(
  year: number,
  zone: string = DEFAULT_TIME_ZONE,
): { start: Date; end: Date } {
  const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone });
  return { start: start.toJSDate(), end: start.plus({ years: 1 }).toJSDate() };
}

/**
 * The id of a staff member's acknowledgement of a version in a year (`{uid}_{version}_{year}`):
 * one per staff member, version and calendar year, so acknowledging twice in a year (or a
 * retried call) stores one record.
 */
export function conductAcknowledgementId(
  uid: string,
  acknowledgedAt: Date,
  zone: string = DEFAULT_TIME_ZONE,
  code: Pick<CodeOfConduct, "version"> = CODE_OF_CONDUCT,
): string {
  return `${uid}_${String(code.version)}_${String(conductYearOf(acknowledgedAt, zone))}`;
}

/**
 * Article A, acknowledged yearly: whether `uid` has acknowledged the current version of the
 * code in the calendar year of `now` (estate's zone). Last year's acknowledgement, or this
 * year's of an older version, does not count: the prompt shows again from 1 January.
 */
export function hasAcknowledgedThisYear(
  uid: string,
  acknowledgements: readonly ConductAcknowledgement[],
  now: Date,
  zone: string = DEFAULT_TIME_ZONE,
  code: Pick<CodeOfConduct, "version"> = CODE_OF_CONDUCT,
): boolean {
  const year = conductYearOf(now, zone);
  return acknowledgements.some(
    (each) =>
      each.uid === uid &&
      each.version === code.version &&
      conductYearOf(each.acknowledgedAt, zone) === year,
  );
}

/** One staff member on the director's roll: acknowledged this year (when) or not. */
export interface AcknowledgementRollEntry<Member extends { uid: string }> {
  member: Member;
  acknowledgedAt: Date | null;
}

/**
 * The director's roll for the year of `now`: every staff member with their acknowledgement of
 * the current version this year, those who have not acknowledged first, then by uid.
 */
export function acknowledgementRoll<Member extends { uid: string }>(
  members: readonly Member[],
  acknowledgements: readonly ConductAcknowledgement[],
  now: Date,
  zone: string = DEFAULT_TIME_ZONE,
  code: Pick<CodeOfConduct, "version"> = CODE_OF_CONDUCT,
): AcknowledgementRollEntry<Member>[] {
  const year = conductYearOf(now, zone);
  const acknowledged = new Map<string, Date>();
  for (const each of acknowledgements) {
    if (each.version !== code.version || conductYearOf(each.acknowledgedAt, zone) !== year) {
      continue;
    }
    const known = acknowledged.get(each.uid);
    if (known === undefined || each.acknowledgedAt < known) {
      acknowledged.set(each.uid, each.acknowledgedAt);
    }
  }
  return members
    .map((member) => ({ member, acknowledgedAt: acknowledged.get(member.uid) ?? null }))
    .sort(
      (a, b) =>
        Number(a.acknowledgedAt !== null) - Number(b.acknowledgedAt !== null) ||
        a.member.uid.localeCompare(b.member.uid),
    );
}

/** What an owner offered (article A rules 1 and 6), or something else worth declaring. */
export const offerKinds = ["meal", "gift", "extraPay", "privateJob", "other"] as const;
export const offerKindSchema = z.enum(offerKinds);
export type OfferKind = z.infer<typeof offerKindSchema>;

/**
 * The rule of the code each kind of offer falls under: meals rule 1, gifts, extra pay and
 * private jobs rule 6; "other" names no single rule.
 */
export const CONDUCT_RULE_OF_OFFER: Readonly<Record<OfferKind, ConductRule["number"] | null>> = {
  meal: 1,
  gift: 6,
  extraPay: 6,
  privateJob: 6,
  other: null,
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
    /**
     * Whether the offer was refused. Entries stored before this field were all refusals.
     * A declared offer that was not refused (e.g. a gift left at the door) is registered too.
     */
    refused: z.boolean().default(true),
    /** How it was refused (or returned); when not refused, what was done with it. */
    refusal: requiredText(1000),
    /** When it was refused (or handed in). */
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

/**
 * Notice (B.1.3 "inform owners in time of property-management matters"; SPEC §12): what the
 * management office tells owners — an outage, a fire drill, a fee notice, works — to the whole
 * estate, some buildings or some households, in effect from `startsAt` to `endsAt`. Path
 * `estates/{estateId}/notices/{noticeId}`. Written only by the callables `publishNotice` and
 * `withdrawNotice` (customer service, director, admin); read by every staff member of the
 * estate, and by owners through the public notice board and their household page (functions).
 */
import { z } from "zod";
import { docId, instant, requiredText, writeStamp } from "./common.js";

/** What a notice is about. */
export const NOTICE_KINDS = [
  "waterOutage",
  "powerOutage",
  "safety",
  "fireDrill",
  "fee",
  "works",
  "general",
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** A text in Traditional Chinese (always) and optionally Simplified Chinese and English. */
export const noticeTextSchema = (max: number) =>
  z.object({
    "zh-Hant": requiredText(max),
    "zh-Hans": z.string().trim().max(max).nullable(),
    en: z.string().trim().max(max).nullable(),
  });
export type NoticeText = z.infer<ReturnType<typeof noticeTextSchema>>;

export const NOTICE_TITLE_MAX = 100;
export const NOTICE_BODY_MAX = 2000;
/** At most this many buildings or households are named by one notice. */
export const NOTICE_TARGETS_MAX = 500;

/** Whom a notice is for: the whole estate, some buildings, or some households. */
export const noticeTargetSchema = z.discriminatedUnion("scope", [
  z.object({ scope: z.literal("estate") }),
  z.object({
    scope: z.literal("buildings"),
    buildings: z.array(z.string().trim().min(1).max(20)).min(1).max(NOTICE_TARGETS_MAX),
  }),
  z.object({
    scope: z.literal("households"),
    householdIds: z.array(docId).min(1).max(NOTICE_TARGETS_MAX),
  }),
]);
export type NoticeTarget = z.infer<typeof noticeTargetSchema>;

export const noticeSchema = z
  .object({
    id: docId,
    estateId: docId,
    kind: z.enum(NOTICE_KINDS),
    title: noticeTextSchema(NOTICE_TITLE_MAX),
    body: noticeTextSchema(NOTICE_BODY_MAX),
    target: noticeTargetSchema,
    /** When the matter begins and ends (the outage, the drill, the fee period). */
    startsAt: instant,
    endsAt: instant,
    /** Whether each targeted household is asked to confirm receipt (critical kinds). */
    critical: z.boolean(),
    withdrawnAt: instant.nullable(),
    withdrawnBy: docId.nullable(),
    ...writeStamp,
  })
  .refine((notice) => notice.endsAt.getTime() > notice.startsAt.getTime(), {
    path: ["endsAt"],
    error: "must be after startsAt",
  });
export type Notice = z.infer<typeof noticeSchema>;

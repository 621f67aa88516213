/**
 * Call flag (未記錄來電, B2.5a): a connected carrier call with no phone reception record.
 * Path `estates/{estateId}/callFlags/{carrierCallId}`. Written only by functions: raised and
 * refreshed by the reconciliation (import and reception trigger), set `matched` when a record
 * written later matches the call, `cleared` by the callable `clearCallFlag` (director or
 * admin, with a reason). Every change is appended to `history`; nothing is deleted. Read by
 * customer service, the director and the admin of the estate.
 */
import { z } from "zod";
import { docId, instant, requiredText, writeStamp } from "./common.js";
import { dutyLineSchema } from "./carrierCall.js";

/** open: counts (a B2.5a finding); matched: a record was written later; cleared: by a supervisor. */
export const callFlagStatuses = ["open", "matched", "cleared"] as const;
export type CallFlagStatus = (typeof callFlagStatuses)[number];

/** The team charged when nobody was rostered at the call's start. */
export const UNROSTERED_TEAM = "customerService";

/** Why a record near the call did not match it (see `NearRecordReason`). */
export const nearRecordSchema = z.object({
  receptionId: docId,
  at: instant,
  number: z.string().max(40),
  reason: z.enum(["number-differs", "outside-window", "matched-elsewhere"]),
  /** outside-window: how many minutes beyond the call's window. */
  minutes: z.number().int().min(0).nullable(),
  /** matched-elsewhere: the call the record matched instead. */
  otherCallId: docId.nullable(),
});
export type StoredNearRecord = z.infer<typeof nearRecordSchema>;

export const callFlagEventSchema = z.object({
  status: z.enum(callFlagStatuses),
  at: instant,
  /** A user id, or "system" for the reconciliation. */
  by: docId,
  reason: z.string().max(500).nullable(),
  receptionId: docId.nullable(),
});
export type CallFlagEvent = z.infer<typeof callFlagEventSchema>;

export const callFlagSchema = z
  .object({
    id: docId,
    estateId: docId,
    callId: docId,
    line: dutyLineSchema,
    /** The call: start, duration, normalised number, direction. */
    start: instant,
    seconds: z.number().int().min(0),
    number: z.string().max(40),
    direction: z.enum(["in", "out"]),
    /** Staff rostered at the call's start; empty when nobody was. */
    onDuty: z.array(docId),
    /** The customer-service team, charged when nobody was rostered; null otherwise. */
    chargedTeam: z.literal(UNROSTERED_TEAM).nullable(),
    /** The B2.5a findings the flag raised (one per person on duty, or the team's). */
    findingIds: z.array(docId).min(1),
    nearest: z.array(nearRecordSchema),
    status: z.enum(callFlagStatuses),
    matchedReceptionId: docId.nullable(),
    clearing: z.object({ by: docId, at: instant, reason: requiredText(500) }).nullable(),
    history: z.array(callFlagEventSchema).min(1),
    ...writeStamp,
  })
  .superRefine((flag, context) => {
    if ((flag.onDuty.length === 0) !== (flag.chargedTeam !== null)) {
      context.addIssue({
        code: "custom",
        path: ["chargedTeam"],
        message: "the team is charged exactly when nobody was on duty",
      });
    }
    if ((flag.status === "matched") !== (flag.matchedReceptionId !== null)) {
      context.addIssue({
        code: "custom",
        path: ["matchedReceptionId"],
        message: "a matched flag names its reception record, and only a matched one",
      });
    }
    if ((flag.status === "cleared") !== (flag.clearing !== null)) {
      context.addIssue({
        code: "custom",
        path: ["clearing"],
        message: "a cleared flag says who cleared it, when and why, and only a cleared one",
      });
    }
  });
export type CallFlag = z.infer<typeof callFlagSchema>;

/**
 * B2.5a flags: what one reconciliation outcome does to the stored flag of a call. Raised
 * when a connected call has no record; set `matched` when a record written later matches it
 * (the findings are then cleared by the system); reopened if that record stops matching
 * (edited); a supervisor's clearing stands. Every change is appended to the history.
 * Pure: the service reads the stored flag, calls {@link nextFlag}, and writes what it returns.
 */
import type { Finding } from "./assessment/finding.js";
import type { CallOutcome, NearRecord } from "./reconciliation.js";
import {
  UNROSTERED_TEAM,
  type CallFlag,
  type CallFlagEvent,
  type StoredNearRecord,
} from "./schema/callFlag.js";
import type { StoredCarrierCall } from "./schema/carrierCall.js";

/** Who the reconciliation acts as in histories and clearings. */
export const SYSTEM_ACTOR = "system";

/** The reason the system gives when a record written later matches the call. */
export function matchedReason(receptionId: string): string {
  return `matched by reception ${receptionId}`;
}

/** The reason the system gives when the record that matched no longer does (it was edited). */
export const REOPENED_REASON = "the matching reception no longer matches the call";

/** A call of the store together with the outcome the domain gave it. */
export type StoredOutcome = CallOutcome<StoredCarrierCall>;

/** What to write for one call: the flag (created or changed) and what happens to its findings. */
export interface FlagChange {
  flag: CallFlag;
  /** created: record the findings; matched: clear them; reopened: reopen the system-cleared ones. */
  findings: "create" | "clear" | "reopen" | "keep";
}

/** The stored form of a near record. */
export function storedNearRecord(near: NearRecord): StoredNearRecord {
  return {
    receptionId: near.recordId,
    at: near.at,
    number: near.number,
    reason: near.reason.kind,
    minutes: near.reason.kind === "outside-window" ? near.reason.minutes : null,
    otherCallId:
      near.reason.kind === "matched-elsewhere" && near.reason.callId !== ""
        ? near.reason.callId
        : null,
  };
}

/**
 * The ids of the B2.5a findings of an unlogged call: `B2.5a_<callId>` for the one person on
 * duty or for the team when nobody was; one per person (`B2.5a_<callId>_<staffId>`) when
 * several were on duty together.
 */
export function unloggedFindingIds(callId: string, onDuty: readonly string[]): string[] {
  if (onDuty.length <= 1) return [`B2.5a_${callId}`];
  return onDuty.map((staffId) => `B2.5a_${callId}_${staffId}`);
}

/**
 * The B2.5a findings of a flag: -20 for each person on duty at the call's start, or for the
 * customer-service team when nobody was rostered.
 */
export function unloggedCallFindings(
  flag: CallFlag,
  flagPath: string,
  recordedBy: string,
): Finding[] {
  const charged: (string | null)[] = flag.onDuty.length === 0 ? [null] : flag.onDuty;
  return charged.map((staffId, index) => ({
    id: flag.findingIds[index] ?? flag.findingIds[0] ?? `B2.5a_${flag.callId}`,
    rule: "B2.5a",
    staffId,
    teamId: staffId === null ? UNROSTERED_TEAM : null,
    at: flag.start,
    status: "open",
    source: "automatic",
    recordedBy,
    evidence: [{ kind: "record", path: flagPath }],
    referForDismissal: false,
    confirmation: null,
    clearing: null,
  }));
}

function sameNearest(a: readonly StoredNearRecord[], b: readonly StoredNearRecord[]): boolean {
  return (
    a.length === b.length &&
    a.every((near, index) => {
      const other = b[index];
      return (
        near.receptionId === other?.receptionId &&
        near.at.getTime() === other.at.getTime() &&
        near.number === other.number &&
        near.reason === other.reason &&
        near.minutes === other.minutes &&
        near.otherCallId === other.otherCallId
      );
    })
  );
}

function withEvent(flag: CallFlag, event: CallFlagEvent, now: Date): CallFlag {
  return {
    ...flag,
    history: [...flag.history, event],
    updatedAt: now,
    updatedBy: SYSTEM_ACTOR,
  };
}

/**
 * What the outcome of a call does to its stored flag (`existing`, null when none), or null
 * when nothing is to be written. Running it again on its own result gives null: the
 * reconciliation is idempotent.
 */
export function nextFlag(
  existing: CallFlag | null,
  outcome: StoredOutcome,
  now: Date,
): FlagChange | null {
  if (outcome.status === "missed") return null;
  const call = outcome.call;
  if (outcome.status === "matched") {
    if (existing === null || existing.status === "cleared") return null;
    if (existing.matchedReceptionId === outcome.recordId) return null;
    const reason = matchedReason(outcome.recordId);
    const flag = withEvent(
      { ...existing, status: "matched", matchedReceptionId: outcome.recordId },
      { status: "matched", at: now, by: SYSTEM_ACTOR, reason, receptionId: outcome.recordId },
      now,
    );
    return { flag, findings: existing.status === "open" ? "clear" : "keep" };
  }
  const nearest = outcome.nearest.map(storedNearRecord);
  if (existing === null) {
    const onDuty = [...outcome.onDuty];
    const flag: CallFlag = {
      id: call.id,
      estateId: call.estateId,
      callId: call.id,
      line: call.line,
      start: call.start,
      seconds: call.seconds,
      number: call.number,
      // Connected calls are never of type missed.
      direction: call.type === "out" ? "out" : "in",
      onDuty,
      chargedTeam: onDuty.length === 0 ? UNROSTERED_TEAM : null,
      findingIds: unloggedFindingIds(call.id, onDuty),
      nearest,
      status: "open",
      matchedReceptionId: null,
      clearing: null,
      history: [{ status: "open", at: now, by: SYSTEM_ACTOR, reason: null, receptionId: null }],
      createdAt: now,
      createdBy: SYSTEM_ACTOR,
      updatedAt: now,
      updatedBy: SYSTEM_ACTOR,
    };
    return { flag, findings: "create" };
  }
  if (existing.status === "cleared") return null;
  if (existing.status === "matched") {
    const flag = withEvent(
      { ...existing, status: "open", matchedReceptionId: null, nearest },
      { status: "open", at: now, by: SYSTEM_ACTOR, reason: REOPENED_REASON, receptionId: null },
      now,
    );
    return { flag, findings: "reopen" };
  }
  if (sameNearest(existing.nearest, nearest)) return null;
  return {
    flag: { ...existing, nearest, updatedAt: now, updatedBy: SYSTEM_ACTOR },
    findings: "keep",
  };
}

/** A supervisor clears a flag: only with a reason; the clearing joins the history. */
export function clearedFlag(flag: CallFlag, by: string, reason: string, now: Date): CallFlag {
  const trimmed = reason.trim();
  if (trimmed === "") throw new Error("a flag is cleared only with a reason");
  return {
    ...flag,
    status: "cleared",
    matchedReceptionId: null,
    clearing: { by, at: now, reason: trimmed },
    history: [
      ...flag.history,
      { status: "cleared", at: now, by, reason: trimmed, receptionId: null },
    ],
    updatedAt: now,
    updatedBy: by,
  };
}

/**
 * A finding the system cleared (its record matched) reopened because the record no longer
 * matches: open again, or confirmed if it had been confirmed. A finding a person cleared is
 * left as it is.
 */
export function reopenedFinding<F extends Finding>(finding: F): F {
  if (finding.status !== "cleared" || finding.clearing?.by !== SYSTEM_ACTOR) return finding;
  return {
    ...finding,
    status: finding.confirmation === null ? "open" : "confirmed",
    clearing: null,
  };
}

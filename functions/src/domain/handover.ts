/**
 * B2.1 "嚴格排班和值班登記及交接制度;所有值班和交接班必須記錄、存檔" — a handover that is
 * abnormal, unrecorded or incomplete costs 10 points each. This module says what a complete
 * handover is, and which rostered shifts owe a B2.1 finding and by whom.
 */
import type { DutySettings } from "./schema/dutySettings.js";
import type { Handover } from "./schema/handover.js";
import type { RosterShiftRecord } from "./schema/rosterShift.js";

/** A required part of a handover. */
export type HandoverPart = "incomingStaff" | "openItems" | "anomalies";

/**
 * The required parts a handover leaves empty, in a fixed order: who takes over (someone
 * other than the writer); the open items carried over (each with its text, and the linked
 * record for a reception, ticket or promise; or the explicit statement that there are none);
 * the anomalies of the shift (written even when there were none: "無").
 */
export function missingHandoverParts(
  handover: Pick<
    Handover,
    "outgoingStaffId" | "incomingStaffId" | "openItems" | "noOpenItems" | "anomalies"
  >,
): HandoverPart[] {
  const missing: HandoverPart[] = [];
  if (handover.incomingStaffId === null || handover.incomingStaffId === handover.outgoingStaffId) {
    missing.push("incomingStaff");
  }
  const itemsWritten =
    handover.openItems.length > 0
      ? handover.openItems.every(
          (item) => item.text.trim() !== "" && (item.kind === "other" || item.refId !== null),
        )
      : handover.noOpenItems;
  if (!itemsWritten) missing.push("openItems");
  if (handover.anomalies.trim() === "") missing.push("anomalies");
  return missing;
}

/** True when no required part of the handover is empty. */
export function isHandoverComplete(handover: Parameters<typeof missingHandoverParts>[0]): boolean {
  return missingHandoverParts(handover).length === 0;
}

/** What is wrong with a shift's handover, once its time is up. */
export type HandoverDefect =
  /** no handover written by the deadline: the outgoing staff member's */
  | { kind: "missing" }
  /** written, with required parts empty: the writer's */
  | { kind: "incomplete"; parts: HandoverPart[] }
  /** complete, but not confirmed by the deadline: the incoming staff member's */
  | { kind: "unconfirmed" };

/** A B2.1 finding a shift owes. */
export interface HandoverFindingDue {
  shiftId: string;
  /** The responsible person. */
  staffId: string;
  defect: HandoverDefect;
  /** The assessed event: the end of the shift (its month is scored). */
  at: Date;
}

/** When a shift's handover must be written, complete and confirmed. */
export function handoverDeadline(
  shift: Pick<RosterShiftRecord, "end">,
  settings: Pick<DutySettings, "handoverWithinMinutes">,
): Date {
  return new Date(shift.end.getTime() + settings.handoverWithinMinutes * 60_000);
}

/**
 * The B2.1 findings the shifts owe at `now`: each shift whose deadline has passed is judged
 * once, on the first defect found in this order: missing (the outgoing staff member),
 * incomplete (the writer), not confirmed by the deadline (the incoming staff member).
 * A shift whose deadline is still ahead owes nothing yet.
 *
 * @param handovers the handovers by shift id (a handover's id is its shift's)
 */
export function dueHandoverFindings(
  shifts: readonly Pick<RosterShiftRecord, "id" | "staffId" | "end">[],
  handovers: ReadonlyMap<
    string,
    Pick<
      Handover,
      | "outgoingStaffId"
      | "incomingStaffId"
      | "openItems"
      | "noOpenItems"
      | "anomalies"
      | "confirmedAt"
    >
  >,
  settings: Pick<DutySettings, "handoverWithinMinutes">,
  now: Date,
): HandoverFindingDue[] {
  const due: HandoverFindingDue[] = [];
  for (const shift of shifts) {
    const deadline = handoverDeadline(shift, settings);
    if (deadline.getTime() > now.getTime()) continue;
    const handover = handovers.get(shift.id);
    const base = { shiftId: shift.id, at: shift.end };
    if (handover === undefined) {
      due.push({ ...base, staffId: shift.staffId, defect: { kind: "missing" } });
      continue;
    }
    const parts = missingHandoverParts(handover);
    if (parts.length > 0) {
      due.push({
        ...base,
        staffId: handover.outgoingStaffId,
        defect: { kind: "incomplete", parts },
      });
      continue;
    }
    if (handover.confirmedAt === null || handover.confirmedAt.getTime() > deadline.getTime()) {
      due.push({
        ...base,
        // A complete handover names its incoming staff member.
        staffId: handover.incomingStaffId ?? handover.outgoingStaffId,
        defect: { kind: "unconfirmed" },
      });
    }
  }
  return due;
}

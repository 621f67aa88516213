/**
 * The duty roster (SPEC §3): who is on duty at an instant. B2.5a charges an unlogged call
 * to the staff on duty at the call's start.
 */

/** One rostered shift of one staff member, the half-open range of instants [start, end). */
export interface RosterShift {
  staffId: string;
  start: Date;
  end: Date;
}

/** Answers "who is on duty at this instant?" quickly, built once from the shifts. */
export interface RosterIndex {
  /** The staff ids on duty at `instant`, sorted, each once. */
  onDutyAt: (instant: Date) => readonly string[];
}

const NOBODY: readonly string[] = Object.freeze([]);

/**
 * Builds the index: the timeline is cut at every shift boundary, and each piece keeps the
 * sorted staff on duty in it, so a lookup is one binary search. Empty or inverted shifts
 * cover no instant.
 */
export function createRosterIndex(shifts: readonly RosterShift[]): RosterIndex {
  const valid = shifts.filter((shift) => shift.end.getTime() > shift.start.getTime());
  const boundaries = [
    ...new Set(valid.flatMap((shift) => [shift.start.getTime(), shift.end.getTime()])),
  ].sort((a, b) => a - b);
  // pieces[i] is the staff on duty in [boundaries[i], boundaries[i + 1]).
  const deltas = boundaries.map(() => new Map<string, number>());
  const indexOf = new Map(boundaries.map((time, index) => [time, index]));
  for (const shift of valid) {
    const startDelta = deltas[indexOf.get(shift.start.getTime()) ?? 0];
    const endDelta = deltas[indexOf.get(shift.end.getTime()) ?? 0];
    startDelta?.set(shift.staffId, (startDelta.get(shift.staffId) ?? 0) + 1);
    endDelta?.set(shift.staffId, (endDelta.get(shift.staffId) ?? 0) - 1);
  }
  const counts = new Map<string, number>();
  const pieces = deltas.map((delta) => {
    for (const [staffId, change] of delta) {
      const count = (counts.get(staffId) ?? 0) + change;
      if (count === 0) counts.delete(staffId);
      else counts.set(staffId, count);
    }
    return counts.size === 0 ? NOBODY : Object.freeze([...counts.keys()].sort());
  });

  return {
    onDutyAt(instant) {
      const time = instant.getTime();
      let low = 0;
      let high = boundaries.length - 1;
      let found = -1;
      while (low <= high) {
        const middle = (low + high) >> 1;
        if ((boundaries[middle] ?? Infinity) <= time) {
          found = middle;
          low = middle + 1;
        } else {
          high = middle - 1;
        }
      }
      return found < 0 ? NOBODY : (pieces[found] ?? NOBODY);
    },
  };
}

/** The staff ids on duty at `instant` (a one-off lookup; build an index for many). */
export function onDutyAt(shifts: readonly RosterShift[], instant: Date): readonly string[] {
  return createRosterIndex(shifts).onDutyAt(instant);
}

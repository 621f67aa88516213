/**
 * What the meeting screens compute from the stored meetings (C9): upcoming and past meetings,
 * and the reasons a refused call names (shown translated, never as the raw message).
 */
import type { StoredMeeting } from "@domain/schema/meeting.js";

/** The reasons the meeting callables give when they refuse (closeItem's and the recorders'). */
export const meetingRefusals = [
  "alreadyClosed",
  "noAction",
  "actionNotDone",
  "ownerNotAnswered",
  "itemClosed",
  "actionAlreadyDone",
  "actionFixedOnceDone",
  "alreadyAnswered",
] as const;
export type MeetingRefusal = (typeof meetingRefusals)[number];

/** Upcoming meetings (not held, from `now` on) earliest first; the others newest first. */
export function splitMeetings<M extends Pick<StoredMeeting, "scheduledFor" | "heldAt">>(
  meetings: readonly M[],
  now: Date,
): { upcoming: M[]; past: M[] } {
  const upcoming: M[] = [];
  const past: M[] = [];
  for (const meeting of meetings) {
    if (meeting.heldAt === null && meeting.scheduledFor.getTime() >= now.getTime()) {
      upcoming.push(meeting);
    } else {
      past.push(meeting);
    }
  }
  upcoming.sort((a, b) => a.scheduledFor.getTime() - b.scheduledFor.getTime());
  past.sort((a, b) => b.scheduledFor.getTime() - a.scheduledFor.getTime());
  return { upcoming, past };
}

function isRefusal(value: unknown): value is MeetingRefusal {
  return typeof value === "string" && (meetingRefusals as readonly string[]).includes(value);
}

/**
 * The refusal reasons of a failed callable (`details.reasons` from closeMeetingItem,
 * `details.reason` from recordMeetingItem); empty when the error is of another kind.
 */
export function refusalReasons(error: unknown): MeetingRefusal[] {
  if (typeof error !== "object" || error === null || !("details" in error)) return [];
  const details: unknown = error.details;
  if (typeof details !== "object" || details === null) return [];
  if ("reasons" in details && Array.isArray(details.reasons)) {
    return (details.reasons as unknown[]).filter(isRefusal);
  }
  if ("reason" in details && isRefusal(details.reason)) return [details.reason];
  return [];
}

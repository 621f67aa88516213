import type { StoredMeeting } from "@domain/schema/meeting.js";
import { useLive } from "../households/useLiveRecords.js";
import { useFollowUpLive } from "./useFollowUpLive.js";

/**
 * One regular meeting (C9), live, with the estate's staff names (for owners of actions, chairs
 * and who recorded what): the meeting page and its printable minutes read the same.
 */
export function useMeetingLive(estateId: string, meetingId: string) {
  const live = useFollowUpLive<StoredMeeting | null>(
    `meeting:${estateId}:${meetingId}`,
    (followUp, onData, onError) => followUp.watchMeeting(estateId, meetingId, onData, onError),
  );
  const staffNames = useLive<ReadonlyMap<string, string>>(
    `staff:${estateId}`,
    (firestore, onData, onError) => firestore.watchStaffNames(estateId, onData, onError),
  );
  const staff = staffNames.status === "ready" ? staffNames.value : new Map<string, string>();
  const meeting = live.status === "ready" ? live.value : null;
  return { live, meeting, staff };
}

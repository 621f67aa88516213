/**
 * Firestore and Functions access of the follow-up screens (C4, C6–C9; SPEC §10): the closure
 * dashboard's open matters (a bounded page of the index, live; counts by aggregation), the
 * desk's promises due soon, the notifications bell, visits to make, the promise-keeping
 * figures; promises, answers and visits are written by callables. Pulls in the full SDK:
 * load it with `import("./followUp.js")`.
 */
import {
  collection,
  doc,
  getCountFromServer,
  getDocs,
  limit,
  orderBy,
  query,
  serverTimestamp,
  updateDoc,
  where,
  type QueryConstraint,
} from "firebase/firestore";
import { openMatterRecordSchema, type OpenMatterRecord } from "@domain/followUp/openMatterIndex.js";
import { paths } from "@domain/paths.js";
import { storedMeetingSchema, type StoredMeeting } from "@domain/schema/meeting.js";
import { notificationSchema, type Notification } from "@domain/schema/notification.js";
import { storedPromiseSchema, type StoredPromise } from "@domain/schema/promise.js";
import { storedReturnVisitSchema, type StoredReturnVisit } from "@domain/schema/returnVisit.js";
import type { Department } from "@domain/schema/role.js";
import { firestore, readRecords, watchDocument, watchQuery, type Records } from "./firestore.js";
import { callFunction } from "./functions.js";

type Unsubscribe = () => void;

/** The closure dashboard's filter (by department or by person; both is refused by the index). */
export interface OpenMatterQuery {
  department?: Department;
  ownerId?: string;
}

function openMattersFilter(filter: OpenMatterQuery): QueryConstraint[] {
  if (filter.ownerId !== undefined) return [where("ownerId", "==", filter.ownerId)];
  if (filter.department !== undefined) return [where("department", "==", filter.department)];
  return [];
}

/**
 * A page of the estate's open matters, earliest due first (overdue ones therefore first),
 * live. Reads at most `pageSize` documents however many matters are open.
 */
export function watchOpenMatters(
  estateId: string,
  filter: OpenMatterQuery,
  pageSize: number,
  onData: (matters: Records<OpenMatterRecord>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const source = query(
    collection(firestore(), paths.openMatters(estateId)),
    ...openMattersFilter(filter),
    orderBy("sortAt", "asc"),
    limit(pageSize),
  );
  return watchQuery(source, openMatterRecordSchema, onData, onError);
}

/** How many matters are open, and how many are due by `now` (aggregations: no documents read). */
export async function countOpenMatters(
  estateId: string,
  filter: OpenMatterQuery,
  now: Date,
): Promise<{ open: number; overdue: number }> {
  const base = collection(firestore(), paths.openMatters(estateId));
  const constraints = openMattersFilter(filter);
  const [open, overdue] = await Promise.all([
    getCountFromServer(query(base, ...constraints)),
    getCountFromServer(query(base, ...constraints, where("sortAt", "<=", now))),
  ]);
  return { open: open.data().count, overdue: overdue.data().count };
}

/** The desk's panel: open promises due by `dueBy` (overdue ones included), earliest first. */
export function watchPromisesDueBy(
  estateId: string,
  dueBy: Date,
  max: number,
  onData: (matters: Records<OpenMatterRecord>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const source = query(
    collection(firestore(), paths.openMatters(estateId)),
    where("kind", "==", "promise"),
    where("sortAt", "<=", dueBy),
    orderBy("sortAt", "asc"),
    limit(max),
  );
  return watchQuery(source, openMatterRecordSchema, onData, onError);
}

/** The signed-in staff member's latest notifications, newest first, live. */
export function watchMyNotifications(
  estateId: string,
  uid: string,
  max: number,
  onData: (notifications: Records<Notification>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const source = query(
    collection(firestore(), paths.notifications(estateId)),
    where("recipientUid", "==", uid),
    orderBy("createdAt", "desc"),
    limit(max),
  );
  return watchQuery(source, notificationSchema, onData, onError);
}

/** Marks a notification read (the rules allow the recipient this one change, once). */
export async function markNotificationRead(
  estateId: string,
  notificationId: string,
): Promise<void> {
  await updateDoc(doc(firestore(), paths.notification(estateId, notificationId)), {
    readAt: serverTimestamp(),
  });
}

/** Visits planned and not made, earliest planned first, live. */
export function watchVisitsNotMade(
  estateId: string,
  onData: (visits: Records<StoredReturnVisit>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const source = query(
    collection(firestore(), paths.returnVisits(estateId)),
    where("outcome", "==", null),
    limit(200),
  );
  return watchQuery(source, storedReturnVisitSchema, onData, onError);
}

/** The promises due since `since` (the promise-keeping figures of a period). */
export async function readPromisesDueSince(
  estateId: string,
  since: Date,
): Promise<Records<StoredPromise>> {
  const snapshot = await getDocs(
    query(
      collection(firestore(), paths.promises(estateId)),
      where("answerDueAt", ">=", since),
      limit(2000),
    ),
  );
  return readRecords(storedPromiseSchema, snapshot.docs);
}

/** What `recordPromise` takes (see functions/src/callables/recordPromise.ts). */
export interface RecordPromiseRequest {
  estateId: string;
  requestId: string;
  householdId: string | null;
  record:
    | { kind: "reception"; receptionId: string }
    | { kind: "visit"; visitId: string }
    | { kind: "ticket"; ticketId: string };
  question: string;
  /** ISO instant. */
  answerDueAt: string;
}

/** Records a promise (C8); the request id makes a retry record it once. */
export function recordPromise(
  request: RecordPromiseRequest,
): Promise<{ promiseId: string; created: boolean }> {
  return callFunction("recordPromise", request);
}

/** Records the owner's answer, which closes the promise. */
export function answerPromise(request: {
  estateId: string;
  promiseId: string;
  text: string;
}): Promise<{ promiseId: string }> {
  return callFunction("answerPromise", request);
}

/** What `recordReturnVisit` takes. */
export interface RecordVisitRequest {
  estateId: string;
  visitId: string;
  channel: "phone" | "door" | "meeting";
  heard: string;
  criticismAccepted: string[];
  suggestionsAdopted: string[];
  ownerSatisfaction: "satisfied" | "fair" | "dissatisfied";
  misunderstandingExplained: boolean;
  misunderstandingNote: string | null;
}

/** Records a made visit (C4, C7). */
export function recordReturnVisit(request: RecordVisitRequest): Promise<{ visitId: string }> {
  return callFunction("recordReturnVisit", request);
}

// ---- The regular meeting (例會, C9) ----------------------------------------------------------

/** The estate's regular meetings, newest first (upcoming and past), live. */
export function watchMeetings(
  estateId: string,
  max: number,
  onData: (meetings: Records<StoredMeeting>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const source = query(
    collection(firestore(), paths.meetings(estateId)),
    orderBy("scheduledFor", "desc"),
    limit(max),
  );
  return watchQuery(source, storedMeetingSchema, onData, onError);
}

/** One meeting with its agenda and minutes, live (null when absent or unreadable). */
export function watchMeeting(
  estateId: string,
  meetingId: string,
  onData: (meeting: StoredMeeting | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchDocument(paths.meeting(estateId, meetingId), storedMeetingSchema, onData, onError);
}

/** What `escalateToMeeting` takes (see functions/src/callables/meetings.ts). */
export interface EscalateToMeetingRequest {
  estateId: string;
  source: { kind: "reception" | "ticket" | "promise" | "visit"; id: string };
  title?: string;
  /** ISO instant: the new meeting's time, used only when no meeting is planned. */
  scheduledFor?: string;
}

/** Puts a major issue on the next regular meeting's agenda, once (C9). */
export function escalateToMeeting(request: EscalateToMeetingRequest): Promise<{
  meetingId: string;
  itemId: string;
  created: boolean;
  meetingCreated: boolean;
}> {
  return callFunction("escalateToMeeting", request);
}

/** Plans a regular meeting (director, admin). */
export function scheduleMeeting(request: {
  estateId: string;
  scheduledFor: string;
  title?: string;
}): Promise<{ meetingId: string; created: boolean }> {
  return callFunction("scheduleMeeting", request);
}

/** What is recorded on an agenda item (see `meetingItemRecordSchema`). */
export type MeetingItemRecordRequest =
  | {
      kind: "minutes";
      discussion: string;
      decision: string;
      action: {
        ownerId: string;
        department: Department;
        description: string;
        /** ISO instant. */
        deadline: string;
      } | null;
    }
  | { kind: "actionDone"; note: string | null }
  | { kind: "ownerReply"; text: string; channel: "phone" | "door" | "meeting" | "written" };

/** Records the minutes, the action done or the reply to the owner on one item. */
export function recordMeetingItem(request: {
  estateId: string;
  meetingId: string;
  itemId: string;
  record: MeetingItemRecordRequest;
}): Promise<{ itemId: string }> {
  return callFunction("recordMeetingItem", request);
}

/** Closes an item; refused (`functions/failed-precondition`, with the reasons) until done and answered. */
export function closeMeetingItem(request: {
  estateId: string;
  meetingId: string;
  itemId: string;
}): Promise<{ itemId: string }> {
  return callFunction("closeMeetingItem", request);
}

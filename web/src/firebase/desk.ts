/**
 * Firestore access of the reception desk and duty screens (B.1.1–4, B2.1, B2.2): today's
 * receptions live, the caller-ID lookup, writes with the stamps the rules require. Like
 * `firestore.ts`, it pulls in the full SDK: load it with `import("./desk.js")`.
 */
import {
  collection,
  doc,
  getDoc,
  getDocs,
  limit,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
} from "firebase/firestore";
import { normalisePhoneNumber } from "@domain/phoneNumber.js";
import { paths } from "@domain/paths.js";
import { dailyLogId, dailyLogSchema, type DailyLog } from "@domain/schema/dailyLog.js";
import { dutyRegistrationSchema, type DutyRegistration } from "@domain/schema/dutyRegistration.js";
import {
  defaultDutySettings,
  dutySettingsSchema,
  type DutySettings,
} from "@domain/schema/dutySettings.js";
import { handoverSchema, type Handover, type OpenItem } from "@domain/schema/handover.js";
import { householdSchema, type Household } from "@domain/schema/household.js";
import { personSchema, type Person } from "@domain/schema/person.js";
import { receptionSchema, type Reception } from "@domain/schema/reception.js";
import { rosterShiftSchema, type RosterShiftRecord } from "@domain/schema/rosterShift.js";
import { dayOf } from "@domain/time.js";
import { currentUid } from "./app.js";
import { firestore, parseSnapshot, readRecords, watchDocument, type Records } from "./firestore.js";

type Unsubscribe = () => void;

/**
 * The estate's receptions of one day, oldest first, live for everyone at the desk. Reads
 * the day's records only (`day ==`), however long the estate's history.
 */
export function watchReceptionsOfDay(
  estateId: string,
  day: string,
  onData: (receptions: Records<Reception>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const source = query(
    collection(firestore(), paths.receptions(estateId)),
    where("day", "==", day),
    orderBy("at", "asc"),
  );
  return onSnapshot(
    source,
    (snapshot) => {
      onData(readRecords(receptionSchema, snapshot.docs));
    },
    onError,
  );
}

/** A caller-ID match: the person whose phone it is, and their household. */
export interface CallerMatch {
  readonly person: Person;
  readonly household: Household | null;
}

/**
 * Whose number is this? Looks the normalised number up in the people's `phoneKeys`
 * (array-contains) and reads their households. An unknown number gives no match.
 */
export async function lookUpCaller(estateId: string, number: string): Promise<CallerMatch[]> {
  const key = normalisePhoneNumber(number);
  if (key.length < 5) return [];
  const snapshot = await getDocs(
    query(
      collection(firestore(), paths.people(estateId)),
      where("phoneKeys", "array-contains", key),
      limit(10),
    ),
  );
  const people = readRecords(personSchema, snapshot.docs).records;
  const households = new Map<string, Household | null>();
  await Promise.all(
    [...new Set(people.map((person) => person.householdId))].map(async (householdId) => {
      const household = await getDoc(doc(firestore(), paths.household(estateId, householdId)));
      households.set(householdId, parseSnapshot(householdSchema, household));
    }),
  );
  return people.map((person) => ({
    person,
    household: households.get(person.householdId) ?? null,
  }));
}

/** What the desk form gives for a new record (the rest is derived or stamped). */
export type ReceptionInput = Pick<
  Reception,
  | "channel"
  | "at"
  | "callerNumber"
  | "callerName"
  | "householdId"
  | "personId"
  | "category"
  | "content"
  | "outcome"
  | "ticketId"
  | "amends"
  | "amendReason"
>;

/** Writes a new reception served by the signed-in user; returns its id. */
export async function createReception(
  estateId: string,
  timeZone: string,
  input: ReceptionInput,
): Promise<string> {
  const uid = currentUid();
  const ref = doc(collection(firestore(), paths.receptions(estateId)));
  await setDoc(ref, {
    ...input,
    id: ref.id,
    estateId,
    callerKey: normalisePhoneNumber(input.callerNumber),
    day: dayOf(input.at, timeZone),
    staffId: uid,
    archived: false,
    handoverId: null,
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
  return ref.id;
}

/** The author's edit of a record not yet archived (the rules refuse an archived one). */
export async function updateReception(
  estateId: string,
  receptionId: string,
  change: Pick<Reception, "category" | "content" | "outcome">,
): Promise<void> {
  await updateDoc(doc(firestore(), paths.reception(estateId, receptionId)), {
    ...change,
    updatedAt: serverTimestamp(),
    updatedBy: currentUid(),
  });
}

/** One reception (an amended original from another day), or null. */
export async function readReception(
  estateId: string,
  receptionId: string,
): Promise<Reception | null> {
  return parseSnapshot(
    receptionSchema,
    await getDoc(doc(firestore(), paths.reception(estateId, receptionId))),
  );
}

/** The roster shifts starting in [from, to), live, by start. */
export function watchShifts(
  estateId: string,
  from: Date,
  to: Date,
  onData: (shifts: Records<RosterShiftRecord>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const source = query(
    collection(firestore(), paths.rosterShifts(estateId)),
    where("start", ">=", from),
    where("start", "<", to),
    orderBy("start", "asc"),
  );
  return onSnapshot(
    source,
    (snapshot) => {
      onData(readRecords(rosterShiftSchema, snapshot.docs));
    },
    onError,
  );
}

/** One roster shift, or null. */
export async function readShift(
  estateId: string,
  shiftId: string,
): Promise<RosterShiftRecord | null> {
  return parseSnapshot(
    rosterShiftSchema,
    await getDoc(doc(firestore(), paths.rosterShift(estateId, shiftId))),
  );
}

/** Plans a shift (director, admin). */
export async function createShift(
  estateId: string,
  shift: Pick<RosterShiftRecord, "staffId" | "start" | "end" | "dutyLine">,
): Promise<void> {
  const uid = currentUid();
  const ref = doc(collection(firestore(), paths.rosterShifts(estateId)));
  await setDoc(ref, {
    ...shift,
    id: ref.id,
    estateId,
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
}

/** The handover of a shift, live (null when not yet written). */
export function watchHandover(
  estateId: string,
  shiftId: string,
  onData: (handover: Handover | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchDocument(paths.handover(estateId, shiftId), handoverSchema, onData, onError);
}

/** What the outgoing staff member writes. */
export interface HandoverInput {
  readonly incomingStaffId: string | null;
  readonly openItems: readonly OpenItem[];
  readonly noOpenItems: boolean;
  readonly anomalies: string;
  readonly notes: string;
}

/** Writes (or rewrites, until confirmed) the handover of the signed-in user's shift. */
export async function writeHandover(
  estateId: string,
  shift: Pick<RosterShiftRecord, "id" | "start" | "end">,
  input: HandoverInput,
  existing: Handover | null,
): Promise<void> {
  const uid = currentUid();
  const ref = doc(firestore(), paths.handover(estateId, shift.id));
  const content = {
    incomingStaffId: input.incomingStaffId,
    openItems: input.openItems.map((item) => ({ ...item })),
    noOpenItems: input.noOpenItems,
    anomalies: input.anomalies,
    notes: input.notes,
    writtenAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  };
  if (existing === null) {
    await setDoc(ref, {
      ...content,
      id: shift.id,
      estateId,
      shiftId: shift.id,
      shiftStart: shift.start,
      shiftEnd: shift.end,
      outgoingStaffId: uid,
      confirmedBy: null,
      confirmedAt: null,
      createdAt: serverTimestamp(),
      createdBy: uid,
    });
  } else {
    await updateDoc(ref, content);
  }
}

/** The incoming staff member confirms a handover (this archives the shift's receptions). */
export async function confirmHandover(estateId: string, shiftId: string): Promise<void> {
  const uid = currentUid();
  await updateDoc(doc(firestore(), paths.handover(estateId, shiftId)), {
    confirmedBy: uid,
    confirmedAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
}

/** The signed-in user's log of a day, live (null when not yet written). */
export function watchDailyLog(
  estateId: string,
  staffId: string,
  day: string,
  onData: (log: DailyLog | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchDocument(
    paths.dailyLog(estateId, dailyLogId(staffId, day)),
    dailyLogSchema,
    onData,
    onError,
  );
}

/** The receptions a staff member served on a day (to prefill the daily log). */
export async function readReceptionsServed(
  estateId: string,
  staffId: string,
  day: string,
): Promise<Reception[]> {
  const snapshot = await getDocs(
    query(
      collection(firestore(), paths.receptions(estateId)),
      where("staffId", "==", staffId),
      where("day", "==", day),
    ),
  );
  return readRecords(receptionSchema, snapshot.docs).records.sort(
    (a, b) => a.at.getTime() - b.at.getTime(),
  );
}

/** Saves the signed-in user's log of a day as a draft, or submits it. */
export async function saveDailyLog(
  estateId: string,
  day: string,
  content: Pick<DailyLog, "receptionIds" | "summary" | "pending">,
  submit: boolean,
  existing: DailyLog | null,
): Promise<void> {
  const uid = currentUid();
  const ref = doc(firestore(), paths.dailyLog(estateId, dailyLogId(uid, day)));
  const data = {
    ...content,
    receptionIds: [...content.receptionIds],
    status: submit ? "submitted" : "draft",
    submittedAt: submit ? serverTimestamp() : null,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  };
  if (existing === null) {
    await setDoc(ref, {
      ...data,
      id: dailyLogId(uid, day),
      estateId,
      staffId: uid,
      day,
      createdAt: serverTimestamp(),
      createdBy: uid,
    });
  } else {
    await updateDoc(ref, data);
  }
}

/**
 * The signed-in user's open duty registration (on duty, not yet off), live; null when they
 * are not registered on duty. Two equalities: no composite index.
 */
export function watchMyOpenRegistration(
  estateId: string,
  onData: (registration: DutyRegistration | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const source = query(
    collection(firestore(), paths.dutyRegistrations(estateId)),
    where("staffId", "==", currentUid()),
    where("end", "==", null),
  );
  return onSnapshot(
    source,
    (snapshot) => {
      const open = readRecords(dutyRegistrationSchema, snapshot.docs).records.sort(
        (a, b) => b.start.getTime() - a.start.getTime(),
      );
      onData(open[0] ?? null);
    },
    onError,
  );
}

/** Registers the signed-in user on duty now (server time), for their shift when known. */
export async function registerOnDuty(estateId: string, shiftId: string | null): Promise<void> {
  const uid = currentUid();
  const ref = doc(collection(firestore(), paths.dutyRegistrations(estateId)));
  await setDoc(ref, {
    id: ref.id,
    estateId,
    staffId: uid,
    shiftId,
    start: serverTimestamp(),
    end: null,
    createdAt: serverTimestamp(),
    createdBy: uid,
    updatedAt: serverTimestamp(),
    updatedBy: uid,
  });
}

/** Registers the signed-in user off duty now (server time). */
export async function registerOffDuty(estateId: string, registrationId: string): Promise<void> {
  await updateDoc(doc(firestore(), paths.dutyRegistration(estateId, registrationId)), {
    end: serverTimestamp(),
    updatedAt: serverTimestamp(),
    updatedBy: currentUid(),
  });
}

/** The estate's duty settings (B2.1, B2.2 deadlines), live; the defaults until one is saved. */
export function watchDutySettings(
  estateId: string,
  onData: (settings: DutySettings) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(firestore(), paths.dutySettings(estateId)),
    (snapshot) => {
      onData(parseSnapshot(dutySettingsSchema, snapshot) ?? defaultDutySettings(estateId));
    },
    onError,
  );
}

/** The deadlines a director or admin sets (the rules refuse anyone else). */
export type DutyDeadlines = Pick<
  DutySettings,
  "handoverWithinMinutes" | "dailyLogDueDays" | "dailyLogDueTime"
>;

/** Saves the estate's duty settings. */
export async function saveDutySettings(estateId: string, deadlines: DutyDeadlines): Promise<void> {
  await setDoc(doc(firestore(), paths.dutySettings(estateId)), {
    id: "duty",
    estateId,
    handoverWithinMinutes: deadlines.handoverWithinMinutes,
    dailyLogDueDays: deadlines.dailyLogDueDays,
    dailyLogDueTime: deadlines.dailyLogDueTime,
    updatedAt: serverTimestamp(),
    updatedBy: currentUid(),
  });
}

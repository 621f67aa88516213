/**
 * The regular meeting's callables (例會, C9): `escalateToMeeting` puts a major issue from a
 * reception, ticket, promise or visit on the next meeting's agenda with the source record's
 * history; `scheduleMeeting` plans a meeting; `recordMeetingItem` records per item the
 * minutes, the action done, or the reply to the owner who raised it. Closing is
 * `closeMeetingItem`.
 *
 * Who may (least privilege):
 * - escalate: customer service (who hears the owners and makes the visits), the director, admin;
 * - schedule a meeting and record the minutes (discussion, decision, the action's owner and
 *   deadline): the director and admin, who chair the meeting;
 * - record the action done: the director, admin, or the staff member who owns the action;
 * - record the reply to the owner: customer service, the director, admin (the reply is given
 *   by whoever answers the owner, usually the desk);
 * - close an item: the director and admin (`closeMeetingItem`).
 */
import type { Firestore, Transaction } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import {
  addAgendaItem,
  itemMinutesSchema,
  meetingIdAt,
  newRegularMeeting,
  nextRegularMeetingTime,
  openAgendaItemOf,
  promiseHistory,
  receptionHistory,
  recordActionDone,
  recordItemMinutes,
  recordOwnerReply,
  shorten,
  ticketHistory,
  visitHistory,
  type RecordItemResult,
} from "../domain/followUp/meetingAgenda.js";
import {
  agendaSourceSchema,
  nextRegularMeeting,
  ownerReplySchema,
  type AgendaHistoryEntry,
  type AgendaItem,
  type AgendaSource,
} from "../domain/followUp/regularMeeting.js";
import { docId, instant, requiredText } from "../domain/schema/common.js";
import { householdLabel } from "../domain/schema/household.js";
import type { StoredMeeting } from "../domain/schema/meeting.js";
import { departmentSchema, roles } from "../domain/schema/role.js";
import { describeValidationError } from "../domain/validationMessage.js";
import { collections } from "../firestore/collections.js";
import { createOnce } from "../firestore/createOnce.js";
import { db } from "../firestore/db.js";
import { followUpSettingsOf } from "../firestore/followUpChecks.js";
import { syncMeetingMatters } from "../firestore/openMatters.js";
import { estateZoneOrRefuse } from "./ticketAccess.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

/** How many of the newest meetings an escalation looks through for the source and the target. */
const MEETINGS_LOOKED_AT = 100;

// ---- escalateToMeeting --------------------------------------------------------------------

export const escalateToMeetingInputSchema = z.object({
  estateId: docId,
  /** The matter escalated; only these four kinds are escalated by staff. */
  source: agendaSourceSchema.refine((source) => source.kind !== "surveyResponse", {
    error: "escalate a reception, ticket, promise or visit",
  }),
  /** The agenda item's title; defaults to the source's own (ticket title, question, note…). */
  title: requiredText(200).optional(),
  /** Who is to be answered; defaults to the caller's name on the reception, or the household. */
  ownerName: requiredText(60).optional(),
  /** When no meeting is planned: the new meeting's time (else the estate's regular time). */
  scheduledFor: instant.optional(),
});
export type EscalateToMeetingInput = z.input<typeof escalateToMeetingInputSchema>;

/** Where the matter stands on the agenda, and whether this call put it there. */
export interface EscalateToMeetingResult {
  meetingId: string;
  itemId: string;
  created: boolean;
  /** True when this call also created the meeting. */
  meetingCreated: boolean;
}

/** What an escalation copies from the source record. */
interface SourceDigest {
  title: string;
  householdId: string | null;
  ownerName: string | null;
  history: AgendaHistoryEntry[];
}

async function householdName(
  firestore: Firestore,
  estateId: string,
  householdId: string | null,
): Promise<string | null> {
  if (householdId === null) return null;
  const household = (
    await collections(firestore).households(estateId).doc(householdId).get()
  ).data();
  return household === undefined ? householdId : householdLabel(household);
}

async function callerOfReception(
  firestore: Firestore,
  estateId: string,
  receptionId: string | null,
): Promise<string | null> {
  if (receptionId === null) return null;
  const reception = (
    await collections(firestore).receptions(estateId).doc(receptionId).get()
  ).data();
  return reception === undefined || reception.callerName === "" ? null : reception.callerName;
}

/** Reads the source record and what the agenda item copies from it; null when it is not there. */
async function digestOf(
  firestore: Firestore,
  estateId: string,
  source: AgendaSource,
  zone: string,
): Promise<SourceDigest | null> {
  const all = collections(firestore);
  switch (source.kind) {
    case "reception": {
      const reception = (await all.receptions(estateId).doc(source.id).get()).data();
      if (reception === undefined) return null;
      return {
        title: shorten(reception.content, 200),
        householdId: reception.householdId,
        ownerName: reception.callerName === "" ? null : reception.callerName,
        history: receptionHistory(reception),
      };
    }
    case "ticket": {
      const ticket = (await all.tickets(estateId).doc(source.id).get()).data();
      if (ticket === undefined) return null;
      return {
        title: shorten(ticket.title, 200),
        householdId: ticket.householdId,
        ownerName: await callerOfReception(firestore, estateId, ticket.receptionId),
        history: ticketHistory(ticket),
      };
    }
    case "promise": {
      const promise = (await all.promises(estateId).doc(source.id).get()).data();
      if (promise === undefined) return null;
      const receptionId = promise.record.kind === "reception" ? promise.record.receptionId : null;
      return {
        title: shorten(promise.question, 200),
        householdId: promise.householdId,
        ownerName: await callerOfReception(firestore, estateId, receptionId),
        history: promiseHistory(promise, zone),
      };
    }
    case "visit": {
      const visit = (await all.returnVisits(estateId).doc(source.id).get()).data();
      if (visit === undefined) return null;
      const heard = visit.outcome?.heard;
      return {
        title: shorten(heard ?? (visit.note === "" ? visit.householdId : visit.note), 200),
        householdId: visit.householdId,
        ownerName: null,
        history: visitHistory(visit, visit.createdBy),
      };
    }
    case "surveyResponse":
      return null;
  }
}

function newestMeetings(firestore: Firestore, estateId: string) {
  return collections(firestore)
    .meetings(estateId)
    .orderBy("scheduledFor", "desc")
    .limit(MEETINGS_LOOKED_AT);
}

/**
 * C9: puts the matter on the agenda of the next meeting not yet held, with its history. The
 * same matter escalated again (a retry, or a second person) finds its open item and adds
 * nothing. With no meeting planned, a new one is created at `scheduledFor` or the estate's
 * next regular meeting time; its id is its local minute, so two escalations create it once.
 *
 * @throws HttpsError `permission-denied`, `not-found` (estate or source), `invalid-argument`
 *   (a meeting time not in the future), `failed-precondition` (that time's meeting was held),
 *   `resource-exhausted` (the agenda is full)
 */
export async function escalateToMeetingAs(
  firestore: Firestore,
  auth: AuthData,
  input: EscalateToMeetingInput,
  now: Date = new Date(),
): Promise<EscalateToMeetingResult> {
  const data = escalateToMeetingInputSchema.parse(input);
  requireRole(auth, data.estateId, ["customerService", "director", "admin"]);
  const zone = await estateZoneOrRefuse(firestore, data.estateId);
  const digest = await digestOf(firestore, data.estateId, data.source, zone);
  if (digest === null) {
    throw new HttpsError(
      "not-found",
      `no ${data.source.kind} ${data.source.id} in estate ${data.estateId} to escalate`,
    );
  }
  if (data.scheduledFor !== undefined && data.scheduledFor.getTime() <= now.getTime()) {
    throw new HttpsError("invalid-argument", "scheduledFor: a new meeting must be in the future");
  }
  // The estate's regular meeting time, read through the follow-up settings' schema (default
  // Monday 09:30 when unset).
  const rule = (await followUpSettingsOf(firestore, data.estateId)).regularMeeting;
  const ownerName =
    data.ownerName ??
    digest.ownerName ??
    (await householdName(firestore, data.estateId, digest.householdId)) ??
    "業主";
  const meetings = collections(firestore).meetings(data.estateId);

  const result = await firestore.runTransaction(async (transaction) => {
    const known = (await transaction.get(newestMeetings(firestore, data.estateId))).docs.map(
      (doc) => doc.data(),
    );
    const standing = openAgendaItemOf(known, data.source);
    if (standing !== null) {
      return {
        meetingId: standing.meeting.id,
        itemId: standing.item.id,
        created: false,
        meetingCreated: false,
      };
    }
    let target: StoredMeeting | null = nextRegularMeeting(known, now);
    let meetingCreated = false;
    if (target === null) {
      const scheduledFor = data.scheduledFor ?? nextRegularMeetingTime(rule, now, zone);
      const id = meetingIdAt(scheduledFor, zone);
      const existing = (await transaction.get(meetings.doc(id))).data();
      if (existing !== undefined) {
        throw new HttpsError(
          "failed-precondition",
          `the meeting ${id} was already held or is past; give another date`,
        );
      }
      target = {
        ...newRegularMeeting({ estateId: data.estateId, scheduledFor, zone, chairId: auth.uid }),
        createdAt: now,
        createdBy: auth.uid,
        updatedAt: now,
        updatedBy: auth.uid,
      };
      meetingCreated = true;
    }
    const added = addAgendaItem(target, {
      source: data.source,
      title: data.title ?? digest.title,
      raisedBy: { householdId: digest.householdId, ownerName: shorten(ownerName, 60) },
      history: digest.history,
      escalatedAt: now,
      escalatedBy: auth.uid,
    });
    if (!added.added) {
      if (added.reason === "alreadyOnAgenda") {
        const itemId = `${data.source.kind}_${data.source.id}`;
        return { meetingId: target.id, itemId, created: false, meetingCreated: false };
      }
      throw new HttpsError(
        "resource-exhausted",
        `the agenda of meeting ${target.id} cannot take the item (${added.reason})`,
      );
    }
    transaction.set(meetings.doc(target.id), {
      ...target,
      items: added.meeting.items,
      updatedAt: now,
      updatedBy: auth.uid,
    });
    return { meetingId: target.id, itemId: added.item.id, created: true, meetingCreated };
  });
  // The index trigger does the same; doing it here shows the item on the dashboard at once.
  if (result.created) await syncMeetingMatters(firestore, data.estateId, result.meetingId, now);
  return result;
}

/** The callable. */
export const escalateToMeeting = validatedOnCall(escalateToMeetingInputSchema, ({ data, auth }) =>
  escalateToMeetingAs(db(), auth, data),
);

// ---- scheduleMeeting ----------------------------------------------------------------------

export const scheduleMeetingInputSchema = z.object({
  estateId: docId,
  scheduledFor: instant,
  title: requiredText(200).optional(),
});
export type ScheduleMeetingInput = z.input<typeof scheduleMeetingInputSchema>;

/**
 * Plans a regular meeting at `scheduledFor` (director, admin; the caller chairs it). One
 * meeting per local minute: scheduling the same time again returns it unchanged.
 *
 * @throws HttpsError `permission-denied`, `not-found` (estate), `invalid-argument` (past time)
 */
export async function scheduleMeetingAs(
  firestore: Firestore,
  auth: AuthData,
  input: ScheduleMeetingInput,
  now: Date = new Date(),
): Promise<{ meetingId: string; created: boolean }> {
  const data = scheduleMeetingInputSchema.parse(input);
  requireRole(auth, data.estateId, ["director", "admin"]);
  const zone = await estateZoneOrRefuse(firestore, data.estateId);
  if (data.scheduledFor.getTime() <= now.getTime()) {
    throw new HttpsError("invalid-argument", "scheduledFor: a meeting is planned in the future");
  }
  const meeting = newRegularMeeting({
    estateId: data.estateId,
    scheduledFor: data.scheduledFor,
    zone,
    chairId: auth.uid,
    ...(data.title === undefined ? {} : { title: data.title }),
  });
  const created = await createOnce(collections(firestore).meetings(data.estateId).doc(meeting.id), {
    ...meeting,
    createdAt: now,
    createdBy: auth.uid,
    updatedAt: now,
    updatedBy: auth.uid,
  });
  return { meetingId: meeting.id, created };
}

/** The callable. */
export const scheduleMeeting = validatedOnCall(scheduleMeetingInputSchema, ({ data, auth }) =>
  scheduleMeetingAs(db(), auth, data),
);

// ---- recordMeetingItem --------------------------------------------------------------------

/** What is recorded on the item: the minutes, the action done, or the reply to the owner. */
export const meetingItemRecordSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("minutes"),
    discussion: z.string().trim().max(4000),
    decision: z.string().trim().max(2000),
    action: z
      .object({
        ownerId: docId,
        department: departmentSchema,
        description: requiredText(1000),
        deadline: instant,
      })
      .nullable(),
  }),
  z.object({ kind: z.literal("actionDone"), note: z.string().trim().max(1000).nullable() }),
  z.object({
    kind: z.literal("ownerReply"),
    text: requiredText(2000),
    channel: ownerReplySchema.shape.channel,
  }),
]);
export type MeetingItemRecord = z.input<typeof meetingItemRecordSchema>;

export const recordMeetingItemInputSchema = z.object({
  estateId: docId,
  meetingId: docId,
  itemId: docId,
  record: meetingItemRecordSchema,
});
export type RecordMeetingItemInput = z.input<typeof recordMeetingItemInputSchema>;

const refusalMessages: Record<Exclude<RecordItemResult, { recorded: true }>["reason"], string> = {
  itemClosed: "the item is closed; a closed item is never edited",
  noAction: "the item has no action decided yet",
  actionAlreadyDone: "the action was already recorded done",
  actionFixedOnceDone: "the action was done; its owner, description and deadline stay as done",
  alreadyAnswered: "the owner's reply was already recorded",
};

/**
 * Records the minutes, the action done or the owner's reply on one item, as the caller at
 * `now` (server time). Recording the minutes marks the meeting held, if it was not yet.
 *
 * @throws HttpsError `permission-denied`, `not-found`, `invalid-argument` (the action's owner
 *   is not staff of the estate), `failed-precondition` (a refusal, named)
 */
export async function recordMeetingItemAs(
  firestore: Firestore,
  auth: AuthData,
  input: RecordMeetingItemInput,
  now: Date = new Date(),
): Promise<{ itemId: string }> {
  const data = recordMeetingItemInputSchema.parse(input);
  const record = data.record;
  const role = requireRole(
    auth,
    data.estateId,
    record.kind === "minutes"
      ? ["director", "admin"]
      : record.kind === "ownerReply"
        ? ["customerService", "director", "admin"]
        : roles,
  );
  if (record.kind === "minutes" && record.action !== null) {
    const owner = await collections(firestore)
      .staff(data.estateId)
      .doc(record.action.ownerId)
      .get();
    if (!owner.exists) {
      throw new HttpsError(
        "invalid-argument",
        `record.action.ownerId: ${record.action.ownerId} is not staff of estate ${data.estateId}`,
      );
    }
  }
  const ref = collections(firestore).meetings(data.estateId).doc(data.meetingId);
  await firestore.runTransaction(async (transaction: Transaction) => {
    const meeting = (await transaction.get(ref)).data();
    const item = meeting?.items.find((each) => each.id === data.itemId);
    if (meeting === undefined || item === undefined) {
      throw new HttpsError(
        "not-found",
        `no item ${data.itemId} in meeting ${data.meetingId} of estate ${data.estateId}`,
      );
    }
    if (
      record.kind === "actionDone" &&
      role !== "director" &&
      role !== "admin" &&
      item.action?.ownerId !== auth.uid
    ) {
      throw new HttpsError(
        "permission-denied",
        "only the director, an admin or the action's owner records the action done",
      );
    }
    const result = recordOn(item, record, auth.uid, now);
    if (!result.recorded) {
      throw new HttpsError(
        "failed-precondition",
        `item ${data.itemId}: ${refusalMessages[result.reason]}`,
        { reason: result.reason },
      );
    }
    transaction.set(ref, {
      ...meeting,
      heldAt: record.kind === "minutes" ? (meeting.heldAt ?? now) : meeting.heldAt,
      items: meeting.items.map((each) => (each.id === item.id ? result.item : each)),
      updatedAt: now,
      updatedBy: auth.uid,
    });
  });
  await syncMeetingMatters(firestore, data.estateId, data.meetingId, now);
  return { itemId: data.itemId };
}

function recordOn(
  item: AgendaItem,
  record: z.infer<typeof meetingItemRecordSchema>,
  uid: string,
  now: Date,
): RecordItemResult {
  switch (record.kind) {
    case "minutes": {
      const minutes = itemMinutesSchema.safeParse(record);
      if (!minutes.success) {
        throw new HttpsError("invalid-argument", describeValidationError("minutes", minutes.error));
      }
      return recordItemMinutes(item, minutes.data);
    }
    case "actionDone":
      return recordActionDone(item, { at: now, note: record.note });
    case "ownerReply":
      return recordOwnerReply(item, {
        text: record.text,
        channel: record.channel,
        repliedAt: now,
        repliedBy: uid,
      });
  }
}

/** The callable. */
export const recordMeetingItem = validatedOnCall(recordMeetingItemInputSchema, ({ data, auth }) =>
  recordMeetingItemAs(db(), auth, data),
);

/**
 * The regular meeting's agenda and minutes as they are written (例會, C9 "回訪後遇到的重大問題,
 * 應上例會討論,找出解決方案,做到件件有落實,事事有回音"): where an escalated matter goes (the next
 * meeting not yet held, or a new one at the estate's regular meeting time), the history copied
 * from the matter's source record, and the three things recorded per item — the minutes
 * (discussion, decision, the action's owner and deadline), the action done, and the reply to
 * the owner who raised it. Closing is `closeItem` in `regularMeeting.ts`.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import type { OwnerPromise } from "./promise.js";
import type { ReturnVisit } from "./returnVisit.js";
import {
  agendaItemFor,
  agendaItemSchema,
  type AgendaHistoryEntry,
  type AgendaItem,
  type AgendaSource,
  type Escalation,
  type MeetingAction,
  type OwnerReply,
  type RegularMeeting,
} from "./regularMeeting.js";
import { departmentSchema } from "../schema/role.js";

/** At most this many items on one agenda (the stored schema's limit). */
export const MAX_AGENDA_ITEMS = 200;
/** At most this many history lines copied from a source. */
export const MAX_HISTORY_ENTRIES = 200;

/**
 * When the estate's regular meeting is held: a weekday (1 Monday … 7 Sunday) and a local time.
 * Stored, when the estate sets it, as `regularMeeting` in the follow-up settings
 * (`settings/followUp`); absent → {@link DEFAULT_REGULAR_MEETING_RULE}.
 */
export const regularMeetingRuleSchema = z.object({
  weekday: z.int().min(1).max(7),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a local time HH:mm"),
});
export type RegularMeetingRule = z.infer<typeof regularMeetingRuleSchema>;

/** Every Monday at 09:30 in the estate's zone. */
export const DEFAULT_REGULAR_MEETING_RULE: RegularMeetingRule = { weekday: 1, time: "09:30" };

/** The first regular meeting time strictly after `now`, in the estate's zone. */
export function nextRegularMeetingTime(rule: RegularMeetingRule, now: Date, zone: string): Date {
  const [hour = 0, minute = 0] = rule.time.split(":").map(Number);
  const local = DateTime.fromJSDate(now, { zone });
  let candidate = local.set({ hour, minute, second: 0, millisecond: 0 });
  candidate = candidate.plus({ days: (rule.weekday - candidate.weekday + 7) % 7 });
  if (candidate.toMillis() <= now.getTime()) candidate = candidate.plus({ weeks: 1 });
  return candidate.toJSDate();
}

/** The id of the meeting held at `scheduledFor`: one meeting per local minute, so a retry finds it. */
export function meetingIdAt(scheduledFor: Date, zone: string): string {
  return `meeting-${DateTime.fromJSDate(scheduledFor, { zone }).toFormat("yyyyMMdd-HHmm")}`;
}

/** A new regular meeting with an empty agenda, titled with its local date. */
export function newRegularMeeting(input: {
  estateId: string;
  scheduledFor: Date;
  zone: string;
  chairId: string;
  title?: string;
}): RegularMeeting {
  const day = DateTime.fromJSDate(input.scheduledFor, { zone: input.zone }).toFormat("yyyy-MM-dd");
  return {
    id: meetingIdAt(input.scheduledFor, input.zone),
    estateId: input.estateId,
    title: input.title ?? `例會 ${day}`,
    scheduledFor: input.scheduledFor,
    heldAt: null,
    chairId: input.chairId,
    attendeeIds: [],
    items: [],
  };
}

/** The id an escalated source has on an agenda (the same as `agendaItemFor` gives). */
export function agendaItemIdOf(source: AgendaSource): string {
  return `${source.kind}_${source.id}`;
}

/** Where a source already stands on the agenda: an open item, in whichever meeting. */
export function openAgendaItemOf<M extends Pick<RegularMeeting, "id" | "items">>(
  meetings: readonly M[],
  source: AgendaSource,
): { meeting: M; item: AgendaItem } | null {
  const itemId = agendaItemIdOf(source);
  for (const meeting of meetings) {
    const item = meeting.items.find((each) => each.id === itemId);
    if (item?.closedAt === null) return { meeting, item };
  }
  return null;
}

/** Why a matter cannot be added to a meeting's agenda. */
export type AddItemRefusal = "meetingHeld" | "agendaFull" | "alreadyOnAgenda";

/**
 * C9: the meeting with the escalated matter added at the end of its agenda, the history in
 * time order. A meeting already held takes no new item; the same source twice is refused
 * (`alreadyOnAgenda`: the caller returns the item that is there).
 */
export function addAgendaItem(
  meeting: RegularMeeting,
  escalation: Escalation,
):
  | { added: true; meeting: RegularMeeting; item: AgendaItem }
  | { added: false; reason: AddItemRefusal } {
  if (meeting.heldAt !== null) return { added: false, reason: "meetingHeld" };
  const item = agendaItemFor({
    ...escalation,
    history: escalation.history.slice(-MAX_HISTORY_ENTRIES),
  });
  if (meeting.items.some((each) => each.id === item.id)) {
    return { added: false, reason: "alreadyOnAgenda" };
  }
  if (meeting.items.length >= MAX_AGENDA_ITEMS) return { added: false, reason: "agendaFull" };
  return { added: true, meeting: { ...meeting, items: [...meeting.items, item] }, item };
}

// ---- The history copied from the source record -------------------------------------------

/** Shortens a text to `max` characters (the history line and the title have limits). */
export function shorten(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1)}…`;
}

const line = (at: Date, by: string, text: string): AgendaHistoryEntry => ({
  at,
  by,
  text: shorten(text, 1000),
});

/** The part of a reception the history reads. */
export interface ReceptionForHistory {
  at: Date;
  staffId: string;
  channel: string;
  category: string;
  callerName: string;
  content: string;
  outcome: string;
}

/** A reception: what the owner said, and what was done on the spot. */
export function receptionHistory(reception: ReceptionForHistory): AgendaHistoryEntry[] {
  const who = reception.callerName === "" ? "" : `${reception.callerName}:`;
  const entries = [
    line(
      reception.at,
      reception.staffId,
      `接待(${reception.channel}/${reception.category})${who}${reception.content}`,
    ),
  ];
  if (reception.outcome !== "") {
    entries.push(line(reception.at, reception.staffId, `處理:${reception.outcome}`));
  }
  return entries;
}

/** The part of a ticket the history reads. */
export interface TicketForHistory {
  title: string;
  description: string;
  openedAt: Date;
  openedBy: string;
  transitions: readonly { from: string; to: string; by: string; at: Date; note: string }[];
}

/** A ticket: its opening and every step of its life cycle. */
export function ticketHistory(ticket: TicketForHistory): AgendaHistoryEntry[] {
  const opened = ticket.description === "" ? ticket.title : `${ticket.title}—${ticket.description}`;
  return [
    line(ticket.openedAt, ticket.openedBy, `開單:${opened}`),
    ...ticket.transitions.map((step) =>
      line(
        step.at,
        step.by,
        `工單 ${step.from} → ${step.to}${step.note === "" ? "" : `:${step.note}`}`,
      ),
    ),
  ];
}

/** A promise: the question, the time promised, and the answer when given. */
export function promiseHistory(
  promise: Pick<OwnerPromise, "question" | "promisedBy" | "promisedAt" | "answerDueAt" | "answer">,
  zone: string,
): AgendaHistoryEntry[] {
  const due = DateTime.fromJSDate(promise.answerDueAt, { zone }).toFormat("yyyy-MM-dd HH:mm");
  const entries = [
    line(promise.promisedAt, promise.promisedBy, `預約答復(${due} 前):${promise.question}`),
  ];
  if (promise.answer !== null) {
    entries.push(
      line(promise.answer.answeredAt, promise.answer.answeredBy, `答復:${promise.answer.text}`),
    );
  }
  return entries;
}

/** A return visit: why it was planned, and what was heard when it was made. */
export function visitHistory(
  visit: Pick<ReturnVisit, "note" | "plannedFor" | "assigneeId" | "outcome">,
  plannedBy: string,
): AgendaHistoryEntry[] {
  const entries = [
    line(
      visit.plannedFor,
      visit.assigneeId ?? plannedBy,
      `計劃回訪${visit.note === "" ? "" : `:${visit.note}`}`,
    ),
  ];
  const outcome = visit.outcome;
  if (outcome !== null) {
    const parts = [
      `回訪(${outcome.channel},${outcome.ownerSatisfaction}):${outcome.heard}`,
      ...outcome.criticismAccepted.map((text) => `接受批評:${text}`),
      ...outcome.suggestionsAdopted.map((text) => `采納建議:${text}`),
    ];
    if (outcome.misunderstandingNote !== null && outcome.misunderstandingNote !== "") {
      parts.push(`解釋誤會:${outcome.misunderstandingNote}`);
    }
    entries.push(line(outcome.doneAt, outcome.doneBy, parts.join(";")));
  }
  return entries;
}

// ---- Recording the minutes, the action done and the reply -----------------------------------

/** The minutes of one item, as the chair records them. */
export const itemMinutesSchema = z.object({
  discussion: z.string().trim().max(4000),
  decision: z.string().trim().max(2000),
  /** The action decided; null when the meeting decided none yet. */
  action: z
    .object({
      ownerId: z.string().trim().min(1).max(128),
      department: departmentSchema,
      description: z.string().trim().min(1, "must not be empty").max(1000),
      deadline: z.date(),
    })
    .nullable(),
});
export type ItemMinutes = z.infer<typeof itemMinutesSchema>;

/** Why something cannot be recorded on an item. */
export type RecordItemRefusal =
  "itemClosed" | "noAction" | "actionAlreadyDone" | "actionFixedOnceDone" | "alreadyAnswered";

/** The item after a recording, or why it was refused. */
export type RecordItemResult =
  { recorded: true; item: AgendaItem } | { recorded: false; reason: RecordItemRefusal };

function recorded(item: AgendaItem): RecordItemResult {
  return { recorded: true, item: agendaItemSchema.parse(item) };
}

/**
 * Records (or corrects) the minutes of an open item. Once its action is done, the action
 * itself (owner, department, description, deadline) stays as it was done; the discussion and
 * the decision may still be completed.
 */
export function recordItemMinutes(item: AgendaItem, minutes: ItemMinutes): RecordItemResult {
  if (item.closedAt !== null) return { recorded: false, reason: "itemClosed" };
  const before = item.action;
  let action: MeetingAction | null;
  if (before !== null && before.doneAt !== null) {
    const same =
      minutes.action !== null &&
      minutes.action.ownerId === before.ownerId &&
      minutes.action.department === before.department &&
      minutes.action.description === before.description &&
      minutes.action.deadline.getTime() === before.deadline.getTime();
    if (!same) return { recorded: false, reason: "actionFixedOnceDone" };
    action = before;
  } else {
    action = minutes.action === null ? null : { ...minutes.action, doneAt: null, doneNote: null };
  }
  return recorded({ ...item, discussion: minutes.discussion, decision: minutes.decision, action });
}

/** Records that the item's action was done, once. */
export function recordActionDone(
  item: AgendaItem,
  done: { at: Date; note: string | null },
): RecordItemResult {
  if (item.closedAt !== null) return { recorded: false, reason: "itemClosed" };
  if (item.action === null) return { recorded: false, reason: "noAction" };
  if (item.action.doneAt !== null) return { recorded: false, reason: "actionAlreadyDone" };
  const note = done.note === null || done.note.trim() === "" ? null : done.note.trim();
  return recorded({ ...item, action: { ...item.action, doneAt: done.at, doneNote: note } });
}

/** C9 事事有回音: records the reply given to the owner who raised the issue, once. */
export function recordOwnerReply(item: AgendaItem, reply: OwnerReply): RecordItemResult {
  if (item.closedAt !== null) return { recorded: false, reason: "itemClosed" };
  if (item.ownerReply !== null) return { recorded: false, reason: "alreadyAnswered" };
  return recorded({ ...item, ownerReply: reply });
}

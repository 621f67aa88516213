/**
 * The regular meeting (例會, C9 "回訪後遇到的重大問題,應上例會討論,找出解決方案,做到件件有
 * 落實,事事有回音"): a major issue goes onto the next meeting's agenda with its history; the
 * meeting records per item the discussion, the decision, the owner of the action and the
 * deadline; the item closes only when the action is done and the owner who raised the issue
 * has been answered (a reply recorded). Minutes are a plain structure of texts, ready to print.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import { docId, instant, requiredText } from "../schema/common.js";
import { departmentSchema } from "../schema/role.js";
import { DEFAULT_TIME_ZONE } from "../time.js";

/** The matter that was escalated to the meeting. */
export const agendaSourceSchema = z.object({
  kind: z.enum(["reception", "visit", "ticket", "promise", "surveyResponse"]),
  id: docId,
});
export type AgendaSource = z.infer<typeof agendaSourceSchema>;

/** One line of the history before the meeting (what happened, when, by whom). */
export const agendaHistoryEntrySchema = z.object({
  at: instant,
  by: docId,
  text: requiredText(1000),
});
export type AgendaHistoryEntry = z.infer<typeof agendaHistoryEntrySchema>;

/** The owner who raised the issue: the person to be answered. */
export const raisedBySchema = z.object({
  householdId: docId.nullable(),
  ownerName: requiredText(60),
});

/** The action the meeting decided: who, what, by when, and when it was done. */
export const meetingActionSchema = z.object({
  ownerId: docId,
  department: departmentSchema,
  description: requiredText(1000),
  deadline: instant,
  doneAt: instant.nullable(),
  doneNote: z.string().trim().max(1000).nullable(),
});
export type MeetingAction = z.infer<typeof meetingActionSchema>;

/** The reply given to the owner who raised the issue (事事有回音). */
export const ownerReplySchema = z.object({
  text: requiredText(2000),
  channel: z.enum(["phone", "door", "meeting", "written"]),
  repliedAt: instant,
  repliedBy: docId,
});
export type OwnerReply = z.infer<typeof ownerReplySchema>;

/** One item of the agenda. */
export const agendaItemSchema = z.object({
  id: docId,
  title: requiredText(200),
  raisedBy: raisedBySchema,
  source: agendaSourceSchema,
  history: z.array(agendaHistoryEntrySchema).max(200),
  escalatedAt: instant,
  escalatedBy: docId,
  discussion: z.string().trim().max(4000),
  decision: z.string().trim().max(2000),
  action: meetingActionSchema.nullable(),
  ownerReply: ownerReplySchema.nullable(),
  closedAt: instant.nullable(),
  closedBy: docId.nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** A regular meeting and its agenda. */
export const regularMeetingSchema = z.object({
  id: docId,
  estateId: docId,
  title: requiredText(200),
  scheduledFor: instant,
  /** Null until the meeting was held. */
  heldAt: instant.nullable(),
  chairId: docId,
  attendeeIds: z.array(docId).max(100),
  items: z.array(agendaItemSchema).max(200),
});
export type RegularMeeting = z.infer<typeof regularMeetingSchema>;

/** What escalating a matter to the meeting needs. */
export interface Escalation {
  /** Deterministic: escalating the same matter twice gives the same item. */
  source: AgendaSource;
  title: string;
  raisedBy: z.infer<typeof raisedBySchema>;
  history: readonly AgendaHistoryEntry[];
  escalatedAt: Date;
  escalatedBy: string;
}

/** A new open agenda item for an escalated matter; the history is kept in time order. */
export function agendaItemFor(escalation: Escalation): AgendaItem {
  return agendaItemSchema.parse({
    id: `${escalation.source.kind}_${escalation.source.id}`,
    title: escalation.title,
    raisedBy: escalation.raisedBy,
    source: escalation.source,
    history: [...escalation.history].sort((a, b) => a.at.getTime() - b.at.getTime()),
    escalatedAt: escalation.escalatedAt,
    escalatedBy: escalation.escalatedBy,
    discussion: "",
    decision: "",
    action: null,
    ownerReply: null,
    closedAt: null,
    closedBy: null,
  });
}

/** The meeting a matter escalated at `now` goes to: the earliest not yet held, from `now` on. */
export function nextRegularMeeting<T extends Pick<RegularMeeting, "scheduledFor" | "heldAt">>(
  meetings: readonly T[],
  now: Date,
): T | null {
  let next: T | null = null;
  for (const meeting of meetings) {
    if (meeting.heldAt !== null || meeting.scheduledFor.getTime() < now.getTime()) continue;
    if (next === null || meeting.scheduledFor < next.scheduledFor) next = meeting;
  }
  return next;
}

/** Why an item cannot be closed. */
export const closeItemRefusals = [
  "alreadyClosed",
  "noAction",
  "actionNotDone",
  "ownerNotAnswered",
] as const;
export type CloseItemRefusal = (typeof closeItemRefusals)[number];

/** The result of {@link closeItem}: the closed item, or every reason it stays open. */
export type CloseItemResult =
  { closed: true; item: AgendaItem } | { closed: false; reasons: CloseItemRefusal[] };

/**
 * C9: closes an item only when its action is done and the owner who raised the issue has been
 * answered. A refusal lists every reason, in the order of {@link closeItemRefusals}.
 */
export function closeItem(item: AgendaItem, closing: { by: string; at: Date }): CloseItemResult {
  if (item.closedAt !== null) return { closed: false, reasons: ["alreadyClosed"] };
  const reasons: CloseItemRefusal[] = [];
  if (item.action === null) reasons.push("noAction");
  else if (item.action.doneAt === null) reasons.push("actionNotDone");
  if (item.ownerReply === null) reasons.push("ownerNotAnswered");
  if (reasons.length > 0) return { closed: false, reasons };
  return { closed: true, item: { ...item, closedAt: closing.at, closedBy: closing.by } };
}

/** A meeting action still open: its item is not closed (the action or the reply is missing). */
export interface OpenMeetingAction {
  meetingId: string;
  itemId: string;
  title: string;
  escalatedAt: Date;
  action: MeetingAction | null;
}

/** The open items of a meeting, in agenda order (for the dashboard and the escalation check). */
export function openMeetingActions(
  meeting: Pick<RegularMeeting, "id" | "items">,
): OpenMeetingAction[] {
  return meeting.items
    .filter((item) => item.closedAt === null)
    .map((item) => ({
      meetingId: meeting.id,
      itemId: item.id,
      title: item.title,
      escalatedAt: item.escalatedAt,
      action: item.action,
    }));
}

/** One item of the printable minutes; every instant is local text `YYYY-MM-DD HH:mm`. */
export interface MinutesItem {
  number: number;
  title: string;
  raisedBy: string;
  history: { at: string; by: string; text: string }[];
  discussion: string;
  decision: string;
  action: {
    ownerId: string;
    department: string;
    description: string;
    deadline: string;
    doneAt: string | null;
  } | null;
  reply: { text: string; channel: string; at: string; by: string } | null;
  status: "open" | "closed";
}

/** The printable minutes of a meeting. */
export interface MeetingMinutes {
  meetingId: string;
  title: string;
  /** The zone the times are written in. */
  timeZone: string;
  scheduledFor: string;
  heldAt: string | null;
  chairId: string;
  attendeeIds: string[];
  items: MinutesItem[];
  openItems: number;
  closedItems: number;
}

/** The minutes of a meeting as plain texts, times in the estate's zone. */
export function meetingMinutes(
  meeting: RegularMeeting,
  zone: string = DEFAULT_TIME_ZONE,
): MeetingMinutes {
  const local = (at: Date) => DateTime.fromJSDate(at, { zone }).toFormat("yyyy-MM-dd HH:mm");
  const items = meeting.items.map((item, index): MinutesItem => ({
    number: index + 1,
    title: item.title,
    raisedBy:
      item.raisedBy.householdId === null
        ? item.raisedBy.ownerName
        : `${item.raisedBy.ownerName} (${item.raisedBy.householdId})`,
    history: item.history.map((entry) => ({ at: local(entry.at), by: entry.by, text: entry.text })),
    discussion: item.discussion,
    decision: item.decision,
    action:
      item.action === null
        ? null
        : {
            ownerId: item.action.ownerId,
            department: item.action.department,
            description: item.action.description,
            deadline: local(item.action.deadline),
            doneAt: item.action.doneAt === null ? null : local(item.action.doneAt),
          },
    reply:
      item.ownerReply === null
        ? null
        : {
            text: item.ownerReply.text,
            channel: item.ownerReply.channel,
            at: local(item.ownerReply.repliedAt),
            by: item.ownerReply.repliedBy,
          },
    status: item.closedAt === null ? "open" : "closed",
  }));
  const closedItems = items.filter((item) => item.status === "closed").length;
  return {
    meetingId: meeting.id,
    title: meeting.title,
    timeZone: zone,
    scheduledFor: local(meeting.scheduledFor),
    heldAt: meeting.heldAt === null ? null : local(meeting.heldAt),
    chairId: meeting.chairId,
    attendeeIds: [...meeting.attendeeIds],
    items,
    openItems: items.length - closedItems,
    closedItems,
  };
}

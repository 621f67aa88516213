/**
 * The closure dashboard (SPEC §10 "A dashboard shows every open matter and its age"; the
 * director's home screen): every open matter of the estate — tickets, promises, visits due,
 * meeting actions, rectification tasks (C3) — with its age, owner and department, overdue
 * first, then the oldest first; filterable by department and person. Pure functions: the
 * screen feeds them what its live queries return.
 */
import type { Rectification } from "../schema/rectification.js";
import type { Department } from "../schema/role.js";
import { promiseState, type OwnerPromise } from "./promise.js";
import type { OpenMeetingAction } from "./regularMeeting.js";
import type { ReturnVisit } from "./returnVisit.js";

/** The kinds of open matter, in the order the dashboard lists equal rows. */
export const openMatterKinds = [
  "promise",
  "meetingAction",
  "ticket",
  "visitDue",
  "rectification",
] as const;
export type OpenMatterKind = (typeof openMatterKinds)[number];

/** One open matter. */
export interface OpenMatter {
  kind: OpenMatterKind;
  id: string;
  title: string;
  openedAt: Date;
  /** Null when the matter has no deadline (e.g. a meeting item whose action is not decided). */
  dueAt: Date | null;
  /** The person who answers for it; null when nobody is assigned. */
  ownerId: string | null;
  department: Department | null;
}

/** A row of the dashboard: the matter with its age and overdue flag at `now`. */
export interface OpenMatterRow extends OpenMatter {
  ageMs: number;
  /** Whole days open. */
  ageDays: number;
  /** The due time has come (`dueAt ≤ now`), as for promises and visits. */
  overdue: boolean;
}

const DAY_MS = 86_400_000;

/** The dashboard row of a matter at `now`. */
export function openMatterRow(matter: OpenMatter, now: Date): OpenMatterRow {
  const ageMs = Math.max(0, now.getTime() - matter.openedAt.getTime());
  return {
    ...matter,
    ageMs,
    ageDays: Math.floor(ageMs / DAY_MS),
    overdue: matter.dueAt !== null && matter.dueAt.getTime() <= now.getTime(),
  };
}

/** Overdue first, then the oldest first; equal rows by kind (in {@link openMatterKinds}) and id. */
export function compareOpenMatters(a: OpenMatterRow, b: OpenMatterRow): number {
  return (
    Number(b.overdue) - Number(a.overdue) ||
    a.openedAt.getTime() - b.openedAt.getTime() ||
    openMatterKinds.indexOf(a.kind) - openMatterKinds.indexOf(b.kind) ||
    a.id.localeCompare(b.id)
  );
}

/** The dashboard's filter: a department, a person, or both; empty shows everything. */
export interface OpenMatterFilter {
  department?: Department;
  personId?: string;
}

/** Whether a row passes the filter. */
export function matchesFilter(matter: OpenMatter, filter: OpenMatterFilter): boolean {
  return (
    (filter.department === undefined || matter.department === filter.department) &&
    (filter.personId === undefined || matter.ownerId === filter.personId)
  );
}

/** The dashboard: the matters' rows at `now`, filtered, overdue first, then oldest first. */
export function closureDashboard(
  matters: readonly OpenMatter[],
  now: Date,
  filter: OpenMatterFilter = {},
): OpenMatterRow[] {
  return matters
    .filter((matter) => matchesFilter(matter, filter))
    .map((matter) => openMatterRow(matter, now))
    .sort(compareOpenMatters);
}

/** Counts for the dashboard's header. */
export interface OpenMatterSummary {
  open: number;
  overdue: number;
  byKind: Record<OpenMatterKind, number>;
}

/** How many rows, how many overdue, and how many of each kind. */
export function summariseOpenMatters(rows: readonly OpenMatterRow[]): OpenMatterSummary {
  const byKind = Object.fromEntries(openMatterKinds.map((kind) => [kind, 0])) as Record<
    OpenMatterKind,
    number
  >;
  let overdue = 0;
  for (const row of rows) {
    byKind[row.kind] += 1;
    if (row.overdue) overdue += 1;
  }
  return { open: rows.length, overdue, byKind };
}

/** Ticket statuses before "done" (SPEC §5); a done ticket's follow-up is its return visit. */
export const openTicketStatuses = ["open", "assigned", "inProgress"] as const;

/** A ticket as the dashboard needs it. */
export interface TicketForDashboard {
  id: string;
  title: string;
  status: string;
  createdAt: Date;
  dueAt: Date | null;
  assigneeId: string | null;
  department: Department;
}

/** The open matter of a ticket, or null once it is done. */
export function ticketMatter(ticket: TicketForDashboard): OpenMatter | null {
  if (!(openTicketStatuses as readonly string[]).includes(ticket.status)) return null;
  return {
    kind: "ticket",
    id: ticket.id,
    title: ticket.title,
    openedAt: ticket.createdAt,
    dueAt: ticket.dueAt,
    ownerId: ticket.assigneeId,
    department: ticket.department,
  };
}

/** The open matter of a promise, or null once the owner has been answered (by `now`). */
export function promiseMatter(
  promise: Pick<
    OwnerPromise,
    "id" | "question" | "promisedAt" | "answerDueAt" | "promisedBy" | "department" | "answer"
  >,
  now: Date,
): OpenMatter | null {
  const state = promiseState(promise, now);
  if (state === "kept" || state === "lateKept") return null;
  return {
    kind: "promise",
    id: promise.id,
    title: promise.question,
    openedAt: promise.promisedAt,
    dueAt: promise.answerDueAt,
    ownerId: promise.promisedBy,
    department: promise.department,
  };
}

/** The open matter of a planned visit (a customer-service matter), or null once it is done. */
export function visitMatter(
  visit: Pick<ReturnVisit, "id" | "note" | "plannedFor" | "assigneeId" | "outcome"> & {
    createdAt: Date;
  },
): OpenMatter | null {
  if (visit.outcome !== null) return null;
  return {
    kind: "visitDue",
    id: visit.id,
    title: visit.note,
    openedAt: visit.createdAt,
    dueAt: visit.plannedFor,
    ownerId: visit.assigneeId,
    department: "customerService",
  };
}

/** The open matter of a meeting item not closed: owned by its action's owner, due by its deadline. */
export function meetingActionMatter(open: OpenMeetingAction): OpenMatter {
  return {
    kind: "meetingAction",
    id: `${open.meetingId}_${open.itemId}`,
    title: open.title,
    openedAt: open.escalatedAt,
    dueAt: open.action?.deadline ?? null,
    ownerId: open.action?.ownerId ?? null,
    department: open.action?.department ?? null,
  };
}

/** The open matter of a rectification task (C3), or null once it is done. */
export function rectificationMatter(
  task: Pick<
    Rectification,
    "id" | "title" | "status" | "createdAt" | "deadline" | "ownerUid" | "department"
  >,
): OpenMatter | null {
  if (task.status === "done") return null;
  return {
    kind: "rectification",
    id: task.id,
    title: task.title,
    openedAt: task.createdAt,
    dueAt: task.deadline,
    ownerId: task.ownerUid,
    department: task.department,
  };
}

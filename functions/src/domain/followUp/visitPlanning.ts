/**
 * Visit planning (C6 "物管員及相關職能部門應定期對相關業主進行回訪"; article A "堅持走訪",
 * "和業主不能太遠"). The rules are data, configurable per estate; the functions turn what
 * happened (tickets done, ratings, survey answers, visits made) into the visits that should
 * exist at `now`, each with a deterministic id, so a scheduled check that runs twice plans
 * each visit once (create-once on the id).
 *
 * "Within N days" counts calendar days in the estate's zone: a visit due within 3 days of a
 * ticket done on Monday 15:00 is on time until the end of Thursday; 0 means the same day.
 */
import { DateTime } from "luxon";
import { z } from "zod";
import { addDays, dayOf, dayRange, DEFAULT_TIME_ZONE } from "../time.js";
import { exactRate, type ExactRate } from "./exactRate.js";
import {
  visitChannelSchema,
  type OwnerSatisfaction,
  type ReturnVisit,
  type VisitChannel,
} from "./returnVisit.js";

const withinDays = z.int().min(0).max(60);

/** The planning rules of one estate. */
export const visitPlanningRulesSchema = z.object({
  /** After a ticket is done: within how many days, per ticket type. */
  afterTicket: z.object({
    withinDaysByType: z.record(z.string().trim().min(1).max(40), withinDays),
    /** For ticket types not listed; null: no return visit for them. */
    defaultWithinDays: withinDays.nullable(),
  }),
  /** After an owner rated a service dissatisfied. */
  afterDissatisfiedRating: z.object({ withinDays }),
  /** After a survey answer rated some area below `belowLevel` (1–5 scale). */
  afterLowSurveyAnswer: z.object({ belowLevel: z.int().min(2).max(5), withinDays }),
  /** Household visits (走訪): every household every `everyMonths` months. */
  periodic: z.object({
    everyMonths: z.int().min(1).max(36),
    /** How many days before it is due a periodic visit is planned (shows as upcoming). */
    planAheadDays: z.int().min(0).max(90),
    /** Which visits count as having visited the household (in person, by default). */
    countedChannels: z.array(visitChannelSchema).min(1),
  }),
});
export type VisitPlanningRules = z.infer<typeof visitPlanningRulesSchema>;

/** The rules an estate starts with. */
export const DEFAULT_VISIT_PLANNING_RULES: VisitPlanningRules = {
  afterTicket: { withinDaysByType: { complaint: 1, repair: 3 }, defaultWithinDays: 3 },
  afterDissatisfiedRating: { withinDays: 1 },
  afterLowSurveyAnswer: { belowLevel: 3, withinDays: 7 },
  periodic: { everyMonths: 6, planAheadDays: 14, countedChannels: ["door", "meeting"] },
};

/** A visit that should exist: a {@link ReturnVisit} without estate and outcome. */
export type PlannedVisit = Omit<ReturnVisit, "estateId" | "outcome">;

/** A ticket that reached "done". */
export interface DoneTicket {
  ticketId: string;
  ticketType: string;
  /** Null for a ticket of no household (common areas): nobody to visit. */
  householdId: string | null;
  title: string;
  doneAt: Date;
}

/** An owner's rating of a service (on-site service, ticket). */
export interface TicketRating {
  ticketId: string;
  householdId: string;
  rating: OwnerSatisfaction;
  ratedAt: Date;
}

/** A household's survey answer: the level (1–5) per area, null when unanswered. */
export interface SurveyAnswer {
  campaignId: string;
  householdId: string;
  submittedAt: Date;
  ratings: Readonly<Record<string, number | null>>;
}

/** A household, and since when the estate knows it (the first periodic visit counts from then). */
export interface HouseholdForVisits {
  householdId: string;
  knownSince: Date;
}

/** A visit as far as coverage and periodic planning need it. */
export interface VisitMade {
  householdId: string;
  outcome: { doneAt: Date; channel: VisitChannel } | null;
}

/** The instant a visit "within `days` days" of `eventAt` becomes late: the end of that local day. */
export function withinDaysDeadline(
  eventAt: Date,
  days: number,
  zone: string = DEFAULT_TIME_ZONE,
): Date {
  return dayRange(addDays(dayOf(eventAt, zone), days + 1), zone).start;
}

/** C6: the return visit after a done ticket, or null when its type needs none. */
export function visitAfterTicket(
  ticket: DoneTicket,
  rules: VisitPlanningRules,
  zone: string = DEFAULT_TIME_ZONE,
): PlannedVisit | null {
  const days =
    rules.afterTicket.withinDaysByType[ticket.ticketType] ?? rules.afterTicket.defaultWithinDays;
  if (days === null || ticket.householdId === null) return null;
  return {
    id: `afterTicket_${ticket.ticketId}`,
    householdId: ticket.householdId,
    reason: "afterTicket",
    source: { kind: "ticket", ticketId: ticket.ticketId },
    note: ticket.title,
    plannedFor: withinDaysDeadline(ticket.doneAt, days, zone),
    assigneeId: null,
  };
}

/** C6: the return visit after a dissatisfied rating, or null for any other rating. */
export function visitAfterRating(
  rating: TicketRating,
  rules: VisitPlanningRules,
  zone: string = DEFAULT_TIME_ZONE,
): PlannedVisit | null {
  if (rating.rating !== "dissatisfied") return null;
  return {
    id: `dissatisfiedRating_${rating.ticketId}`,
    householdId: rating.householdId,
    reason: "dissatisfiedRating",
    source: { kind: "ticket", ticketId: rating.ticketId },
    note: "",
    plannedFor: withinDaysDeadline(rating.ratedAt, rules.afterDissatisfiedRating.withinDays, zone),
    assigneeId: null,
  };
}

/**
 * C6: the return visit after a survey answer that rated some area below the threshold, or
 * null. The note lists the low areas (sorted), so the visitor knows what to ask about. A
 * corrected answer keeps the same id: one visit per household and campaign.
 */
export function visitAfterSurveyAnswer(
  answer: SurveyAnswer,
  rules: VisitPlanningRules,
  zone: string = DEFAULT_TIME_ZONE,
): PlannedVisit | null {
  const { belowLevel, withinDays: days } = rules.afterLowSurveyAnswer;
  const lowAreas = Object.entries(answer.ratings)
    .filter(([, level]) => level !== null && level < belowLevel)
    .map(([area]) => area)
    .sort();
  if (lowAreas.length === 0) return null;
  return {
    id: `lowSurveyAnswer_${answer.campaignId}_${answer.householdId}`,
    householdId: answer.householdId,
    reason: "lowSurveyAnswer",
    source: { kind: "surveyResponse", campaignId: answer.campaignId },
    note: lowAreas.join(", "),
    plannedFor: withinDaysDeadline(answer.submittedAt, days, zone),
    assigneeId: null,
  };
}

function countsAsVisited(
  visit: VisitMade,
  rules: VisitPlanningRules,
): visit is VisitMade & { outcome: NonNullable<VisitMade["outcome"]> } {
  return visit.outcome !== null && rules.periodic.countedChannels.includes(visit.outcome.channel);
}

/** The latest counted visit of each household. */
function lastVisits(visits: readonly VisitMade[], rules: VisitPlanningRules): Map<string, Date> {
  const last = new Map<string, Date>();
  for (const visit of visits) {
    if (!countsAsVisited(visit, rules)) continue;
    const known = last.get(visit.householdId);
    if (known === undefined || visit.outcome.doneAt > known) {
      last.set(visit.householdId, visit.outcome.doneAt);
    }
  }
  return last;
}

/**
 * Article A "堅持走訪": the periodic visits that should exist at `now`. A household is due
 * `everyMonths` calendar months (in the estate's zone) after its last counted visit, or after
 * it became known when never visited, within that local day; the visit is planned
 * `planAheadDays` before. The id names the household and the due day, so it stays the same
 * until the household is visited, and a visit made since gives the next one a new id.
 */
export function periodicVisitsDue(
  households: readonly HouseholdForVisits[],
  visits: readonly VisitMade[],
  rules: VisitPlanningRules,
  now: Date,
  zone: string = DEFAULT_TIME_ZONE,
): PlannedVisit[] {
  const last = lastVisits(visits, rules);
  const planned: PlannedVisit[] = [];
  for (const household of households) {
    const lastVisit = last.get(household.householdId);
    const base = lastVisit ?? household.knownSince;
    const dueDay = DateTime.fromISO(dayOf(base, zone), { zone })
      .plus({ months: rules.periodic.everyMonths })
      .toISODate();
    if (dueDay === null) continue;
    const planFrom = dayRange(addDays(dueDay, -rules.periodic.planAheadDays), zone).start;
    if (planFrom.getTime() > now.getTime()) continue;
    planned.push({
      id: `periodic_${household.householdId}_${dueDay}`,
      householdId: household.householdId,
      reason: "periodic",
      source: { kind: "household" },
      note: lastVisit === undefined ? "" : dayOf(lastVisit, zone),
      plannedFor: dayRange(addDays(dueDay, 1), zone).start,
      assigneeId: null,
    });
  }
  return planned;
}

/** Everything the scheduled check knows when it plans visits. */
export interface VisitPlanningInput {
  doneTickets: readonly DoneTicket[];
  ratings: readonly TicketRating[];
  surveyAnswers: readonly SurveyAnswer[];
  households: readonly HouseholdForVisits[];
  visits: readonly VisitMade[];
}

/**
 * Every visit that should exist at `now`, once per id, sorted by planned time then id.
 * Event-driven visits (after a ticket, a rating, a survey answer) are planned as soon as their
 * event happened at or before `now`; periodic ones as {@link periodicVisitsDue} says.
 */
export function planVisits(
  input: VisitPlanningInput,
  rules: VisitPlanningRules,
  now: Date,
  zone: string = DEFAULT_TIME_ZONE,
): PlannedVisit[] {
  const happened = (at: Date) => at.getTime() <= now.getTime();
  const candidates = [
    ...input.doneTickets
      .filter((ticket) => happened(ticket.doneAt))
      .map((ticket) => visitAfterTicket(ticket, rules, zone)),
    ...input.ratings
      .filter((rating) => happened(rating.ratedAt))
      .map((rating) => visitAfterRating(rating, rules, zone)),
    ...input.surveyAnswers
      .filter((answer) => happened(answer.submittedAt))
      .map((answer) => visitAfterSurveyAnswer(answer, rules, zone)),
    ...periodicVisitsDue(input.households, input.visits, rules, now, zone),
  ];
  const byId = new Map<string, PlannedVisit>();
  for (const visit of candidates) {
    if (visit !== null && !byId.has(visit.id)) byId.set(visit.id, visit);
  }
  return [...byId.values()].sort(
    (a, b) => a.plannedFor.getTime() - b.plannedFor.getTime() || a.id.localeCompare(b.id),
  );
}

/**
 * The ids of open periodic visits that are no longer due (the household was visited since):
 * the scheduled check can close them as superseded rather than leave them open forever.
 */
export function supersededPeriodicVisits(
  openVisits: readonly Pick<ReturnVisit, "id" | "reason" | "outcome">[],
  planned: readonly Pick<PlannedVisit, "id">[],
): string[] {
  const stillDue = new Set(planned.map((visit) => visit.id));
  return openVisits
    .filter(
      (visit) => visit.reason === "periodic" && visit.outcome === null && !stillDue.has(visit.id),
    )
    .map((visit) => visit.id)
    .sort();
}

/** Article A "不能太遠": how many households were visited within the last months. */
export interface VisitCoverage {
  /** The start of the window: `everyMonths` calendar months before `now`, in the zone. */
  since: Date;
  households: number;
  visited: number;
  /** visited ÷ households; null for an estate without households. */
  rate: ExactRate | null;
}

/**
 * Visit coverage: the households (of the list) with a counted visit done in
 * [now − everyMonths months, now], divided by the number of households.
 */
export function visitCoverage(
  householdIds: readonly string[],
  visits: readonly VisitMade[],
  rules: VisitPlanningRules,
  now: Date,
  zone: string = DEFAULT_TIME_ZONE,
): VisitCoverage {
  const since = DateTime.fromJSDate(now, { zone })
    .minus({ months: rules.periodic.everyMonths })
    .toJSDate();
  const known = new Set(householdIds);
  const visited = new Set<string>();
  for (const visit of visits) {
    if (!countsAsVisited(visit, rules) || !known.has(visit.householdId)) continue;
    const doneAt = visit.outcome.doneAt.getTime();
    if (doneAt >= since.getTime() && doneAt <= now.getTime()) visited.add(visit.householdId);
  }
  return {
    since,
    households: known.size,
    visited: visited.size,
    rate: exactRate(visited.size, known.size),
  };
}

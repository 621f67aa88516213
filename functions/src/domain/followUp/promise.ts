/**
 * Promise (預約答復時間, C8 "回訪中,對業主的詢問、意見,不能當即答復的,應告知預約時間答復"):
 * a question the staff could not answer on the spot, on any record (reception, visit, ticket),
 * with the answer time agreed with the owner. Its state is derived from the answer and `now`
 * (never stored, so it cannot drift): open → kept / lateKept, or overdue until answered.
 * The promise-keeping rate is shown per person and per estate.
 */
import { z } from "zod";
import { docId, instant, requiredText } from "../schema/common.js";
import { departmentSchema } from "../schema/role.js";
import { exactRate, type ExactRate } from "./exactRate.js";

/** The record a promise belongs to, by kind and id (`paths.ts` spells the Firestore path). */
export const promiseRecordSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("reception"), receptionId: docId }),
  z.object({ kind: z.literal("visit"), visitId: docId }),
  z.object({ kind: z.literal("ticket"), ticketId: docId }),
]);
export type PromiseRecord = z.infer<typeof promiseRecordSchema>;

/** The answer given to the owner. */
export const promiseAnswerSchema = z.object({
  text: requiredText(2000),
  answeredAt: instant,
  answeredBy: docId,
});
export type PromiseAnswer = z.infer<typeof promiseAnswerSchema>;

/** A promised answer time (named `OwnerPromise` in code: `Promise` is JavaScript's). */
export const ownerPromiseSchema = z
  .object({
    id: docId,
    estateId: docId,
    /** The household that asked; null for a question of no household (e.g. a passer-by). */
    householdId: docId.nullable(),
    record: promiseRecordSchema,
    /** The question that could not be answered on the spot. */
    question: requiredText(1000),
    /** Who made the promise and answers for it (the assignee of the escalation ladder). */
    promisedBy: docId,
    department: departmentSchema,
    promisedAt: instant,
    /** The answer time agreed with the owner. */
    answerDueAt: instant,
    /** Null until the owner has been answered. */
    answer: promiseAnswerSchema.nullable(),
  })
  .refine((promise) => promise.answerDueAt.getTime() > promise.promisedAt.getTime(), {
    error: "the promised answer time must be after the promise was made",
    path: ["answerDueAt"],
  });
export type OwnerPromise = z.infer<typeof ownerPromiseSchema>;

/** Where a promise stands. */
export const promiseStates = ["open", "kept", "lateKept", "overdue"] as const;
export type PromiseState = (typeof promiseStates)[number];

/**
 * The state of a promise at `now`: answered by the agreed time → kept; answered after it →
 * lateKept; not answered and the time has come (`now` ≥ due) → overdue; otherwise open.
 * An answer recorded after `now` (a clock skew, or a report about the past) is not seen yet.
 */
export function promiseState(
  promise: Pick<OwnerPromise, "answerDueAt" | "answer">,
  now: Date,
): PromiseState {
  const due = promise.answerDueAt.getTime();
  const answered = promise.answer?.answeredAt.getTime();
  if (answered !== undefined && answered <= now.getTime()) {
    return answered <= due ? "kept" : "lateKept";
  }
  return now.getTime() >= due ? "overdue" : "open";
}

/** Whether a promise is open and due within `withinMs` of `now` (the desk's "due soon"). */
export function isDueSoon(
  promise: Pick<OwnerPromise, "answerDueAt" | "answer">,
  now: Date,
  withinMs: number,
): boolean {
  return (
    promiseState(promise, now) === "open" &&
    promise.answerDueAt.getTime() - now.getTime() <= withinMs
  );
}

/** Counts behind a promise-keeping rate. */
export interface PromiseKeeping {
  /** Promises whose outcome is decided at `now`: answered, or overdue. */
  due: number;
  kept: number;
  lateKept: number;
  overdue: number;
  /** kept ÷ due; null when nothing is due. */
  rate: ExactRate | null;
}

/** Promise keeping of an estate, and per person who promised. */
export interface PromiseKeepingReport {
  estate: PromiseKeeping;
  /** By `promisedBy`, sorted by person id. */
  byPerson: Record<string, PromiseKeeping>;
}

function keeping(states: readonly PromiseState[]): PromiseKeeping {
  const count = (state: PromiseState) => states.filter((each) => each === state).length;
  const kept = count("kept");
  const lateKept = count("lateKept");
  const overdue = count("overdue");
  const due = kept + lateKept + overdue;
  return { due, kept, lateKept, overdue, rate: exactRate(kept, due) };
}

/**
 * C8 promise-keeping rate at `now`: promises kept on time ÷ promises due, per estate and per
 * person. "Due" means decided: answered (on time or late) or overdue. A promise answered
 * before its time counts as kept as soon as it is answered; an unanswered one whose time has
 * not come counts in neither. With `period`, only promises whose agreed time falls in
 * [start, end) count.
 */
export function promiseKeeping(
  promises: readonly Pick<OwnerPromise, "promisedBy" | "answerDueAt" | "answer">[],
  now: Date,
  period?: { start: Date; end: Date },
): PromiseKeepingReport {
  const inPeriod = promises.filter(
    (promise) =>
      period === undefined ||
      (promise.answerDueAt >= period.start && promise.answerDueAt < period.end),
  );
  const statesByPerson = new Map<string, PromiseState[]>();
  const all: PromiseState[] = [];
  for (const promise of inPeriod) {
    const state = promiseState(promise, now);
    all.push(state);
    const states = statesByPerson.get(promise.promisedBy) ?? [];
    states.push(state);
    statesByPerson.set(promise.promisedBy, states);
  }
  const byPerson: Record<string, PromiseKeeping> = {};
  for (const person of [...statesByPerson.keys()].sort()) {
    byPerson[person] = keeping(statesByPerson.get(person) ?? []);
  }
  return { estate: keeping(all), byPerson };
}

/** Why an answer cannot be recorded. */
export type AnswerPromiseRefusal = "alreadyAnswered" | "answeredBeforePromised";

/**
 * Records the owner's answer, which closes the promise. An answered promise is never
 * re-answered (a further answer is a new record). Throws a ZodError on an invalid answer.
 */
export function answerPromise(
  promise: OwnerPromise,
  answer: PromiseAnswer,
): { answered: true; promise: OwnerPromise } | { answered: false; reason: AnswerPromiseRefusal } {
  const parsed = promiseAnswerSchema.parse(answer);
  if (promise.answer !== null) return { answered: false, reason: "alreadyAnswered" };
  if (parsed.answeredAt < promise.promisedAt) {
    return { answered: false, reason: "answeredBeforePromised" };
  }
  return { answered: true, promise: { ...promise, answer: parsed } };
}

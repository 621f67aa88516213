import { describe, expect, it } from "vitest";
import {
  answerPromise,
  isDueSoon,
  ownerPromiseSchema,
  promiseKeeping,
  promiseState,
  type OwnerPromise,
} from "./promise.js";

const at = (text: string) => new Date(`${text}+08:00`);

const promise: OwnerPromise = {
  id: "p1",
  estateId: "demo",
  householdId: "h1",
  record: { kind: "reception", receptionId: "r1" },
  question: "車位租金明年會漲嗎?",
  promisedBy: "cs-lin",
  department: "customerService",
  promisedAt: at("2026-10-05T10:00:00"),
  answerDueAt: at("2026-10-07T17:00:00"),
  answer: null,
};

const answered = (answeredAt: string): OwnerPromise => ({
  ...promise,
  answer: { text: "明年不漲", answeredAt: at(answeredAt), answeredBy: "cs-lin" },
});

describe("C8 預約答復時間: the state of a promise", () => {
  it.each([
    {
      clause: "C8 not answered, before the agreed time: open",
      promise,
      now: "2026-10-07T16:59:59",
      state: "open",
    },
    {
      clause: "C8 not answered at the agreed time: overdue",
      promise,
      now: "2026-10-07T17:00:00",
      state: "overdue",
    },
    {
      clause: "C8 not answered, days later: overdue",
      promise,
      now: "2026-10-10T09:00:00",
      state: "overdue",
    },
    {
      clause: "C8 answered before the time: kept",
      promise: answered("2026-10-06T11:00:00"),
      now: "2026-10-10T09:00:00",
      state: "kept",
    },
    {
      clause: "C8 answered exactly at the time: kept",
      promise: answered("2026-10-07T17:00:00"),
      now: "2026-10-10T09:00:00",
      state: "kept",
    },
    {
      clause: "C8 answered after the time: late-kept",
      promise: answered("2026-10-08T09:00:00"),
      now: "2026-10-10T09:00:00",
      state: "lateKept",
    },
    {
      clause: "C8 an answer after `now` is not seen yet",
      promise: answered("2026-10-08T09:00:00"),
      now: "2026-10-07T18:00:00",
      state: "overdue",
    },
  ])("$clause", ({ promise: subject, now, state }) => {
    expect(promiseState(subject, at(now))).toBe(state);
  });

  it.each([
    {
      clause: "C8 due in 2 hours, window 4 hours: due soon",
      now: "2026-10-07T15:00:00",
      soon: true,
    },
    {
      clause: "C8 due in 6 hours, window 4 hours: not yet",
      now: "2026-10-07T11:00:00",
      soon: false,
    },
    {
      clause: "C8 already overdue: not 'due soon' (it escalates instead)",
      now: "2026-10-07T18:00:00",
      soon: false,
    },
  ])("$clause", ({ now, soon }) => {
    expect(isDueSoon(promise, at(now), 4 * 3_600_000)).toBe(soon);
  });
});

describe("C8 the owner's answer closes the promise", () => {
  const answer = { text: "明年不漲", answeredAt: at("2026-10-06T11:00:00"), answeredBy: "cs-lin" };

  it("C8 records the answer once", () => {
    const result = answerPromise(promise, answer);
    expect(result).toEqual({ answered: true, promise: { ...promise, answer } });
    if (!result.answered) throw new Error("expected answered");
    expect(answerPromise(result.promise, answer)).toEqual({
      answered: false,
      reason: "alreadyAnswered",
    });
  });

  it("C8 an answer before the promise was made is refused", () => {
    expect(answerPromise(promise, { ...answer, answeredAt: at("2026-10-05T09:00:00") })).toEqual({
      answered: false,
      reason: "answeredBeforePromised",
    });
  });

  it("C8 an empty answer is an error", () => {
    expect(() => answerPromise(promise, { ...answer, text: "  " })).toThrow(/empty/);
  });

  it("C8 the agreed time must be after the promise", () => {
    const result = ownerPromiseSchema.safeParse({ ...promise, answerDueAt: promise.promisedAt });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["answerDueAt"]);
  });
});

describe("C8 promise-keeping rate: kept on time ÷ promises due, per person and per estate", () => {
  const now = at("2026-10-31T12:00:00");
  const of = (person: string, due: string, answeredAt: string | null) => ({
    promisedBy: person,
    answerDueAt: at(due),
    answer:
      answeredAt === null ? null : { text: "答", answeredAt: at(answeredAt), answeredBy: person },
  });
  const promises = [
    of("cs-lin", "2026-10-05T17:00:00", "2026-10-05T16:00:00"), // kept
    of("cs-lin", "2026-10-06T17:00:00", "2026-10-08T09:00:00"), // late-kept
    of("cs-lin", "2026-10-20T17:00:00", null), // overdue
    of("cs-chen", "2026-10-10T17:00:00", "2026-10-10T17:00:00"), // kept
    of("cs-chen", "2026-11-10T17:00:00", null), // open: not due
    of("cs-wu", "2026-11-12T17:00:00", null), // open: not due
    of("cs-wu", "2026-11-12T17:00:00", "2026-10-30T10:00:00"), // answered early: kept
  ];

  it("C8 per estate: 3 kept of 5 due", () => {
    expect(promiseKeeping(promises, now).estate).toEqual({
      due: 5,
      kept: 3,
      lateKept: 1,
      overdue: 1,
      rate: { numerator: 3, denominator: 5, value: 0.6, display: "60.0%" },
    });
  });

  it.each([
    {
      clause: "C8 cs-lin: 1 of 3 (late and overdue count as not kept)",
      person: "cs-lin",
      rate: { numerator: 1, denominator: 3, value: 0.3333, display: "33.3%" },
    },
    {
      clause: "C8 cs-chen: 1 of 1 (the open one is not due)",
      person: "cs-chen",
      rate: { numerator: 1, denominator: 1, value: 1, display: "100.0%" },
    },
    {
      clause: "C8 cs-wu: answered early counts as kept",
      person: "cs-wu",
      rate: { numerator: 1, denominator: 1, value: 1, display: "100.0%" },
    },
  ])("$clause", ({ person, rate }) => {
    expect(promiseKeeping(promises, now).byPerson[person]?.rate).toEqual(rate);
  });

  it("C8 nobody with nothing due: the rate is null, not 0 or 100%", () => {
    const report = promiseKeeping([of("cs-new", "2026-11-30T17:00:00", null)], now);
    expect(report.estate.rate).toBeNull();
    expect(report.byPerson["cs-new"]).toEqual({
      due: 0,
      kept: 0,
      lateKept: 0,
      overdue: 0,
      rate: null,
    });
    expect(promiseKeeping([], now).estate.rate).toBeNull();
  });

  it("C8 a period counts the promises whose agreed time falls in it", () => {
    const report = promiseKeeping(promises, now, {
      start: at("2026-10-06T00:00:00"),
      end: at("2026-10-11T00:00:00"),
    });
    expect(report.estate.rate).toEqual({
      numerator: 1,
      denominator: 2,
      value: 0.5,
      display: "50.0%",
    });
    expect(Object.keys(report.byPerson)).toEqual(["cs-chen", "cs-lin"]);
  });
});

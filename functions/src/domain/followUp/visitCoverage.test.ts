import { describe, expect, it } from "vitest";
import type { VisitChannel } from "./returnVisit.js";
import {
  coverageFigure,
  channelSetKey,
  coverageSince,
  latestByChannelSet,
  visitedSince,
  withVisit,
  type LastVisits,
} from "./visitCoverage.js";
import {
  DEFAULT_VISIT_PLANNING_RULES,
  visitCoverage,
  type VisitMade,
  type VisitPlanningRules,
} from "./visitPlanning.js";

const ZONE = "Asia/Shanghai";
const at = (text: string) => new Date(`${text}+08:00`);
const rules: VisitPlanningRules = DEFAULT_VISIT_PLANNING_RULES; // every 6 months, door + meeting
const visit = (householdId: string, channel: VisitChannel, doneAt: string): VisitMade => ({
  householdId,
  outcome: { channel, doneAt: at(doneAt) },
});

describe("A 不能太遠: a household's latest visit per channel (the bounded summary)", () => {
  it.each([
    {
      clause: "A a first visit is stored under its channel",
      latest: {},
      visit: visit("h1", "door", "2026-09-01T10:00:00"),
      expected: { latest: { door: at("2026-09-01T10:00:00") }, changed: true },
    },
    {
      clause: "A a later visit replaces the channel's latest",
      latest: { door: at("2026-08-01T10:00:00") },
      visit: visit("h1", "door", "2026-09-01T10:00:00"),
      expected: { latest: { door: at("2026-09-01T10:00:00") }, changed: true },
    },
    {
      clause: "A an earlier visit (a trigger delivered late) changes nothing",
      latest: { door: at("2026-09-01T10:00:00") },
      visit: visit("h1", "door", "2026-08-01T10:00:00"),
      expected: { latest: { door: at("2026-09-01T10:00:00") }, changed: false },
    },
    {
      clause: "A the same visit twice (redelivered) changes nothing",
      latest: { door: at("2026-09-01T10:00:00") },
      visit: visit("h1", "door", "2026-09-01T10:00:00"),
      expected: { latest: { door: at("2026-09-01T10:00:00") }, changed: false },
    },
    {
      clause: "A another channel keeps its own latest",
      latest: { door: at("2026-09-01T10:00:00") },
      visit: visit("h1", "phone", "2026-09-05T10:00:00"),
      expected: {
        latest: { door: at("2026-09-01T10:00:00"), phone: at("2026-09-05T10:00:00") },
        changed: true,
      },
    },
    {
      clause: "A a visit not made yet changes nothing",
      latest: {},
      visit: { householdId: "h1", outcome: null },
      expected: { latest: {}, changed: false },
    },
  ])("$clause", ({ latest, visit: made, expected }) => {
    expect(withVisit(latest, made)).toEqual(expected);
  });
});

describe("A visit coverage: the window and the counted channels (goal: every household every N months)", () => {
  const now = at("2026-10-01T10:00:00");
  it("A the window starts N calendar months before now, in the estate's zone", () => {
    expect(coverageSince(rules, now, ZONE)).toEqual(at("2026-04-01T10:00:00"));
    expect(
      coverageSince({ periodic: { ...rules.periodic, everyMonths: 1 } }, at("2026-03-31T10:00:00")),
    ).toEqual(at("2026-02-28T10:00:00"));
  });

  it.each([
    {
      clause: "A a door visit inside the window counts",
      latest: { door: at("2026-09-01T10:00:00") },
      expected: true,
    },
    {
      clause: "A a visit exactly at the window's start counts",
      latest: { meeting: at("2026-04-01T10:00:00") },
      expected: true,
    },
    {
      clause: "A a visit just before the window does not count",
      latest: { door: at("2026-04-01T09:59:59") },
      expected: false,
    },
    {
      clause: "A a phone call is not a visit unless the estate counts phone",
      latest: { phone: at("2026-09-01T10:00:00") },
      expected: false,
    },
    { clause: "A never visited", latest: {}, expected: false },
  ])("$clause", ({ latest, expected }) => {
    expect(visitedSince(latest, rules.periodic.countedChannels, coverageSince(rules, now))).toBe(
      expected,
    );
  });

  it("A the figure from the summaries equals the figure from every visit", () => {
    // Deterministic pseudo-random visits (a linear congruential generator).
    let seed = 20261001;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const channels: VisitChannel[] = ["phone", "door", "meeting"];
    const households = Array.from({ length: 60 }, (_, index) => `h${String(index)}`);
    const visits: VisitMade[] = Array.from({ length: 400 }, () => ({
      householdId: households[Math.floor(next() * households.length)] ?? "h0",
      outcome: {
        channel: channels[Math.floor(next() * 3)] ?? "door",
        doneAt: new Date(now.getTime() - Math.floor(next() * 400) * 86_400_000),
      },
    }));
    const summaries = new Map<string, LastVisits["latest"]>();
    for (const made of visits) {
      summaries.set(
        made.householdId,
        withVisit(summaries.get(made.householdId) ?? {}, made).latest,
      );
    }
    const since = coverageSince(rules, now, ZONE);
    const visited = [...summaries.values()].filter((latest) =>
      visitedSince(latest, rules.periodic.countedChannels, since),
    ).length;
    const figure = coverageFigure({ households: households.length, visited }, rules, now, ZONE);
    const reference = visitCoverage(households, visits, rules, now, ZONE);
    expect(figure.rate).toEqual(reference.rate);
    expect(figure.since).toEqual(reference.since);
    expect(figure.visited).toBeGreaterThan(0);
    expect(figure.visited).toBeLessThan(households.length);
  });

  it.each([
    {
      clause: "A 45 of 60 visited: 75.0%, goal not met, 15 to visit",
      counts: { households: 60, visited: 45 },
      expected: { display: "75.0%", goalMet: false, toVisit: 15 },
    },
    {
      clause: "A every household visited: goal met",
      counts: { households: 60, visited: 60 },
      expected: { display: "100.0%", goalMet: true, toVisit: 0 },
    },
  ])("$clause", ({ counts, expected }) => {
    const figure = coverageFigure(counts, rules, now, ZONE);
    expect({
      display: figure.rate?.display,
      goalMet: figure.goalMet,
      toVisit: figure.toVisit,
    }).toEqual(expected);
    expect(figure.everyMonths).toBe(6);
  });

  it("A an estate without households has no rate (null, not 0%)", () => {
    expect(coverageFigure({ households: 0, visited: 0 }, rules, now).rate).toBeNull();
  });

  it("A more households visited than exist is refused, naming both counts", () => {
    expect(() => coverageFigure({ households: 3, visited: 4 }, rules, now)).toThrow(
      "4 households visited of 3",
    );
  });
});

describe("A visit coverage: one range filter for any set of counted channels", () => {
  const latest = { phone: at("2026-10-01T10:00:00"), door: at("2026-06-01T10:00:00") };

  it.each([
    { channels: ["door"], key: "door", expected: at("2026-06-01T10:00:00") },
    { channels: ["meeting", "door"], key: "door_meeting", expected: at("2026-06-01T10:00:00") },
    { channels: ["door", "phone"], key: "phone_door", expected: at("2026-10-01T10:00:00") },
    { channels: ["meeting"], key: "meeting", expected: undefined },
  ] satisfies { channels: VisitChannel[]; key: string; expected: Date | undefined }[])(
    "A channels $channels → key $key",
    ({ channels, key, expected }) => {
      expect(channelSetKey(channels)).toBe(key);
      expect(latestByChannelSet(latest)[key]).toEqual(expected);
    },
  );

  it("A the filter on the key agrees with visitedSince for every set and window", () => {
    const sets: VisitChannel[][] = [
      ["phone"],
      ["door"],
      ["meeting"],
      ["phone", "door"],
      ["phone", "meeting"],
      ["door", "meeting"],
      ["phone", "door", "meeting"],
    ];
    const bySet = latestByChannelSet(latest);
    expect(Object.keys(bySet).sort()).toEqual(
      ["door", "door_meeting", "phone", "phone_door", "phone_door_meeting", "phone_meeting"].sort(),
    );
    for (const channels of sets) {
      for (const since of [
        at("2026-05-01T00:00:00"),
        at("2026-07-01T00:00:00"),
        at("2026-11-01T00:00:00"),
      ]) {
        const stored = bySet[channelSetKey(channels)];
        const filtered = stored !== undefined && stored.getTime() >= since.getTime();
        expect(filtered).toBe(visitedSince(latest, channels, since));
      }
    }
  });
});

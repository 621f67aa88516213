import { describe, expect, it } from "vitest";
import { refusalReasons, splitMeetings } from "./meetingView.js";

const at = (text: string) => new Date(`${text}+08:00`);
const now = at("2026-11-27T12:00:00");

describe("C9 meeting list: upcoming and past", () => {
  it("C9 not held and from now on is upcoming, earliest first; the rest newest first", () => {
    const meetings = [
      {
        id: "held-last-week",
        scheduledFor: at("2026-11-20T09:30:00"),
        heldAt: at("2026-11-20T09:30:00"),
      },
      { id: "next-month", scheduledFor: at("2026-12-28T09:30:00"), heldAt: null },
      { id: "missed", scheduledFor: at("2026-11-23T09:30:00"), heldAt: null },
      { id: "next-week", scheduledFor: at("2026-11-30T09:30:00"), heldAt: null },
      {
        id: "held-early",
        scheduledFor: at("2026-12-07T09:30:00"),
        heldAt: at("2026-11-27T10:00:00"),
      },
    ];
    const { upcoming, past } = splitMeetings(meetings, now);
    expect(upcoming.map((each) => each.id)).toEqual(["next-week", "next-month"]);
    expect(past.map((each) => each.id)).toEqual(["held-early", "missed", "held-last-week"]);
  });
});

describe("C9 a refused close names its reasons", () => {
  it.each([
    {
      clause: "C9 closeMeetingItem's reasons",
      error: {
        code: "functions/failed-precondition",
        details: { reasons: ["actionNotDone", "ownerNotAnswered"] },
      },
      reasons: ["actionNotDone", "ownerNotAnswered"],
    },
    {
      clause: "C9 recordMeetingItem's reason",
      error: { details: { reason: "alreadyAnswered" } },
      reasons: ["alreadyAnswered"],
    },
    {
      clause: "C9 unknown reasons are left out",
      error: { details: { reasons: ["x", 3] } },
      reasons: [],
    },
    { clause: "C9 another error has none", error: new Error("network"), reasons: [] },
    { clause: "C9 nothing thrown but a string", error: "boom", reasons: [] },
  ])("$clause", ({ error, reasons }) => {
    expect(refusalReasons(error)).toEqual(reasons);
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_REGULAR_MEETING_RULE } from "../followUp/meetingAgenda.js";
import { defaultFollowUpSettings, followUpSettingsSchema } from "./followUpSettings.js";

describe("C9 follow-up settings: the regular meeting's weekday and time", () => {
  const { id, ladder, leads, dueSoonHours, visitPlanning } = defaultFollowUpSettings();
  const storedBefore = { id, ladder, leads, dueSoonHours, visitPlanning };

  it("C9 settings stored before the meeting time existed read as Monday 09:30", () => {
    expect(followUpSettingsSchema.parse(storedBefore).regularMeeting).toEqual({
      weekday: 1,
      time: "09:30",
    });
  });

  it("C9 the default settings hold the default meeting time", () => {
    expect(defaultFollowUpSettings().regularMeeting).toEqual(DEFAULT_REGULAR_MEETING_RULE);
  });

  it("C9 a stored meeting time is kept", () => {
    const parsed = followUpSettingsSchema.parse({
      ...storedBefore,
      regularMeeting: { weekday: 4, time: "14:00" },
    });
    expect(parsed.regularMeeting).toEqual({ weekday: 4, time: "14:00" });
  });

  it.each([
    ["weekday 0", { weekday: 0, time: "09:30" }, "regularMeeting.weekday"],
    ["weekday 8", { weekday: 8, time: "09:30" }, "regularMeeting.weekday"],
    ["time 24:00", { weekday: 1, time: "24:00" }, "regularMeeting.time"],
    ["time 9:30", { weekday: 1, time: "9:30" }, "regularMeeting.time"],
  ])("C9 a bad meeting time (%s) is refused at its field", (_name, regularMeeting, field) => {
    const result = followUpSettingsSchema.safeParse({ ...storedBefore, regularMeeting });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(field);
  });
});

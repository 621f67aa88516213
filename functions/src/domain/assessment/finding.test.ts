import { describe, expect, it } from "vitest";
import { findingSchema } from "./finding.js";

const base = {
  id: "f1",
  rule: "B2.3",
  staffId: "s1",
  teamId: "t1",
  at: new Date("2026-10-05T06:00:00Z"),
  status: "open",
  source: "manual",
  recordedBy: "director-1",
  evidence: [
    { kind: "text", text: "未佩戴標誌牌" },
    { kind: "photo", imageId: "f1_photo1" },
    { kind: "record", path: "estates/e1/receptions/r9" },
  ],
  referForDismissal: false,
  confirmation: null,
  clearing: null,
};
const confirmed = { by: "director-1", at: new Date("2026-10-06T06:00:00Z") };

describe("a finding (考核記錄)", () => {
  it("B2.3 a manual finding with text, photo and record evidence is valid", () => {
    expect(findingSchema.parse(base)).toEqual(base);
  });

  it.each([
    [
      "B2.4a confirmed with who and when",
      { rule: "B2.4a", status: "confirmed", confirmation: confirmed },
    ],
    ["B2.4c referred for dismissal", { rule: "B2.4c", referForDismissal: true }],
    [
      "B2.5a cleared with a reason, keeping its confirmation",
      {
        rule: "B2.5a",
        source: "automatic",
        status: "cleared",
        confirmation: confirmed,
        clearing: { ...confirmed, reason: "the call was logged on paper" },
      },
    ],
    ["B2.8 charged to a team", { rule: "B2.8", staffId: null }],
  ])("%s is valid", (_case, fields) => {
    expect(findingSchema.safeParse({ ...base, ...fields }).success).toBe(true);
  });

  it.each([
    [
      "B2.1 names neither person nor team",
      { rule: "B2.1", staffId: null, teamId: null },
      "neither",
    ],
    [
      "B2.6 confirmed without who confirmed",
      { rule: "B2.6", status: "confirmed" },
      "who confirmed",
    ],
    ["B2.5a cleared without a reason", { status: "cleared" }, "who cleared"],
    [
      "B2.5a cleared with a blank reason",
      { status: "cleared", clearing: { ...confirmed, reason: "  " } },
      "clearing",
    ],
    [
      "B2.4b open but carrying a clearing",
      { rule: "B2.4b", clearing: { ...confirmed, reason: "x" } },
      "only a cleared",
    ],
    ["B2.4b referred for dismissal", { rule: "B2.4b", referForDismissal: true }, "B2.4c"],
    ["B2.10 is not a finding", { rule: "B2.10", staffId: null }, "rule"],
    ["B2.12 does not exist", { rule: "B2.12" }, "rule"],
    ["B2.2 with a string instant", { rule: "B2.2", at: "2026-10-05" }, "at"],
  ])("%s is refused", (_case, fields, message) => {
    const result = findingSchema.safeParse({ ...base, ...fields });
    expect(result.success).toBe(false);
    expect(
      result.error?.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; "),
    ).toContain(message);
  });
});

import { describe, expect, it } from "vitest";
import { findingSchema } from "./finding.js";
import {
  FindingReviewError,
  clearedFinding,
  confirmedFinding,
  manualFindingInputSchema,
  manualFindingOf,
  type ManualFindingInput,
} from "./findingReview.js";

const now = new Date("2026-10-20T04:00:00Z");
/** The smallest PNG and JPEG headers: what the image store checks (magic bytes). */
const PNG = `data:image/png;base64,${btoa(String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))}`;
const JPEG = `data:image/jpeg;base64,${btoa(String.fromCharCode(0xff, 0xd8, 0xff, 0xe0))}`;
const input: ManualFindingInput = {
  estateId: "e1",
  requestId: "req-00000001",
  rule: "B2.3",
  staffId: "s1",
  teamId: null,
  at: "2026-10-20T09:30:00+08:00",
  evidenceText: "未佩戴標誌牌",
};

function make(change: Partial<ManualFindingInput>, teamId: string | null = null) {
  const parsed = manualFindingInputSchema.parse({ ...input, ...change });
  return manualFindingOf(
    { ...parsed, teamId: parsed.teamId ?? teamId },
    "director-1",
    now,
    "Asia/Shanghai",
  );
}

describe("manual findings (SPEC §8, issue 5 item 2)", () => {
  it.each([
    { clause: "B2.3 dress", change: { rule: "B2.3" }, status: "open" },
    { clause: "B2.4a uncivil language, recorded open", change: { rule: "B2.4a" }, status: "open" },
    {
      clause: "B2.4a confirmed on recording",
      change: { rule: "B2.4a", confirmed: true },
      status: "confirmed",
    },
    {
      clause: "B2.4c physical conflict referred for dismissal",
      change: { rule: "B2.4c", referForDismissal: true },
      status: "open",
    },
    {
      clause: "B2.8 unhandled case charged to a team",
      change: { rule: "B2.8", staffId: null, teamId: "customerService" },
      status: "open",
    },
  ] as const)("$clause", ({ change, status }) => {
    const finding = make(change);
    expect(findingSchema.safeParse(finding).success).toBe(true);
    expect(finding).toMatchObject({
      id: `${change.rule}_manual_req-00000001`,
      status,
      source: "manual",
      recordedBy: "director-1",
      evidence: [{ kind: "text", text: "未佩戴標誌牌" }],
    });
    expect(finding.confirmation).toEqual(
      status === "confirmed" ? { by: "director-1", at: now } : null,
    );
  });

  it("B2.9 keeps the linked record and the photos as evidence, each photo with its image id", () => {
    const finding = make({
      rule: "B2.9",
      recordPath: "estates/e1/renovations/r1",
      photos: [PNG, JPEG],
    });
    expect(finding.evidence).toEqual([
      { kind: "text", text: "未佩戴標誌牌" },
      { kind: "record", path: "estates/e1/renovations/r1" },
      { kind: "photo", imageId: "B2.9_manual_req-00000001_photo1" },
      { kind: "photo", imageId: "B2.9_manual_req-00000001_photo2" },
    ]);
  });

  it.each([
    { clause: "person or team, not both", change: { teamId: "order" }, path: "staffId" },
    { clause: "person or team, not neither", change: { staffId: null }, path: "staffId" },
    { clause: "B2.10 is not manual", change: { rule: "B2.10" }, path: "rule" },
    { clause: "B2.1 is automatic", change: { rule: "B2.1" }, path: "rule" },
    {
      clause: "only B2.4c is referred",
      change: { referForDismissal: true },
      path: "referForDismissal",
    },
    {
      clause: "another estate's record",
      change: { recordPath: "estates/e2/tickets/t1" },
      path: "recordPath",
    },
    { clause: "evidence is required", change: { evidenceText: "  " }, path: "evidenceText" },
    {
      clause: "a photo that is no picture",
      change: { photos: ["data:image/png;base64,AAAA"] },
      path: "photos.0",
    },
    {
      clause: "a photo that is no data URL",
      change: { photos: [PNG, "photo.jpg"] },
      path: "photos.1",
    },
    { clause: "at most three photos", change: { photos: [PNG, PNG, PNG, PNG] }, path: "photos" },
    { clause: "at needs an offset", change: { at: "2026-10-20T09:30:00" }, path: "at" },
  ] as const)("refuses: $clause", ({ change, path }) => {
    const result = manualFindingInputSchema.safeParse({ ...input, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(path);
  });

  it.each([
    { clause: "B2.3 charges a person", change: { staffId: null, teamId: "order" } },
    { clause: "not in the future", change: { at: "2026-10-21T09:30:00+08:00" } },
  ] as const)("refuses: $clause", ({ change }) => {
    expect(() => make(change)).toThrow(FindingReviewError);
  });
});

describe("confirm and clear (nothing deleted, who and when kept)", () => {
  const open = make({ rule: "B2.6" });
  const later = new Date("2026-10-25T00:00:00Z");

  it("confirms an open finding, once", () => {
    const confirmed = confirmedFinding(open, "admin-1", later);
    expect(confirmed).toMatchObject({
      status: "confirmed",
      confirmation: { by: "admin-1", at: later },
    });
    expect(confirmedFinding(confirmed, "other", now)).toBe(confirmed);
  });

  it("clears with a reason and keeps the confirmation", () => {
    const cleared = clearedFinding(
      confirmedFinding(open, "admin-1", later),
      "dir",
      later,
      " 投訴不實 ",
    );
    expect(cleared).toMatchObject({
      status: "cleared",
      confirmation: { by: "admin-1" },
      clearing: { by: "dir", at: later, reason: "投訴不實" },
    });
    expect(findingSchema.safeParse(cleared).success).toBe(true);
    expect(() => clearedFinding(cleared, "dir", later, "again")).toThrow(FindingReviewError);
    expect(() => confirmedFinding(cleared, "dir", later)).toThrow(FindingReviewError);
  });

  it("refuses to clear without a reason", () => {
    expect(() => clearedFinding(open, "dir", later, "  ")).toThrow(FindingReviewError);
  });
});

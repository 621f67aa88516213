import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findingSchema } from "../assessment/finding.js";
import {
  canonicalJson,
  onSiteVisitSchema,
  sha256Hex,
  signedContentHash,
  signedContentText,
  signedVisit,
  VisitSigningError,
  type OnSiteVisit,
  type ServiceRating,
} from "./onSiteVisit.js";
import { assessVisit, assessVisitWithHash, type VisitCheckContext } from "./visitFindings.js";

const at = (text: string) => new Date(`${text}+08:00`);

const unsigned: OnSiteVisit = onSiteVisitSchema.parse({
  id: "v1",
  estateId: "e1",
  ticketId: "t1",
  householdId: "h-3-2-501",
  staffId: "mt-wang",
  charge: "unpaid",
  workDone: "更換廚房水龍頭墊片,試水無滲漏",
  photos: ["estates/e1/visits/v1/after.jpg"],
  doneAt: at("2026-03-05T10:00:00"),
  signature: null,
  rating: null,
  signedHash: null,
  ownerResponse: null,
  updatedAt: at("2026-03-05T10:00:00"),
});

const ownerSignature = (signedAt: string) => ({
  image: { imagePath: "estates/e1/signatures/v1.png" },
  signerName: "張偉",
  signedAt: at(signedAt),
});

async function signed(rating: ServiceRating, change: Partial<OnSiteVisit> = {}) {
  return signedVisit({ ...unsigned, ...change }, ownerSignature("2026-03-05T10:05:00"), rating);
}

const context = (now: string, graceMinutes = 60): VisitCheckContext => ({
  now: at(now),
  settings: { unsignedGraceMinutes: graceMinutes },
  recordPath: "estates/e1/onSiteVisits/v1",
  recordedBy: "onSiteVisitWritten",
});

describe("canonical JSON and the content hash of the signed version", () => {
  it.each<{ case: string; value: Parameters<typeof canonicalJson>[0]; text: string }>([
    {
      case: "keys sorted at every depth",
      value: { b: 1, a: { d: [2, { f: null, e: "x" }], c: true } },
      text: '{"a":{"c":true,"d":[2,{"e":"x","f":null}]},"b":1}',
    },
    {
      case: "instants as ISO text in UTC",
      value: { at: at("2026-03-05T10:00:00") },
      text: '{"at":"2026-03-05T02:00:00.000Z"}',
    },
    { case: "Chinese text kept as is", value: ["張偉"], text: '["張偉"]' },
  ])("$case", ({ value, text }) => {
    expect(canonicalJson(value)).toBe(text);
  });

  it("refuses what JSON cannot hold", () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson(new Date(Number.NaN))).toThrow(TypeError);
  });

  it("hashes with Web Crypto exactly as SHA-256 does", async () => {
    const text = signedContentText(await signed("satisfied"));
    expect(await sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });

  it("seals a signed visit: the hash of its signed content; the owner's answer is not content", async () => {
    const visit = await signed("fair");
    expect(onSiteVisitSchema.safeParse(visit).success).toBe(true);
    expect(visit.signedHash).toBe(await signedContentHash(visit));
    const answered: OnSiteVisit = {
      ...visit,
      ownerResponse: { kind: "confirmed", at: at("2026-03-05T20:00:00"), note: "" },
      updatedAt: at("2026-03-05T20:00:00"),
    };
    expect(await signedContentHash(answered)).toBe(visit.signedHash);
    expect(await signedContentHash({ ...visit, workDone: "更換水龍頭" })).not.toBe(
      visit.signedHash,
    );
  });

  it.each<{ case: string; visit: OnSiteVisit }>([
    { case: "not done", visit: { ...unsigned, doneAt: null } },
    { case: "no work written", visit: { ...unsigned, workDone: " " } },
  ])("refuses to sign a visit $case", async ({ visit }) => {
    await expect(signedVisit(visit, ownerSignature("2026-03-05T10:05:00"), "fair")).rejects.toThrow(
      VisitSigningError,
    );
  });

  it("refuses to sign a signed visit again (amend it instead)", async () => {
    const visit = await signed("fair");
    await expect(
      signedVisit(visit, ownerSignature("2026-03-05T11:00:00"), "satisfied"),
    ).rejects.toThrow(/already signed/);
  });
});

describe("B2.5c done without a signature: flagged at once, a finding after the grace period", () => {
  it.each<{
    case: string;
    visit: () => Promise<OnSiteVisit>;
    now: string;
    flagged: boolean;
    finding: boolean;
  }>([
    {
      case: "just done, unsigned: flag, no finding yet",
      visit: () => Promise.resolve(unsigned),
      now: "2026-03-05T10:01:00",
      flagged: true,
      finding: false,
    },
    {
      case: "unsigned one minute before the deadline",
      visit: () => Promise.resolve(unsigned),
      now: "2026-03-05T10:59:00",
      flagged: true,
      finding: false,
    },
    {
      case: "unsigned at the deadline",
      visit: () => Promise.resolve(unsigned),
      now: "2026-03-05T11:00:00",
      flagged: true,
      finding: true,
    },
    {
      case: "unsigned a day later",
      visit: () => Promise.resolve(unsigned),
      now: "2026-03-06T10:00:00",
      flagged: true,
      finding: true,
    },
    {
      case: "signed within the grace period",
      visit: () => signed("satisfied"),
      now: "2026-03-06T10:00:00",
      flagged: false,
      finding: false,
    },
    {
      case: "signed after the deadline still owes the finding",
      visit: () => signedVisit(unsigned, ownerSignature("2026-03-05T12:00:00"), "satisfied"),
      now: "2026-03-05T12:01:00",
      flagged: false,
      finding: true,
    },
    {
      case: "not done yet: nothing",
      visit: () => Promise.resolve({ ...unsigned, doneAt: null }),
      now: "2026-03-06T10:00:00",
      flagged: false,
      finding: false,
    },
  ])("$case", async ({ visit, now, flagged, finding }) => {
    const result = await assessVisit(await visit(), context(now));
    expect(result.flags.some((flag) => flag.kind === "unsigned")).toBe(flagged);
    const findings = result.findings.filter((item) => item.id === "B2.5c_v1_unsigned");
    expect(findings).toHaveLength(finding ? 1 : 0);
    if (finding) {
      expect(findings[0]).toMatchObject({
        rule: "B2.5c",
        staffId: "mt-wang",
        teamId: null,
        at: at("2026-03-05T11:00:00"),
        status: "open",
        source: "automatic",
        recordedBy: "onSiteVisitWritten",
        evidence: [{ kind: "record", path: "estates/e1/onSiteVisits/v1" }],
      });
      expect(findingSchema.safeParse(findings[0]).success).toBe(true);
    }
  });

  it("uses a grace period of one day unless configured", async () => {
    const defaults = { ...context("2026-03-06T09:59:00"), settings: undefined };
    expect((await assessVisit(unsigned, defaults)).findings).toEqual([]);
    const dayLater = { ...defaults, now: at("2026-03-06T10:00:00") };
    expect((await assessVisit(unsigned, dayLater)).findings.map((item) => item.id)).toEqual([
      "B2.5c_v1_unsigned",
    ]);
  });
});

describe("B2.5c the owner's copy disputed, or the record changed after signing", () => {
  it("a dispute of the owner's copy → finding dated at the dispute, with the owner's words", async () => {
    const visit: OnSiteVisit = {
      ...(await signed("satisfied")),
      ownerResponse: { kind: "disputed", at: at("2026-03-05T21:00:00"), note: "並未試水" },
    };
    const result = await assessVisit(visit, context("2026-03-05T21:00:00"));
    expect(result.flags).toEqual([
      { kind: "disputed", visitId: "v1", at: at("2026-03-05T21:00:00"), note: "並未試水" },
    ]);
    expect(result.findings).toMatchObject([
      {
        id: "B2.5c_v1_disputed",
        rule: "B2.5c",
        staffId: "mt-wang",
        at: at("2026-03-05T21:00:00"),
        evidence: [
          { kind: "record", path: "estates/e1/onSiteVisits/v1" },
          { kind: "text", text: "並未試水" },
        ],
      },
    ]);
  });

  it("a confirmed copy → nothing", async () => {
    const visit: OnSiteVisit = {
      ...(await signed("satisfied")),
      ownerResponse: { kind: "confirmed", at: at("2026-03-05T21:00:00"), note: "" },
    };
    expect(await assessVisit(visit, context("2026-03-06T21:00:00"))).toEqual({
      flags: [],
      findings: [],
      returnVisits: [],
    });
  });

  it.each<{ case: string; change: Partial<OnSiteVisit> }>([
    { case: "the work done rewritten", change: { workDone: "更換整個水龍頭" } },
    { case: "a photo removed", change: { photos: [] } },
    { case: "paid changed to unpaid", change: { charge: "paid" } },
    {
      case: "the rating raised",
      change: { rating: { value: "satisfied", at: at("2026-03-05T10:05:00") } },
    },
    {
      case: "the signer's name changed",
      change: { signature: { ...ownerSignature("2026-03-05T10:05:00"), signerName: "李娜" } },
    },
  ])("changed after signing ($case) → finding dated at the change", async ({ change }) => {
    const sealed = await signed("fair");
    const changed: OnSiteVisit = {
      ...sealed,
      ...change,
      updatedAt: at("2026-03-06T08:00:00"),
    };
    const result = await assessVisit(changed, context("2026-03-06T08:00:00"));
    expect(result.findings.map((item) => [item.id, item.at])).toEqual([
      ["B2.5c_v1_changed", at("2026-03-06T08:00:00")],
    ]);
    expect(result.flags.map((flag) => flag.kind)).toEqual(["changedAfterSigning"]);
  });

  it.each([
    { case: "an amendment after signing", amendedAt: "2026-03-06T09:00:00", findings: 1 },
    { case: "no amendment", amendedAt: null, findings: 0 },
  ])("B2.5c $case, signed content unchanged → $findings finding(s)", async (row) => {
    const sealed = await signed("fair");
    const result = await assessVisit(sealed, {
      ...context("2026-03-06T10:00:00"),
      firstAmendedAt: row.amendedAt === null ? null : at(row.amendedAt),
    });
    expect(result.findings.map((item) => [item.id, item.at])).toEqual(
      row.amendedAt === null ? [] : [["B2.5c_v1_changed", at(row.amendedAt)]],
    );
    expect(result.findings).toHaveLength(row.findings);
  });
});

describe("B2.5b an unpaid service rated dissatisfied → finding and a return visit; paid → return visit only", () => {
  it.each<{
    case: string;
    charge: OnSiteVisit["charge"];
    rating: ServiceRating;
    findings: string[];
    returnVisit: boolean;
  }>([
    {
      case: "B2.5b unpaid, dissatisfied",
      charge: "unpaid",
      rating: "dissatisfied",
      findings: ["B2.5b_v1"],
      returnVisit: true,
    },
    {
      case: "B2.5b paid, dissatisfied: return visit only",
      charge: "paid",
      rating: "dissatisfied",
      findings: [],
      returnVisit: true,
    },
    {
      case: "B2.5b unpaid, fair",
      charge: "unpaid",
      rating: "fair",
      findings: [],
      returnVisit: false,
    },
    {
      case: "B2.5b unpaid, satisfied",
      charge: "unpaid",
      rating: "satisfied",
      findings: [],
      returnVisit: false,
    },
  ])("$case", async ({ charge, rating, findings, returnVisit }) => {
    const result = await assessVisit(
      await signed(rating, { charge }),
      context("2026-03-05T10:05:00"),
    );
    expect(result.findings.map((item) => item.id)).toEqual(findings);
    for (const item of result.findings) {
      expect(item).toMatchObject({
        rule: "B2.5b",
        staffId: "mt-wang",
        at: at("2026-03-05T10:05:00"),
      });
      expect(findingSchema.safeParse(item).success).toBe(true);
    }
    expect(result.returnVisits).toEqual(
      returnVisit
        ? [
            {
              id: "returnVisit_v1",
              visitId: "v1",
              ticketId: "t1",
              householdId: "h-3-2-501",
              staffId: "mt-wang",
              reason: "dissatisfied",
              at: at("2026-03-05T10:05:00"),
            },
          ]
        : [],
    );
  });

  it("runs twice → the same ids and outputs (idempotent triggers)", async () => {
    const visit: OnSiteVisit = {
      ...(await signed("dissatisfied")),
      ownerResponse: { kind: "disputed", at: at("2026-03-05T21:00:00"), note: "" },
    };
    const first = await assessVisit(visit, context("2026-03-07T00:00:00"));
    const second = await assessVisit(visit, context("2026-03-08T00:00:00"));
    expect(second).toEqual(first);
    expect(first.findings.map((item) => item.id)).toEqual(["B2.5c_v1_disputed", "B2.5b_v1"]);
  });

  it("the synchronous form takes the hash already computed", async () => {
    const visit = await signed("satisfied");
    expect(
      assessVisitWithHash(visit, "0".repeat(64), context("2026-03-05T11:00:00")).findings,
    ).toHaveLength(1);
    expect(
      assessVisitWithHash(visit, visit.signedHash ?? "", context("2026-03-05T11:00:00")).findings,
    ).toEqual([]);
  });
});

describe("on-site visit invariants", () => {
  it.each<{ case: string; visit: Partial<OnSiteVisit>; path: string }>([
    {
      case: "signed without a hash",
      visit: { signature: ownerSignature("2026-03-05T10:05:00") },
      path: "signedHash",
    },
    {
      case: "an owner answers an unsigned record",
      visit: { ownerResponse: { kind: "confirmed", at: at("2026-03-05T11:00:00"), note: "" } },
      path: "ownerResponse",
    },
    {
      case: "a photo path climbing out of the folder",
      visit: { photos: ["estates/e1/../e2/x.jpg"] },
      path: "photos.0",
    },
  ])("refuses: $case", ({ visit, path }) => {
    const result = onSiteVisitSchema.safeParse({ ...unsigned, ...visit });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(path);
  });

  it("accepts a drawn signature not yet uploaded (data URL) and refuses other data URLs", () => {
    const drawn = {
      ...ownerSignature("2026-03-05T10:05:00"),
      image: { dataUrl: "data:image/png;base64,iVBORw0KGgo=" },
    };
    const visit = { ...unsigned, signature: drawn, signedHash: "a".repeat(64) };
    expect(onSiteVisitSchema.safeParse(visit).success).toBe(true);
    const script = { ...drawn, image: { dataUrl: "data:text/html;base64,PHNjcmlwdD4=" } };
    expect(onSiteVisitSchema.safeParse({ ...visit, signature: script }).success).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import {
  maskIdNumber,
  missingParts,
  patrolTicketDraft,
  renovationRecorders,
  renovationFileSchema,
  type MissingPart,
  type RenovationFile,
  type RenovationPatrol,
} from "./renovationFile.js";

const at = (text: string) => new Date(`${text}+08:00`);

const patrol = (time: string, change: Partial<RenovationPatrol> = {}): RenovationPatrol => ({
  id: `p-${time}`,
  by: "ord-sun",
  at: at(time),
  findings: "無",
  problemFound: false,
  photos: [],
  ticketId: null,
  ...change,
});

const complete: RenovationFile = renovationFileSchema.parse({
  estateId: "e1",
  householdId: "h-5-1-302",
  works: { start: at("2026-03-02T08:00:00"), end: at("2026-03-04T18:00:00") },
  agreement: {
    signedBy: "劉芳",
    signedAt: at("2026-02-25T10:00:00"),
    documentPath: "estates/e1/renovation/h-5-1-302/agreement.pdf",
  },
  approval: { approvedBy: "cs-lin", approvedAt: at("2026-02-27T10:00:00"), note: "不得改動承重牆" },
  contractor: {
    name: "北京宏達裝飾",
    licenceNumber: "91110229MA01",
    contactName: "趙工",
    phone: "13900001111",
    registeredAt: at("2026-02-27T11:00:00"),
  },
  workers: [
    {
      name: "趙強",
      idNumber: "110229199001011234",
      phone: "13900002222",
      from: at("2026-03-02T00:00:00"),
      until: at("2026-03-04T23:59:00"),
    },
  ],
  // 00:10 on 4 March in Shanghai is still 3 March in UTC: patrol days are local days.
  patrols: [
    patrol("2026-03-02T10:00:00"),
    patrol("2026-03-03T23:30:00"),
    patrol("2026-03-04T00:10:00"),
  ],
  acceptance: { acceptedBy: "cs-lin", acceptedAt: at("2026-03-05T10:00:00"), note: "驗收合格" },
});

describe("B2.9 renovation file: what is missing", () => {
  it.each<{ case: string; file: RenovationFile; now: string; missing: MissingPart[] }>([
    {
      case: "a complete file after acceptance",
      file: complete,
      now: "2026-03-06T09:00:00",
      missing: [],
    },
    {
      case: "nothing but the household",
      file: {
        ...complete,
        works: null,
        agreement: null,
        approval: null,
        contractor: null,
        workers: [],
        patrols: [],
        acceptance: null,
      },
      now: "2026-03-06T09:00:00",
      missing: [
        { part: "works" },
        { part: "agreement" },
        { part: "approval" },
        { part: "contractor" },
        { part: "workers" },
      ],
    },
    {
      case: "works ended without acceptance",
      file: { ...complete, acceptance: null },
      now: "2026-03-04T18:01:00",
      missing: [{ part: "acceptance" }],
    },
    {
      case: "acceptance not owed while the works go on",
      file: { ...complete, acceptance: null },
      now: "2026-03-04T17:00:00",
      missing: [],
    },
    {
      case: "a day without a patrol, counted in Shanghai days",
      file: {
        ...complete,
        patrols: [patrol("2026-03-02T10:00:00"), patrol("2026-03-04T00:10:00")],
      },
      now: "2026-03-06T09:00:00",
      missing: [{ part: "patrol", day: "2026-03-03" }],
    },
    {
      case: "today's patrol is not late yet",
      file: { ...complete, patrols: [patrol("2026-03-02T10:00:00")], acceptance: null },
      now: "2026-03-03T20:00:00",
      missing: [],
    },
    {
      case: "every day of the works without a patrol once they ended",
      file: { ...complete, patrols: [] },
      now: "2026-03-10T09:00:00",
      missing: [
        { part: "patrol", day: "2026-03-02" },
        { part: "patrol", day: "2026-03-03" },
        { part: "patrol", day: "2026-03-04" },
      ],
    },
  ])("$case", ({ file, now, missing }) => {
    expect(missingParts(file, at(now))).toEqual(missing);
  });

  it("refuses works that end before they start, and workers' periods that do", () => {
    const works = renovationFileSchema.safeParse({
      ...complete,
      works: { start: at("2026-03-04T00:00:00"), end: at("2026-03-02T00:00:00") },
    });
    expect(works.error?.issues.map((issue) => issue.path.join("."))).toEqual(["works.end"]);
    const [worker] = complete.workers;
    const workers = renovationFileSchema.safeParse({
      ...complete,
      workers: [{ ...worker, until: at("2026-03-01T00:00:00") }],
    });
    expect(workers.error?.issues.map((issue) => issue.path.join("."))).toEqual(["workers.0.until"]);
  });

  it("a patrol that found a problem opens a renovation ticket; one that found none does not", () => {
    expect(patrolTicketDraft(complete, patrol("2026-03-03T10:00:00"))).toBeNull();
    const problem = patrol("2026-03-03T10:00:00", {
      findings: "衛生間拆除防水層,未報批",
      problemFound: true,
    });
    expect(patrolTicketDraft(complete, problem)).toEqual({
      estateId: "e1",
      type: "renovation",
      department: "customerService",
      householdId: "h-5-1-302",
      receptionId: null,
      title: "衛生間拆除防水層,未報批",
      description: "衛生間拆除防水層,未報批",
      openedBy: "ord-sun",
      openedAt: at("2026-03-03T10:00:00"),
    });
  });
});

describe("B2.9 worker registration: ID numbers masked on screen", () => {
  it.each([
    ["an 18-character resident ID", "110101199003071234", "110***********1234"],
    ["one ending in X", "11010119900307123X", "110***********123X"],
    ["a 15-digit old ID", "110101900307123", "110********7123"],
    ["white space around it", " 110101199003071234 ", "110***********1234"],
    ["eight characters: three and four kept", "E1234567", "E12*4567"],
    ["too short to show any of it", "1234567", "*******"],
    ["empty", "", ""],
  ])("%s", (_case, idNumber, masked) => {
    expect(maskIdNumber(idNumber)).toBe(masked);
  });

  it("refuses an ID number with other characters", () => {
    const [worker] = complete.workers;
    const result = renovationFileSchema.safeParse({
      ...complete,
      workers: [{ ...worker, idNumber: "110101-1990" }],
    });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "workers.0.idNumber",
    ]);
  });
});

describe("B2.9 who records what in the renovation file (least privilege)", () => {
  it.each([
    { kind: "patrol", role: "order", may: true },
    { kind: "worker", role: "order", may: true },
    { kind: "contractor", role: "order", may: true },
    { kind: "approval", role: "order", may: false },
    { kind: "acceptance", role: "order", may: false },
    { kind: "works", role: "order", may: false },
    { kind: "agreement", role: "customerService", may: true },
    { kind: "acceptance", role: "director", may: true },
    { kind: "patrol", role: "maintenance", may: false },
    { kind: "worker", role: "environment", may: false },
  ] as const)("$kind by $role → $may", ({ kind, role, may }) => {
    expect(renovationRecorders[kind].includes(role)).toBe(may);
  });
});

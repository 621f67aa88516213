import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../src/main.js";

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "score");
const fixture = (name: string) => path.join(fixtures, name);
const scratch = mkdtempSync(path.join(tmpdir(), "huiyin-score-"));

function capture() {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    output: {
      stdout: (text: string) => (out.stdout += text),
      stderr: (text: string) => (out.stderr += text),
    },
  };
}

async function score(args: string[]) {
  const { out, output } = capture();
  const code = await main(["score", ...args], output);
  return { code, ...out };
}

/** Writes a findings file of the given rows into a scratch folder and returns its path. */
function findingsFile(name: string, rows: unknown): string {
  const file = path.join(scratch, `${name}.json`);
  writeFileSync(file, JSON.stringify(rows));
  return file;
}

const good = {
  id: "g1",
  rule: "B2.5a",
  staffId: "s1",
  teamId: null,
  at: "2026-10-05T06:03:22Z",
  status: "open",
};

describe("huiyin score", () => {
  it("B2 all clauses: scores the hand-computed fixture exactly", async () => {
    const result = await score([
      "--month",
      "2026-10",
      "--findings",
      fixture("findings.json"),
      "--fees",
      fixture("fees.json"),
    ]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(
      JSON.parse(readFileSync(fixture("expected.json"), "utf8")),
    );
  });

  it("B2 prints byRule in the seed's rule order and people and teams sorted by id", async () => {
    const result = await score([
      "--month",
      "2026-10",
      "--findings",
      fixture("findings.json"),
      "--fees",
      fixture("fees.json"),
    ]);
    const printed = JSON.parse(result.stdout) as {
      people: { staffId: string; byRule: Record<string, number> }[];
      teams: { teamId: string; byRule: Record<string, number> }[];
    };
    expect(Object.keys(printed)).toEqual(["month", "people", "teams"]);
    expect(printed.people.map((person) => person.staffId)).toEqual(["s1", "s2", "s3", "s4", "s5"]);
    expect(Object.keys(printed.teams[1]?.byRule ?? {})).toEqual(["B2.10", "B2.11"]);
    expect(Object.keys(printed.people[0] ?? {})).toEqual(["staffId", "points", "byRule"]);
    expect(Object.keys(printed.teams[0] ?? {})).toEqual(["teamId", "points", "byRule"]);
  });

  it("B2.5a a finding at 2026-10-31T20:00:00Z belongs to November in Asia/Shanghai", async () => {
    const file = findingsFile("boundary", [{ ...good, at: "2026-10-31T20:00:00Z" }]);
    const october = await score(["--month", "2026-10", "--findings", file]);
    const november = await score(["--month", "2026-11", "--findings", file]);
    const octoberUtc = await score(["--month", "2026-10", "--findings", file, "--tz", "UTC"]);
    expect(JSON.parse(october.stdout)).toEqual({ month: "2026-10", people: [], teams: [] });
    expect(JSON.parse(november.stdout)).toEqual({
      month: "2026-11",
      people: [{ staffId: "s1", points: -20, byRule: { "B2.5a": -20 } }],
      teams: [],
    });
    expect(JSON.parse(octoberUtc.stdout)).toMatchObject({ people: [{ points: -20 }] });
  });

  it("B2.5a reads an instant without an offset as wall-clock time in --tz", async () => {
    const file = findingsFile("wallclock", [{ ...good, at: "2026-11-01T00:30:00" }]);
    const shanghai = await score(["--month", "2026-11", "--findings", file]);
    const newYork = await score([
      "--month",
      "2026-11",
      "--findings",
      file,
      "--tz",
      "America/New_York",
    ]);
    expect(JSON.parse(shanghai.stdout)).toMatchObject({ people: [{ points: -20 }] });
    expect(JSON.parse(newYork.stdout)).toMatchObject({ people: [{ points: -20 }] });
  });

  it.each([
    ["B2.5a with a space for the T", "2026-10-31 23:59:59", "2026-10"],
    ["B2.5a with a space and an offset", "2026-10-31 20:00:00+00:00", "2026-11"],
    ["B2.5a with milliseconds and Z", "2026-10-31T15:59:59.999Z", "2026-10"],
    ["B2.5a with an offset", "2026-11-01T00:00:00+08:00", "2026-11"],
  ])("%s: %s belongs to %s", async (_clause, at, month) => {
    const file = findingsFile(`at-${month}-${at.replace(/\W+/g, "")}`, [{ ...good, at }]);
    const result = await score(["--month", month, "--findings", file]);
    expect(JSON.parse(result.stdout)).toMatchObject({ people: [{ staffId: "s1", points: -20 }] });
  });

  it("B2 a person or team with nothing counted is absent", async () => {
    const file = findingsFile("nothing", [
      { ...good, id: "n1", status: "cleared" },
      { ...good, id: "n2", rule: "B2.6", status: "open" },
      { ...good, id: "n3", staffId: null, teamId: "t1", rule: "B2.11", status: "open" },
    ]);
    const result = await score(["--month", "2026-10", "--findings", file]);
    expect(JSON.parse(result.stdout)).toEqual({ month: "2026-10", people: [], teams: [] });
  });

  it.each([
    ["B2.10 24.0%", 1000, 240, { "B2.10": 1000 }],
    ["B2.10 25.0% lists the team with a line of 0", 1000, 250, { "B2.10": 0 }],
    ["B2.10 25.9%", 1000, 259, { "B2.10": 0 }],
    ["B2.10 26.0%", 1000, 260, { "B2.10": -1000 }],
    ["B2.10 27.6%", 1000, 276, { "B2.10": -2000 }],
    ["B2.10 29 of 100", 100, 29, { "B2.10": -4000 }],
  ])("%s", async (_clause, chargeable, inArrears, byRule) => {
    const fees = findingsFile(`fees-${chargeable}-${inArrears}`, [
      { teamId: "t1", month: "2026-10", chargeable, inArrears },
    ]);
    const result = await score([
      "--month",
      "2026-10",
      "--findings",
      findingsFile("none", []),
      "--fees",
      fees,
    ]);
    expect(JSON.parse(result.stdout)).toEqual({
      month: "2026-10",
      people: [],
      teams: [{ teamId: "t1", points: byRule["B2.10"], byRule }],
    });
  });

  it("B2.10 0 chargeable gives no line and no team", async () => {
    const fees = findingsFile("fees-zero", [
      { teamId: "t1", month: "2026-10", chargeable: 0, inArrears: 0 },
    ]);
    const result = await score([
      "--month",
      "2026-10",
      "--findings",
      findingsFile("none", []),
      "--fees",
      fees,
    ]);
    expect(JSON.parse(result.stdout)).toEqual({ month: "2026-10", people: [], teams: [] });
  });

  it("B2.10 only fee rows of --month count", async () => {
    const result = await score([
      "--month",
      "2026-10",
      "--findings",
      findingsFile("none", []),
      "--fees",
      fixture("fees-other-months.json"),
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ month: "2026-10", people: [], teams: [] });
  });

  it.each([
    [
      "an unknown rule code",
      { ...good, id: "bad1", rule: "B2.12" },
      'finding "bad1"',
      'unknown rule code "B2.12"',
    ],
    [
      "B2.10 given as a finding",
      { ...good, id: "bad2", rule: "B2.10" },
      'finding "bad2"',
      "--fees",
    ],
    [
      "a missing field",
      { id: "bad3", rule: "B2.1", staffId: "s1", at: good.at, status: "open" },
      'finding "bad3"',
      "teamId is missing",
    ],
    ["a bad date", { ...good, id: "bad4", at: "2026-10-32T08:00:00Z" }, 'finding "bad4"', "at:"],
    [
      "a date that is not a date",
      { ...good, id: "bad5", at: "yesterday" },
      'finding "bad5"',
      "at:",
    ],
    ["a bad status", { ...good, id: "bad6", status: "pending" }, 'finding "bad6"', "status:"],
    [
      "both staffId and teamId null",
      { ...good, id: "bad7", staffId: null, teamId: null },
      'finding "bad7"',
      "both null",
    ],
    ["no id", { ...good, id: undefined }, "finding at index 1", "id is missing"],
    ["a repeated id", { ...good }, 'finding "g1" (index 1)', "already used at index 0"],
    ["a number as staffId", { ...good, id: "bad8", staffId: 7 }, 'finding "bad8"', "staffId"],
    ["not an object", "B2.1", "finding at index 1", "expected object"],
  ])(
    "exits 2 on %s, naming the finding, with nothing on stdout",
    async (_case, bad, name, reason) => {
      const file = findingsFile(`bad-${name.replace(/\W+/g, "-")}`, [good, bad]);
      const result = await score(["--month", "2026-10", "--findings", file]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain(name);
      expect(result.stderr).toContain(reason);
    },
  );

  it("exits 2 on an unknown rule code in the fixture, naming it", async () => {
    const result = await score(["--month", "2026-10", "--findings", fixture("unknown-rule.json")]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toContain('finding "bad7" (index 1): rule: unknown rule code "B2.12"');
  });

  it.each([
    ["a bad month", ["--month", "2026-13"], "--month must be a month YYYY-MM"],
    ["a month that is not a month", ["--month", "October"], "--month"],
    ["no month", [], "--month is required"],
    [
      "a bad time zone",
      ["--month", "2026-10", "--tz", "Mars/Olympus"],
      "--tz must be an IANA time zone",
    ],
  ])("exits 2 on %s", async (_case, args, message) => {
    const result = await score([...args, "--findings", fixture("findings.json")]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toContain(message);
  });

  it.each([
    [
      "an unreadable findings file",
      ["--findings", fixture("absent.json")],
      "cannot read --findings",
    ],
    ["findings that are not JSON", ["--findings", fixture("not-json.txt")], "not valid JSON"],
    ["findings that are not an array", ["--findings", fixture("not-an-array.json")], "JSON array"],
    [
      "an unreadable fees file",
      ["--findings", fixture("findings.json"), "--fees", fixture("absent.json")],
      "cannot read --fees",
    ],
    [
      "more households in arrears than chargeable",
      ["--findings", fixture("findings.json"), "--fees", fixture("fees-bad.json")],
      'fee row 0 (team "t1"): inArrears: inArrears cannot exceed chargeable',
    ],
    ["no findings option", [], "--findings is required"],
  ])("exits 2 on %s", async (_case, args, message) => {
    const result = await score(["--month", "2026-10", ...args]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toContain(message);
  });

  it("exits 2 when two fee rows give one team's month", async () => {
    const fees = findingsFile("fees-twice", [
      { teamId: "t1", month: "2026-10", chargeable: 10, inArrears: 1 },
      { teamId: "t1", month: "2026-10", chargeable: 10, inArrears: 2 },
    ]);
    const result = await score([
      "--month",
      "2026-10",
      "--findings",
      fixture("findings.json"),
      "--fees",
      fees,
    ]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toContain("already has a row for 2026-10 at index 0");
  });

  it("documents the B2.10 line of 0 points in its usage", async () => {
    const result = await score(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('"B2.10": 0');
  });
});

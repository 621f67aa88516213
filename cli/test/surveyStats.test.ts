import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../src/main.js";

const fixture = (name: string) =>
  fileURLToPath(new URL(`./fixtures/survey-stats/${name}`, import.meta.url));

async function run(args: string[]) {
  const out = { stdout: "", stderr: "" };
  const code = await main(["survey-stats", ...args], {
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
  });
  return { code, ...out };
}

describe("huiyin survey-stats (C2)", () => {
  it("prints the hand-computed statistics, errors listed and not counted", async () => {
    const result = await run(["--responses", fixture("responses.json"), "--issued", "10"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual(
      JSON.parse(readFileSync(fixture("expected.json"), "utf8")),
    );
  });

  it("C2 an erroneous later entry does not hide a household's earlier valid answer", async () => {
    const result = await run(["--responses", fixture("responses.json")]);
    const output = JSON.parse(result.stdout) as {
      areas: { power: { answered: number } };
      errors: { index: number }[];
    };
    // 3-1-102 sent power 4, then power 7 (index 4): the 4 still counts.
    expect(output.areas.power.answered).toBe(3);
    expect(output.errors.map((error) => error.index)).toContain(4);
  });

  it("prints the keys in the issue's order, all eight areas in C1 order", async () => {
    const result = await run(["--responses", fixture("issue-example.json"), "--issued", "4"]);
    const output = JSON.parse(result.stdout) as Record<string, unknown> & {
      areas: Record<string, unknown>;
    };
    expect(Object.keys(output)).toEqual([
      "returned",
      "issued",
      "responseRate",
      "overall",
      "areas",
      "byBuilding",
      "commonOpinions",
      "errors",
    ]);
    expect(Object.keys(output.areas)).toEqual([
      "power",
      "water",
      "fireSecurity",
      "sanitation",
      "greening",
      "publicFacilities",
      "repair",
      "attitude",
    ]);
    // 22 ratings answered: 8 + 8 + 6; satisfied 6 + 8 + 0 = 14.
    expect(output).toMatchObject({
      returned: 3,
      issued: 4,
      responseRate: 0.75,
      overall: { answered: 22, satisfied: 14, rate: 0.6364 },
      byBuilding: {
        "3": { returned: 2, overallRate: 0.875 },
        "5": { returned: 1, overallRate: 0 },
      },
      commonOpinions: [
        { topic: "維修", count: 2 },
        { topic: "電梯", count: 2 },
      ],
      errors: [],
    });
    expect(output.areas).toMatchObject({
      power: { answered: 3, satisfied: 2, rate: 0.6667, mean: 3.67 },
      water: { answered: 2, satisfied: 2, rate: 1, mean: 4 },
      publicFacilities: { answered: 3, satisfied: 1, rate: 0.3333, mean: 2.67 },
    });
  });

  it.each([
    [
      "no --issued: issued and responseRate are null",
      ["--responses", "empty.json"],
      { issued: null, responseRate: null },
    ],
    [
      "--issued 0: responseRate is null",
      ["--responses", "empty.json", "--issued", "0"],
      { issued: 0, responseRate: null },
    ],
    [
      "an empty array: zero denominators are null",
      ["--responses", "empty.json"],
      {
        returned: 0,
        overall: { answered: 0, satisfied: 0, rate: null },
        byBuilding: {},
        commonOpinions: [],
        errors: [],
      },
    ],
    [
      "a file with a byte-order mark",
      ["--responses", "with-bom.json"],
      { returned: 1, overall: { rate: 1 } },
    ],
  ])("%s", async (_name, args, expected) => {
    const resolved = args.map((arg) => (/\.(json|txt)$/.test(arg) ? fixture(arg) : arg));
    const result = await run(resolved);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject(expected);
  });

  it.each([
    ["an unreadable file", ["--responses", "missing.json"], "cannot read --responses"],
    ["a file that is not JSON", ["--responses", "broken.txt"], "is not valid JSON"],
    ["JSON that is not an array", ["--responses", "not-an-array.json"], "must hold a JSON array"],
    ["no --responses", [], "--responses is required"],
    [
      "--issued that is not a number",
      ["--responses", "empty.json", "--issued", "many"],
      "--issued must be a whole number",
    ],
    [
      "a negative --issued",
      ["--responses", "empty.json", "--issued=-5"],
      "--issued must be a whole number",
    ],
    [
      "a fractional --issued",
      ["--responses", "empty.json", "--issued", "2.5"],
      "--issued must be a whole number",
    ],
  ])("exits 2 on %s, message on stderr", async (_name, args, message) => {
    const resolved = args.map((arg) => (/\.(json|txt)$/.test(arg) ? fixture(arg) : arg));
    const result = await run(resolved);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(message);
  });
});

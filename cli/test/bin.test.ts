import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { main } from "../src/main.js";

const run = promisify(execFile);
const cli = fileURLToPath(new URL("..", import.meta.url));
const fixture = (name: string) => join(cli, "test/fixtures/reconcile", name);
const args = [
  "reconcile",
  "--calls",
  fixture("calls-utf8-bom.csv"),
  "--logs",
  fixture("logs.json"),
  "--roster",
  fixture("roster.json"),
];

describe("the huiyin command as installed (bin/huiyin.js, the plain-JS build)", () => {
  it("prints what main() prints for the same reconcile, with exit code 0", async () => {
    let expected = "";
    const code = await main(args, {
      stdout: (text) => (expected += text),
      stderr: () => undefined,
    });
    expect(code).toBe(0);
    const { stdout } = await run(process.execPath, [join(cli, "bin/huiyin.js"), ...args]);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(expected));
  }, 60_000);

  it("exits 2 with a message on stderr for an unreadable file", async () => {
    const attempt = run(process.execPath, [
      join(cli, "bin/huiyin.js"),
      "reconcile",
      "--calls",
      fixture("no-such-file.csv"),
      "--logs",
      fixture("logs.json"),
    ]);
    await expect(attempt).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining("no-such-file.csv") as string,
    });
  }, 60_000);
});

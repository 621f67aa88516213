import { describe, expect, it } from "vitest";
import { main } from "../src/main.js";

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

describe("huiyin", () => {
  it("lists its commands on --help and exits 0", async () => {
    const { out, output } = capture();
    expect(await main(["--help"], output)).toBe(0);
    expect(out.stdout).toContain("Usage: huiyin <command>");
  });

  it("refuses an unknown command with exit code 2 and a message on stderr", async () => {
    const { out, output } = capture();
    expect(await main(["frobnicate"], output)).toBe(2);
    expect(out.stderr).toContain('unknown command "frobnicate"');
    expect(out.stdout).toBe("");
  });

  it("prints help and exits 2 when no command is given", async () => {
    const { out, output } = capture();
    expect(await main([], output)).toBe(2);
    expect(out.stdout).toContain("Commands:");
  });
});

import { describe, expect, it } from "vitest";
import {
  channelOfCall,
  formatCallTime,
  formatDuration,
  missingRecordDraft,
  toBase64,
  uploadProblem,
} from "./format.js";

describe("B2.5a upload: CSV, XLSX and XLS up to 8 MB", () => {
  it.each([
    { name: "calls.csv", size: 10, problem: null },
    { name: "CALLS.XLSX", size: 10, problem: null },
    { name: "通話清單.xls", size: 10, problem: null },
    { name: "calls.pdf", size: 10, problem: "type" },
    { name: "calls.csv", size: 0, problem: "empty" },
    { name: "calls.csv", size: 8 * 1024 * 1024 + 1, problem: "size" },
  ])("$name ($size bytes) → $problem", ({ name, size, problem }) => {
    expect(uploadProblem({ name, size })).toBe(problem);
  });

  it("encodes bytes as standard base64, also beyond one chunk", () => {
    expect(toBase64(new Uint8Array([0xc6, 0xf0, 0xca, 0xbc]))).toBe("xvDKvA==");
    const big = new Uint8Array(100_000).map((_, index) => index % 251);
    expect(toBase64(big)).toBe(Buffer.from(big).toString("base64"));
  });
});

describe("B2.5a unlogged call shown in the estate's zone", () => {
  it.each([
    { zone: "Asia/Shanghai", iso: "2026-10-05T06:03:22Z", shown: "2026-10-05 14:03:22" },
    { zone: "Asia/Shanghai", iso: "2026-10-05T16:30:00Z", shown: "2026-10-06 00:30:00" },
    { zone: "Europe/London", iso: "2026-10-05T06:03:22Z", shown: "2026-10-05 07:03:22" },
  ])("$iso in $zone → $shown", ({ zone, iso, shown }) => {
    expect(formatCallTime(new Date(iso), zone)).toBe(shown);
  });

  it.each([
    { seconds: 0, shown: "0:00" },
    { seconds: 83, shown: "1:23" },
    { seconds: 3723, shown: "1:02:03" },
  ])("$seconds s → $shown", ({ seconds, shown }) => {
    expect(formatDuration(seconds)).toBe(shown);
  });
});

describe("B2.5a one-click record of an unlogged call", () => {
  it("prefills phone_in for an incoming call with its number and start", () => {
    const start = new Date("2026-10-05T06:03:22Z");
    expect(missingRecordDraft({ direction: "in", number: "13800138000", start })).toEqual({
      channel: "phone_in",
      callerNumber: "13800138000",
      at: start,
    });
  });

  it("prefills phone_out for an outgoing call", () => {
    expect(channelOfCall("out")).toBe("phone_out");
  });
});

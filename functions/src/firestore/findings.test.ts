import { describe, expect, it } from "vitest";
import { InvalidFindingError, findingId } from "./findings.js";

describe("findingId: deterministic ids of automatic findings", () => {
  it.each([
    { clause: "B2.1", parts: ["slot-7"], id: "B2.1_slot-7" },
    { clause: "B2.2", parts: ["demo-cs", "2026-10-03"], id: "B2.2_demo-cs_2026-10-03" },
    { clause: "B2.5a", parts: ["calls/2026 10"], id: "B2.5a_calls-2026-10" },
  ] as const)("$clause: $id", ({ clause, parts, id }) => {
    expect(findingId(clause, ...parts)).toBe(id);
  });

  it("needs the event", () => {
    expect(() => findingId("B2.1")).toThrow(InvalidFindingError);
  });
});

import { describe, expect, it } from "vitest";
import { z } from "zod";
import { describeValidationError, issuePath } from "./validationMessage.js";

describe("bad input gets a clear error (what, where, why)", () => {
  it.each([
    { path: [], expected: "(root)" },
    { path: ["name"], expected: "name" },
    { path: ["phones", 0, "number"], expected: "phones[0].number" },
    { path: [2], expected: "[2]" },
  ])("issuePath($path) = $expected", ({ path, expected }) => {
    expect(issuePath(path)).toBe(expected);
  });

  it("names the subject and every issue with its place and reason", () => {
    const schema = z.object({
      name: z.string().min(1, "must not be empty"),
      phones: z.array(z.object({ number: z.string() })),
    });
    const result = schema.safeParse({ name: "", phones: [{ number: 7 }] });
    if (result.success) throw new Error("expected the input to be refused");
    expect(describeValidationError("person", result.error)).toBe(
      "person is invalid: name: must not be empty; phones[0].number: Invalid input: expected string, received number",
    );
  });
});

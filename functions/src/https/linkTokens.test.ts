import { describe, expect, it } from "vitest";
import { linkTokenHash, newLinkToken, TOKEN_BYTES } from "./linkTokens.js";

describe("C1 one unguessable link per household (≥ 128 bits, never the household id)", () => {
  it("draws 144 bits and writes them base64url in 24 characters", () => {
    const token = newLinkToken();
    expect(TOKEN_BYTES * 8).toBeGreaterThanOrEqual(128);
    expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it("gives a different token each time", () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => newLinkToken()));
    expect(tokens.size).toBe(1000);
  });

  it("encodes exactly the random bytes it is given", () => {
    const token = newLinkToken((size) => new Uint8Array(size).fill(0xff));
    expect(token).toBe("________________________");
  });

  it("refuses a random source that gives too few bytes", () => {
    expect(() => newLinkToken(() => new Uint8Array(4))).toThrow(/needs 18 random bytes, got 4/);
  });

  it("stores the SHA-256 of the token in hex, never the token", () => {
    expect(linkTokenHash("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });
});

import { describe, expect, it } from "vitest";
import { normalisePhoneNumber, numberBucketKey, sameNumber } from "./phoneNumber.js";

describe("B2.5a number normalisation", () => {
  it.each([
    ["digits only: spaces", "138 0013 8000", "13800138000"],
    ["digits only: dashes", "138-0013-8000", "13800138000"],
    ["digits only: brackets", "(021) 5555-1234", "02155551234"],
    ["+86 before a mobile removed", "+86 138 0013 8000", "13800138000"],
    ["+86 glued to a mobile removed", "+8613800138000", "13800138000"],
    ["0086 before a mobile removed", "0086-138-0013-8000", "13800138000"],
    ["86 before a mobile removed", "8613800138000", "13800138000"],
    ["86 kept before a short local number", "86123456", "86123456"],
    ["+86 before a landline becomes the trunk 0", "+86 21 5555 1234", "02155551234"],
    ["0086 before a landline becomes the trunk 0", "0086 21 5555 1234", "02155551234"],
    ["a landline keeps its area code", "021-55551234", "02155551234"],
    ["text without digits", "未知号码", ""],
  ])("%s: %s → %s", (_clause, text, expected) => {
    expect(normalisePhoneNumber(text)).toBe(expected);
  });
});

describe("B2.5a same number", () => {
  it.each([
    ["mobile with and without +86", "+86 13800138000", "138 0013 8000", true],
    ["mobile with 0086 and 86", "0086 13800138000", "8613800138000", true],
    ["different mobiles", "13800138000", "13800138001", false],
    ["landline with and without area code", "021-5555 1234", "55551234", true],
    ["landline with and without area code, +86 form", "+86 21 5555 1234", "55551234", true],
    ["landline area code with and without trunk 0", "2155551234", "02155551234", true],
    ["suffix of exactly 7 digits", "0571-5551234", "5551234", true],
    ["suffix of only 6 digits is not enough", "021-555123", "555123", false],
    ["same last digits, different landlines", "021-55551234", "010-55551234", false],
    ["a mobile has no area code", "13955551234", "55551234", false],
    ["a mobile with a leading 0 (out of area)", "013800138000", "13800138000", true],
    ["empty never matches", "", "", false],
  ])("%s: %s vs %s → %s", (_case, a, b, expected) => {
    expect(sameNumber(a, b)).toBe(expected);
    expect(sameNumber(b, a)).toBe(expected);
  });

  it("is not transitive: one short number is the same as two different long ones", () => {
    expect(sameNumber("5551234", "025551234")).toBe(true);
    expect(sameNumber("5551234", "035551234")).toBe(true);
    expect(sameNumber("025551234", "035551234")).toBe(false);
  });

  it("puts numbers that may be the same in one bucket", () => {
    expect(numberBucketKey("02155551234")).toBe(numberBucketKey("55551234"));
    expect(numberBucketKey("123")).toBe("123");
  });
});

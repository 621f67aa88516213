import { describe, expect, it } from "vitest";
import {
  MAX_CLAIMS_BYTES,
  StaffClaimsTooLargeError,
  estateRolesOf,
  withEstateRole,
} from "./staffClaims.js";

describe("issue 2 item 3: one role per estate, carried as custom claims", () => {
  it.each([
    {
      case: "a new account gets its first estate",
      current: undefined,
      estateId: "cuihu",
      role: "customerService" as const,
      expected: { estates: { cuihu: "customerService" } },
    },
    {
      case: "a role in another estate is kept",
      current: { estates: { songtao: "admin" } },
      estateId: "cuihu",
      role: "director" as const,
      expected: { estates: { songtao: "admin", cuihu: "director" } },
    },
    {
      case: "the role in the same estate is replaced",
      current: { estates: { cuihu: "order", songtao: "admin" } },
      estateId: "cuihu",
      role: "maintenance" as const,
      expected: { estates: { cuihu: "maintenance", songtao: "admin" } },
    },
    {
      case: "role null removes the estate and keeps the others",
      current: { estates: { cuihu: "order", songtao: "admin" } },
      estateId: "cuihu",
      role: null,
      expected: { estates: { songtao: "admin" } },
    },
    {
      case: "removing an estate the account is not in changes nothing",
      current: { estates: { songtao: "admin" } },
      estateId: "cuihu",
      role: null,
      expected: { estates: { songtao: "admin" } },
    },
    {
      case: "claims other than estates are kept",
      current: { estates: {}, betaTester: true },
      estateId: "cuihu",
      role: "environment" as const,
      expected: { estates: { cuihu: "environment" }, betaTester: true },
    },
    {
      case: "an unknown role left in the claims is dropped",
      current: { estates: { songtao: "janitor", lake: "admin" } },
      estateId: "cuihu",
      role: "environment" as const,
      expected: { estates: { lake: "admin", cuihu: "environment" } },
    },
    {
      case: "estates that is not a map is replaced",
      current: { estates: "cuihu" },
      estateId: "cuihu",
      role: "admin" as const,
      expected: { estates: { cuihu: "admin" } },
    },
  ])("$case", ({ current, estateId, role, expected }) => {
    expect(withEstateRole(current, estateId, role)).toEqual(expected);
  });

  it("does not change the claims it is given", () => {
    const current = { estates: { cuihu: "order" } };
    withEstateRole(current, "cuihu", null);
    expect(current).toEqual({ estates: { cuihu: "order" } });
  });

  it("refuses claims longer than Firebase Auth stores, saying why", () => {
    const estates = Object.fromEntries(
      Array.from({ length: 40 }, (_, index) => [`estate-number-${index}`, "customerService"]),
    );
    expect(() => withEstateRole({ estates }, "one-more", "admin")).toThrow(
      StaffClaimsTooLargeError,
    );
    expect(() => withEstateRole({ estates }, "one-more", "admin")).toThrow(
      new RegExp(`more than Firebase Auth's ${MAX_CLAIMS_BYTES}`),
    );
  });

  it.each([
    { claims: null, expected: {} },
    { claims: "admin", expected: {} },
    { claims: { estates: null }, expected: {} },
    { claims: { estates: { "": "admin", a: "admin" } }, expected: { a: "admin" } },
  ])("estateRolesOf($claims)", ({ claims, expected }) => {
    expect(estateRolesOf(claims)).toEqual(expected);
  });
});

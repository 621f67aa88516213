import type { DecodedIdToken } from "firebase-admin/auth";
import { HttpsError } from "firebase-functions/v2/https";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Role } from "../domain/schema/role.js";
import { requireRole, validated, validatedOnCall, type AuthData } from "./validatedOnCall.js";

const auth = (estates: Record<string, Role>): AuthData => ({
  uid: "u1",
  rawToken: "",
  token: { uid: "u1", estates } as unknown as DecodedIdToken,
});

const echo = validated(z.object({ estateId: z.string().min(1, "must not be empty") }), (request) =>
  Promise.resolve(request.data.estateId),
);

describe("validatedOnCall: bad input is invalid-argument saying what, where and why", () => {
  it("passes parsed data and the caller to the handler", async () => {
    await expect(echo({ data: { estateId: "cuihu" }, auth: auth({}) })).resolves.toBe("cuihu");
  });

  it.each([
    {
      case: "an empty field",
      data: { estateId: "" },
      message: "input is invalid: estateId: must not be empty",
    },
    {
      case: "no data",
      data: null,
      message: "input is invalid: (root): Invalid input: expected object, received null",
    },
  ])("$case", async ({ data, message }) => {
    const error = await echo({ data, auth: auth({}) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(HttpsError);
    expect(error).toMatchObject({ code: "invalid-argument", message });
  });

  it("refuses a signed-out caller before reading the data", async () => {
    await expect(echo({ data: { estateId: "" } })).rejects.toMatchObject({
      code: "unauthenticated",
    });
  });

  it("keeps the plain handler reachable on the deployed callable", async () => {
    const callable = validatedOnCall(z.object({ n: z.number() }), (request) =>
      Promise.resolve(request.data.n + 1),
    );
    await expect(callable.handler({ data: { n: 1 }, auth: auth({}) })).resolves.toBe(2);
  });
});

describe("requireRole: the caller's role in the estate, from the ID token's claims", () => {
  it.each([
    { estates: { cuihu: "admin" as const }, allowed: ["admin" as const], result: "admin" },
    {
      estates: { cuihu: "director" as const },
      allowed: ["director" as const, "admin" as const],
      result: "director",
    },
  ])("allows $estates.cuihu when $allowed may act", ({ estates, allowed, result }) => {
    expect(requireRole(auth(estates), "cuihu", allowed)).toBe(result);
  });

  it.each<{ case: string; estates: Record<string, Role>; message: string }>([
    {
      case: "another role in the estate",
      estates: { cuihu: "director" },
      message: "only admin of estate cuihu may do this; your role there is director",
    },
    {
      case: "a role in another estate only",
      estates: { songtao: "admin" },
      message: "only admin of estate cuihu may do this; you have no role there",
    },
  ])("refuses $case (permission-denied)", ({ estates, message }) => {
    expect(() => requireRole(auth(estates), "cuihu", ["admin"])).toThrow(
      expect.objectContaining({ code: "permission-denied", message }),
    );
  });
});

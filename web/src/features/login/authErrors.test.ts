import { describe, expect, it } from "vitest";
import { resources } from "../../i18n/resources.js";
import { signInErrorKey } from "./authErrors.js";

function lookup(key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>(
      (node, part) =>
        typeof node === "object" && node !== null
          ? (node as Record<string, unknown>)[part]
          : undefined,
      resources.en,
    );
}

describe("login: a failed sign-in gets a clear message (issue 2, item 6)", () => {
  it.each([
    ["auth/invalid-credential", "login.errors.invalidCredential"],
    ["auth/wrong-password", "login.errors.invalidCredential"],
    ["auth/user-not-found", "login.errors.invalidCredential"],
    ["auth/invalid-email", "login.errors.invalidEmail"],
    ["auth/user-disabled", "login.errors.userDisabled"],
    ["auth/too-many-requests", "login.errors.tooManyRequests"],
    ["auth/network-request-failed", "login.errors.network"],
    ["auth/internal-error", "login.errors.unknown"],
    [undefined, "login.errors.unknown"],
  ])("%s → %s, a translated text", (code, key) => {
    expect(signInErrorKey(code)).toBe(key);
    expect(typeof lookup(key)).toBe("string");
  });
});

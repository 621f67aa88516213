import { describe, expect, it } from "vitest";
import { tokenFromLocation } from "./linkToken.js";
import { functionUrl } from "./functionUrl.js";
import { fill, formatInstant, initialLanguage } from "./language.js";

describe("C1 the public pages call the functions with plain fetch", () => {
  it.each([
    {
      case: "the emulator in mode emulator",
      env: {
        VITE_USE_EMULATORS: "true",
        VITE_FUNCTIONS_EMULATOR_PORT: "5201",
        VITE_FIREBASE_PROJECT_ID: "demo-huiyin",
      },
      url: "http://127.0.0.1:5201/demo-huiyin/asia-east2/submitSurvey",
    },
    {
      case: "the deployed function by project and region",
      env: { VITE_FIREBASE_PROJECT_ID: "huiyin-prod", VITE_FUNCTIONS_REGION: "asia-east1" },
      url: "https://asia-east1-huiyin-prod.cloudfunctions.net/submitSurvey",
    },
    {
      case: "an explicit production base URL (trailing slash dropped)",
      env: {
        VITE_PUBLIC_FUNCTIONS_URL: "https://api.example.hk/fn/",
        VITE_FIREBASE_PROJECT_ID: "p",
      },
      url: "https://api.example.hk/fn/submitSurvey",
    },
  ])("$case", ({ env, url }) => {
    expect(functionUrl("submitSurvey", env)).toBe(url);
  });

  it.each([
    {
      case: "a QR link /s/<token>",
      pathname: "/s/AbCdEfGhIjKlMnOpQrStUvWx",
      search: "",
      token: "AbCdEfGhIjKlMnOpQrStUvWx",
    },
    {
      case: "a trailing slash",
      pathname: "/s/AbCdEfGhIjKlMnOpQrStUvWx/",
      search: "",
      token: "AbCdEfGhIjKlMnOpQrStUvWx",
    },
    {
      case: "?t= in development",
      pathname: "/survey.html",
      search: "?t=AbCdEfGhIjKlMnOpQrStUvWx",
      token: "AbCdEfGhIjKlMnOpQrStUvWx",
    },
    {
      case: "a household page link /h/<token> (§12)",
      pathname: "/h/AbCdEfGhIjKlMnOpQrStUvWx",
      search: "",
      token: "AbCdEfGhIjKlMnOpQrStUvWx",
    },
    {
      case: "a notice board link /n/<token> (B.1.3)",
      pathname: "/n/AbCdEfGhIjKlMnOpQrStUvWx",
      search: "?lang=en",
      token: "AbCdEfGhIjKlMnOpQrStUvWx",
    },
    { case: "another path", pathname: "/x/AbCdEfGhIjKlMnOpQrStUvWx", search: "", token: null },
    { case: "no token", pathname: "/s/", search: "", token: null },
    {
      case: "characters no token has",
      pathname: "/s/abc%2F..%2Fdef-ghijklmnopq",
      search: "",
      token: null,
    },
  ])("reads the token from $case", ({ pathname, search, token }) => {
    expect(tokenFromLocation({ pathname, search })).toBe(token);
  });

  it.each([
    { search: "", stored: null, language: "zh-Hant" },
    { search: "?lang=en", stored: "zh-Hans", language: "en" },
    { search: "?lang=fr", stored: "zh-Hans", language: "zh-Hans" },
  ])("starts in $language (search '$search', stored $stored)", ({ search, stored, language }) => {
    expect(initialLanguage(search, { getItem: () => stored })).toBe(language);
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(fill("{count} / {max} {other}", { count: 3, max: 1000 })).toBe("3 / 1000 {other}");
  });

  it("shows an instant in the estate's zone, in each page language (one formatter per language)", () => {
    const lateEvening = "2026-11-27T16:30:00Z"; // 00:30 on the 28th in Asia/Shanghai
    expect(formatInstant(lateEvening, "zh-Hant")).toMatch(/^2026年11月28日 .*12:30$/);
    expect(formatInstant(lateEvening, "en")).toBe("Nov 28, 2026, 12:30 AM");
    expect(formatInstant(lateEvening, "zh-Hans")).toBe("2026年11月28日 00:30");
    expect(formatInstant("2026-01-01T00:00:00Z", "en")).toBe("Jan 1, 2026, 8:00 AM");
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { rewrittenPage, type HostingRewrite } from "./pageRewrites.js";

const firebaseJson = JSON.parse(
  readFileSync(new URL("../../../firebase.json", import.meta.url), "utf8"),
) as { hosting: { rewrites: HostingRewrite[] } };
const rewrites = firebaseJson.hosting.rewrites;
const token = "Abc123_-Abc123_-Abc123";

describe("the owners' links open their own page, on Hosting and on the dev server of npm start", () => {
  it.each([
    [`/s/${token}`, "/survey.html"],
    [`/r/${token}`, "/committee.html"],
    [`/h/${token}`, "/household.html"],
    [`/n/${token}`, "/notices.html"],
    [`/v/${token}`, "/ownerCopy.html"],
  ])("%s → %s", (pathname, page) => {
    expect(rewrittenPage(pathname, rewrites)).toBe(page);
  });

  it.each(["/", "/desk", "/households/h-1-101", "/sx/abc", "/assets/index.js"])(
    "%s stays with the staff app",
    (pathname) => {
      expect(rewrittenPage(pathname, rewrites)).toBeNull();
    },
  );

  it("matches `*` within one path segment and `**` across segments", () => {
    const table = [
      { source: "/a/*", destination: "/one.html" },
      { source: "/b/**", destination: "/two.html" },
    ];
    expect(rewrittenPage("/a/x", table)).toBe("/one.html");
    expect(rewrittenPage("/a/x/y", table)).toBeNull();
    expect(rewrittenPage("/b/x/y", table)).toBe("/two.html");
  });
});

import { runInThisContext } from "node:vm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FIRST_READ_OF_PAGE, firstRequestScript, takeFirstRequest } from "./firstRequest.js";

const token = "Abc123_-Abc123_-Abc123";
const url = "https://functions.example/householdPage";

/** Runs the head script as the page would, with `pathname` as the address. */
function runHeadScript(pathname: string) {
  const fetchSpy = vi.fn<typeof fetch>(() =>
    Promise.resolve(new Response(JSON.stringify({ ok: true, page: "p" }))),
  );
  vi.stubGlobal("fetch", fetchSpy);
  vi.stubGlobal("location", { pathname, search: "" });
  runInThisContext(firstRequestScript("householdPage", url));
  return fetchSpy;
}

afterEach(() => {
  // Forget what a test's head script left.
  void takeFirstRequest("householdPage", { token });
  vi.unstubAllGlobals();
});

describe("an owners' page's first read starts from the head of its HTML", () => {
  it("posts { token } from the link's address to the page's read, once", async () => {
    const fetchSpy = runHeadScript(`/h/${token}`);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(fetchSpy.mock.calls[0]?.[0]).toBe(url);
    expect(fetchSpy.mock.calls[0]?.[1]?.body).toBe(JSON.stringify({ token }));
    // The page's own first call takes that answer; the next one (a poll) does not.
    await expect(takeFirstRequest("householdPage", { token })).resolves.toEqual({
      ok: true,
      page: "p",
    });
    expect(takeFirstRequest("householdPage", { token })).toBeNull();
  });

  it("sends nothing on an address without a token", () => {
    expect(runHeadScript("/h/short")).not.toHaveBeenCalled();
    expect(takeFirstRequest("householdPage", { token: "short" })).toBeNull();
  });

  it.each([
    ["another read", "noticeBoard", { token }],
    ["another token", "householdPage", { token: "Zzz123_-Zzz123_-Zzz123" }],
    ["a poll with its version", "householdPage", { token, version: "v1" }],
  ] as const)("is not taken by %s", (_case, name, body) => {
    runHeadScript(`/h/${token}`);
    expect(takeFirstRequest(name, body)).toBeNull();
  });

  it("knows the read of every owners' page", () => {
    expect(FIRST_READ_OF_PAGE).toEqual({
      survey: "openSurvey",
      committee: "committeeReport",
      household: "householdPage",
      notices: "noticeBoard",
      ownerCopy: "openOwnerCopy",
    });
  });
});

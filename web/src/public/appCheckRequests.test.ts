import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("./appCheck.js", () => ({
  appCheckToken: vi.fn(() => Promise.resolve("app-check-token")),
}));

const { callPublic } = await import("./endpoint.js");
const { appCheckToken } = await import("./appCheck.js");

/** Calls `name` with a fetch that answers ok, and returns the headers the request carried. */
async function headersOf(name: Parameters<typeof callPublic>[0]): Promise<Record<string, string>> {
  const fetchSpy = vi.fn<typeof fetch>(() =>
    Promise.resolve(new Response(JSON.stringify({ ok: true }))),
  );
  vi.stubGlobal("fetch", fetchSpy);
  await callPublic(name, { token: "t" });
  const init = fetchSpy.mock.calls[0]?.[1];
  return init?.headers as Record<string, string>;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(appCheckToken).mockClear();
});

describe("C1 App Check on the public pages' requests", () => {
  it.each(["submitSurvey", "householdAction", "answerOwnerCopy"] as const)(
    "%s (a write) carries the App Check token",
    async (name) => {
      expect(await headersOf(name)).toMatchObject({ "X-Firebase-AppCheck": "app-check-token" });
      expect(appCheckToken).toHaveBeenCalledTimes(1);
    },
  );

  it.each([
    "openSurvey",
    "householdPage",
    "noticeBoard",
    "committeeReport",
    "openOwnerCopy",
  ] as const)("%s (a page's first read) does not wait for a token", async (name) => {
    expect(await headersOf(name)).not.toHaveProperty("X-Firebase-AppCheck");
    expect(appCheckToken).not.toHaveBeenCalled();
  });
});

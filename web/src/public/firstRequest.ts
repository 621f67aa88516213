/**
 * An owners' page's first request, started by a small script at the top of its HTML's head
 * (`web/vite.owners.config.ts`) while the rest of the page still arrives and is parsed: on slow
 * 4G that is ~90 ms earlier than the page's own module could send it (`bench/emulator/
 * firstRender.ts`). The page's first `callPublic` for the same read takes the answer, once.
 * Only reads start early: they need no App Check token (`@domain/publicFunctions.ts`).
 */
import type { PublicFunction } from "@domain/publicFunctions.js";
import { tokenFromLocation } from "./linkToken.js";

/** Each owners' page (its HTML file's name) and the read that opens it. */
export const FIRST_READ_OF_PAGE = {
  survey: "openSurvey",
  committee: "committeeReport",
  household: "householdPage",
  notices: "noticeBoard",
  ownerCopy: "openOwnerCopy",
} as const satisfies Record<string, PublicFunction>;

/** What the head script leaves for the page. */
interface StartedRequest {
  name: PublicFunction;
  token: string;
  answer: Promise<unknown>;
}

const GLOBAL = "huiyinFirstRequest";

/**
 * The head script for a page whose first read is `name` at `url`: it reads the token from the
 * address with {@link tokenFromLocation} and posts `{ token }`, as the page itself would.
 */
export function firstRequestScript(name: PublicFunction, url: string): string {
  return `(() => {
  const tokenFromLocation = ${tokenFromLocation.toString()};
  const token = tokenFromLocation(location);
  if (token === null) return;
  const answer = fetch(${JSON.stringify(url)}, {
    method: "POST",
    headers: { "Content-Type": "text/plain;charset=UTF-8" },
    body: JSON.stringify({ token }),
  }).then((response) => response.json());
  answer.catch(() => undefined);
  globalThis.${GLOBAL} = { name: ${JSON.stringify(name)}, token, answer };
})();`;
}

/**
 * The started answer if this call is the request the head script made (same read, body exactly
 * `{ token }` with the same token), and forgets it: later calls (polls) go to the network.
 */
export function takeFirstRequest(name: PublicFunction, body: object): Promise<unknown> | null {
  const holder = globalThis as { [GLOBAL]?: StartedRequest };
  const started = holder[GLOBAL];
  if (started === undefined) return null;
  const keys = Object.keys(body);
  const same =
    started.name === name &&
    keys.length === 1 &&
    keys[0] === "token" &&
    (body as { token?: unknown }).token === started.token;
  if (!same) return null;
  holder[GLOBAL] = undefined;
  return started.answer;
}

/**
 * The public pages' only link to the back end: a plain `fetch` to an HTTPS function (no
 * Firebase SDK, so the owner's phone downloads a few kilobytes). In mode `emulator` the URL is
 * the Functions emulator's; in production the deployed function's. The body is sent as
 * `text/plain` JSON, which needs no CORS preflight round trip on a slow network, and only the
 * writes carry an App Check token (`@domain/publicFunctions.ts`).
 */
import { needsAppCheck, type PublicFunction } from "@domain/publicFunctions.js";
import { appCheckToken } from "./appCheck.js";
import { takeFirstRequest } from "./firstRequest.js";
import { functionUrl } from "./functionUrl.js";

export type { PublicFunction };

/** A refusal or failure as the page shows it: a code with a text in each language. */
export interface Refusal {
  ok: false;
  code: string;
  message: string;
  reasons?: string[];
  opensAt?: string;
  closesAt?: string;
}

/**
 * Posts `body` to a public function. Resolves with the function's JSON answer (`ok` true or
 * false); a network failure or a non-JSON answer becomes `{ ok: false, code: "network" }`.
 */
export async function callPublic<T extends { ok: true }>(
  name: PublicFunction,
  body: object,
): Promise<T | Refusal> {
  try {
    const answer = (await (takeFirstRequest(name, body) ?? send(name, body))) as T | Refusal;
    return typeof answer === "object" && "ok" in answer
      ? answer
      : { ok: false, code: "network", message: "unexpected answer" };
  } catch (error) {
    return { ok: false, code: "network", message: String(error) };
  }
}

/** Posts `body` to `name`; a read is sent at once, without waiting for anything. */
async function send(name: PublicFunction, body: object): Promise<unknown> {
  const headers: Record<string, string> = { "Content-Type": "text/plain;charset=UTF-8" };
  const token = needsAppCheck(name) ? await appCheckToken() : null;
  if (token !== null) headers["X-Firebase-AppCheck"] = token;
  const response = await fetch(functionUrl(name), {
    method: "POST",
    headers,
    body: JSON.stringify(body),
  });
  return response.json();
}

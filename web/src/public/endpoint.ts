/**
 * The public pages' only link to the back end: a plain `fetch` to an HTTPS function (no
 * Firebase SDK, so the owner's phone downloads a few kilobytes). In mode `emulator` the URL is
 * the Functions emulator's; in production the deployed function's. The body is sent as
 * `text/plain` JSON, which needs no CORS preflight round trip on a slow network.
 */
import { appCheckToken } from "./appCheck.js";

/** The public functions. */
export type PublicFunction =
  | "openSurvey"
  | "submitSurvey"
  | "committeeReport"
  | "householdPage"
  | "householdAction"
  | "noticeBoard"
  // The owner's copy of an on-site service record (/v/<token>)
  | "openOwnerCopy"
  | "answerOwnerCopy";

/** The build settings the URL is made from (Vite's env by default). */
export interface EndpointEnv {
  readonly VITE_USE_EMULATORS?: string;
  readonly VITE_EMULATOR_HOST?: string;
  readonly VITE_FUNCTIONS_EMULATOR_PORT?: string;
  readonly VITE_FIREBASE_PROJECT_ID?: string;
  readonly VITE_FUNCTIONS_REGION?: string;
  readonly VITE_PUBLIC_FUNCTIONS_URL?: string;
}

/** A setting's trimmed value, or the fallback when it is missing or blank. */
function setting(value: string | undefined, fallback: string): string {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? fallback : trimmed;
}

/** The URL of a public function for this build. */
export function functionUrl(name: PublicFunction, env: EndpointEnv = import.meta.env): string {
  const region = setting(env.VITE_FUNCTIONS_REGION, "asia-east2");
  const project = setting(env.VITE_FIREBASE_PROJECT_ID, "demo-huiyin");
  if (env.VITE_USE_EMULATORS === "true") {
    const host = setting(env.VITE_EMULATOR_HOST, "127.0.0.1");
    const port = setting(env.VITE_FUNCTIONS_EMULATOR_PORT, "5001");
    return `http://${host}:${port}/${project}/${region}/${name}`;
  }
  const base = setting(
    env.VITE_PUBLIC_FUNCTIONS_URL,
    `https://${region}-${project}.cloudfunctions.net`,
  );
  return `${base.replace(/\/+$/, "")}/${name}`;
}

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
    const headers: Record<string, string> = { "Content-Type": "text/plain;charset=UTF-8" };
    const token = await appCheckToken();
    if (token !== null) headers["X-Firebase-AppCheck"] = token;
    const response = await fetch(functionUrl(name), {
      method: "POST",
      headers,
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as T | Refusal;
    return typeof answer === "object" && "ok" in answer
      ? answer
      : { ok: false, code: "network", message: "unexpected answer" };
  } catch (error) {
    return { ok: false, code: "network", message: String(error) };
  }
}

/**
 * The link token of the page: `/s/<token>` (survey), `/r/<token>` (committee), `/h/<token>`
 * (household page), `/n/<token>` (notice board), or `?t=<token>` in development.
 */
export function tokenFromLocation(location: Pick<Location, "pathname" | "search">): string | null {
  const match = /^\/[srhnv]\/([A-Za-z0-9_-]{16,64})\/?$/.exec(location.pathname);
  if (match?.[1] !== undefined) return match[1];
  const query = new URLSearchParams(location.search).get("t");
  return query !== null && /^[A-Za-z0-9_-]{16,64}$/.test(query) ? query : null;
}

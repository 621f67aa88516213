/**
 * Where a public function answers: in mode `emulator` the Functions emulator, in production the
 * deployed function (or `VITE_PUBLIC_FUNCTIONS_URL`). Its own module, with a type import only,
 * because the Vite config reads it too (`vite.owners.config.ts`, the head script of each page).
 */
import type { PublicFunction } from "@domain/publicFunctions.js";

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

/**
 * Cloud Functions callables of the web client: `callFunction(name, data)` with the app's
 * region, connected to the Functions emulator in mode `emulator`. Only feature modules loaded
 * by lazy routes import it, so the initial bundle never carries `firebase/functions`.
 */
import {
  connectFunctionsEmulator,
  getFunctions,
  httpsCallable,
  type Functions,
} from "firebase/functions";
import { app, config } from "./app.js";

/** The region the functions are deployed to when `VITE_FUNCTIONS_REGION` does not say. */
export const DEFAULT_FUNCTIONS_REGION = "asia-east2";

let instance: Functions | undefined;

function functions(): Functions {
  if (instance === undefined) {
    const env: Readonly<Record<string, string | undefined>> = import.meta.env;
    const configured = env.VITE_FUNCTIONS_REGION?.trim();
    const region =
      configured !== undefined && configured !== "" ? configured : DEFAULT_FUNCTIONS_REGION;
    instance = getFunctions(app, region);
    if (config.useEmulators) {
      connectFunctionsEmulator(instance, config.emulatorHost, config.emulatorPorts.functions);
    }
  }
  return instance;
}

/**
 * Calls the callable `name` with `data` and resolves with its answer; rejects with a
 * FirebaseError (`functions/<code>`, the function's message) when the function refuses.
 */
export async function callFunction<Output>(name: string, data: unknown): Promise<Output> {
  const callable = httpsCallable<unknown, Output>(functions(), name);
  return (await callable(data)).data;
}

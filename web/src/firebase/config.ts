/**
 * The only reader of the web client's configuration (Vite env, see `web/.env.emulator` and
 * `web/.env.production`). A missing value stops the app with a message naming it.
 */
export interface WebConfig {
  readonly useEmulators: boolean;
  readonly emulatorHost: string;
  readonly emulatorPorts: {
    readonly auth: number;
    readonly firestore: number;
    readonly functions: number;
    readonly storage: number;
  };
  readonly firebase: {
    readonly apiKey: string;
    readonly projectId: string;
    readonly authDomain: string;
    readonly appId?: string;
  };
}

function required(name: keyof ImportMetaEnv, value: string | undefined): string {
  if (value === undefined || value.trim() === "") {
    throw new Error(
      `${name} is not set: fill in web/.env.production (or build with --mode emulator for the local emulators).`,
    );
  }
  return value.trim();
}

function port(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value !== undefined && Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** Reads and checks the configuration Vite baked into the build. */
export function readConfig(env: ImportMetaEnv = import.meta.env): WebConfig {
  const appId = env.VITE_FIREBASE_APP_ID?.trim();
  const emulatorHost = env.VITE_EMULATOR_HOST?.trim() ?? "";
  return {
    useEmulators: env.VITE_USE_EMULATORS === "true",
    emulatorHost: emulatorHost === "" ? "127.0.0.1" : emulatorHost,
    emulatorPorts: {
      auth: port(env.VITE_AUTH_EMULATOR_PORT, 9099),
      firestore: port(env.VITE_FIRESTORE_EMULATOR_PORT, 8080),
      functions: port(env.VITE_FUNCTIONS_EMULATOR_PORT, 5001),
      storage: port(env.VITE_STORAGE_EMULATOR_PORT, 9199),
    },
    firebase: {
      apiKey: required("VITE_FIREBASE_API_KEY", env.VITE_FIREBASE_API_KEY),
      projectId: required("VITE_FIREBASE_PROJECT_ID", env.VITE_FIREBASE_PROJECT_ID),
      authDomain: required("VITE_FIREBASE_AUTH_DOMAIN", env.VITE_FIREBASE_AUTH_DOMAIN),
      ...(appId ? { appId } : {}),
    },
  };
}

/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `"true"` in mode `emulator`: connect Auth and Firestore to the local emulators. */
  readonly VITE_USE_EMULATORS?: string;
  /** Host of the emulators (default 127.0.0.1). */
  readonly VITE_EMULATOR_HOST?: string;
  /** Emulator ports (defaults 9099, 8080, 5001, 9199; `npm test` sets them per port offset). */
  readonly VITE_AUTH_EMULATOR_PORT?: string;
  readonly VITE_FIRESTORE_EMULATOR_PORT?: string;
  readonly VITE_FUNCTIONS_EMULATOR_PORT?: string;
  readonly VITE_STORAGE_EMULATOR_PORT?: string;
  readonly VITE_FIREBASE_API_KEY?: string;
  readonly VITE_FIREBASE_PROJECT_ID?: string;
  readonly VITE_FIREBASE_AUTH_DOMAIN?: string;
  readonly VITE_FIREBASE_APP_ID?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

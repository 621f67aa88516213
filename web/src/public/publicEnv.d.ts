/// <reference types="vite/client" />

/** Build settings the public owner pages read (no Firebase SDK on those pages). */
interface ImportMetaEnv {
  /** Region of the functions (default asia-east2, the functions' default). */
  readonly VITE_FUNCTIONS_REGION?: string;
  /** Base URL of the public functions in production, e.g. https://asia-east2-<project>.cloudfunctions.net. */
  readonly VITE_PUBLIC_FUNCTIONS_URL?: string;
  /** reCAPTCHA Enterprise site key of the App Check web app; App Check is off without it. */
  readonly VITE_APP_CHECK_SITE_KEY?: string;
}

/**
 * The only reader of configuration. Deploy-time parameters are set in `functions/.env`
 * (or prompted by `firebase deploy`); everything has a default suited to estates in China.
 */
import { defineBoolean, defineString } from "firebase-functions/params";

/** The Cloud Functions region: Hong Kong, the nearest to the estates, unless configured. */
export const region = defineString("REGION", {
  default: "asia-east2",
  description: "Cloud Functions region, e.g. asia-east2 (Hong Kong) or asia-east1 (Taiwan)",
});

/**
 * Whether the public survey and committee functions require an App Check token (C1). On in a
 * real project unless configured off; always off in the emulator, which has no attestation.
 */
export const enforceAppCheck = defineBoolean("ENFORCE_APP_CHECK", {
  default: true,
  description: "Require App Check on the public survey functions (true or false)",
});

/** Whether the functions run in the local emulator (set by firebase-tools). */
export function isEmulated(): boolean {
  return process.env.FUNCTIONS_EMULATOR === "true";
}

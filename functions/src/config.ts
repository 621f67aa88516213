/**
 * The only reader of configuration. Deploy-time parameters are set in `functions/.env`
 * (or prompted by `firebase deploy`); everything has a default suited to estates in China.
 */
import { defineString } from "firebase-functions/params";

/** The Cloud Functions region: Hong Kong, the nearest to the estates, unless configured. */
export const region = defineString("REGION", {
  default: "asia-east2",
  description: "Cloud Functions region, e.g. asia-east2 (Hong Kong) or asia-east1 (Taiwan)",
});

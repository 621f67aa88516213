/**
 * The deployed functions of Huiyin: initialisation and exports only. Each function lives
 * in its own file under `callables/` or `triggers/`.
 */
import { initializeApp } from "firebase-admin/app";
import { setGlobalOptions } from "firebase-functions/v2";
import { region } from "./config.js";

initializeApp();
setGlobalOptions({ region });

export { setStaffRole } from "./callables/setStaffRole.js";
export { onPersonWritten } from "./triggers/onPersonWritten.js";

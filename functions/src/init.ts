/**
 * Initialisation of the functions: the Admin app and the global options (region). A module of
 * its own, imported first by `index.ts`, because ES modules evaluate every `export … from`
 * before the body of the importing module: options set in `index.ts` itself come too late,
 * after each function has already captured its options (its region fell back to us-central1).
 */
import { initializeApp } from "firebase-admin/app";
import { setGlobalOptions } from "firebase-functions/v2";
import { region } from "./config.js";

initializeApp();
setGlobalOptions({ region });

/**
 * The Admin SDK's Firestore, the one Firebase adapter the functions write through.
 * Lazy so that importing a function (as tests do) needs no initialised app.
 */
import { getFirestore, type Firestore } from "firebase-admin/firestore";

/** The default app's Firestore (`initializeApp()` in `index.ts` must have run). */
export function db(): Firestore {
  return getFirestore();
}

import type * as FirestoreModule from "./firestore.js";

/** Loads the Firestore module on first use, so the login route never downloads it. */
export function loadFirestore(): Promise<typeof FirestoreModule> {
  return import("./firestore.js");
}

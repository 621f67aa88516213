import type * as RenovationModule from "../../firebase/renovationFiles.js";
import { useLiveModule, type Live, type LiveSubscription } from "../households/useLiveRecords.js";

/** The renovation file and ticket settings' Firebase module (it pulls in the full SDK). */
export type RenovationFirebase = typeof RenovationModule;

/** Loads the module on first use. */
export function loadRenovation(): Promise<RenovationFirebase> {
  return import("../../firebase/renovationFiles.js");
}

/** A live view of the module (see `useLiveModule`). */
export function useRenovationLive<T>(
  key: string,
  subscribe: LiveSubscription<RenovationFirebase, T>,
): Live<T> {
  return useLiveModule(key, loadRenovation, subscribe);
}

import type * as ConductModule from "../../firebase/conduct.js";
import { useLiveModule, type Live, type LiveSubscription } from "../households/useLiveRecords.js";

/** The professional-distance screens' Firebase module, loaded on first use. */
export type ConductFirebase = typeof ConductModule;

/** Loads the professional-distance Firebase module. */
export function loadConduct(): Promise<ConductFirebase> {
  return import("../../firebase/conduct.js");
}

/** A live view of the professional-distance module (see `useLiveModule`). */
export function useConductLive<T>(
  key: string,
  subscribe: LiveSubscription<ConductFirebase, T>,
): Live<T> {
  return useLiveModule(key, loadConduct, subscribe);
}

import type * as CallsModule from "../../firebase/calls.js";
import { useLiveModule, type Live, type LiveSubscription } from "../households/useLiveRecords.js";

/** The call reconciliation's Firebase module (Firestore and Functions), loaded on first use. */
export type CallsFirebase = typeof CallsModule;

/** Loads the call reconciliation's Firebase module. */
export function loadCalls(): Promise<CallsFirebase> {
  return import("../../firebase/calls.js");
}

/** A live view of the calls module (see `useLiveModule`). */
export function useCallsLive<T>(
  key: string,
  subscribe: LiveSubscription<CallsFirebase, T>,
): Live<T> {
  return useLiveModule(key, loadCalls, subscribe);
}

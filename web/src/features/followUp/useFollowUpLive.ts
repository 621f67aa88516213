import type * as FollowUpModule from "../../firebase/followUp.js";
import { useLiveModule, type Live, type LiveSubscription } from "../households/useLiveRecords.js";

/** The follow-up screens' Firebase module (Firestore and Functions), loaded on first use. */
export type FollowUpFirebase = typeof FollowUpModule;

/** Loads the follow-up Firebase module. */
export function loadFollowUp(): Promise<FollowUpFirebase> {
  return import("../../firebase/followUp.js");
}

/** A live view of the follow-up module (see `useLiveModule`). */
export function useFollowUpLive<T>(
  key: string,
  subscribe: LiveSubscription<FollowUpFirebase, T>,
): Live<T> {
  return useLiveModule(key, loadFollowUp, subscribe);
}

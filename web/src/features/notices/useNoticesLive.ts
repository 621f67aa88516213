import type * as NoticesModule from "../../firebase/notices.js";
import { useLiveModule, type Live, type LiveSubscription } from "../households/useLiveRecords.js";

/** The owners' side's Firebase module (Firestore and Functions), loaded on first use. */
export type NoticesFirebase = typeof NoticesModule;

/** Loads the notices module. */
export function loadNotices(): Promise<NoticesFirebase> {
  return import("../../firebase/notices.js");
}

/** A live view of the notices module (see `useLiveModule`). */
export function useNoticesLive<T>(
  key: string,
  subscribe: LiveSubscription<NoticesFirebase, T>,
): Live<T> {
  return useLiveModule(key, loadNotices, subscribe);
}

/** The public URL of a household page or notice board token, on this site. */
export function ownerPageUrl(origin: string, kind: "h" | "n", token: string): string {
  return `${origin}/${kind}/${token}`;
}

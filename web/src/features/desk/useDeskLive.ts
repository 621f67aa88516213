import { useEffect, useState } from "react";
import type * as DeskModule from "../../firebase/desk.js";
import { useLiveModule, type Live, type LiveSubscription } from "../households/useLiveRecords.js";

/** The desk's Firestore module, loaded on first use (it pulls in the full SDK). */
export type DeskFirestore = typeof DeskModule;

/** Loads the desk's Firestore module. */
export function loadDesk(): Promise<DeskFirestore> {
  return import("../../firebase/desk.js");
}

/** A live view of the desk module (see `useLiveModule`). */
export function useDeskLive<T>(
  key: string,
  subscribe: LiveSubscription<DeskFirestore, T>,
): Live<T> {
  return useLiveModule(key, loadDesk, subscribe);
}

/** The current instant, refreshed every `everyMs` (for "today" and "on duty now"). */
export function useNow(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(new Date());
    }, everyMs);
    return () => {
      clearInterval(timer);
    };
  }, [everyMs]);
  return now;
}

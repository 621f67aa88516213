import { useEffect, useState } from "react";
import type * as DeskModule from "../../firebase/desk.js";
import type { Live } from "../households/useLiveRecords.js";

/** The desk's Firestore module, loaded on first use (it pulls in the full SDK). */
export type DeskFirestore = typeof DeskModule;

/** Loads the desk's Firestore module. */
export function loadDesk(): Promise<DeskFirestore> {
  return import("../../firebase/desk.js");
}

/**
 * Subscribes to a live view of the desk module while mounted and while `key` stays the
 * same (as `useLive` does for the directory).
 */
export function useDeskLive<T>(
  key: string,
  subscribe: (
    desk: DeskFirestore,
    onData: (value: T) => void,
    onError: (error: Error) => void,
  ) => () => void,
): Live<T> {
  const [state, setState] = useState<{ key: string; live: Live<T> }>({
    key,
    live: { status: "loading" },
  });
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let active = true;
    const fail = (error: unknown) => {
      if (active) setState({ key, live: { status: "failed", message: String(error) } });
    };
    loadDesk().then((desk) => {
      if (!active) return;
      unsubscribe = subscribe(
        desk,
        (value) => {
          if (active) setState({ key, live: { status: "ready", value } });
        },
        fail,
      );
    }, fail);
    return () => {
      active = false;
      unsubscribe?.();
    };
    // `subscribe` is described by `key`: callers pass a fresh closure on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? state.live : { status: "loading" };
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

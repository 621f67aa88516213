import { useEffect, useState } from "react";
import type * as CallsModule from "../../firebase/calls.js";
import type { Live } from "../households/useLiveRecords.js";

/** The call reconciliation's Firebase module (Firestore and Functions), loaded on first use. */
export type CallsFirebase = typeof CallsModule;

/** Loads the call reconciliation's Firebase module. */
export function loadCalls(): Promise<CallsFirebase> {
  return import("../../firebase/calls.js");
}

/**
 * Subscribes to a live view of the calls module while mounted and while `key` stays the same
 * (as `useLive` does for the directory).
 */
export function useCallsLive<T>(
  key: string,
  subscribe: (
    calls: CallsFirebase,
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
    loadCalls().then((calls) => {
      if (!active) return;
      unsubscribe = subscribe(
        calls,
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

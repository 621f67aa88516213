import { useEffect, useState } from "react";
import { loadFirestore } from "../../firebase/loadFirestore.js";

type Firestore = Awaited<ReturnType<typeof loadFirestore>>;

/** The state of a live view: loading, its latest value, or why it failed. */
export type Live<T> =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly value: T }
  | { readonly status: "failed"; readonly message: string };

/** Subscribes a live view to a loaded module; returns the unsubscribe function. */
export type LiveSubscription<Module, T> = (
  module: Module,
  onData: (value: T) => void,
  onError: (error: Error) => void,
) => () => void;

/**
 * Subscribes to a live view of a lazily loaded Firebase module (loading it on first use) while
 * the component is mounted and `key` stays the same; re-subscribes when `key` changes.
 * `load` must be a module-level function (it is not a dependency of the effect).
 */
export function useLiveModule<Module, T>(
  key: string,
  load: () => Promise<Module>,
  subscribe: LiveSubscription<Module, T>,
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
    load().then((module) => {
      if (!active) return;
      unsubscribe = subscribe(
        module,
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
    // `load` and `subscribe` are described by `key`: callers pass fresh closures on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  // A stale value from the previous key is never shown.
  return state.key === key ? state.live : { status: "loading" };
}

/** A live view of the directory's Firestore module (see `useLiveModule`). */
export function useLive<T>(key: string, subscribe: LiveSubscription<Firestore, T>): Live<T> {
  return useLiveModule(key, loadFirestore, subscribe);
}

import { useEffect, useState } from "react";
import { loadFirestore } from "../../firebase/loadFirestore.js";

type Firestore = Awaited<ReturnType<typeof loadFirestore>>;

/** The state of a live view: loading, its latest value, or why it failed. */
export type Live<T> =
  | { readonly status: "loading" }
  | { readonly status: "ready"; readonly value: T }
  | { readonly status: "failed"; readonly message: string };

/**
 * Subscribes to a live Firestore view (loading the Firestore module on first use) while the
 * component is mounted and `key` stays the same; re-subscribes when `key` changes.
 */
export function useLive<T>(
  key: string,
  subscribe: (
    firestore: Firestore,
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
    loadFirestore().then((firestore) => {
      if (!active) return;
      unsubscribe = subscribe(
        firestore,
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
  // A stale value from the previous key is never shown.
  return state.key === key ? state.live : { status: "loading" };
}

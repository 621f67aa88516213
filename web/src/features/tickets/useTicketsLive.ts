import type * as TicketsModule from "../../firebase/tickets.js";
import { useLiveModule, type Live, type LiveSubscription } from "../households/useLiveRecords.js";

/** The tickets' Firebase module, loaded on first use (it pulls in the full SDK). */
export type TicketsFirebase = typeof TicketsModule;

/** Loads the tickets' Firebase module. */
export function loadTickets(): Promise<TicketsFirebase> {
  return import("../../firebase/tickets.js");
}

/** A live view of the tickets module (see `useLiveModule`). */
export function useTicketsLive<T>(
  key: string,
  subscribe: LiveSubscription<TicketsFirebase, T>,
): Live<T> {
  return useLiveModule(key, loadTickets, subscribe);
}

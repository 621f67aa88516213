/**
 * Rate limit of a household link (SPEC §12 "the link is the only credential"): each token may
 * make a few reads (the page polls) and fewer actions (confirmations, requests) per minute.
 * The counter lives on the link's document; this module only decides.
 */
import type { RequestCounter } from "../schema/householdLink.js";

/** What a request through a household link does. */
export type RequestWeight = "read" | "action";

/** Requests allowed per token and minute. */
export interface RateLimits {
  readsPerMinute: number;
  actionsPerMinute: number;
}

/**
 * The default limits: the page polls every 15 s (4 reads a minute), so 30 leaves room for a
 * few open tabs and reloads; an owner sends far fewer than 10 confirmations or requests a minute.
 */
export const HOUSEHOLD_PAGE_LIMITS: RateLimits = { readsPerMinute: 30, actionsPerMinute: 10 };

/** The decision: allowed with the counter to store, or refused with when to retry. */
export type RateDecision =
  { allowed: true; counter: RequestCounter } | { allowed: false; retryAfterSeconds: number };

/** The minute `now` falls in, as epoch minutes. */
export function epochMinute(now: Date): number {
  return Math.floor(now.getTime() / 60_000);
}

/** Counts one request against the token's counter of the current minute. */
export function countRequest(
  counter: RequestCounter | null,
  weight: RequestWeight,
  now: Date,
  limits: RateLimits = HOUSEHOLD_PAGE_LIMITS,
): RateDecision {
  const minute = epochMinute(now);
  const current =
    counter !== null && counter.minute === minute ? counter : { minute, reads: 0, actions: 0 };
  const used = weight === "read" ? current.reads : current.actions;
  const limit = weight === "read" ? limits.readsPerMinute : limits.actionsPerMinute;
  if (used >= limit) {
    return {
      allowed: false,
      retryAfterSeconds: Math.max(1, Math.ceil(((minute + 1) * 60_000 - now.getTime()) / 1000)),
    };
  }
  return {
    allowed: true,
    counter:
      weight === "read"
        ? { ...current, reads: current.reads + 1 }
        : { ...current, actions: current.actions + 1 },
  };
}

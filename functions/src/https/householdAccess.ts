/**
 * From a household link token to the household it opens (SPEC §12). Every request through the
 * household page passes here: an unknown or forged token gets `unknownLink`, a revoked one
 * `revoked` (a clear message and nothing else), a request naming another household `forbidden`,
 * and a token over its per-minute budget `rateLimited`. Only an admitted request is counted.
 */
import type { Firestore } from "firebase-admin/firestore";
import { countRequest, type RequestWeight } from "../domain/householdPage/rateLimit.js";
import type { HouseholdLink } from "../domain/schema/householdLink.js";
import { collections } from "../firestore/collections.js";
import { linkTokenHash } from "./linkTokens.js";
import { PublicRefusal, refusals } from "./publicEndpoint.js";

/** The refusals of the owners' pages, beyond the common ones. */
export const ownerRefusals = {
  revoked: () =>
    new PublicRefusal(
      410,
      "revoked",
      "This link has been withdrawn by the management office. Please ask them for a new one.",
    ),
  forbidden: () =>
    new PublicRefusal(403, "forbidden", "This link cannot be used for another household."),
  notFound: (what: string) => new PublicRefusal(404, "notFound", `${what} was not found.`),
  rateLimited: (retryAfterSeconds: number) =>
    new PublicRefusal(
      429,
      "rateLimited",
      "Too many requests from this link. Please wait a minute and try again.",
      { retryAfterSeconds },
    ),
};

/**
 * Admits one request through a household link: checks the link and the household it names,
 * and counts the request against the token's budget (in a transaction, so concurrent requests
 * are counted exactly).
 */
export async function admitHouseholdRequest(
  firestore: Firestore,
  token: string,
  namedHouseholdId: string | undefined,
  weight: RequestWeight,
  now: Date,
): Promise<HouseholdLink> {
  const ref = collections(firestore).householdLinks().doc(linkTokenHash(token));
  return firestore.runTransaction(async (transaction) => {
    const link = (await transaction.get(ref)).data();
    if (link === undefined) throw refusals.unknownLink();
    if (link.revokedAt !== null) throw ownerRefusals.revoked();
    if (namedHouseholdId !== undefined && namedHouseholdId !== link.householdId) {
      throw ownerRefusals.forbidden();
    }
    const decision = countRequest(link.counter, weight, now);
    if (!decision.allowed) throw ownerRefusals.rateLimited(decision.retryAfterSeconds);
    transaction.update(ref, { counter: decision.counter });
    return link;
  });
}

/** A malformed token cannot be a link: the owner gets the same message as for a forged one. */
export function refuseBadBody(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): never {
  if (issues.some((issue) => issue.path[0] === "token")) throw refusals.unknownLink();
  throw refusals.invalid(
    issues.map((issue) => `${issue.path.map(String).join(".") || "body"}: ${issue.message}`),
  );
}

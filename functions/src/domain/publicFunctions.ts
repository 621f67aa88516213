/**
 * The owners' public HTTPS functions: no account, the link's token is the credential. The reads
 * answer a page's first request and its polls; the writes store what the owner sends.
 *
 * In production App Check guards the writes only. Getting a token means a reCAPTCHA script of
 * a few hundred kilobytes and two more round trips; asked before the first read, that would
 * come before the page could show anything on a slow mobile network, where the pages must open
 * in under a second (issues 6 and 8). A read shows only what the link's holder may see, and the
 * household page's reads are rate-limited per link. The pages that send something fetch the
 * token in the background once they are shown (`web/src/public/appCheck.ts`).
 */

/** The functions that only read. */
export const PUBLIC_READS = [
  "openSurvey",
  "committeeReport",
  "householdPage",
  "noticeBoard",
  // The owner's copy of an on-site service record (/v/<token>)
  "openOwnerCopy",
] as const;

/** The functions that store what the owner sends. */
export const PUBLIC_WRITES = ["submitSurvey", "householdAction", "answerOwnerCopy"] as const;

/** A public function's name. */
export type PublicFunction = (typeof PUBLIC_READS)[number] | (typeof PUBLIC_WRITES)[number];

/** Whether a request to `name` must carry an App Check token (in production). */
export function needsAppCheck(name: PublicFunction): boolean {
  return (PUBLIC_WRITES as readonly PublicFunction[]).includes(name);
}

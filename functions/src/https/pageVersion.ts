/**
 * The version of a polled public page (SPEC §12): a short digest of what the page would show.
 * The page sends back the version it shows; an unchanged page is answered with the version
 * alone, so a poll every 15 s costs the owner's phone a few bytes and no re-render.
 */
import { createHash } from "node:crypto";

/** The digest of a JSON-serialisable view (first 16 hex digits of its SHA-256). */
export function pageVersion(view: unknown): string {
  return createHash("sha256").update(JSON.stringify(view), "utf8").digest("hex").slice(0, 16);
}

/**
 * Unguessable link tokens (C1 survey links, C5 committee links): 144 bits from the operating
 * system's CSPRNG, written base64url (24 characters). Only a token's SHA-256 is stored, as the
 * document id, so a leaked database holds no working link.
 */
import { createHash, randomBytes } from "node:crypto";

/** Random bytes per token: 144 bits, more than the 128 the survey requires. */
export const TOKEN_BYTES = 18;

/** A fresh token. `random` is injectable for tests; it defaults to `crypto.randomBytes`. */
export function newLinkToken(random: (size: number) => Uint8Array = randomBytes): string {
  const bytes = random(TOKEN_BYTES);
  if (bytes.length !== TOKEN_BYTES) {
    throw new Error(
      `a link token needs ${String(TOKEN_BYTES)} random bytes, got ${String(bytes.length)}`,
    );
  }
  return Buffer.from(bytes).toString("base64url");
}

/** The id a token is stored under: its SHA-256 in lower-case hex. */
export function linkTokenHash(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

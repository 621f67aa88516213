/**
 * Phone numbers as the carrier's export and the reception log write them (B2.5a, caller ID).
 *
 * Normalisation keeps the digits only, and removes a leading country code `+86`, `0086`
 * or `86` when an 11-digit mobile number follows it. When an explicit international prefix
 * (`+86` or `0086`) precedes a landline, it becomes the domestic trunk prefix `0`
 * (`+86 21 5555 1234` → `02155551234`), because that is how the same landline is dialled
 * at home. A landline written with or without its area code is the same number: see
 * {@link sameNumber}.
 */

const MOBILE = /^1\d{10}$/;
const ONLY_DIGITS = /^\d+$/;

/** The shortest suffix that still identifies a landline without its area code. */
export const LANDLINE_SUFFIX_DIGITS = 7;

/** True when the normalised number is an 11-digit mainland mobile number. */
export function isMobileNumber(normalised: string): boolean {
  return MOBILE.test(normalised);
}

/**
 * The number's canonical digits, e.g. `+86 138-0013-8000` → `13800138000`,
 * `(021) 5555 1234` → `02155551234`. Text without digits gives `""`.
 */
export function normalisePhoneNumber(text: string): string {
  if (ONLY_DIGITS.test(text) && !text.startsWith("86") && !text.startsWith("0086")) return text;
  const explicitInternational = /^\s*(\+|00)\s*8\s*6/.test(text);
  const digits = text.replace(/\D+/g, "");
  for (const prefix of ["0086", "86"]) {
    if (digits.startsWith(prefix)) {
      const rest = digits.slice(prefix.length);
      if (MOBILE.test(rest)) return rest;
      if (explicitInternational && (prefix === "0086" || text.trimStart().startsWith("+"))) {
        return rest.startsWith("0") ? rest : `0${rest}`;
      }
    }
  }
  return digits;
}

/**
 * True when two numbers reach the same line: equal after normalisation, or (a landline
 * written with and without its area code) one is a suffix of the other of at least
 * {@link LANDLINE_SUFFIX_DIGITS} digits. A mobile number has no area code, so no shorter
 * number is the same as it. Not transitive: `5551234` is the same as `25551234` and as
 * `35551234`, which differ.
 */
export function sameNumber(a: string, b: string): boolean {
  return sameNormalisedNumber(normalisePhoneNumber(a), normalisePhoneNumber(b));
}

/** {@link sameNumber} for numbers already normalised with {@link normalisePhoneNumber}. */
export function sameNormalisedNumber(a: string, b: string): boolean {
  if (a === "" || b === "") return false;
  if (a === b) return true;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return (
    shorter.length >= LANDLINE_SUFFIX_DIGITS &&
    shorter.length < longer.length &&
    longer.endsWith(shorter) &&
    !MOBILE.test(longer)
  );
}

/**
 * The key under which numbers that may be the same share a bucket: their last
 * {@link LANDLINE_SUFFIX_DIGITS} digits (the whole number when shorter). Numbers with
 * different keys are never the same; numbers with one key may still differ.
 */
export function numberBucketKey(normalised: string): string {
  return normalised.length <= LANDLINE_SUFFIX_DIGITS
    ? normalised
    : normalised.slice(-LANDLINE_SUFFIX_DIGITS);
}

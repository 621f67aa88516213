/**
 * Firestore hands back Timestamps where the domain's ticket schemas expect `Date`s (deep inside
 * transitions, signatures, patrols…). {@link withDates} turns every Timestamp-like value of a
 * stored document into a `Date`, so the stored schemas reuse the domain schemas as they are.
 */
import { z } from "zod";

const isTimestampLike = (value: object): value is { toDate: () => Date } =>
  "toDate" in value && typeof value.toDate === "function";

/** A copy of `value` with every Timestamp-like object (`{ toDate() }`) replaced by its Date. */
export function timestampsToDates(value: unknown): unknown {
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  if (isTimestampLike(value)) return value.toDate();
  if (Array.isArray(value)) return value.map(timestampsToDates);
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [key, timestampsToDates(entry)]),
  );
}

/** `schema` reading Timestamps as Dates at any depth. */
export function withDates<Schema extends z.ZodType>(schema: Schema) {
  return z.preprocess(timestampsToDates, schema);
}

/**
 * Building blocks shared by the stored-record schemas. Firestore has no `undefined` and the
 * Admin and web SDKs have different Timestamp classes, so instants are plain `Date`s here:
 * converters at the edge turn any `{ toDate(): Date }` into one.
 */
import { z } from "zod";

/** An instant: a Date, or anything Timestamp-like (Admin or web SDK), or ISO text. */
export const instant = z.preprocess(
  (value) => {
    if (value instanceof Date) return value;
    if (typeof value === "string") return new Date(value);
    if (
      typeof value === "object" &&
      value !== null &&
      "toDate" in value &&
      typeof value.toDate === "function"
    ) {
      return (value as { toDate: () => Date }).toDate();
    }
    return value;
  },
  z
    .date({ error: "must be an instant (date and time)" })
    .refine((date) => !Number.isNaN(date.getTime()), "is not a valid instant"),
);

/** A document id: non-empty, no slash. */
export const docId = z
  .string()
  .min(1, "must not be empty")
  .max(200)
  .refine((id) => !id.includes("/"), "must not contain '/'");

/** Who wrote a record and when (server time). Every write knows both. */
export const writeStamp = {
  createdAt: instant,
  createdBy: docId,
  updatedAt: instant,
  updatedBy: docId,
};

/** A non-empty, trimmed line of text. */
export const requiredText = (max = 500) => z.string().trim().min(1, "must not be empty").max(max);

/**
 * Turns a zod error into one line a person can act on: what was wrong, where, and why
 * (e.g. `setStaffRole input is invalid: role: must be one of customerService, …`).
 * Used by the callables and the converters, so every refusal reads the same way.
 */
import type { z } from "zod";

/** The place of an issue as a property path, e.g. `phones[0].number`; `(root)` for the whole. */
export function issuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((key, index) => {
      if (typeof key === "number") return `[${key}]`;
      const name = String(key);
      return index === 0 ? name : `.${name}`;
    })
    .join("");
}

/** One line naming the subject and every issue as `where: why`. */
export function describeValidationError(subject: string, error: z.ZodError): string {
  const issues = error.issues.map((issue) => `${issuePath(issue.path)}: ${issue.message}`);
  return `${subject} is invalid: ${issues.join("; ")}`;
}

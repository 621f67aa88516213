/**
 * Create-once: the write of an at-least-once event (a trigger, a redelivered import, a
 * re-run scheduled job). The document id is chosen deterministically by the caller, so a
 * second delivery finds its document already there and does nothing.
 */
import type { DocumentReference, WithFieldValue } from "firebase-admin/firestore";

/** gRPC status of a `create()` that finds its document already there. */
const ALREADY_EXISTS = 6;

/**
 * Creates the document unless it exists. Returns true when this call created it, false when it
 * was already there (its content is left as it is). Any other failure is thrown.
 */
export async function createOnce<Model>(
  ref: DocumentReference<Model>,
  data: WithFieldValue<Model>,
): Promise<boolean> {
  try {
    await ref.create(data);
    return true;
  } catch (error) {
    if (isAlreadyExists(error)) return false;
    throw error;
  }
}

/** Whether a Firestore error says the document already exists. */
export function isAlreadyExists(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "code" in error && error.code === ALREADY_EXISTS
  );
}

/**
 * Converters between stored documents and the domain's records: zod in, zod out. Reading
 * turns Timestamps into Dates (through the schemas' `instant`) and takes `id` from the
 * document id; writing validates the whole record first, so nothing invalid is stored by
 * the functions either (the Admin SDK bypasses the rules).
 */
import type {
  DocumentData,
  DocumentSnapshot,
  FirestoreDataConverter,
  QueryDocumentSnapshot,
} from "firebase-admin/firestore";
import type { z } from "zod";
import { describeValidationError } from "../domain/validationMessage.js";

/** A stored document, or a record about to be stored, does not match its schema. */
export class InvalidDocumentError extends Error {
  constructor(
    readonly subject: string,
    readonly zodError: z.ZodError,
  ) {
    super(describeValidationError(subject, zodError));
    this.name = "InvalidDocumentError";
  }
}

/** A converter that can also read the snapshots a trigger receives (no `withConverter`). */
export interface ZodConverter<Model extends { id: string }> extends FirestoreDataConverter<Model> {
  /** The record of a snapshot, or null when the document does not exist. */
  read(snapshot: DocumentSnapshot): Model | null;
}

/**
 * A Firestore converter for a record schema whose `id` is the document id.
 *
 * @param schema the record's zod schema (`estateSchema`, `personSchema`, …)
 * @param kind what the record is called in error messages, e.g. `person`
 */
export function zodConverter<Model extends { id: string }>(
  schema: z.ZodType<Model>,
  kind: string,
): ZodConverter<Model> {
  const parse = (data: unknown, subject: string): Model => {
    const result = schema.safeParse(data);
    if (!result.success) throw new InvalidDocumentError(subject, result.error);
    return result.data;
  };
  const fromSnapshot = (snapshot: DocumentSnapshot): Model =>
    // The document id wins over a stored `id`: it is where the record actually lives.
    parse({ ...snapshot.data(), id: snapshot.id }, `${kind} ${snapshot.ref.path}`);

  return {
    toFirestore(model: unknown, options?: unknown): DocumentData {
      if (options !== undefined) {
        throw new Error(
          `${kind}: merge writes are not validated; write the whole record or use update()`,
        );
      }
      return parse(model, kind);
    },
    fromFirestore: (snapshot: QueryDocumentSnapshot) => fromSnapshot(snapshot),
    read: (snapshot) => (snapshot.exists ? fromSnapshot(snapshot) : null),
  };
}

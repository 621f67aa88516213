/**
 * Contact change: one entry of a person's contact history (B.1.5): who changed what, when,
 * before and after. Path `estates/{estateId}/contactChanges/{id}`, id derived from the
 * triggering event so a redelivered event writes the same entry once. Written only by the
 * trigger `onPersonWritten`; read by every staff member of the estate; never edited.
 */
import { z } from "zod";
import { contactFields, type ContactField, type Person } from "./person.js";
import { docId, instant } from "./common.js";

export const fieldChangeSchema = z.object({
  field: z.enum(contactFields),
  before: z.unknown(),
  after: z.unknown(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const contactChangeSchema = z.object({
  id: docId,
  estateId: docId,
  personId: docId,
  householdId: docId,
  changes: z.array(fieldChangeSchema).min(1),
  changedBy: docId,
  changedAt: instant,
});
export type ContactChange = z.infer<typeof contactChangeSchema>;

type ContactView = Pick<Person, ContactField>;

/**
 * The contact fields that differ between two versions of a person (creation: `before` null).
 * Compares by value, so rewriting the same data records nothing.
 */
export function contactDiff(before: ContactView | null, after: ContactView | null): FieldChange[] {
  return contactFields.flatMap((field) => {
    const old = before ? before[field] : null;
    const now = after ? after[field] : null;
    return JSON.stringify(old) === JSON.stringify(now) ? [] : [{ field, before: old, after: now }];
  });
}

/**
 * The id of the history entry one write event produces. Events are delivered at least once,
 * so the id depends only on the event: a redelivered event finds its entry already there.
 * Characters a document id cannot hold are replaced.
 */
export function contactChangeId(personId: string, eventId: string): string {
  return `${personId}_${eventId.replace(/[^A-Za-z0-9_.-]/g, "_")}`;
}

/** One version of a person as a write event carries it (null: it did not exist). */
type PersonVersion = Pick<Person, ContactField | "updatedAt" | "updatedBy"> | null;

/**
 * The history entry for one write of a person (B.1.5: who changed what, when, before and
 * after), or null when no contact field changed. The change is charged to whoever stamped
 * the new version (on deletion, the last version), at the time they stamped it.
 */
export function contactChangeOf(write: {
  eventId: string;
  estateId: string;
  personId: string;
  before: PersonVersion;
  after: PersonVersion;
}): ContactChange | null {
  const latest = write.after ?? write.before;
  if (latest === null) return null;
  const changes = contactDiff(write.before, write.after);
  if (changes.length === 0) return null;
  return {
    id: contactChangeId(write.personId, write.eventId),
    estateId: write.estateId,
    personId: write.personId,
    householdId: latest.householdId,
    changes,
    changedBy: latest.updatedBy,
    changedAt: latest.updatedAt,
  };
}

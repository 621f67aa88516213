/**
 * Recording findings (考核記錄, SPEC §8): the one way functions add a finding to
 * `estates/{estateId}/findings`.
 *
 * How other features call it (B2.1 handover, B2.2 daily log, B2.5a calls, B2.5b/c on-site, …):
 *
 * ```ts
 * import { findingId, recordFindingOnce } from "../firestore/findings.js";
 *
 * await recordFindingOnce(db(), estateId, {
 *   id: findingId("B2.1", handoverSlotId),   // deterministic: the same event → the same id
 *   rule: "B2.1",
 *   staffId: slot.staffId,                   // or null and a teamId for a team finding
 *   teamId: null,
 *   at: slot.endsAt,                         // the assessed event; its month in the estate's zone is scored
 *   status: "open",                          // rules needing confirmation (B2.4a, B2.6, B2.11, B2.13) stay open until confirmed
 *   source: "automatic",
 *   recordedBy: "onHandoverClosed",          // the trigger's name, or the user id
 *   evidence: [{ kind: "record", path: paths.handover(estateId, slotId) }],
 *   referForDismissal: false,
 *   confirmation: null,
 *   clearing: null,
 * }, estate.timeZone);
 * ```
 *
 * - Build the id with {@link findingId} from what identifies the event (a slot, a call, a
 *   visit), never from the clock or a random id: triggers are delivered at least once, and a
 *   second delivery must find the finding already there and change nothing.
 * - Points are never stored: scoring takes them from the catalogue in force that month.
 * - The estate's `timeZone` decides the stored `month` (the scoring month). Read it from the
 *   estate document (`collections(db).estates().doc(estateId)`), default `Asia/Shanghai`.
 * - Never update or delete a finding from a feature: confirm and clear go through the
 *   callables `confirmFinding` and `clearFinding`, and nothing is deleted.
 */
import type { Firestore } from "firebase-admin/firestore";
import { findingSchema, type Finding } from "../domain/assessment/finding.js";
import type { RuleCode } from "../domain/assessment/catalogue.js";
import { storedFindingOf, type StoredFinding } from "../domain/schema/finding.js";
import { describeValidationError } from "../domain/validationMessage.js";
import { collections } from "./collections.js";
import { createOnce } from "./createOnce.js";

/** A finding handed to {@link recordFindingOnce} is not a valid finding. */
export class InvalidFindingError extends Error {
  override name = "InvalidFindingError";
}

/**
 * The deterministic id of the finding an event produces: the rule code and the parts that
 * identify the event, joined by `_` (e.g. `B2.1_<handoverSlotId>`, `B2.5a_<callId>`).
 * Characters a document id cannot hold (`/`) and spaces are replaced by `-`.
 */
export function findingId(rule: RuleCode, ...parts: readonly string[]): string {
  if (parts.length === 0) throw new InvalidFindingError(`a ${rule} finding id needs the event`);
  return [rule, ...parts].map((part) => part.replace(/[/\s]+/g, "-")).join("_");
}

/**
 * Creates the finding at `estates/{estateId}/findings/{finding.id}` unless it is already
 * there. Returns true when this call created it, false when it existed (left unchanged: a
 * confirmed or cleared finding is never reset by a redelivered event).
 *
 * @param timeZone the estate's zone: the stored `month` is the month of `finding.at` there
 * @param now the write time (the functions' clock by default)
 * @throws InvalidFindingError when the finding breaks the domain schema (names the field)
 */
export async function recordFindingOnce(
  db: Firestore,
  estateId: string,
  finding: Finding,
  timeZone: string,
  now: Date = new Date(),
): Promise<boolean> {
  const parsed = findingSchema.safeParse(finding);
  if (!parsed.success) {
    throw new InvalidFindingError(
      describeValidationError(`finding ${finding.id} of estate ${estateId}`, parsed.error),
    );
  }
  const ref = collections(db).findings(estateId).doc(parsed.data.id);
  return createOnce(ref, storedFindingOf(estateId, parsed.data, timeZone, now));
}

/** The estate's zone, in which its findings' months are counted (Asia/Shanghai by default). */
export async function estateTimeZone(db: Firestore, estateId: string): Promise<string> {
  const estate = await collections(db).estates().doc(estateId).get();
  const data = estate.data();
  if (data === undefined) throw new EstateNotFoundError(`no estate ${estateId}`);
  return data.timeZone;
}

/** The estate named by a caller does not exist. */
export class EstateNotFoundError extends Error {
  override name = "EstateNotFoundError";
}

/** The finding named by a caller does not exist. */
export class FindingNotFoundError extends Error {
  override name = "FindingNotFoundError";
}

/**
 * Changes a stored finding in a transaction (confirm, clear): reads it, applies `change` (a
 * pure function of the domain), stamps who and when, and writes the whole record back.
 * Nothing is ever deleted.
 *
 * @throws FindingNotFoundError when there is no such finding
 */
export async function reviewFinding(
  db: Firestore,
  estateId: string,
  findingId: string,
  by: string,
  now: Date,
  change: (finding: StoredFinding) => StoredFinding,
): Promise<StoredFinding> {
  const ref = collections(db).findings(estateId).doc(findingId);
  return db.runTransaction(async (transaction) => {
    const stored = (await transaction.get(ref)).data();
    if (stored === undefined) {
      throw new FindingNotFoundError(`no finding ${findingId} in estate ${estateId}`);
    }
    const changed = change(stored);
    if (changed === stored) return stored;
    const next: StoredFinding = { ...changed, updatedAt: now, updatedBy: by };
    transaction.set(ref, next);
    return next;
  });
}

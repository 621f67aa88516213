/**
 * The frame every scheduled check shares. "Now" is the event's schedule time, never the wall
 * clock, so a retried run finds the same and records nothing twice. Each estate is checked in
 * turn; one estate's failure is logged and does not stop the others, and the run throws at the
 * end, naming every estate that failed, so that the scheduler retries.
 */
import type { Firestore } from "firebase-admin/firestore";
import { logger } from "firebase-functions";
import type { Estate } from "../domain/schema/estate.js";
import { collections } from "./collections.js";

/** The instant of a scheduled event's `scheduleTime`; refuses one that is no instant. */
export function scheduleInstant(scheduleTime: string): Date {
  const now = new Date(scheduleTime);
  if (Number.isNaN(now.getTime())) {
    throw new Error(`schedule time ${scheduleTime} is not an instant`);
  }
  return now;
}

/**
 * Runs `check` for every estate at `scheduleTime`; returns the results that are not null (an
 * estate with nothing due answers null).
 */
export async function checkEveryEstate<Result>(
  firestore: Firestore,
  checkName: string,
  scheduleTime: string,
  check: (estate: Estate, now: Date) => Promise<Result | null>,
): Promise<Result[]> {
  const now = scheduleInstant(scheduleTime);
  const estates = await collections(firestore).estates().get();
  const results: Result[] = [];
  const failures: string[] = [];
  for (const snapshot of estates.docs) {
    const estate = snapshot.data();
    try {
      const result = await check(estate, now);
      if (result !== null) results.push(result);
    } catch (error) {
      logger.error(`${checkName}.failed`, { estateId: estate.id, error: String(error) });
      failures.push(`${estate.id}: ${String(error)}`);
    }
  }
  if (failures.length > 0) throw new Error(`${checkName} failed for ${failures.join("; ")}`);
  return results;
}

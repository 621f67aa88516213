/**
 * Stored promise (預約答復時間, C8). Path `estates/{estateId}/promises/{promiseId}`.
 * Written only by the callables `recordPromise` and `answerPromise` (staff of the estate) and
 * by the scheduled `followUpChecks` (`escalatedTo`); read by every staff member of the estate.
 *
 * Owner-visible fields (the owners' side shows each household its promises): `householdId`,
 * `question`, `promisedAt`, `answerDueAt`, `answer.text`, `answer.answeredAt`, and whether the
 * promise was kept (derived by `promiseState`). Never shown to owners: `promisedBy`,
 * `department`, `escalatedTo` and the write stamps.
 */
import type { z } from "zod";
import { escalationLevelSchema } from "../followUp/escalation.js";
import { ownerPromiseSchema } from "../followUp/promise.js";
import { writeStamp } from "./common.js";

export const storedPromiseSchema = ownerPromiseSchema.safeExtend({
  /** The highest rung of the escalation ladder reached while overdue; null before. */
  escalatedTo: escalationLevelSchema.nullable().default(null),
  ...writeStamp,
});
export type StoredPromise = z.infer<typeof storedPromiseSchema>;

/**
 * The closure dashboard's index (SPEC §10): each write of a promise, visit, meeting or
 * rectification task re-reads that record and writes or deletes its open-matter document.
 * The result depends only on the record as it is, so a redelivered or late event is harmless.
 * Tickets are indexed by `planReturnVisits.ts`, which also plans their return visit.
 */
import { onDocumentWritten } from "firebase-functions/v2/firestore";
import { triggerPaths } from "../domain/paths.js";
import { db } from "../firestore/db.js";
import {
  syncMeetingMatters,
  syncPromiseMatter,
  syncRectificationMatter,
  syncVisitMatter,
} from "../firestore/openMatters.js";

/** A promise was recorded, escalated or answered. */
export const onPromiseIndexed = onDocumentWritten(triggerPaths.promise, async (event) => {
  await syncPromiseMatter(
    db(),
    event.params.estateId,
    event.params.promiseId,
    new Date(event.time),
  );
});

/** A visit was planned or made. */
export const onReturnVisitIndexed = onDocumentWritten(triggerPaths.returnVisit, async (event) => {
  await syncVisitMatter(db(), event.params.estateId, event.params.visitId, new Date(event.time));
});

/** A meeting's items changed (escalated, decided, closed). */
export const onMeetingIndexed = onDocumentWritten(triggerPaths.meeting, async (event) => {
  await syncMeetingMatters(
    db(),
    event.params.estateId,
    event.params.meetingId,
    new Date(event.time),
  );
});

/** A rectification task (C3) was written. */
export const onRectificationIndexed = onDocumentWritten(
  triggerPaths.rectification,
  async (event) => {
    const { estateId, campaignId, taskId } = event.params;
    await syncRectificationMatter(db(), estateId, campaignId, taskId, new Date(event.time));
  },
);

/**
 * Keeps the open-matters index (`domain/followUp/openMatterIndex.ts`) in step with its
 * sources. Each sync reads the source record as it is now and writes or deletes its index
 * document, so a trigger delivered twice, late or out of order still leaves the right index.
 */
import type { DocumentSnapshot, Firestore } from "firebase-admin/firestore";
import { z } from "zod";
import {
  openMatterId,
  openMatterRecord,
  type OpenMatterRecord,
} from "../domain/followUp/openMatterIndex.js";
import {
  meetingActionMatter,
  promiseMatter,
  rectificationMatter,
  ticketMatter,
  visitMatter,
  type OpenMatter,
} from "../domain/followUp/openMatters.js";
import { openMeetingActions } from "../domain/followUp/regularMeeting.js";
import { docId, instant } from "../domain/schema/common.js";
import { departmentSchema } from "../domain/schema/role.js";
import { paths } from "../domain/paths.js";
import { collections, converters } from "./collections.js";

async function put(
  db: Firestore,
  estateId: string,
  id: string,
  record: OpenMatterRecord | null,
): Promise<void> {
  const ref = collections(db).openMatters(estateId).doc(id);
  if (record === null) await ref.delete();
  else await ref.set(record);
}

function recordOf(
  estateId: string,
  matter: OpenMatter | null,
  householdId: string | null,
  escalatedTo: OpenMatterRecord["escalatedTo"],
  now: Date,
): OpenMatterRecord | null {
  return matter === null
    ? null
    : openMatterRecord(estateId, matter, { householdId, escalatedTo }, now);
}

/** Index a promise until the owner is answered. */
export async function syncPromiseMatter(
  db: Firestore,
  estateId: string,
  promiseId: string,
  now: Date,
): Promise<void> {
  const promise = (await collections(db).promises(estateId).doc(promiseId).get()).data();
  // The index does not depend on the clock: an unanswered promise is open whatever the time.
  const matter = promise?.answer !== null ? null : promiseMatter(promise, promise.promisedAt);
  await put(
    db,
    estateId,
    openMatterId("promise", promiseId),
    recordOf(estateId, matter, promise?.householdId ?? null, promise?.escalatedTo ?? null, now),
  );
}

/** Index a planned visit until it is made. */
export async function syncVisitMatter(
  db: Firestore,
  estateId: string,
  visitId: string,
  now: Date,
): Promise<void> {
  const visit = (await collections(db).returnVisits(estateId).doc(visitId).get()).data();
  const matter = visit === undefined ? null : visitMatter(visit);
  await put(
    db,
    estateId,
    openMatterId("visitDue", visitId),
    recordOf(estateId, matter, visit?.householdId ?? null, visit?.escalatedTo ?? null, now),
  );
}

/** Index each item of a meeting that is not closed; remove the closed ones. */
export async function syncMeetingMatters(
  db: Firestore,
  estateId: string,
  meetingId: string,
  now: Date,
): Promise<void> {
  const meeting = (await collections(db).meetings(estateId).doc(meetingId).get()).data();
  if (meeting === undefined) return;
  const open = new Map(openMeetingActions(meeting).map((action) => [action.itemId, action]));
  for (const item of meeting.items) {
    const action = open.get(item.id);
    const matter = action === undefined ? null : meetingActionMatter(action);
    await put(
      db,
      estateId,
      openMatterId("meetingAction", `${meetingId}_${item.id}`),
      recordOf(estateId, matter, item.raisedBy.householdId, null, now),
    );
  }
}

/** The part of a ticket (issue 4's record) the dashboard reads; anything else is ignored. */
const ticketForDashboardSchema = z.object({
  title: z.string().max(1000),
  status: z.string(),
  openedAt: instant,
  dueAt: instant.nullable(),
  assigneeId: docId.nullable(),
  department: departmentSchema,
  householdId: docId.nullable().default(null),
});

/** Index a ticket while it is open, assigned or in progress. */
export async function syncTicketMatter(
  db: Firestore,
  estateId: string,
  ticketId: string,
  now: Date,
): Promise<void> {
  const snapshot = await db.doc(paths.ticket(estateId, ticketId)).get();
  const parsed = ticketForDashboardSchema.safeParse(snapshot.data());
  const ticket = snapshot.exists && parsed.success ? parsed.data : null;
  const matter =
    ticket === null ? null : ticketMatter({ ...ticket, id: ticketId, createdAt: ticket.openedAt });
  await put(
    db,
    estateId,
    openMatterId("ticket", ticketId),
    recordOf(estateId, matter, ticket?.householdId ?? null, null, now),
  );
}

/** Index a rectification task (C3) until it is done. */
export async function syncRectificationMatter(
  db: Firestore,
  estateId: string,
  campaignId: string,
  taskId: string,
  now: Date,
): Promise<void> {
  const snapshot: DocumentSnapshot = await db
    .doc(paths.rectification(estateId, campaignId, taskId))
    .get();
  const task = converters.rectification.read(snapshot);
  const matter = task === null ? null : rectificationMatter(task);
  const indexed = matter === null ? null : { ...matter, id: `${campaignId}_${taskId}` };
  await put(
    db,
    estateId,
    openMatterId("rectification", `${campaignId}_${taskId}`),
    recordOf(estateId, indexed, null, null, now),
  );
}

/**
 * The scheduled follow-up check of one estate (SPEC §10, C6–C9): promises due soon and
 * overdue (escalating assignee → lead → director), visits due and not made, meeting actions
 * past their deadline; and, daily, the periodic household visits (走訪) to plan. Everything it writes has
 * a deterministic id (the escalation step's id, the visit's id), so running it twice for the
 * same `now` (or for any later one) creates each notification and visit once.
 */
import type { Firestore } from "firebase-admin/firestore";
import {
  escalationLevels,
  escalationSteps,
  meetingActionSubject,
  promiseSubject,
  visitSubject,
  type EscalationLevel,
  type EscalationSubject,
} from "../domain/followUp/escalation.js";
import { isDueSoon } from "../domain/followUp/promise.js";
import { periodicVisitsDue } from "../domain/followUp/visitPlanning.js";
import {
  defaultFollowUpSettings,
  type FollowUpSettings,
} from "../domain/schema/followUpSettings.js";
import type { StoredReturnVisit } from "../domain/schema/returnVisit.js";
import { collections } from "./collections.js";
import { createOnce } from "./createOnce.js";
import { notify, inAppOnly, type NotificationDelivery } from "./notifications.js";
import { syncPromiseMatter, syncVisitMatter } from "./openMatters.js";

/** The name of the check in logs. */
export const FOLLOW_UP_CHECK = "followUpChecks";

/** What one run did. */
export interface FollowUpCheckResult {
  estateId: string;
  openPromises: number;
  openVisits: number;
  /** Escalation steps that exist at `now`, and how many of them this run notified. */
  escalationSteps: number;
  escalationsNotified: number;
  dueSoonNotified: number;
}

/** The estate's follow-up settings, or the defaults. */
export async function followUpSettingsOf(
  db: Firestore,
  estateId: string,
): Promise<FollowUpSettings> {
  const stored = (await collections(db).followUpSettings(estateId).get()).data();
  return stored ?? defaultFollowUpSettings();
}

const rank = (level: EscalationLevel | null) =>
  level === null ? -1 : escalationLevels.indexOf(level);

/** The route of the app a notification opens. */
const CLOSURE_ROUTE = "/follow-up";

/**
 * Runs the check of one estate at `now` (the schedule time), in the estate's zone.
 */
export async function checkFollowUp(
  db: Firestore,
  estateId: string,
  now: Date,
  zone: string,
  delivery: NotificationDelivery = inAppOnly,
): Promise<FollowUpCheckResult> {
  const store = collections(db);
  const settings = await followUpSettingsOf(db, estateId);
  const directors = await store.staff(estateId).where("role", "==", "director").get();
  const directorId =
    directors.docs
      .map((doc) => doc.data())
      .filter((member) => member.active)
      .map((member) => member.id)
      .sort()[0] ?? null;
  const contacts = { leads: settings.leads, directorId };

  const promises = (await store.promises(estateId).where("answer", "==", null).get()).docs.map(
    (doc) => doc.data(),
  );
  const visits = (await store.returnVisits(estateId).where("outcome", "==", null).get()).docs.map(
    (doc) => doc.data(),
  );
  const meetings = (await store.meetings(estateId).get()).docs.map((doc) => doc.data());

  const titles = new Map<string, string>();
  const subjects: EscalationSubject[] = [];
  for (const promise of promises) {
    subjects.push(promiseSubject(promise));
    titles.set(`promise_${promise.id}`, promise.question);
  }
  for (const visit of visits) {
    subjects.push(visitSubject(visit));
    titles.set(`visit_${visit.id}`, visit.note === "" ? visit.householdId : visit.note);
  }
  for (const meeting of meetings) {
    for (const item of meeting.items) {
      const subject = meetingActionSubject(meeting.id, item);
      if (subject?.resolvedAt !== null) continue;
      subjects.push(subject);
      titles.set(`meetingAction_${subject.id}`, item.title);
    }
  }

  const steps = escalationSteps(subjects, settings.ladder, contacts, now, zone);
  let escalationsNotified = 0;
  const highest = new Map<string, EscalationLevel>();
  for (const step of steps) {
    const key = `${step.subjectKind}_${step.subjectId}`;
    if (rank(step.level) > rank(highest.get(key) ?? null)) highest.set(key, step.level);
    if (step.recipientId === null) continue;
    const created = await notify(
      db,
      estateId,
      {
        id: step.id,
        recipientUid: step.recipientId,
        subject: { kind: step.subjectKind, id: step.subjectId },
        reason: step.level === "assignee" ? "overdue" : "escalated",
        level: step.level,
        title: titles.get(key) ?? step.subjectId,
        link: CLOSURE_ROUTE,
        at: step.at,
      },
      delivery,
    );
    if (created) escalationsNotified += 1;
  }

  // The rung reached is kept on the record, so the dashboard shows it live.
  for (const promise of promises) {
    const level = highest.get(`promise_${promise.id}`) ?? null;
    if (rank(level) <= rank(promise.escalatedTo)) continue;
    await store.promises(estateId).doc(promise.id).update({ escalatedTo: level });
    await syncPromiseMatter(db, estateId, promise.id, now);
  }
  for (const visit of visits) {
    const level = highest.get(`visit_${visit.id}`) ?? null;
    if (rank(level) <= rank(visit.escalatedTo)) continue;
    await store.returnVisits(estateId).doc(visit.id).update({ escalatedTo: level });
    await syncVisitMatter(db, estateId, visit.id, now);
  }

  let dueSoonNotified = 0;
  const withinMs = settings.dueSoonHours * 3_600_000;
  for (const promise of promises) {
    if (!isDueSoon(promise, now, withinMs)) continue;
    const dueKey = promise.answerDueAt.toISOString().replace(/[-:.]/g, "");
    const created = await notify(
      db,
      estateId,
      {
        id: `dueSoon_promise_${promise.id}_${dueKey}`,
        recipientUid: promise.promisedBy,
        subject: { kind: "promise", id: promise.id },
        reason: "dueSoon",
        title: promise.question,
        link: CLOSURE_ROUTE,
        at: now,
      },
      delivery,
    );
    if (created) dueSoonNotified += 1;
  }

  return {
    estateId,
    openPromises: promises.length,
    openVisits: visits.length,
    escalationSteps: steps.length,
    escalationsNotified,
    dueSoonNotified,
  };
}

/**
 * Article A "堅持走訪": plans the household visits due at `now` (create-once by id), run daily
 * by `periodicVisitsPlan`. Returns how many this run created.
 */
export async function planPeriodicVisits(
  db: Firestore,
  estateId: string,
  now: Date,
  zone: string,
): Promise<number> {
  const store = collections(db);
  const settings = await followUpSettingsOf(db, estateId);
  const households = (await store.households(estateId).get()).docs.map((doc) => doc.data());
  const done = (await store.returnVisits(estateId).where("outcome", "!=", null).get()).docs.map(
    (doc) => doc.data(),
  );
  const planned = periodicVisitsDue(
    households.map((household) => ({
      householdId: household.id,
      knownSince: household.handoverDate ?? household.createdAt,
    })),
    done.map((visit) => ({ householdId: visit.householdId, outcome: visit.outcome })),
    settings.visitPlanning,
    now,
    zone,
  );
  let created = 0;
  for (const visit of planned) {
    const record: StoredReturnVisit = {
      ...visit,
      estateId,
      outcome: null,
      escalatedTo: null,
      createdAt: now,
      createdBy: FOLLOW_UP_CHECK,
      updatedAt: now,
      updatedBy: FOLLOW_UP_CHECK,
    };
    if (await createOnce(store.returnVisits(estateId).doc(visit.id), record)) {
      created += 1;
      await syncVisitMatter(db, estateId, visit.id, now);
    }
  }
  return created;
}

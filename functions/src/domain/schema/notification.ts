/**
 * In-app notification (C8, C9, SPEC §10 scheduled checks): an escalation step, a promise due
 * soon, a visit due, a meeting action past its deadline, an overdue ticket.
 * Path `estates/{estateId}/notifications/{notificationId}`, the id chosen by the writer
 * deterministically (e.g. the escalation step's id), so a re-run check notifies once.
 * Written only by functions (`notify` in `firestore/notifications.ts`); read by its recipient
 * (and the director and admin); the recipient may only set `readAt`.
 */
import { z } from "zod";
import { escalationLevelSchema } from "../followUp/escalation.js";
import { docId, instant, requiredText } from "./common.js";

/** What a notification is about, so the app can link to it. */
export const notificationSubjectKinds = [
  "promise",
  "visit",
  "meetingAction",
  "ticket",
  "conduct",
] as const;

export const notificationSubjectSchema = z.object({
  kind: z.enum(notificationSubjectKinds),
  id: docId,
});
export type NotificationSubject = z.infer<typeof notificationSubjectSchema>;

/** Why the recipient is told. */
export const notificationReasons = ["dueSoon", "overdue", "escalated", "planned"] as const;

export const notificationSchema = z.object({
  id: docId,
  estateId: docId,
  recipientUid: docId,
  subject: notificationSubjectSchema,
  reason: z.enum(notificationReasons),
  /** The ladder rung this notification is, for escalations; null otherwise. */
  level: escalationLevelSchema.nullable(),
  /** One line, in the estate's working language (what the matter is). */
  title: requiredText(200),
  /** The app route it opens, e.g. `/follow-up`. */
  link: z.string().trim().startsWith("/").max(200),
  createdAt: instant,
  readAt: instant.nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

/**
 * In-app notifications (SPEC §10 scheduled checks; C8 escalation): `notify` writes a
 * notification once under a deterministic id, so a re-run check or a redelivered trigger
 * notifies once. Delivery beyond the app (SMS, WeChat) is a {@link NotificationDelivery}
 * passed in; the default delivers nothing more than the in-app document.
 */
import type { Firestore } from "firebase-admin/firestore";
import type { Notification, NotificationSubject } from "../domain/schema/notification.js";
import { collections } from "./collections.js";
import { createOnce } from "./createOnce.js";

/**
 * Delivery of a notification outside the app (SMS, WeChat template message, e-mail).
 *
 * Contract for an implementation:
 * - `deliver` is called once, right after the in-app notification was created (never for a
 *   notification that already existed), with the stored notification.
 * - It must not throw for a recipient it cannot reach (no phone number, not subscribed):
 *   the in-app notification stands, and the failure is logged by the implementation.
 * - It receives no secrets; an implementation reads its credentials through `config.ts`.
 * - It may be retried by the caller on a thrown error; make it idempotent on
 *   `notification.id` (e.g. the SMS gateway's client reference).
 */
export interface NotificationDelivery {
  /** What the delivery is called in logs, e.g. `sms`. */
  readonly channel: string;
  deliver(notification: Notification): Promise<void>;
}

/** The default: the notification lives in the app only; nothing is sent anywhere else. */
export const inAppOnly: NotificationDelivery = {
  channel: "inApp",
  deliver: () => Promise.resolve(),
};

/** What to notify. */
export interface NotificationInput {
  /** Deterministic id: the same event gives the same id (e.g. the escalation step's id). */
  id: string;
  recipientUid: string;
  subject: NotificationSubject;
  reason: Notification["reason"];
  level?: Notification["level"];
  title: string;
  link: string;
  /** When the event happened (the check's schedule time, the trigger's event time). */
  at: Date;
}

/**
 * Creates the notification unless it exists, then hands a new one to `delivery`.
 * Returns true when this call created it.
 */
export async function notify(
  db: Firestore,
  estateId: string,
  input: NotificationInput,
  delivery: NotificationDelivery = inAppOnly,
): Promise<boolean> {
  const notification: Notification = {
    id: input.id,
    estateId,
    recipientUid: input.recipientUid,
    subject: input.subject,
    reason: input.reason,
    level: input.level ?? null,
    title: input.title.slice(0, 200),
    link: input.link,
    createdAt: input.at,
    readAt: null,
  };
  const created = await createOnce(
    collections(db).notifications(estateId).doc(notification.id),
    notification,
  );
  if (created) await delivery.deliver(notification);
  return created;
}

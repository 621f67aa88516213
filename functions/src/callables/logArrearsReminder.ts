/**
 * `logArrearsReminder` (B2.10 欠費催繳, feeding B2.8): customer service, the director or an admin
 * logs that a household on a month's arrears list was reminded (channel, note, who, when). The
 * first reminder of the household in that month opens its `arrearsReminder` ticket through
 * `openTicketAs` (id {@link arrearsTicketId}), so a director's inspection that finds it unhandled
 * costs B2.8's points. The client's reminder id makes a retried call store one reminder and open
 * one ticket.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { fenText, householdsInArrears } from "../domain/assessment/arrears.js";
import {
  arrearsTicketId,
  reminderChannels,
  type ArrearsReminder,
} from "../domain/schema/arrearsReminder.js";
import { docId, instant } from "../domain/schema/common.js";
import { isMonthKey } from "../domain/time.js";
import { collections } from "../firestore/collections.js";
import { createOnce } from "../firestore/createOnce.js";
import { db } from "../firestore/db.js";
import { openTicketAs } from "./openTicket.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

/** Who logs reminders (and reads the arrears list). */
export const REMINDER_ROLES = ["customerService", "director", "admin"] as const;

/** A reminder as the caller logs it. */
export const logArrearsReminderInputSchema = z.object({
  estateId: docId,
  /** Chosen by the client once per reminder, so a retry stores it once. */
  reminderId: docId,
  month: z.string().refine(isMonthKey, "must be a month YYYY-MM"),
  household: z.string().trim().min(1).max(100),
  channel: z.enum(reminderChannels),
  note: z.string().trim().max(1000).default(""),
  /** Who reminded the household; the caller when absent. */
  remindedBy: docId.nullable().default(null),
  /** When; now when absent. */
  remindedAt: instant.nullable().default(null),
});
/** Input of `logArrearsReminder`. */
export type LogArrearsReminderInput = z.input<typeof logArrearsReminderInputSchema>;

/** The reminder, its ticket, and whether this call stored the reminder (false on a retry). */
export interface LogArrearsReminderResult {
  reminderId: string;
  ticketId: string;
  created: boolean;
  ticketCreated: boolean;
}

/**
 * Logs the reminder for the caller.
 *
 * @throws HttpsError `permission-denied` (not customer service, director or admin of the estate),
 *   `failed-precondition` (the household owes nothing that month), `not-found` (who reminded is
 *   not active staff), `invalid-argument` (a time in the future)
 */
export async function logArrearsReminderAs(
  firestore: Firestore,
  auth: AuthData,
  input: LogArrearsReminderInput,
  now: Date = new Date(),
): Promise<LogArrearsReminderResult> {
  const data = logArrearsReminderInputSchema.parse(input);
  requireRole(auth, data.estateId, REMINDER_ROLES);
  const typed = collections(firestore);
  const reminderRef = typed.arrearsReminders(data.estateId).doc(data.reminderId);
  const earlier = (await reminderRef.get()).data();
  if (earlier !== undefined) {
    if (earlier.month !== data.month || earlier.household !== data.household) {
      throw new HttpsError(
        "already-exists",
        `reminder ${data.reminderId} is of ${earlier.household} in ${earlier.month}`,
      );
    }
    return {
      reminderId: earlier.id,
      ticketId: earlier.ticketId,
      created: false,
      ticketCreated: false,
    };
  }
  const remindedAt = data.remindedAt ?? now;
  if (remindedAt.getTime() > now.getTime()) {
    throw new HttpsError("invalid-argument", "remindedAt: is in the future");
  }
  const remindedBy = data.remindedBy ?? auth.uid;
  if (remindedBy !== auth.uid) {
    const member = (await typed.staff(data.estateId).doc(remindedBy).get()).data();
    if (!member?.active) throw new HttpsError("not-found", `no active staff member ${remindedBy}`);
  }
  const bills = await typed
    .feeBills(data.estateId)
    .where("month", "==", data.month)
    .where("household", "==", data.household)
    .get();
  const [owing] = householdsInArrears(bills.docs.map((snapshot) => snapshot.data()));
  if (owing === undefined) {
    throw new HttpsError(
      "failed-precondition",
      `${data.household} owes nothing at the end of ${data.month} (as the fee import has it)`,
    );
  }
  const ticketId = arrearsTicketId(data.month, data.household);
  const ticket = await openTicketAs(
    firestore,
    auth,
    {
      estateId: data.estateId,
      type: "arrearsReminder",
      householdId: owing.householdId,
      title: `物業費欠繳催繳 ${data.household}（${data.month}）`,
      description: `欠繳 ¥${fenText(owing.owedFen)}，期間 ${owing.periods.join("、")}`,
    },
    now,
    { ticketId },
  );
  const reminder: ArrearsReminder = {
    id: data.reminderId,
    estateId: data.estateId,
    month: data.month,
    household: data.household,
    householdId: owing.householdId,
    owedFen: owing.owedFen,
    channel: data.channel,
    note: data.note,
    remindedBy,
    remindedAt,
    ticketId: ticket.ticketId,
    createdAt: now,
    createdBy: auth.uid,
    updatedAt: now,
    updatedBy: auth.uid,
  };
  const created = await createOnce(reminderRef, reminder);
  return {
    reminderId: data.reminderId,
    ticketId: ticket.ticketId,
    created,
    ticketCreated: ticket.created,
  };
}

/** The callable. */
export const logArrearsReminder = validatedOnCall(logArrearsReminderInputSchema, ({ data, auth }) =>
  logArrearsReminderAs(db(), auth, data),
);

/**
 * Arrears reminder (B2.10 欠費催繳, feeding B2.8): customer service, the director or an admin
 * logs that a household in arrears was reminded (by phone, letter or notice, a door visit or a
 * message), with a note, who reminded and when. The first reminder of a household in a month
 * opens its `arrearsReminder` ticket (id {@link arrearsTicketId}), whose B2.8 case rules apply.
 * Path `estates/{estateId}/arrearsReminders/{id}`, the id chosen by the client so a retried call
 * stores one record. Written only by the callable `logArrearsReminder`; read by customer
 * service, the director and the admin.
 */
import { z } from "zod";
import { isMonthKey } from "../time.js";
import { docId, instant, writeStamp } from "./common.js";
import { householdIdPart } from "./feeBill.js";

/** How a household was reminded: phone, letter or notice, door visit, messaging. */
export const reminderChannels = ["phone", "letter", "visit", "message"] as const;
/** One reminder channel. */
export type ReminderChannel = (typeof reminderChannels)[number];

/** Validates a stored arrears reminder. */
export const arrearsReminderSchema = z.object({
  id: docId,
  estateId: docId,
  /** The fee month whose arrears list the household was on. */
  month: z.string().refine(isMonthKey, "must be a month YYYY-MM"),
  /** The household as the fee file writes it. */
  household: z.string().trim().min(1).max(100),
  householdId: docId.nullable(),
  /** What the household owed at the month's end, in fen. */
  owedFen: z.number().int().nonnegative(),
  channel: z.enum(reminderChannels),
  note: z.string().trim().max(1000),
  /** The staff member who reminded the household, and when. */
  remindedBy: docId,
  remindedAt: instant,
  /** The household's arrearsReminder ticket of the month. */
  ticketId: docId,
  ...writeStamp,
});

/** An arrears reminder as stored. */
export type ArrearsReminder = z.infer<typeof arrearsReminderSchema>;

/** The one arrearsReminder ticket of a household in a fee month. */
export function arrearsTicketId(month: string, household: string): string {
  return `arrears_${month}_${householdIdPart(household)}`;
}

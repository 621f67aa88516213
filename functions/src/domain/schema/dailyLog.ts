/**
 * Daily work log (上班日誌): one employee's log of one working day, listing the receptions
 * they served (B2.2 "every employee has a daily work log recording the reception of
 * owners"). Path `estates/{estateId}/dailyLogs/{staffId}_{day}`. Prefilled on the desk from
 * the day's receptions, completed and submitted by the employee (editable until submitted);
 * read by every staff member of the estate.
 */
import { z } from "zod";
import { docId, instant, writeStamp } from "./common.js";
import { dayKey } from "./reception.js";

export const dailyLogStatuses = ["draft", "submitted"] as const;
export type DailyLogStatus = (typeof dailyLogStatuses)[number];

/** The document id of a staff member's log of a day. */
export function dailyLogId(staffId: string, day: string): string {
  return `${staffId}_${day}`;
}

export const dailyLogSchema = z
  .object({
    id: docId,
    estateId: docId,
    staffId: docId,
    day: dayKey,
    /** The receptions served that day (prefilled, the employee may remove or add). */
    receptionIds: z.array(docId).max(500),
    /** The day's work in the employee's words. */
    summary: z.string().trim().max(5000),
    /** What is left for tomorrow. */
    pending: z.string().trim().max(2000),
    status: z.enum(dailyLogStatuses),
    submittedAt: instant.nullable(),
    ...writeStamp,
  })
  .refine((log) => log.id === dailyLogId(log.staffId, log.day), {
    path: ["id"],
    error: "a daily log's id is <staffId>_<day>",
  })
  .refine((log) => (log.status === "submitted") === (log.submittedAt !== null), {
    path: ["submittedAt"],
    error: "a submitted log says when it was submitted, and only a submitted one",
  })
  .refine((log) => log.status === "draft" || log.summary.length > 0, {
    path: ["summary"],
    error: "a submitted log has a summary",
  });
export type DailyLog = z.infer<typeof dailyLogSchema>;

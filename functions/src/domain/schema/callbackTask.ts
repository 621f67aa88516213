/**
 * Call-back task (B2.5a): a missed call on a duty line, to be called back (missed calls are
 * never findings). Path `estates/{estateId}/callbackTasks/{carrierCallId}`. Created only by
 * the reconciliation (once per call); customer service, the director and the admin mark it
 * done with a note. Read by the same roles.
 */
import { z } from "zod";
import { docId, instant, writeStamp } from "./common.js";
import { dutyLineSchema } from "./carrierCall.js";

export const callbackTaskStatuses = ["open", "done"] as const;

export const callbackTaskSchema = z
  .object({
    id: docId,
    estateId: docId,
    callId: docId,
    line: dutyLineSchema,
    start: instant,
    seconds: z.number().int().min(0),
    number: z.string().max(40),
    status: z.enum(callbackTaskStatuses),
    /** What came of the call-back (required when done). */
    note: z.string().trim().max(500),
    doneBy: docId.nullable(),
    doneAt: instant.nullable(),
    ...writeStamp,
  })
  .superRefine((task, context) => {
    if ((task.status === "done") !== (task.doneBy !== null && task.doneAt !== null)) {
      context.addIssue({
        code: "custom",
        path: ["doneBy"],
        message: "a done task says who called back and when, and only a done one",
      });
    }
  });
export type CallbackTask = z.infer<typeof callbackTaskSchema>;

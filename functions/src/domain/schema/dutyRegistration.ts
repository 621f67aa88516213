/**
 * Duty registration (值班登記): a staff member's actual time on duty (B2.1 "duty
 * registration"; SPEC §3). Path `estates/{estateId}/dutyRegistrations/{id}`. Written by the
 * staff member themself (start at server time when registering; end when leaving); read by
 * every staff member of the estate.
 */
import { z } from "zod";
import { docId, instant, writeStamp } from "./common.js";

export const dutyRegistrationSchema = z
  .object({
    id: docId,
    estateId: docId,
    staffId: docId,
    /** The rostered shift this registration serves, when there is one. */
    shiftId: docId.nullable(),
    start: instant,
    /** Null while on duty. */
    end: instant.nullable(),
    ...writeStamp,
  })
  .refine((registration) => registration.end === null || registration.end > registration.start, {
    path: ["end"],
    error: "must be after the start",
  });
export type DutyRegistration = z.infer<typeof dutyRegistrationSchema>;

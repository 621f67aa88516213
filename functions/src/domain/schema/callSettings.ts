/**
 * Call reconciliation settings of an estate (B2.5a). Path `estates/{estateId}/settings/calls`.
 * Written by the director and admin; read by every staff member of the estate. Absent: the
 * defaults (15 minutes of tolerance, calls of at least 1 second are connected).
 */
import { z } from "zod";
import { DEFAULT_RECONCILIATION_SETTINGS } from "../reconciliation.js";
import { docId, instant } from "./common.js";

export const callSettingsSchema = z.object({
  id: z.literal("calls"),
  estateId: docId,
  /** How far before the start and after the end of a call its record may be written. */
  toleranceMinutes: z.number().int().min(0).max(240),
  /** The shortest connected call, in seconds. */
  minSeconds: z.number().int().min(0).max(600),
  updatedAt: instant.optional(),
  updatedBy: docId.optional(),
});
export type CallSettings = z.infer<typeof callSettingsSchema>;

/** The settings of an estate that has written none. */
export function defaultCallSettings(estateId: string): CallSettings {
  return { id: "calls", estateId, ...DEFAULT_RECONCILIATION_SETTINGS };
}

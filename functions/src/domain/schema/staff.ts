/**
 * Staff member of an estate: name, role, team and badge number (B2.3 "badge with service
 * number or name"). Path `estates/{estateId}/staff/{uid}` (uid = Firebase Auth uid).
 * Written by the admin callable `setStaffRole` (which also sets the custom claims);
 * read by every staff member of the estate.
 */
import { z } from "zod";
import { docId, requiredText, writeStamp } from "./common.js";
import { roleSchema } from "./role.js";

export const staffSchema = z.object({
  id: docId,
  estateId: docId,
  name: requiredText(60),
  email: z.email(),
  role: roleSchema,
  /** The team a finding is charged to when no person is (e.g. B2.10 to customer service). */
  teamId: docId,
  badgeNumber: z.string().trim().max(20),
  phone: z.string().trim().max(40),
  active: z.boolean(),
  ...writeStamp,
});
export type Staff = z.infer<typeof staffSchema>;

/** The id of an estate's department team, e.g. `customerService`. */
export function teamIdOf(role: Staff["role"]): string {
  return role === "admin" || role === "director" ? "office" : role;
}

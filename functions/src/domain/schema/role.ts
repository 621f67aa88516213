/**
 * Staff roles per estate (SPEC "Who uses it"; B: the four on-site departments).
 * Carried as Firebase Auth custom claims `{ estates: { [estateId]: role } }`, set by the
 * admin callable `setStaffRole` and by the seed. Read by rules, callables and the web client.
 */
import { z } from "zod";

/** The four on-site departments of article A: 客服 / 環境 / 秩序 / 維修. */
export const departments = ["customerService", "environment", "order", "maintenance"] as const;
export const departmentSchema = z.enum(departments);
export type Department = z.infer<typeof departmentSchema>;

/** A staff member's role in one estate. */
export const roles = [...departments, "director", "admin"] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** The custom claims Huiyin sets on a staff account. */
export const staffClaimsSchema = z.object({
  estates: z.record(z.string().min(1), roleSchema),
});
export type StaffClaims = z.infer<typeof staffClaimsSchema>;

/** The role of a user in an estate, or null when they have none there. */
export function roleIn(claims: unknown, estateId: string): Role | null {
  const parsed = staffClaimsSchema.safeParse(claims);
  if (!parsed.success) return null;
  return parsed.data.estates[estateId] ?? null;
}

/** Roles that manage an estate's staff and assessment (辦公室主任, admin). */
export function isManager(role: Role | null): boolean {
  return role === "director" || role === "admin";
}

/**
 * Household (房屋): a dwelling unit, building / unit / room (B.1.5; B2.6 "know where every
 * owner's house is"; B2.11 needs the warranty end). Path `estates/{estateId}/households/{id}`.
 * Written by customer service, director and admin; read by every staff member of the estate.
 */
import { z } from "zod";
import { docId, instant, writeStamp } from "./common.js";

/** A position on the estate's site plan, in percent of its width and height. */
export const mapPositionSchema = z.object({
  x: z.number().min(0).max(100),
  y: z.number().min(0).max(100),
});

export const householdSchema = z.object({
  id: docId,
  estateId: docId,
  building: z.string().trim().min(1, "building must not be empty").max(20),
  unit: z.string().trim().max(20),
  room: z.string().trim().min(1, "room must not be empty").max(20),
  floor: z.number().int().min(-5).max(200),
  locationDescription: z.string().trim().max(300),
  mapPosition: mapPositionSchema.nullable(),
  areaSquareMetres: z.number().positive().max(10_000).nullable(),
  handoverDate: instant.nullable(),
  warrantyEnd: instant.nullable(),
  feeAccount: z.string().trim().max(40),
  ...writeStamp,
});
export type Household = z.infer<typeof householdSchema>;

/** The label staff and owners read: building-unit-room, e.g. `3-2-501` (unit omitted when empty). */
export function householdLabel(household: Pick<Household, "building" | "unit" | "room">): string {
  return [household.building, household.unit, household.room]
    .filter((part) => part !== "")
    .join("-");
}

/** Whether a quality defect reported at `at` is within the household's warranty (B2.11). */
export function isWithinWarranty(household: Pick<Household, "warrantyEnd">, at: Date): boolean {
  return household.warrantyEnd !== null && at.getTime() <= household.warrantyEnd.getTime();
}

/**
 * Stored renovation file (裝修檔案; B.1.8, B2.9). Path
 * `estates/{estateId}/renovationFiles/{householdId}` (one per household; `id` is the household
 * id). Written only by the callable `updateRenovationFile` (customer service, director, admin);
 * a patrol that finds a problem opens a renovation ticket. Read by the estate's staff. Worker ID
 * numbers are stored whole and masked on every screen (`maskIdNumber`).
 */
import { z } from "zod";
import { renovationFileSchema } from "../tickets/renovationFile.js";
import { withDates } from "../tickets/storedDates.js";
import { docId } from "./common.js";

/** Validates a stored renovation file (Timestamps at any depth read as Dates). */
export const storedRenovationFileSchema = withDates(
  renovationFileSchema.and(
    z.object({
      id: docId,
      createdAt: z.date(),
      createdBy: docId,
      updatedAt: z.date(),
      updatedBy: docId,
    }),
  ),
);
/** A renovation file as stored. */
export type StoredRenovationFile = z.infer<typeof storedRenovationFileSchema>;

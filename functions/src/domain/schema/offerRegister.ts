/**
 * Offers register (article A "professional distance": meals, gifts, extra pay, private jobs
 * offered by owners, refused, with a witness). Path `estates/{estateId}/offerRegister/{entryId}`.
 * Written only by the callable `recordOffer` (any staff member declares an offer made to
 * them); read by the director and the admin, and each staff member reads their own entries.
 */
import type { z } from "zod";
import { offerRegisterEntrySchema } from "../followUp/conduct.js";
import { writeStamp } from "./common.js";

export const storedOfferSchema = offerRegisterEntrySchema.safeExtend({ ...writeStamp });
export type StoredOffer = z.infer<typeof storedOfferSchema>;

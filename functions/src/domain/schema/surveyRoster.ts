/**
 * Survey roster (C1): the households a campaign's links were issued to, and how many
 * households were occupied (chargeable) when they were issued. Path
 * `estates/{estateId}/surveyCampaigns/{campaignId}/aggregate/roster`: one document whose size
 * grows with the estate, never with the answers. Written only by the callable
 * `issueSurveyLinks`; read by the director and admin (reminders: who has not answered) and by
 * the statistics trigger (links issued).
 */
import { z } from "zod";
import { docId, instant } from "./common.js";

/** A household a link was issued to. */
export const rosterHouseholdSchema = z.object({
  householdId: docId,
  label: z.string().trim().min(1).max(80),
  building: z.string().trim().min(1).max(20),
});
export type RosterHousehold = z.infer<typeof rosterHouseholdSchema>;

export const surveyRosterSchema = z.object({
  id: z.literal("roster"),
  estateId: docId,
  campaignId: docId,
  /** Occupied (chargeable) households of the estate when the links were last issued. */
  occupiedHouseholds: z.int().nonnegative(),
  /** One entry per household holding a live link, in building-unit-room order. */
  households: z.array(rosterHouseholdSchema),
  issuedAt: instant,
  issuedBy: docId,
});
export type SurveyRoster = z.infer<typeof surveyRosterSchema>;

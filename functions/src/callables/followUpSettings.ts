/**
 * `saveFollowUpSettings` (C6–C9, article A): the director or an admin sets the estate's
 * follow-up settings — the escalation ladder, the department leads, how early a promise is
 * "due soon", and the visit planning (per ticket type, after a dissatisfied rating, the
 * survey-answer threshold, the visit coverage goal of every household every N months) and the
 * regular meeting's weekday and time (C9; left out → Monday 09:30). The
 * whole document is validated and replaced, stamped with who and when (server time).
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { docId } from "../domain/schema/common.js";
import {
  followUpSettingsSchema,
  type FollowUpSettings,
} from "../domain/schema/followUpSettings.js";
import { describeValidationError } from "../domain/validationMessage.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { requireRole, validatedOnCall, type AuthData } from "./validatedOnCall.js";

export const saveFollowUpSettingsInputSchema = z.object({
  estateId: docId,
  /** The settings without id and stamps; checked against the stored schema here. */
  settings: z.record(z.string(), z.unknown()),
});
export type SaveFollowUpSettingsInput = z.input<typeof saveFollowUpSettingsInputSchema>;

/**
 * Replaces the estate's follow-up settings (director or admin of that estate).
 *
 * @throws HttpsError `permission-denied`; `invalid-argument` naming the first bad field
 */
export async function saveFollowUpSettingsAs(
  firestore: Firestore,
  auth: AuthData,
  input: SaveFollowUpSettingsInput,
  now: Date = new Date(),
): Promise<FollowUpSettings> {
  const data = saveFollowUpSettingsInputSchema.parse(input);
  requireRole(auth, data.estateId, ["director", "admin"]);
  const parsed = followUpSettingsSchema.safeParse({
    ...data.settings,
    id: "followUp",
    updatedAt: now,
    updatedBy: auth.uid,
  });
  if (!parsed.success) {
    throw new HttpsError(
      "invalid-argument",
      describeValidationError("follow-up settings", parsed.error),
    );
  }
  await collections(firestore).followUpSettings(data.estateId).set(parsed.data);
  return parsed.data;
}

/** The callable. */
export const saveFollowUpSettings = validatedOnCall(
  saveFollowUpSettingsInputSchema,
  ({ data, auth }) => saveFollowUpSettingsAs(db(), auth, data),
);

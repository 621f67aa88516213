/**
 * `publishNotice` / `withdrawNotice` (B.1.3 "inform owners in time"): customer service, the
 * director or an admin publishes a notice in Traditional Chinese (optionally Simplified Chinese
 * and English) to the whole estate, some buildings or some households, from `startsAt` to
 * `endsAt`; outages and safety notices ask each targeted household to confirm receipt. A
 * published notice is never edited: it is withdrawn, and a corrected one published.
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { isCriticalKind } from "../domain/notices/notices.js";
import { docId, instant } from "../domain/schema/common.js";
import {
  NOTICE_BODY_MAX,
  NOTICE_KINDS,
  NOTICE_TITLE_MAX,
  noticeTargetSchema,
  noticeTextSchema,
  type Notice,
} from "../domain/schema/notice.js";
import type { Role } from "../domain/schema/role.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { requireRole, validatedOnCall } from "./validatedOnCall.js";

/** Who informs owners: customer service, the director, admins. */
export const NOTICE_ROLES: readonly Role[] = ["customerService", "director", "admin"];

export const publishNoticeInputSchema = z
  .object({
    estateId: docId,
    kind: z.enum(NOTICE_KINDS),
    title: noticeTextSchema(NOTICE_TITLE_MAX),
    body: noticeTextSchema(NOTICE_BODY_MAX),
    target: noticeTargetSchema,
    startsAt: instant,
    endsAt: instant,
  })
  .refine((input) => input.endsAt.getTime() > input.startsAt.getTime(), {
    path: ["endsAt"],
    error: "must be after startsAt",
  });
export type PublishNoticeInput = z.infer<typeof publishNoticeInputSchema>;

export const withdrawNoticeInputSchema = z.object({ estateId: docId, noticeId: docId });

/** Publishes a notice (no permission check: the callable checks the caller). */
export async function publishNoticeFor(
  firestore: Firestore,
  input: PublishNoticeInput,
  actorUid: string,
  now: Date = new Date(),
): Promise<{ noticeId: string; critical: boolean }> {
  if (input.endsAt.getTime() <= now.getTime()) {
    throw new HttpsError("invalid-argument", "endsAt: a notice must end in the future");
  }
  const typed = collections(firestore);
  const { target } = input;
  if (target.scope !== "estate") {
    const households = (await typed.households(input.estateId).get()).docs.map((d) => d.data());
    const unknown =
      target.scope === "buildings"
        ? target.buildings.filter((building) => !households.some((h) => h.building === building))
        : target.householdIds.filter((id) => !households.some((h) => h.id === id));
    if (unknown.length > 0) {
      throw new HttpsError(
        "invalid-argument",
        `target.${target.scope}: not in estate ${input.estateId}: ${unknown.slice(0, 10).join(", ")}`,
      );
    }
  }
  const ref = typed.notices(input.estateId).doc();
  const notice: Notice = {
    id: ref.id,
    estateId: input.estateId,
    kind: input.kind,
    title: input.title,
    body: input.body,
    target: input.target,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    critical: isCriticalKind(input.kind),
    withdrawnAt: null,
    withdrawnBy: null,
    createdAt: now,
    createdBy: actorUid,
    updatedAt: now,
    updatedBy: actorUid,
  };
  await ref.create(notice);
  return { noticeId: notice.id, critical: notice.critical };
}

/** Withdraws a notice: owners no longer see it; withdrawing twice keeps the first time. */
export async function withdrawNoticeFor(
  firestore: Firestore,
  input: z.infer<typeof withdrawNoticeInputSchema>,
  actorUid: string,
  now: Date = new Date(),
): Promise<{ withdrawnAt: string }> {
  const ref = collections(firestore).notices(input.estateId).doc(input.noticeId);
  return firestore.runTransaction(async (transaction) => {
    const notice = (await transaction.get(ref)).data();
    if (notice === undefined) {
      throw new HttpsError("not-found", `no notice ${input.noticeId} in estate ${input.estateId}`);
    }
    if (notice.withdrawnAt !== null) return { withdrawnAt: notice.withdrawnAt.toISOString() };
    transaction.update(ref, {
      withdrawnAt: now,
      withdrawnBy: actorUid,
      updatedAt: now,
      updatedBy: actorUid,
    });
    return { withdrawnAt: now.toISOString() };
  });
}

export const publishNotice = validatedOnCall(publishNoticeInputSchema, async ({ data, auth }) => {
  requireRole(auth, data.estateId, NOTICE_ROLES);
  return publishNoticeFor(db(), data, auth.uid);
});

export const withdrawNotice = validatedOnCall(withdrawNoticeInputSchema, async ({ data, auth }) => {
  requireRole(auth, data.estateId, NOTICE_ROLES);
  return withdrawNoticeFor(db(), data, auth.uid);
});

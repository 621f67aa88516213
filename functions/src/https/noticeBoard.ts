/**
 * `noticeBoard` (B.1.3): the estate's public notice board, opened from the link or QR code
 * posted in the lobby (`/n/<token>`). It shows the notices to the whole estate and to
 * buildings (never a notice to named households, which only their pages show). Read only; a
 * revoked link gets a clear message and nothing else. Polled like the household page, with the
 * version the board shows.
 */
import type { Firestore } from "firebase-admin/firestore";
import { z } from "zod";
import { boardNotice } from "../domain/householdPage/projection.js";
import {
  householdTokenSchema,
  MAX_HOUSEHOLD_BODY_BYTES,
} from "../domain/householdPage/requests.js";
import { noticesOnBoard } from "../domain/notices/notices.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { ownerRefusals, refuseBadBody } from "./householdAccess.js";
import { HOUSEHOLD_PAGE_REFRESH_SECONDS } from "./householdPage.js";
import { linkTokenHash } from "./linkTokens.js";
import { pageVersion } from "./pageVersion.js";
import { publicEndpoint, refusals } from "./publicEndpoint.js";

const noticeBoardRequestSchema = z.strictObject({
  token: householdTokenSchema,
  version: z.string().max(64).optional(),
});

/** Answers one poll of the notice board. */
export async function noticeBoardFor(
  firestore: Firestore,
  body: unknown,
  now: Date = new Date(),
): Promise<Record<string, unknown>> {
  const parsed = noticeBoardRequestSchema.safeParse(body);
  if (!parsed.success) refuseBadBody(parsed.error.issues);
  const typed = collections(firestore);
  const link = (await typed.noticeBoardLinks().doc(linkTokenHash(parsed.data.token)).get()).data();
  if (link === undefined) throw refusals.unknownLink();
  if (link.revokedAt !== null) throw ownerRefusals.revoked();
  const [estate, notices] = await Promise.all([
    typed.estates().doc(link.estateId).get(),
    typed.notices(link.estateId).where("endsAt", ">", now).get(),
  ]);
  const board = {
    estateName: estate.data()?.name ?? "",
    dutyPhone: estate.data()?.dutyPhone ?? "",
    refreshSeconds: HOUSEHOLD_PAGE_REFRESH_SECONDS,
    notices: noticesOnBoard(
      notices.docs.map((d) => d.data()),
      now,
    ).map((notice) => boardNotice(notice, now)),
  };
  const version = pageVersion(board);
  if (parsed.data.version === version) return { unchanged: true, version };
  return { unchanged: false, version, board };
}

/** The deployed endpoint. */
export const noticeBoard = publicEndpoint("noticeBoard", (body) => noticeBoardFor(db(), body), {
  maxBytes: MAX_HOUSEHOLD_BODY_BYTES,
});

/**
 * The owner's copy of an on-site service record (B2.5 "由相關業主簽字確認"; SPEC §5), opened
 * without an account by the link or QR code shown on the staff member's device after signing:
 * - `openOwnerCopy` (POST `{ token }`): the record as signed — the work, when, the staff member
 *   (name and badge), paid or not, the signer and the signature picture, the rating, the
 *   content hash, any amendments, and the owner's answer if given;
 * - `answerOwnerCopy` (POST `{ token, answer: "confirmed" | "disputed", note }`): the owner
 *   confirms or disputes it, once. A dispute costs the staff member a B2.5c finding (recorded
 *   by the visit trigger).
 * Tokens: forged or malformed → `unknownLink`; past `expiresAt` → `closed` (reason expired);
 * already answered → the copy still opens, a second answer is refused (`closed`, reason
 * answered). Only the token's SHA-256 is stored (`paths.ownerCopyLink`).
 *
 * {@link answerOwnerCopyFor} and {@link ownerCopyOf} are exported for other public handlers
 * (the household page of issue 6 answers copies of its household's visits with them).
 */
import type { Firestore } from "firebase-admin/firestore";
import { z } from "zod";
import type { OwnerCopyLink } from "../domain/schema/ownerCopyLink.js";
import { householdLabel } from "../domain/schema/household.js";
import type { StoredOnSiteVisit } from "../domain/schema/onSiteVisit.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { readImage } from "../firestore/imageStore.js";
import { linkTokenHash } from "./linkTokens.js";
import { PublicRefusal, publicEndpoint, refusals } from "./publicEndpoint.js";

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/);
const openRequestSchema = z.strictObject({ token: tokenSchema });
const answerRequestSchema = z.strictObject({
  token: tokenSchema,
  answer: z.enum(["confirmed", "disputed"]),
  note: z.string().trim().max(2000).default(""),
});

/** The owner's answer to their copy. */
export type OwnerCopyAnswer = "confirmed" | "disputed";

const expired = () =>
  new PublicRefusal(
    410,
    "closed",
    "This link has expired. Please ask the management office for your copy.",
    { reason: "expired" },
  );

/** The valid, unexpired link of a token. */
async function openLink(firestore: Firestore, token: string, now: Date): Promise<OwnerCopyLink> {
  const link = (
    await collections(firestore).ownerCopyLinks().doc(linkTokenHash(token)).get()
  ).data();
  if (link === undefined) throw refusals.unknownLink();
  if (now.getTime() > link.expiresAt.getTime()) throw expired();
  return link;
}

/** What the owner's copy shows of a visit (only owner-visible fields). */
export async function ownerCopyOf(
  firestore: Firestore,
  visit: StoredOnSiteVisit,
): Promise<Record<string, unknown>> {
  const typed = collections(firestore);
  const [estate, ticket, staff, household] = await Promise.all([
    typed.estates().doc(visit.estateId).get(),
    typed.tickets(visit.estateId).doc(visit.ticketId).get(),
    typed.staff(visit.estateId).doc(visit.staffId).get(),
    typed.households(visit.estateId).doc(visit.householdId).get(),
  ]);
  const signature = visit.signature;
  const imagePath =
    signature !== null && "imagePath" in signature.image ? signature.image.imagePath : null;
  const image =
    imagePath === null
      ? null
      : await readImage(firestore, visit.estateId, imagePath.split("/").at(-1) ?? "");
  const householdData = household.data();
  return {
    copy: {
      visitId: visit.id,
      estateName: estate.data()?.name ?? "",
      household: householdData === undefined ? "" : householdLabel(householdData),
      ticketTitle: ticket.data()?.title ?? "",
      ticketType: ticket.data()?.type ?? "other",
      staffName: staff.data()?.name ?? "",
      staffBadge: staff.data()?.badgeNumber ?? "",
      charge: visit.charge,
      workDone: visit.workDone,
      photoCount: visit.photos.length,
      doneAt: visit.doneAt?.toISOString() ?? null,
      signerName: signature?.signerName ?? null,
      signedAt: signature?.signedAt.toISOString() ?? null,
      signatureDataUrl: image?.dataUrl ?? null,
      rating: visit.rating?.value ?? null,
      signedHash: visit.signedHash,
      amendments: visit.amendments.map((amendment) => ({
        at: amendment.at.toISOString(),
        text: amendment.text,
      })),
      ownerResponse:
        visit.ownerResponse === null
          ? null
          : {
              kind: visit.ownerResponse.kind,
              at: visit.ownerResponse.at.toISOString(),
              note: visit.ownerResponse.note,
            },
    },
  };
}

async function visitOf(firestore: Firestore, link: OwnerCopyLink): Promise<StoredOnSiteVisit> {
  const visit = (
    await collections(firestore).onSiteVisits(link.estateId).doc(link.visitId).get()
  ).data();
  if (visit?.signature == null) throw refusals.unknownLink();
  return visit;
}

/** The copy a token opens. */
export async function openOwnerCopyFor(
  firestore: Firestore,
  body: unknown,
  now: Date = new Date(),
): Promise<Record<string, unknown>> {
  const parsed = openRequestSchema.safeParse(body);
  if (!parsed.success) throw refusals.unknownLink();
  const link = await openLink(firestore, parsed.data.token, now);
  return ownerCopyOf(firestore, await visitOf(firestore, link));
}

/**
 * Records the owner's answer on the visit of `estateId`/`visitId`, once: a second answer is
 * refused (`closed`, reason answered). The visit must be signed and of `householdId`.
 */
export async function answerOwnerCopyFor(
  firestore: Firestore,
  target: { estateId: string; visitId: string; householdId: string },
  answer: OwnerCopyAnswer,
  note: string,
  now: Date,
): Promise<{ answer: OwnerCopyAnswer; at: string }> {
  const ref = collections(firestore).onSiteVisits(target.estateId).doc(target.visitId);
  return firestore.runTransaction(async (transaction) => {
    const visit = (await transaction.get(ref)).data();
    if (visit?.signature == null || visit.householdId !== target.householdId) {
      throw refusals.unknownLink();
    }
    if (visit.ownerResponse !== null) {
      throw new PublicRefusal(409, "closed", "You have already answered this record.", {
        reason: "answered",
        answer: visit.ownerResponse.kind,
      });
    }
    if (answer === "disputed" && note.trim() === "") {
      throw refusals.invalid(["note: say what is wrong with the record"]);
    }
    transaction.set(ref, {
      ...visit,
      ownerResponse: { kind: answer, at: now, note: note.trim() },
      updatedAt: now,
      updatedBy: "owner",
    });
    return { answer, at: now.toISOString() };
  });
}

/** The owner confirms or disputes by the token of their copy. */
export async function answerOwnerCopyByToken(
  firestore: Firestore,
  body: unknown,
  now: Date = new Date(),
): Promise<Record<string, unknown>> {
  const parsed = answerRequestSchema.safeParse(body);
  if (!parsed.success) {
    if (!tokenSchema.safeParse((body as { token?: unknown } | null)?.token).success) {
      throw refusals.unknownLink();
    }
    throw refusals.invalid(
      parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
    );
  }
  const link = await openLink(firestore, parsed.data.token, now);
  const result = await answerOwnerCopyFor(
    firestore,
    link,
    parsed.data.answer,
    parsed.data.note,
    now,
  );
  await collections(firestore).ownerCopyLinks().doc(link.id).update({ usedAt: now });
  return result;
}

/** The deployed endpoints. */
export const openOwnerCopy = publicEndpoint("openOwnerCopy", (body) =>
  openOwnerCopyFor(db(), body),
);
export const answerOwnerCopy = publicEndpoint("answerOwnerCopy", (body) =>
  answerOwnerCopyByToken(db(), body),
);

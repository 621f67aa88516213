/**
 * On-site service at the owner's door (上門服務; B2.5, B2.5b, B2.5c; SPEC §5), on the staff
 * member's phone or tablet:
 * - `recordOnSiteVisit`: the work done and optional photos, marked done when finished; an
 *   unsigned record may be written again;
 * - `signOnSiteVisit`: the owner's signature drawn on screen (stored by `imageStore` with the
 *   signer's name and time) and their rating of the service attitude; the record is sealed by
 *   the hash of its signed content and an owner-copy link is issued (shown as a QR code);
 * - `amendOnSiteVisit`: a change after signing, appended as an amendment — the signed content
 *   stays as the owner signed it (the trigger records the B2.5c finding for the change);
 * - `issueOwnerCopyLink`: a fresh link to the owner's copy (the first was not scanned).
 */
import type { Firestore } from "firebase-admin/firestore";
import { HttpsError } from "firebase-functions/v2/https";
import { z } from "zod";
import { paths } from "../domain/paths.js";
import { docId, requiredText } from "../domain/schema/common.js";
import { OWNER_COPY_LINK_DAYS, type OwnerCopyLink } from "../domain/schema/ownerCopyLink.js";
import type { StoredOnSiteVisit } from "../domain/schema/onSiteVisit.js";
import {
  serviceRatingSchema,
  signedVisit,
  VisitSigningError,
} from "../domain/tickets/onSiteVisit.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { InvalidImageError, saveImage } from "../firestore/imageStore.js";
import { linkTokenHash, newLinkToken } from "../https/linkTokens.js";
import { seesDepartment, ticketActorOf, ticketSettingsOf } from "./ticketAccess.js";
import { validatedOnCall, type AuthData } from "./validatedOnCall.js";

const MAX_PHOTOS = 5;

/** Input of `recordOnSiteVisit`. */
export const recordOnSiteVisitInputSchema = z.object({
  estateId: docId,
  ticketId: docId,
  /** Chosen by the device (a retried call writes the same record). */
  visitId: docId,
  workDone: z.string().trim().max(5000),
  /** New photos as PNG/JPEG data URLs (each ≤ 300 KB), added to those already kept. */
  photos: z.array(z.string()).max(MAX_PHOTOS).default([]),
  /** True when the work is finished (the owner signs done work). */
  done: z.boolean(),
});

/** Input of `signOnSiteVisit`. */
export const signOnSiteVisitInputSchema = z.object({
  estateId: docId,
  visitId: docId,
  signerName: requiredText(60),
  /** The signature drawn on screen, a PNG data URL. */
  signatureDataUrl: z.string().min(1),
  rating: serviceRatingSchema,
});

/** Input of `amendOnSiteVisit`. */
export const amendOnSiteVisitInputSchema = z.object({
  estateId: docId,
  visitId: docId,
  text: requiredText(2000),
});

/** Input of `issueOwnerCopyLink`. */
export const issueOwnerCopyLinkInputSchema = z.object({ estateId: docId, visitId: docId });

/** An owner-copy link: the token (shown once, as a link and QR code) and when it expires. */
export interface OwnerCopyLinkResult {
  visitId: string;
  token: string;
  /** The page's path, `/v/<token>`. */
  path: string;
  expiresAt: string;
}

async function visitOfCaller(
  firestore: Firestore,
  auth: AuthData,
  estateId: string,
  visitId: string,
): Promise<StoredOnSiteVisit> {
  const settings = await ticketSettingsOf(firestore, estateId);
  const actor = ticketActorOf(auth, estateId, settings);
  const visit = (await collections(firestore).onSiteVisits(estateId).doc(visitId).get()).data();
  if (visit === undefined || !seesDepartment(actor, visit.department)) {
    throw new HttpsError("not-found", `no on-site visit ${visitId} in ${estateId}`);
  }
  return visit;
}

/** Writes (or rewrites, while unsigned) the record of the work done. */
export async function recordOnSiteVisitAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof recordOnSiteVisitInputSchema>,
  now: Date = new Date(),
): Promise<{ visitId: string; done: boolean }> {
  const data = recordOnSiteVisitInputSchema.parse(input);
  const settings = await ticketSettingsOf(firestore, data.estateId);
  const actor = ticketActorOf(auth, data.estateId, settings);
  const typed = collections(firestore);
  const ticket = (await typed.tickets(data.estateId).doc(data.ticketId).get()).data();
  if (ticket === undefined || !seesDepartment(actor, ticket.department)) {
    throw new HttpsError("not-found", `no ticket ${data.ticketId} in ${data.estateId}`);
  }
  if (ticket.householdId === null) {
    throw new HttpsError(
      "failed-precondition",
      "an on-site visit is made to a household; this ticket names none",
    );
  }
  if (data.done && data.workDone === "") {
    throw new HttpsError("invalid-argument", "workDone: say what work was done");
  }
  const photoIds: string[] = [];
  for (const [index, dataUrl] of data.photos.entries()) {
    try {
      photoIds.push(
        await saveImage(firestore, data.estateId, {
          dataUrl,
          kind: "photo",
          subjectPath: paths.onSiteVisit(data.estateId, data.visitId),
          by: auth.uid,
          now,
        }),
      );
    } catch (error) {
      if (error instanceof InvalidImageError) {
        throw new HttpsError("invalid-argument", `photos[${String(index)}]: ${error.message}`);
      }
      throw error;
    }
  }
  const householdId = ticket.householdId;
  const ref = typed.onSiteVisits(data.estateId).doc(data.visitId);
  return firestore.runTransaction(async (transaction) => {
    const existing = (await transaction.get(ref)).data();
    if (existing !== undefined && existing.ticketId !== data.ticketId) {
      throw new HttpsError("already-exists", `visit ${data.visitId} belongs to another ticket`);
    }
    if (existing?.signature != null) {
      throw new HttpsError(
        "failed-precondition",
        `visit ${data.visitId} is signed; a change is an amendment`,
      );
    }
    const photos = [
      ...(existing?.photos ?? []),
      ...photoIds.map((id) => paths.image(data.estateId, id)),
    ];
    const visit: StoredOnSiteVisit = {
      id: data.visitId,
      estateId: data.estateId,
      ticketId: data.ticketId,
      householdId,
      department: ticket.department,
      staffId: existing?.staffId ?? auth.uid,
      charge: ticket.charge,
      workDone: data.workDone,
      photos,
      doneAt: existing?.doneAt ?? (data.done ? now : null),
      signature: null,
      rating: null,
      signedHash: null,
      ownerResponse: null,
      amendments: [],
      createdAt: existing?.createdAt ?? now,
      createdBy: existing?.createdBy ?? auth.uid,
      updatedAt: now,
      updatedBy: auth.uid,
    };
    transaction.set(ref, visit);
    return { visitId: visit.id, done: visit.doneAt !== null };
  });
}

async function issueLink(
  firestore: Firestore,
  visit: Pick<StoredOnSiteVisit, "id" | "estateId" | "householdId">,
  by: string,
  now: Date,
): Promise<OwnerCopyLinkResult> {
  const token = newLinkToken();
  const expiresAt = new Date(now.getTime() + OWNER_COPY_LINK_DAYS * 86_400_000);
  const link: OwnerCopyLink = {
    id: linkTokenHash(token),
    estateId: visit.estateId,
    visitId: visit.id,
    householdId: visit.householdId,
    issuedAt: now,
    issuedBy: by,
    expiresAt,
    usedAt: null,
  };
  await collections(firestore).ownerCopyLinks().doc(link.id).create(link);
  return { visitId: visit.id, token, path: `/v/${token}`, expiresAt: expiresAt.toISOString() };
}

/** Signs, rates and seals the visit; returns a link to the owner's copy. */
export async function signOnSiteVisitAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof signOnSiteVisitInputSchema>,
  now: Date = new Date(),
): Promise<OwnerCopyLinkResult> {
  const data = signOnSiteVisitInputSchema.parse(input);
  const visit = await visitOfCaller(firestore, auth, data.estateId, data.visitId);
  if (visit.signature !== null) {
    throw new HttpsError("failed-precondition", `visit ${visit.id} is already signed`);
  }
  let imageId: string;
  try {
    imageId = await saveImage(firestore, data.estateId, {
      id: `signature_${visit.id}`,
      dataUrl: data.signatureDataUrl,
      kind: "signature",
      signerName: data.signerName,
      subjectPath: paths.onSiteVisit(data.estateId, visit.id),
      by: auth.uid,
      now,
    });
  } catch (error) {
    if (error instanceof InvalidImageError) {
      throw new HttpsError("invalid-argument", `signatureDataUrl: ${error.message}`);
    }
    throw error;
  }
  const ref = collections(firestore).onSiteVisits(data.estateId).doc(visit.id);
  await firestore.runTransaction(async (transaction) => {
    const current = (await transaction.get(ref)).data();
    if (current === undefined) throw new HttpsError("not-found", `no visit ${visit.id}`);
    let signed;
    try {
      signed = await signedVisit(
        current,
        {
          image: { imagePath: paths.image(data.estateId, imageId) },
          signerName: data.signerName,
          signedAt: now,
        },
        data.rating,
      );
    } catch (error) {
      if (error instanceof VisitSigningError) {
        throw new HttpsError("failed-precondition", error.message);
      }
      throw error;
    }
    transaction.set(ref, { ...current, ...signed, updatedBy: auth.uid });
  });
  return issueLink(firestore, visit, auth.uid, now);
}

/** Appends an amendment to a signed visit (the signed content is never rewritten). */
export async function amendOnSiteVisitAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof amendOnSiteVisitInputSchema>,
  now: Date = new Date(),
): Promise<{ visitId: string; amendments: number }> {
  const data = amendOnSiteVisitInputSchema.parse(input);
  await visitOfCaller(firestore, auth, data.estateId, data.visitId);
  const ref = collections(firestore).onSiteVisits(data.estateId).doc(data.visitId);
  return firestore.runTransaction(async (transaction) => {
    const current = (await transaction.get(ref)).data();
    if (current === undefined) throw new HttpsError("not-found", `no visit ${data.visitId}`);
    if (current.signature === null) {
      throw new HttpsError(
        "failed-precondition",
        `visit ${data.visitId} is not signed yet; write the record again instead`,
      );
    }
    const amendments = [...current.amendments, { by: auth.uid, at: now, text: data.text }];
    transaction.set(ref, { ...current, amendments, updatedAt: now, updatedBy: auth.uid });
    return { visitId: data.visitId, amendments: amendments.length };
  });
}

/** A fresh owner-copy link for a signed visit. */
export async function issueOwnerCopyLinkAs(
  firestore: Firestore,
  auth: AuthData,
  input: z.input<typeof issueOwnerCopyLinkInputSchema>,
  now: Date = new Date(),
): Promise<OwnerCopyLinkResult> {
  const data = issueOwnerCopyLinkInputSchema.parse(input);
  const visit = await visitOfCaller(firestore, auth, data.estateId, data.visitId);
  if (visit.signature === null) {
    throw new HttpsError("failed-precondition", `visit ${visit.id} is not signed yet`);
  }
  return issueLink(firestore, visit, auth.uid, now);
}

/** The callables. */
export const recordOnSiteVisit = validatedOnCall(recordOnSiteVisitInputSchema, ({ data, auth }) =>
  recordOnSiteVisitAs(db(), auth, data),
);
export const signOnSiteVisit = validatedOnCall(signOnSiteVisitInputSchema, ({ data, auth }) =>
  signOnSiteVisitAs(db(), auth, data),
);
export const amendOnSiteVisit = validatedOnCall(amendOnSiteVisitInputSchema, ({ data, auth }) =>
  amendOnSiteVisitAs(db(), auth, data),
);
export const issueOwnerCopyLink = validatedOnCall(issueOwnerCopyLinkInputSchema, ({ data, auth }) =>
  issueOwnerCopyLinkAs(db(), auth, data),
);

/**
 * On-site service record (上門服務, B2.5 "對于上門進行服務的內容,必須要由相關業主簽字確認";
 * SPEC §5): the work done at the owner's door, optional photos, the owner's signature and
 * their rating of the service attitude, on a paid or unpaid service. Once signed, the signed
 * fields are sealed by a SHA-256 content hash, so that a record changed after signing (one that
 * "differs from the owner's copy", B2.5c) is detectable; the owner's copy shows the same hash.
 *
 * Hashing choice: the domain stays portable to the browser, so it does not use `node:crypto`.
 * It builds a canonical JSON text of the signed fields (keys sorted, instants as ISO text in
 * UTC) and hashes it with Web Crypto (`crypto.subtle.digest`, in Node 20 and every browser),
 * which is asynchronous; {@link assessVisitWithHash} in `visitFindings.ts` takes a hash
 * already computed, for callers that must stay synchronous.
 */
import { z } from "zod";
import { docId } from "../schema/common.js";
import { signatureSchema, type Signature, type SignatureImage } from "./signature.js";
import { serviceChargeSchema } from "./ticket.js";

/** The owner's rating of the service attitude (服務態度). */
export const serviceRatings = ["satisfied", "fair", "dissatisfied"] as const;
export const serviceRatingSchema = z.enum(serviceRatings);
/** Satisfied, fair or dissatisfied. */
export type ServiceRating = z.infer<typeof serviceRatingSchema>;

const storagePath = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(500)
  .refine((path) => !path.includes(".."), "must not contain '..'");

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The fields of an on-site visit before its invariants. */
export const onSiteVisitFieldsSchema = z.object({
  id: docId,
  estateId: docId,
  ticketId: docId,
  householdId: docId,
  /** The staff member who did the work (charged by B2.5b and B2.5c). */
  staffId: docId,
  charge: serviceChargeSchema,
  workDone: z.string().trim().max(5000),
  /** Photos in Cloud Storage, in the order taken. */
  photos: z.array(storagePath).max(20),
  /** When the staff member marked the work done; null while it is going on. */
  doneAt: z.date().nullable(),
  signature: signatureSchema.nullable(),
  rating: z.object({ value: serviceRatingSchema, at: z.date() }).nullable(),
  /** SHA-256 (hex) of the signed content at signing; null until signed. */
  signedHash: z.string().regex(SHA256_HEX, "must be 64 lower-case hex digits").nullable(),
  /** The owner's answer on their copy: confirmed, or disputed with what is wrong. */
  ownerResponse: z
    .object({
      kind: z.enum(["confirmed", "disputed"]),
      at: z.date(),
      note: z.string().trim().max(2000),
    })
    .nullable(),
  /** The last write to the record (the moment a change after signing is dated). */
  updatedAt: z.date(),
});

/** The part of a visit its invariants look at. */
type VisitInvariantFields = Pick<
  z.infer<typeof onSiteVisitFieldsSchema>,
  "signature" | "signedHash" | "ownerResponse" | "doneAt"
>;

/** Signed exactly when sealed; done before signed; an owner answers only a signed record. */
export function checkVisitInvariants(visit: VisitInvariantFields, context: z.RefinementCtx): void {
  if ((visit.signature === null) !== (visit.signedHash === null)) {
    context.addIssue({
      code: "custom",
      path: ["signedHash"],
      message: "a signed record, and only a signed one, carries the hash of its signed content",
    });
  }
  if (visit.signature !== null && visit.doneAt === null) {
    context.addIssue({
      code: "custom",
      path: ["doneAt"],
      message: "a signed record is marked done",
    });
  }
  if (visit.ownerResponse !== null && visit.signature === null) {
    context.addIssue({
      code: "custom",
      path: ["ownerResponse"],
      message: "an owner confirms or disputes only a signed record",
    });
  }
}

/** Validates an on-site visit as the domain sees it. */
export const onSiteVisitSchema = onSiteVisitFieldsSchema.superRefine(checkVisitInvariants);

/** An on-site service record (上門服務). */
export type OnSiteVisit = z.infer<typeof onSiteVisitSchema>;

/** A value canonical JSON can hold. */
export type CanonicalValue =
  | string
  | number
  | boolean
  | null
  | Date
  | readonly CanonicalValue[]
  | { readonly [key: string]: CanonicalValue };

/**
 * Canonical JSON of a value: object keys sorted by code unit, no white space, instants as
 * ISO 8601 text in UTC. Two equal values always give the same text.
 *
 * @throws TypeError for a number that is not finite or an invalid instant
 */
export function canonicalJson(value: CanonicalValue): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError("an invalid instant has no JSON");
    return JSON.stringify(value.toISOString());
  }
  if (typeof value === "number" && !Number.isFinite(value)) {
    throw new TypeError(`${String(value)} has no JSON`);
  }
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) {
    return `[${(value as readonly CanonicalValue[]).map(canonicalJson).join(",")}]`;
  }
  const record = value as Readonly<Record<string, CanonicalValue>>;
  const keys = Object.keys(record).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key] ?? null)}`).join(",")}}`;
}

function imageReference(image: SignatureImage): CanonicalValue {
  return "imagePath" in image ? { imagePath: image.imagePath } : { dataUrl: image.dataUrl };
}

/**
 * The fields the owner signs: who did what for whom, paid or not, the photos, the rating and
 * the signature itself. `ownerResponse` and `updatedAt` are not signed content.
 * The picture is hashed as referenced, so the edge uploads a drawn signature (data URL →
 * Storage path) before sealing.
 */
export function signedContent(
  visit: Pick<
    OnSiteVisit,
    | "id"
    | "ticketId"
    | "householdId"
    | "staffId"
    | "charge"
    | "workDone"
    | "photos"
    | "doneAt"
    | "rating"
    | "signature"
  >,
): CanonicalValue {
  return {
    visitId: visit.id,
    ticketId: visit.ticketId,
    householdId: visit.householdId,
    staffId: visit.staffId,
    charge: visit.charge,
    workDone: visit.workDone,
    photos: visit.photos,
    doneAt: visit.doneAt,
    rating: visit.rating === null ? null : { value: visit.rating.value, at: visit.rating.at },
    signature:
      visit.signature === null
        ? null
        : {
            signerName: visit.signature.signerName,
            signedAt: visit.signature.signedAt,
            image: imageReference(visit.signature.image),
          },
  };
}

/** The canonical text of a visit's signed content (what the hash is computed over). */
export function signedContentText(visit: Parameters<typeof signedContent>[0]): string {
  return canonicalJson(signedContent(visit));
}

/** SHA-256 of UTF-8 text as 64 lower-case hex digits, by Web Crypto. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The content hash of a visit's signed fields as they are now. */
export function signedContentHash(visit: Parameters<typeof signedContent>[0]): Promise<string> {
  return sha256Hex(signedContentText(visit));
}

/** A visit cannot be signed (not done, already signed, no work written). */
export class VisitSigningError extends Error {
  override name = "VisitSigningError";
}

/**
 * The visit signed by the owner with their rating, and sealed with its content hash. A signed
 * record is never signed again (a later change is an amendment, and shows as a change).
 *
 * @throws VisitSigningError when the visit is not done, has no work written, or is signed
 */
export async function signedVisit(
  visit: OnSiteVisit,
  signature: Signature,
  rating: ServiceRating,
): Promise<OnSiteVisit> {
  if (visit.signature !== null) {
    throw new VisitSigningError(`visit ${visit.id} is already signed; amend it instead`);
  }
  if (visit.doneAt === null) {
    throw new VisitSigningError(`visit ${visit.id} is not marked done; the owner signs done work`);
  }
  if (visit.workDone.trim() === "") {
    throw new VisitSigningError(`visit ${visit.id} does not say what work was done`);
  }
  const signed: OnSiteVisit = {
    ...visit,
    signature,
    rating: { value: rating, at: signature.signedAt },
    updatedAt: signature.signedAt,
  };
  return { ...signed, signedHash: await signedContentHash(signed) };
}

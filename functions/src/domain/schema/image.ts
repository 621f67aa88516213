/**
 * Image record (signatures, photos, evidence; B2.5 "由相關業主簽字確認", B2.7/B2.9 "由相關責任人簽字").
 * Path `estates/{estateId}/images/{imageId}`. Written only by functions through
 * `firestore/imageStore.ts` (`saveImage`); read by the staff of the estate (a signature is shown
 * on the ticket and on the owner's copy, which an HTTPS function serves). Never updated: an
 * image is evidence, so a new picture is a new document.
 */
import { z } from "zod";
import { docId, instant } from "./common.js";

/** The largest picture kept, in bytes (a signature PNG is ~10–40 KB; a phone photo is resized). */
export const MAX_IMAGE_BYTES = 300 * 1024;

/** What an image shows. */
export const imageKinds = ["signature", "photo", "evidence"] as const;
export const imageKindSchema = z.enum(imageKinds);
/** Signature, photo or evidence. */
export type ImageKind = z.infer<typeof imageKindSchema>;

/** The picture formats kept, recognised by their magic bytes rather than by what they claim. */
export const imageMimeTypes = ["image/png", "image/jpeg"] as const;
/** PNG or JPEG. */
export type ImageMimeType = (typeof imageMimeTypes)[number];

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const JPEG_MAGIC = [0xff, 0xd8, 0xff] as const;
const DATA_URL = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/]+={0,2})$/;

/** A picture as bytes with its format. */
export interface DecodedImage {
  mimeType: ImageMimeType;
  bytes: Uint8Array;
}

/** The outcome of {@link decodeImageDataUrl}: the picture, or why it is refused. */
export type DecodeImageResult = { ok: true; image: DecodedImage } | { ok: false; reason: string };

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((byte, index) => bytes[index] === byte);

/**
 * Reads a `data:image/png;base64,…` or `data:image/jpeg;base64,…` URL: decodes it, checks that
 * the bytes really are that format (magic bytes) and that it is at most `maxBytes` long.
 */
export function decodeImageDataUrl(
  dataUrl: string,
  maxBytes: number = MAX_IMAGE_BYTES,
): DecodeImageResult {
  // Base64 is 4 characters per 3 bytes: refuse an oversized text before decoding it.
  if (dataUrl.length > Math.ceil(maxBytes / 3) * 4 + 40) {
    return { ok: false, reason: `is larger than ${String(maxBytes)} bytes` };
  }
  const match = DATA_URL.exec(dataUrl);
  if (match === null) {
    return { ok: false, reason: "must be a base64 data URL of a PNG or JPEG image" };
  }
  const claimed = match[1] as ImageMimeType;
  let binary: string;
  try {
    binary = atob(match[2] ?? "");
  } catch {
    return { ok: false, reason: "is not valid base64" };
  }
  if (binary.length > maxBytes) {
    return { ok: false, reason: `is larger than ${String(maxBytes)} bytes` };
  }
  const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
  const actual: ImageMimeType | null = startsWith(bytes, PNG_MAGIC)
    ? "image/png"
    : startsWith(bytes, JPEG_MAGIC)
      ? "image/jpeg"
      : null;
  if (actual === null) return { ok: false, reason: "is neither a PNG nor a JPEG picture" };
  if (actual !== claimed) {
    return { ok: false, reason: `says ${claimed} but the bytes are ${actual}` };
  }
  return { ok: true, image: { mimeType: actual, bytes } };
}

/** A stored image: the data URL itself with who stored it, when, what it shows and its signer. */
export const imageRecordSchema = z.object({
  id: docId,
  estateId: docId,
  kind: imageKindSchema,
  mimeType: z.enum(imageMimeTypes),
  /** The picture as a base64 data URL (validated by {@link decodeImageDataUrl} before storing). */
  dataUrl: z.string().min(1),
  /** Decoded size in bytes. */
  bytes: z.number().int().min(1).max(MAX_IMAGE_BYTES),
  /** Signatures only: the name the signer gave. */
  signerName: z.string().trim().min(1).max(60).nullable(),
  /** The record the image belongs to (e.g. the visit's path), for audits. */
  subjectPath: z.string().max(500).nullable(),
  createdAt: instant,
  createdBy: docId,
});
/** A stored image. */
export type ImageRecord = z.infer<typeof imageRecordSchema>;

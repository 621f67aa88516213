/**
 * Images kept as Firestore documents (signatures drawn on a device, photos of work done,
 * evidence): `saveImage` validates a PNG/JPEG data URL (magic bytes, ≤ 300 KB) and stores it at
 * `paths.image(estateId, imageId)` with who stored it, when, what it shows and the signer's name;
 * `readImage` returns it.
 *
 * Why documents and not Cloud Storage: the system must run whole offline, and there is no
 * Storage emulator offline (its rules runtime is a download). A production deployment may swap
 * this module for Cloud Storage (upload the bytes, keep the object path in the record) without
 * touching its callers: they only hold the image id and call `readImage`.
 *
 * ```ts
 * const imageId = await saveImage(db(), estateId, {
 *   id: `signature_${visitId}`,          // deterministic when a retry must not store twice
 *   dataUrl, kind: "signature", signerName: "王先生",
 *   subjectPath: paths.onSiteVisit(estateId, visitId), by: uid, now,
 * });
 * ```
 */
import type { Firestore } from "firebase-admin/firestore";
import {
  decodeImageDataUrl,
  MAX_IMAGE_BYTES,
  type ImageKind,
  type ImageRecord,
} from "../domain/schema/image.js";
import { collections } from "./collections.js";
import { createOnce } from "./createOnce.js";

/** The picture handed to {@link saveImage} is not a PNG/JPEG data URL within the size limit. */
export class InvalidImageError extends Error {
  override name = "InvalidImageError";
}

/** What {@link saveImage} stores. */
export interface ImageToSave {
  /** The image id: deterministic (e.g. `signature_<visitId>`) to make a retried save a no-op. */
  id?: string;
  dataUrl: string;
  kind: ImageKind;
  /** Signatures: the name the signer gave; null otherwise. */
  signerName?: string | null;
  /** The record the image belongs to, for audits. */
  subjectPath?: string | null;
  /** The user (uid) storing it. */
  by: string;
  now: Date;
}

/**
 * Validates and stores an image; returns its id. With a given `id` the image is created once: a
 * second save of the same id leaves the first picture as it was (images are evidence, never
 * overwritten).
 *
 * @throws InvalidImageError when the data URL is not a PNG/JPEG of at most 300 KB (says why)
 */
export async function saveImage(
  db: Firestore,
  estateId: string,
  image: ImageToSave,
): Promise<string> {
  const decoded = decodeImageDataUrl(image.dataUrl, MAX_IMAGE_BYTES);
  if (!decoded.ok) throw new InvalidImageError(`the ${image.kind} picture ${decoded.reason}`);
  const images = collections(db).images(estateId);
  const ref = image.id === undefined ? images.doc() : images.doc(image.id);
  const record: ImageRecord = {
    id: ref.id,
    estateId,
    kind: image.kind,
    mimeType: decoded.image.mimeType,
    dataUrl: image.dataUrl,
    bytes: decoded.image.bytes.length,
    signerName: image.signerName ?? null,
    subjectPath: image.subjectPath ?? null,
    createdAt: image.now,
    createdBy: image.by,
  };
  await createOnce(ref, record);
  return ref.id;
}

/** The stored image, or null when there is none with that id. */
export async function readImage(
  db: Firestore,
  estateId: string,
  imageId: string,
): Promise<ImageRecord | null> {
  const snapshot = await collections(db).images(estateId).doc(imageId).get();
  return snapshot.data() ?? null;
}

/**
 * A handwritten signature drawn on a staff member's device (B2.5 "對于上門進行服務的內容,必須要由
 * 相關業主簽字確認"; B2.7 and B2.9 "由相關責任人簽字"). The picture is either already in Cloud
 * Storage (`imagePath`) or still a `data:image/png;base64,…` URL the edge will upload; the domain
 * never reads either. Instants are `Date`s, converted at the edge.
 */
import { z } from "zod";

const DATA_URL_PATTERN = /^data:image\/(png|jpeg|svg\+xml);base64,[A-Za-z0-9+/]+=*$/;

/** Where the signature's picture is: a Storage path, or a data URL not yet uploaded. */
export const signatureImageSchema = z.union([
  z.object({
    imagePath: z
      .string()
      .trim()
      .min(1, "must not be empty")
      .max(500)
      .refine((path) => !path.includes(".."), "must not contain '..'"),
  }),
  z.object({
    dataUrl: z
      .string()
      .max(2_000_000, "is larger than a signature picture can be")
      .regex(DATA_URL_PATTERN, "must be a base64 data URL of a PNG, JPEG or SVG image"),
  }),
]);

/** The picture of a signature. */
export type SignatureImage = z.infer<typeof signatureImageSchema>;

/** A signature: the picture, the name the signer gave, and when they signed. */
export const signatureSchema = z.object({
  image: signatureImageSchema,
  signerName: z.string().trim().min(1, "the signer's name must not be empty").max(60),
  signedAt: z.date(),
});

/** A handwritten signature with its signer and time. */
export type Signature = z.infer<typeof signatureSchema>;

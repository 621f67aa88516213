/**
 * Evidence photos in the browser: a picture the director picks (often a phone photo of several
 * MB) is drawn smaller as a JPEG until it fits the image store's limit (300 KB), so it can be
 * sent to `recordManualFinding` as a data URL.
 */
import { MAX_IMAGE_BYTES } from "@domain/schema/image.js";

/** The decoded size in bytes of a base64 data URL. */
export function dataUrlBytes(dataUrl: string): number {
  const comma = dataUrl.indexOf(",");
  const base64 = dataUrl.slice(comma + 1);
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/**
 * The sizes to try, largest first: the longest side at most `start` pixels, then 80% of it
 * each step, each at a falling JPEG quality; never below 320 pixels.
 */
export function sizeSteps(
  width: number,
  height: number,
  start = 1600,
): { width: number; height: number; quality: number }[] {
  const steps: { width: number; height: number; quality: number }[] = [];
  let longest = Math.min(start, Math.max(width, height));
  let quality = 0.85;
  while (longest >= 320) {
    const scale = longest / Math.max(width, height);
    steps.push({
      width: Math.max(1, Math.round(width * scale)),
      height: Math.max(1, Math.round(height * scale)),
      quality,
    });
    longest = Math.floor(longest * 0.8);
    quality = Math.max(0.5, Math.round((quality - 0.05) * 100) / 100);
  }
  return steps;
}

/** A picked picture as a JPEG data URL of at most `maxBytes`; rejects when it cannot fit. */
export async function photoToDataUrl(file: Blob, maxBytes = MAX_IMAGE_BYTES): Promise<string> {
  const bitmap = await createImageBitmap(file);
  try {
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d");
    if (context === null) throw new Error("this browser cannot draw pictures");
    for (const step of sizeSteps(bitmap.width, bitmap.height)) {
      canvas.width = step.width;
      canvas.height = step.height;
      context.drawImage(bitmap, 0, 0, step.width, step.height);
      const dataUrl = canvas.toDataURL("image/jpeg", step.quality);
      if (dataUrlBytes(dataUrl) <= maxBytes) return dataUrl;
    }
    throw new Error(`the picture does not fit in ${String(Math.round(maxBytes / 1024))} KB`);
  } finally {
    bitmap.close();
  }
}

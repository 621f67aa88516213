import { describe, expect, it } from "vitest";
import { decodeImageDataUrl, MAX_IMAGE_BYTES } from "./image.js";

const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3];
const jpeg = [0xff, 0xd8, 0xff, 0xe0, 9, 9];
const base64 = (bytes: readonly number[]): string => btoa(String.fromCharCode(...bytes));

describe("B2.5 signature pictures: decodeImageDataUrl", () => {
  it.each([
    ["a PNG", `data:image/png;base64,${base64(png)}`, "image/png"],
    ["a JPEG", `data:image/jpeg;base64,${base64(jpeg)}`, "image/jpeg"],
  ])("accepts %s by its magic bytes", (_name, url, mimeType) => {
    const result = decodeImageDataUrl(url);
    expect(result.ok && result.image.mimeType).toBe(mimeType);
  });

  it.each([
    [
      "an SVG",
      `data:image/svg+xml;base64,${base64([60, 115, 118, 103])}`,
      MAX_IMAGE_BYTES,
      "PNG or JPEG",
    ],
    [
      "text claiming to be PNG",
      `data:image/png;base64,${base64([1, 2, 3, 4])}`,
      MAX_IMAGE_BYTES,
      "neither",
    ],
    [
      "a JPEG claiming to be PNG",
      `data:image/png;base64,${base64(jpeg)}`,
      MAX_IMAGE_BYTES,
      "bytes are image/jpeg",
    ],
    ["not a data URL", "https://example.com/a.png", MAX_IMAGE_BYTES, "data URL"],
    [
      "a picture over the limit",
      `data:image/png;base64,${base64([...png, ...new Array<number>(1000).fill(0)])}`,
      500,
      "larger than 500",
    ],
  ])("refuses %s", (_name, url, maxBytes, reason) => {
    const result = decodeImageDataUrl(url, maxBytes);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.reason).toContain(reason);
  });
});

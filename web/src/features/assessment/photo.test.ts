import { describe, expect, it } from "vitest";
import { dataUrlBytes, sizeSteps } from "./photo.js";

describe("evidence photos (issue 5 item 2: evidence with a photo)", () => {
  it.each([
    { case: "no padding", dataUrl: `data:image/jpeg;base64,${btoa("abc")}`, bytes: 3 },
    { case: "one padding character", dataUrl: `data:image/jpeg;base64,${btoa("abcd")}`, bytes: 4 },
    { case: "two padding characters", dataUrl: `data:image/png;base64,${btoa("abcde")}`, bytes: 5 },
  ])("counts the decoded bytes with $case", ({ dataUrl, bytes }) => {
    expect(dataUrlBytes(dataUrl)).toBe(bytes);
  });

  it("shrinks a 4000×3000 phone photo from 1600 px on its long side, keeping its shape", () => {
    const steps = sizeSteps(4000, 3000);
    expect(steps[0]).toEqual({ width: 1600, height: 1200, quality: 0.85 });
    expect(steps[1]).toEqual({ width: 1280, height: 960, quality: 0.8 });
    expect(steps.at(-1)?.width).toBeGreaterThanOrEqual(320);
    expect(steps.every((step) => Math.abs(step.width / step.height - 4 / 3) < 0.01)).toBe(true);
  });

  it("never enlarges a small picture", () => {
    expect(sizeSteps(800, 600)[0]).toEqual({ width: 800, height: 600, quality: 0.85 });
  });
});

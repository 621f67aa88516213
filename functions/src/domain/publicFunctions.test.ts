import { describe, expect, it } from "vitest";
import { PUBLIC_READS, PUBLIC_WRITES, needsAppCheck } from "./publicFunctions.js";

describe("App Check on the owners' public functions", () => {
  it("is needed by every write: the survey answer, the household's requests and confirmations, the owner's reply to a service record", () => {
    expect(PUBLIC_WRITES.map(needsAppCheck)).toEqual([true, true, true]);
  });

  it("is not needed by the reads that open a page, so a page opens without a reCAPTCHA round trip", () => {
    expect(Object.fromEntries(PUBLIC_READS.map((name) => [name, needsAppCheck(name)]))).toEqual({
      openSurvey: false,
      committeeReport: false,
      householdPage: false,
      noticeBoard: false,
      openOwnerCopy: false,
    });
  });
});

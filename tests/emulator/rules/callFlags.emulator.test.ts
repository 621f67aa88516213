import type { RulesTestEnvironment } from "@firebase/rules-unit-testing";
import { afterAll, beforeAll, describe } from "vitest";
import { paths } from "../../../functions/src/domain/paths.js";
import { describeFunctionWritten } from "./callDocs.js";
import { ESTATE, rulesEnvironment } from "./rulesHarness.js";

let environment: RulesTestEnvironment;
beforeAll(async () => {
  environment = await rulesEnvironment("call-flags");
});
afterAll(async () => {
  await environment.cleanup();
});

describe("match /estates/{estateId}/callFlags/{id}", () => {
  describeFunctionWritten(
    () => environment,
    "callFlag",
    (id) => paths.callFlag(ESTATE, id),
  );
});

import type { RulesTestEnvironment } from "@firebase/rules-unit-testing";
import { afterAll, beforeAll, describe } from "vitest";
import { paths } from "../../../functions/src/domain/paths.js";
import { describeFunctionWritten } from "./callDocs.js";
import { ESTATE, rulesEnvironment } from "./rulesHarness.js";

let environment: RulesTestEnvironment;
beforeAll(async () => {
  environment = await rulesEnvironment("call-imports");
});
afterAll(async () => {
  await environment.cleanup();
});

describe("match /estates/{estateId}/callImports/{id}", () => {
  describeFunctionWritten(
    () => environment,
    "callImport",
    (id) => paths.callImport(ESTATE, id),
  );
});

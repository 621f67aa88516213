import { paths } from "../../../functions/src/domain/paths.js";
import { promiseDocument } from "./followUpDocs.js";
import { functionsOnlySuite } from "./followUpDocs.js";
import { ESTATE, anyStaff } from "./rulesHarness.js";

functionsOnlySuite(
  "promises",
  (id) => paths.promise(ESTATE, id),
  (id) => promiseDocument(id),
  anyStaff,
  "C8: every staff member reads promises; only recordPromise/answerPromise/the check write",
);

import { paths } from "../../../functions/src/domain/paths.js";
import { functionsOnlySuite, visitDocument } from "./followUpDocs.js";
import { ESTATE, anyStaff } from "./rulesHarness.js";

functionsOnlySuite(
  "return-visits",
  (id) => paths.returnVisit(ESTATE, id),
  (id) => visitDocument(id),
  anyStaff,
  "C6/C7: every staff member reads visits; only the planners and recordReturnVisit write",
);

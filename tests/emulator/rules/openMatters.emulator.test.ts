import { paths } from "../../../functions/src/domain/paths.js";
import { functionsOnlySuite, openMatterDocument } from "./followUpDocs.js";
import { ESTATE, anyStaff } from "./rulesHarness.js";

functionsOnlySuite(
  "open-matters",
  (id) => paths.openMatter(ESTATE, id),
  (id) => openMatterDocument(id),
  anyStaff,
  "SPEC §10: every staff member reads the closure dashboard's index; only triggers write",
);

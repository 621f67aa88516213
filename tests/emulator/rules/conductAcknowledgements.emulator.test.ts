import { paths } from "../../../functions/src/domain/paths.js";
import { acknowledgementDocument, functionsOnlySuite } from "./followUpDocs.js";
import { ESTATE, anyStaff, uidOf } from "./rulesHarness.js";

functionsOnlySuite(
  "conduct-acknowledgements",
  (id) => paths.conductAcknowledgement(ESTATE, id),
  (id) => acknowledgementDocument(id, "uid-colleague"),
  ["director", "admin"],
  "A: the director and admin read every acknowledgement",
);
functionsOnlySuite(
  "conduct-acknowledgements-own",
  (id) => paths.conductAcknowledgement(ESTATE, id),
  (id, row) => acknowledgementDocument(id, uidOf(row.caller)),
  anyStaff,
  "A: a staff member reads their own acknowledgement",
);

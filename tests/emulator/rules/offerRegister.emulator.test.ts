import { paths } from "../../../functions/src/domain/paths.js";
import { functionsOnlySuite, offerDocument } from "./followUpDocs.js";
import { ESTATE, uidOf } from "./rulesHarness.js";

// Each row's entry is declared by a colleague, so only the director and admin read it.
functionsOnlySuite(
  "offer-register",
  (id) => paths.offerRegisterEntry(ESTATE, id),
  (id) => offerDocument(id, "uid-colleague"),
  ["director", "admin"],
  "A: the director and admin read the offers register",
);
// A staff member reads the entries they declared themself.
functionsOnlySuite(
  "offer-register-own",
  (id) => paths.offerRegisterEntry(ESTATE, id),
  (id, row) => offerDocument(id, uidOf(row.caller)),
  ["customerService", "environment", "order", "maintenance", "director", "admin"],
  "A: a staff member reads their own declared offers",
);

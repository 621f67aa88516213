import { paths } from "../../../functions/src/domain/paths.js";
import { functionsOnlySuite, meetingDocument } from "./followUpDocs.js";
import { ESTATE, anyStaff } from "./rulesHarness.js";

functionsOnlySuite(
  "meetings",
  (id) => paths.meeting(ESTATE, id),
  (id) => meetingDocument(id),
  anyStaff,
  "C9: every staff member reads the regular meetings; only the meeting callables write",
);

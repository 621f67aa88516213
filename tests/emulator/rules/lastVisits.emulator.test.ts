import { paths } from "../../../functions/src/domain/paths.js";
import { functionsOnlySuite } from "./followUpDocs.js";
import { ESTATE } from "./rulesHarness.js";

// A household's latest visit per channel: counted by every staff member (visit coverage).
functionsOnlySuite(
  "last-visits",
  (id) => paths.lastVisitsOf(ESTATE, id),
  (id) => ({
    id,
    estateId: ESTATE,
    latest: { door: new Date("2026-09-01T02:00:00Z") },
    latestByChannelSet: { door: new Date("2026-09-01T02:00:00Z") },
  }),
  ["customerService", "environment", "order", "maintenance", "director", "admin"],
  "A 不能太遠: staff of the estate read the households' latest visits; only functions write",
);

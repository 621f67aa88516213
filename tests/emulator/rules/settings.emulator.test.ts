import { paths } from "../../../functions/src/domain/paths.js";
import { ESTATE } from "./rulesHarness.js";
import { describeSettingsRules } from "./settingsRules.js";

describeSettingsRules({
  title: "match /estates/{estateId}/settings/duty (B2.1, B2.2 deadlines)",
  environmentName: "settings",
  path: paths.dutySettings(ESTATE),
  values: {
    id: "duty",
    estateId: ESTATE,
    handoverWithinMinutes: 90,
    dailyLogDueDays: 1,
    dailyLogDueTime: "10:00",
  },
  refused: [
    { case: "a negative window", change: { handoverWithinMinutes: -1 } },
    { case: "a time that is no time", change: { dailyLogDueTime: "25:00" } },
    { case: "a fraction of a day", change: { dailyLogDueDays: 0.5 } },
  ],
});

import { paths } from "../../../functions/src/domain/paths.js";
import { ESTATE } from "./rulesHarness.js";
import { describeSettingsRules } from "./settingsRules.js";

const recompute = (change: Record<string, unknown>) => ({ recompute: change });

describeSettingsRules({
  title: "match /estates/{estateId}/settings/assessment (SPEC §8 recompute schedule)",
  environmentName: "assessment-settings",
  path: paths.assessmentSettings(ESTATE),
  values: {
    id: "assessment",
    estateId: ESTATE,
    recompute: { dayOfMonth: 3, hour: 8, timeZone: null },
  },
  accepted: [
    {
      case: "a named zone",
      change: recompute({ dayOfMonth: 1, hour: 0, timeZone: "Asia/Hong_Kong" }),
    },
  ],
  refused: [
    {
      case: "day 29 (not in every month)",
      change: recompute({ dayOfMonth: 29, hour: 2, timeZone: null }),
    },
    { case: "day 0", change: recompute({ dayOfMonth: 0, hour: 2, timeZone: null }) },
    { case: "hour 24", change: recompute({ dayOfMonth: 1, hour: 24, timeZone: null }) },
    { case: "a fractional hour", change: recompute({ dayOfMonth: 1, hour: 2.5, timeZone: null }) },
    {
      case: "a zone that is no zone name",
      change: recompute({ dayOfMonth: 1, hour: 2, timeZone: "+08:00" }),
    },
    { case: "no zone key", change: recompute({ dayOfMonth: 1, hour: 2 }) },
    {
      case: "an extra key",
      change: recompute({ dayOfMonth: 1, hour: 2, timeZone: null, minute: 5 }),
    },
  ],
});

import { paths } from "../../../functions/src/domain/paths.js";
import { ESTATE } from "./rulesHarness.js";
import { describeSettingsRules } from "./settingsRules.js";

describeSettingsRules({
  title: "match /estates/{estateId}/settings/calls (B2.5a tolerance per estate)",
  environmentName: "call-settings",
  path: paths.callSettings(ESTATE),
  values: { id: "calls", estateId: ESTATE, toleranceMinutes: 20, minSeconds: 1 },
  refused: [
    { case: "a negative tolerance", change: { toleranceMinutes: -1 } },
    { case: "a fractional tolerance", change: { toleranceMinutes: 7.5 } },
    { case: "an unknown field", change: { greedy: true } },
  ],
});

/**
 * C1/C2: what a campaign's dates, households and targets mean, as pure functions: whether a
 * campaign takes answers at an instant, which households get a link, and which targets the
 * figures meet.
 */
import { householdLabel, type Household } from "../schema/household.js";
import type { RosterHousehold } from "../schema/surveyRoster.js";
import type { SurveyCampaign, SurveyTargets } from "../schema/surveyCampaign.js";
import type { SurveyArea } from "./areas.js";
import { roundedRatio, type SurveyStatistics } from "./surveyStatistics.js";

/** Whether a campaign takes answers: not yet open, open, or closed (its links have expired). */
export type CampaignState = "notOpen" | "open" | "closed";

/** The campaign's state at `now`: open from `opensAt` (inclusive) until `closesAt` (exclusive). */
export function campaignState(
  campaign: Pick<SurveyCampaign, "opensAt" | "closesAt">,
  now: Date,
): CampaignState {
  if (now.getTime() < campaign.opensAt.getTime()) return "notOpen";
  if (now.getTime() >= campaign.closesAt.getTime()) return "closed";
  return "open";
}

/**
 * Whether a household is occupied (chargeable) at `now`: it has been handed over to its owner.
 * Fees are charged from handover, and only handed-over households are asked (C1).
 */
export function isOccupied(household: Pick<Household, "handoverDate">, now: Date): boolean {
  return household.handoverDate !== null && household.handoverDate.getTime() <= now.getTime();
}

const labelOrder = new Intl.Collator("en", { numeric: true });

/** The occupied households of an estate as link recipients, in building-unit-room order. */
export function surveyRecipients(households: readonly Household[], now: Date): RosterHousehold[] {
  return households
    .filter((household) => isOccupied(household, now))
    .map((household) => ({
      householdId: household.id,
      label: householdLabel(household),
      building: household.building,
    }))
    .sort(
      (left, right) =>
        labelOrder.compare(left.label, right.label) ||
        labelOrder.compare(left.householdId, right.householdId),
    );
}

/** One target: the figure, the threshold, and whether it is met (null: no figure yet). */
export interface TargetResult {
  value: number | null;
  target: number;
  met: boolean | null;
}

/** Every target of a campaign with its result (C2, C5). */
export interface SurveyTargetResults {
  linksIssued: TargetResult;
  returned: TargetResult;
  overall: TargetResult;
  areas: Partial<Record<SurveyArea, TargetResult>>;
  /** Whether every target with a figure is met and every target has one. */
  allMet: boolean;
}

function result(value: number | null, target: number): TargetResult {
  return { value, target, met: value === null ? null : value >= target };
}

/**
 * The targets met and not met. Links issued are compared with the occupied households, forms
 * returned with the links issued, the overall and each asked area's rate with their thresholds.
 * A figure with a zero denominator is null and its target is neither met nor missed.
 */
export function surveyTargetResults(
  statistics: SurveyStatistics,
  occupiedHouseholds: number | null,
  targets: SurveyTargets,
  areas: readonly SurveyArea[],
): SurveyTargetResults {
  const issued = statistics.issued;
  const linksIssued = result(
    issued === null || occupiedHouseholds === null
      ? null
      : roundedRatio(issued, occupiedHouseholds, 4),
    targets.linksIssuedRate,
  );
  const returned = result(statistics.responseRate, targets.returnedRate);
  const overall = result(statistics.overall.rate, targets.overallRate);
  const areaResults: Partial<Record<SurveyArea, TargetResult>> = {};
  for (const area of areas)
    areaResults[area] = result(statistics.areas[area].rate, targets.areaRate);
  const all = [linksIssued, returned, overall, ...Object.values(areaResults)];
  return {
    linksIssued,
    returned,
    overall,
    areas: areaResults,
    allMet: all.every((entry) => entry.met === true),
  };
}

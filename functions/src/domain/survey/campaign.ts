/**
 * C1/C2: what a campaign's dates, households and targets mean, as pure functions: whether a
 * campaign takes answers at an instant, which households get a link, and which targets the
 * figures meet.
 */
import { householdLabel, type Household } from "../schema/household.js";
import type { RosterHousehold } from "../schema/surveyRoster.js";
import {
  extraQuestionSchema,
  MAX_EXTRA_QUESTIONS,
  type ExtraQuestion,
  type SurveyCampaign,
  type SurveyTargets,
} from "../schema/surveyCampaign.js";
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

/** Why an extra question cannot be added. */
export class ExtraQuestionError extends Error {
  override name = "ExtraQuestionError";
}

/**
 * C1 "optional extra questions": a new question appended to a campaign's. Its key is `q1`,
 * `q2`, … (the first number not taken), so the director only writes the question; a label
 * left empty in zh-Hans or English takes the zh-Hant text (owners still see the question).
 *
 * @throws ExtraQuestionError when the campaign has its ten questions, or the zh-Hant text is
 *   empty or too long
 */
export function appendExtraQuestion(
  existing: readonly ExtraQuestion[],
  labels: { "zh-Hant": string; "zh-Hans"?: string; en?: string },
): ExtraQuestion[] {
  if (existing.length >= MAX_EXTRA_QUESTIONS) {
    throw new ExtraQuestionError(
      `a campaign asks at most ${String(MAX_EXTRA_QUESTIONS)} extra questions`,
    );
  }
  const taken = new Set(existing.map((question) => question.key));
  let number = 1;
  while (taken.has(`q${String(number)}`)) number += 1;
  const source = labels["zh-Hant"].trim();
  // An empty translation falls back to the source text (empty is not "missing": hence no ??).
  const orSource = (text: string | undefined) => {
    const trimmed = text?.trim() ?? "";
    return trimmed === "" ? source : trimmed;
  };
  const parsed = extraQuestionSchema.safeParse({
    key: `q${String(number)}`,
    labels: {
      "zh-Hant": source,
      "zh-Hans": orSource(labels["zh-Hans"]),
      en: orSource(labels.en),
    },
  });
  if (!parsed.success) {
    throw new ExtraQuestionError(
      parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "),
    );
  }
  return [...existing, parsed.data];
}

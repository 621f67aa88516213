/** The campaign's key figures and whether each target is met (C2, C5). */
import type { SurveyAggregateRecord } from "@domain/schema/surveyAggregateRecord.js";
import type { SurveyCampaign } from "@domain/schema/surveyCampaign.js";
import { surveyTargetResults, type TargetResult } from "@domain/survey/campaign.js";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { percent } from "./figures.js";

/** Met / not met / no figure, in words and colour. */
export function TargetTag({ result }: { result: TargetResult }) {
  const { t } = useTranslation();
  if (result.met === null) return <Tag>{t("survey.dashboard.noFigure")}</Tag>;
  return result.met ? (
    <Tag color="green">{t("survey.dashboard.met")}</Tag>
  ) : (
    <Tag color="red">{t("survey.dashboard.notMet")}</Tag>
  );
}

/** The targets of a campaign with the figures of its aggregate. */
export function targetsOf(campaign: SurveyCampaign, aggregate: SurveyAggregateRecord) {
  return surveyTargetResults(
    aggregate.statistics,
    aggregate.occupiedHouseholds,
    campaign.targets,
    campaign.areas,
  );
}

/** The five headline figures, each with its target. */
export function Figures({
  campaign,
  aggregate,
}: {
  campaign: SurveyCampaign;
  aggregate: SurveyAggregateRecord;
}) {
  const { t } = useTranslation();
  const statistics = aggregate.statistics;
  const targets = targetsOf(campaign, aggregate);
  const cards: {
    key: string;
    label: string;
    value: string;
    note: string;
    result?: TargetResult;
  }[] = [
    {
      key: "links",
      label: t("survey.dashboard.linksIssued"),
      value: String(statistics.issued ?? 0),
      note: t("survey.dashboard.occupied", { count: aggregate.occupiedHouseholds ?? 0 }),
    },
    {
      key: "coverage",
      label: t("survey.dashboard.coverage"),
      value: percent(targets.linksIssued.value),
      note: t("survey.dashboard.target", { target: percent(targets.linksIssued.target) }),
      result: targets.linksIssued,
    },
    {
      key: "returned",
      label: t("survey.dashboard.returned"),
      value: String(statistics.returned),
      note: "",
    },
    {
      key: "responseRate",
      label: t("survey.dashboard.responseRate"),
      value: percent(statistics.responseRate),
      note: t("survey.dashboard.target", { target: percent(targets.returned.target) }),
      result: targets.returned,
    },
    {
      key: "overall",
      label: t("survey.dashboard.overall"),
      value: percent(statistics.overall.rate),
      note: t("survey.dashboard.target", { target: percent(targets.overall.target) }),
      result: targets.overall,
    },
  ];
  return (
    <div className="survey-figures" data-testid="survey-figures">
      {cards.map((card) => (
        <section key={card.key} className="survey-figure" data-testid={`figure-${card.key}`}>
          <h3>{card.label}</h3>
          <p className="survey-figure-value">{card.value}</p>
          <p className="survey-figure-note">
            {card.note} {card.result !== undefined && <TargetTag result={card.result} />}
          </p>
        </section>
      ))}
    </div>
  );
}

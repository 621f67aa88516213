/**
 * The director's survey dashboard (C1–C5), live: key figures with targets, each area's rate,
 * mean and level distribution, by building, the common opinions with edits, reminders, links
 * and QR sheets, rectification tasks and the committee's links. It reads the campaign, its
 * statistics document, the roster, the topic edits and the tasks: a bounded number of
 * documents whatever the number of answers.
 */
import type { Rectification, RectificationSource } from "@domain/schema/rectification.js";
import type { SurveyAggregateRecord } from "@domain/schema/surveyAggregateRecord.js";
import type { SurveyCampaign } from "@domain/schema/surveyCampaign.js";
import type { SurveyRoster } from "@domain/schema/surveyRoster.js";
import type { SurveyTopicEdits } from "@domain/schema/surveyTopicEdits.js";
import type { SurveyArea } from "@domain/survey/areas.js";
import { campaignState } from "@domain/survey/campaign.js";
import { Alert, Button, Card, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useEstate } from "../../app/EstateContext.js";
import {
  watchAggregate,
  watchCampaign,
  watchRectifications,
  watchRoster,
  watchTopicEdits,
  type Read,
} from "../../firebase/survey.js";
import { BuildingBars, LevelBars } from "./charts.js";
import { CommitteePanel } from "./CommitteePanel.js";
import { ExtraQuestionsPanel } from "./ExtraQuestionsPanel.js";
import { ExplainAnswers, FollowUpFigures } from "./FollowUpsPanel.js";
import { Figures, TargetTag, targetsOf } from "./Figures.js";
import { mean, percent } from "./figures.js";
import { areaLabel, formatTime, useLive, useSurveyLanguage } from "./hooks.js";
import { LinksPanel } from "./LinksPanel.js";
import { OpinionTopics } from "./OpinionTopics.js";
import { NewRectification, RectificationList } from "./RectificationPanel.js";
import { Reminders } from "./Reminders.js";
import "./survey.css";

/** The live documents of one campaign. */
export function useCampaignData(estateId: string, campaignId: string, runsSurvey: boolean) {
  const key = `${estateId}/${campaignId}`;
  const campaign = useLive<SurveyCampaign | null>(key, (onData, onError) =>
    watchCampaign(estateId, campaignId, onData, onError),
  );
  const aggregate = useLive<SurveyAggregateRecord | null>(key, (onData, onError) =>
    watchAggregate(estateId, campaignId, onData, onError),
  );
  const roster = useLive<SurveyRoster | null>(`${key}/${String(runsSurvey)}`, (onData, onError) =>
    runsSurvey
      ? watchRoster(estateId, campaignId, onData, onError)
      : (onData(null), () => undefined),
  );
  const topicEdits = useLive<SurveyTopicEdits | null>(key, (onData, onError) =>
    watchTopicEdits(estateId, campaignId, onData, onError),
  );
  const tasks = useLive<Read<Rectification>>(key, (onData, onError) =>
    watchRectifications(estateId, campaignId, onData, onError),
  );
  return { campaign, aggregate, roster, topicEdits, tasks };
}

interface BuildingRow {
  building: string;
  returned: number;
  overallRate: number | null;
}

export default function SurveyDashboardPage() {
  const { t, i18n } = useTranslation();
  const language = useSurveyLanguage();
  const { campaignId = "" } = useParams();
  const { estateId, estate, role } = useEstate();
  const timeZone = estate?.timeZone ?? "Asia/Shanghai";
  const runsSurvey = role === "director" || role === "admin";
  const data = useCampaignData(estateId, campaignId, runsSurvey);
  const [rectifying, setRectifying] = useState<RectificationSource | null>(null);
  const now = new Date();

  const error = data.campaign.error ?? data.aggregate.error ?? data.tasks.error;
  if (error !== null)
    return <Alert type="error" showIcon title={t("survey.loadFailed", { message: error })} />;
  const campaign = data.campaign.value;
  if (campaign === undefined) return <p>{t("survey.dashboard.loading")}</p>;
  if (campaign === null) return <Alert type="warning" showIcon title={t("notFound.title")} />;
  const aggregate = data.aggregate.value ?? null;
  const state = campaignState(campaign, now);
  const targets = aggregate === null ? null : targetsOf(campaign, aggregate);
  const buildingName = (building: string) => t("survey.dashboard.buildingName", { building });

  return (
    <div className="survey-page">
      <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
        <Link to="/survey">← {t("survey.dashboard.back")}</Link>
        <Link to={`/survey/${campaignId}/report`}>{t("survey.dashboard.report")}</Link>
      </Space>
      <Typography.Title level={2} data-testid="survey-title">
        {campaign.title}{" "}
        <Tag color={state === "open" ? "green" : state === "closed" ? "default" : "blue"}>
          {t(`survey.campaigns.${state}`)}
        </Tag>
      </Typography.Title>
      <p>
        {t("survey.campaigns.period", {
          from: formatTime(campaign.opensAt, i18n.language, timeZone),
          to: formatTime(campaign.closesAt, i18n.language, timeZone),
        })}
      </p>

      {aggregate === null ? (
        <p>{t("survey.dashboard.noFigures")}</p>
      ) : (
        <>
          <Figures campaign={campaign} aggregate={aggregate} />
          <p className="survey-updated" aria-live="polite">
            {targets?.allMet === true ? (
              <Tag color="green">{t("survey.dashboard.allMet")}</Tag>
            ) : (
              <Tag color="orange">{t("survey.dashboard.someNotMet")}</Tag>
            )}
            {t("survey.dashboard.updated", {
              time: formatTime(aggregate.computedAt, i18n.language, timeZone),
            })}
          </p>

          <Card title={t("survey.dashboard.areasTitle")} className="survey-card">
            <Table<SurveyArea>
              rowKey={(area) => area}
              size="small"
              pagination={false}
              dataSource={campaign.areas}
              scroll={{ x: true }}
              data-testid="area-table"
              columns={[
                {
                  key: "area",
                  title: t("survey.dashboard.area"),
                  render: (_: unknown, area) => areaLabel(area, language),
                },
                {
                  key: "answered",
                  title: t("survey.dashboard.answered"),
                  render: (_: unknown, area) => aggregate.statistics.areas[area].answered,
                },
                {
                  key: "rate",
                  title: t("survey.dashboard.rate"),
                  render: (_: unknown, area) => (
                    <>
                      {percent(aggregate.statistics.areas[area].rate)}{" "}
                      {targets?.areas[area] !== undefined && (
                        <TargetTag result={targets.areas[area]} />
                      )}
                    </>
                  ),
                },
                {
                  key: "mean",
                  title: t("survey.dashboard.mean"),
                  render: (_: unknown, area) => mean(aggregate.statistics.areas[area].mean),
                },
                ...(runsSurvey
                  ? [
                      {
                        key: "rectify",
                        title: "",
                        render: (_: unknown, area: SurveyArea) => (
                          <Button
                            size="small"
                            onClick={() => {
                              setRectifying({ kind: "area", area });
                            }}
                          >
                            {t("survey.dashboard.toRectify")}
                          </Button>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            <LevelBars aggregate={aggregate} areas={campaign.areas} />
          </Card>

          <Card title={t("survey.dashboard.buildingsTitle")} className="survey-card">
            <BuildingBars
              aggregate={aggregate}
              target={campaign.targets.overallRate}
              nameOf={buildingName}
            />
            <Table<BuildingRow>
              rowKey="building"
              size="small"
              pagination={false}
              dataSource={Object.entries(aggregate.statistics.byBuilding).map(
                ([building, figures]) => ({
                  building,
                  ...figures,
                }),
              )}
              columns={[
                {
                  key: "building",
                  title: t("survey.dashboard.building"),
                  render: (_: unknown, row: BuildingRow) => buildingName(row.building),
                },
                { key: "returned", title: t("survey.dashboard.returned"), dataIndex: "returned" },
                {
                  key: "rate",
                  title: t("survey.dashboard.overall"),
                  render: (_: unknown, row: { overallRate: number | null }) =>
                    percent(row.overallRate),
                },
              ]}
            />
          </Card>

          <Card title={t("survey.opinions.title")} className="survey-card">
            <OpinionTopics
              estateId={estateId}
              campaignId={campaignId}
              aggregate={aggregate}
              topicEdits={data.topicEdits.value ?? null}
              canEdit={runsSurvey}
              onRectify={(topic) => {
                setRectifying({ kind: "topic", topic });
              }}
            />
          </Card>
        </>
      )}

      <Card title={t("survey.extra.title")} className="survey-card">
        <ExtraQuestionsPanel
          estateId={estateId}
          campaign={campaign}
          aggregate={aggregate}
          canEdit={runsSurvey}
          closed={state === "closed"}
        />
      </Card>

      <Card title={t("survey.followUps.title")} className="survey-card">
        <FollowUpFigures estateId={estateId} campaignId={campaignId} />
        {runsSurvey && (
          <ExplainAnswers estateId={estateId} campaignId={campaignId} timeZone={timeZone} />
        )}
      </Card>

      <Card title={t("survey.rectification.title")} className="survey-card">
        <RectificationList
          estateId={estateId}
          campaignId={campaignId}
          tasks={data.tasks.value?.records ?? []}
          role={role}
          timeZone={timeZone}
          now={now}
        />
      </Card>

      {runsSurvey && (
        <>
          <Card title={t("survey.links.title")} className="survey-card">
            <LinksPanel
              estateId={estateId}
              campaignId={campaignId}
              title={campaign.title}
              roster={data.roster.value ?? null}
              closed={state === "closed"}
            />
          </Card>
          <Card title={t("survey.reminders.title")} className="survey-card">
            <Reminders
              roster={data.roster.value ?? null}
              answered={aggregate?.answeredHouseholds ?? []}
              fileName={`${campaignId}-reminders.csv`}
            />
          </Card>
          <Card title={t("survey.committee.title")} className="survey-card">
            <CommitteePanel estateId={estateId} campaignId={campaignId} timeZone={timeZone} />
          </Card>
          <NewRectification
            estateId={estateId}
            campaignId={campaignId}
            source={rectifying}
            onClose={() => {
              setRectifying(null);
            }}
          />
        </>
      )}
    </div>
  );
}

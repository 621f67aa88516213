/**
 * The printable survey report for the office director (C2): figures and targets, charts per
 * area and per building, the common opinions (with the director's edits) and the
 * rectification plan with its progress. Printed to PDF by the browser on A4.
 */
import { Alert, Button, Table, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { isOverdue, type Rectification } from "@domain/schema/rectification.js";
import { useEstate } from "../../app/EstateContext.js";
import { BuildingBars, LevelBars } from "./charts.js";
import { FollowUpFigures } from "./FollowUpsPanel.js";
import { Figures, TargetTag, targetsOf } from "./Figures.js";
import { mean, percent } from "./figures.js";
import { areaLabel, formatTime, useSurveyLanguage } from "./hooks.js";
import { ProgressLine, SourceText } from "./RectificationPanel.js";
import { useCampaignData } from "./SurveyDashboardPage.js";
import "./survey.css";

export default function SurveyReportPage() {
  const { t, i18n } = useTranslation();
  const language = useSurveyLanguage();
  const { campaignId = "" } = useParams();
  const { estateId, estate, role } = useEstate();
  const timeZone = estate?.timeZone ?? "Asia/Shanghai";
  const data = useCampaignData(estateId, campaignId, role === "director" || role === "admin");
  const now = new Date();
  const error = data.campaign.error ?? data.aggregate.error;
  if (error !== null)
    return <Alert type="error" showIcon title={t("survey.loadFailed", { message: error })} />;
  const campaign = data.campaign.value;
  const aggregate = data.aggregate.value;
  if (campaign === undefined || aggregate === undefined)
    return <p>{t("survey.dashboard.loading")}</p>;
  if (campaign === null || aggregate === null) return <p>{t("survey.dashboard.noFigures")}</p>;
  const targets = targetsOf(campaign, aggregate);
  const tasks = data.tasks.value?.records ?? [];
  const buildingName = (building: string) => t("survey.dashboard.buildingName", { building });
  return (
    <article className="survey-report" data-testid="survey-report">
      <div className="survey-screen-only">
        <Link to={`/survey/${campaignId}`}>← {campaign.title}</Link>{" "}
        <Button
          type="primary"
          onClick={() => {
            globalThis.print();
          }}
        >
          {t("survey.report.print")}
        </Button>
      </div>
      <header>
        <p>{estate?.name}</p>
        <h1>{t("survey.report.title")}</h1>
        <h2>{campaign.title}</h2>
        <p>
          {t("survey.campaigns.period", {
            from: formatTime(campaign.opensAt, i18n.language, timeZone),
            to: formatTime(campaign.closesAt, i18n.language, timeZone),
          })}
        </p>
      </header>
      <section>
        <h2>{t("survey.report.summary")}</h2>
        <Figures campaign={campaign} aggregate={aggregate} />
      </section>
      <section>
        <h2>{t("survey.report.areaChart")}</h2>
        <LevelBars aggregate={aggregate} areas={campaign.areas} />
        <table className="survey-table">
          <thead>
            <tr>
              <th>{t("survey.dashboard.area")}</th>
              <th>{t("survey.dashboard.answered")}</th>
              <th>{t("survey.dashboard.rate")}</th>
              <th>{t("survey.dashboard.mean")}</th>
              <th>{t("survey.report.targets")}</th>
            </tr>
          </thead>
          <tbody>
            {campaign.areas.map((area) => (
              <tr key={area}>
                <td>{areaLabel(area, language)}</td>
                <td>{aggregate.statistics.areas[area].answered}</td>
                <td>{percent(aggregate.statistics.areas[area].rate)}</td>
                <td>{mean(aggregate.statistics.areas[area].mean)}</td>
                <td>
                  {targets.areas[area] !== undefined && <TargetTag result={targets.areas[area]} />}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {campaign.extraQuestions.length > 0 && (
        <section>
          <h2>{t("survey.extra.title")}</h2>
          <table className="survey-table" data-testid="report-extra">
            <thead>
              <tr>
                <th>{t("survey.extra.question")}</th>
                <th>{t("survey.extra.answered")}</th>
                <th>{t("survey.extra.rate")}</th>
                <th>{t("survey.extra.mean")}</th>
              </tr>
            </thead>
            <tbody>
              {campaign.extraQuestions.map((question) => {
                const figures = aggregate.extraQuestions[question.key];
                return (
                  <tr key={question.key}>
                    <td>{question.labels[language]}</td>
                    <td>{figures?.answered ?? 0}</td>
                    <td>{percent(figures?.rate ?? null)}</td>
                    <td>{mean(figures?.mean ?? null)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
      <section>
        <h2>{t("survey.report.buildingChart")}</h2>
        <BuildingBars
          aggregate={aggregate}
          target={campaign.targets.overallRate}
          nameOf={buildingName}
        />
      </section>
      <section>
        <h2>{t("survey.report.opinions")}</h2>
        <ol>
          {aggregate.commonOpinions.map((topic) => (
            <li key={topic.topic}>
              <strong>{topic.topic}</strong> ({topic.count}){" "}
              {topic.areas.map((area) => areaLabel(area, language)).join("、")}
              {topic.examples.length > 0 && (
                <span className="survey-quotes">「{topic.examples.join("」「")}」</span>
              )}
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h2>{t("survey.followUps.title")}</h2>
        <FollowUpFigures estateId={estateId} campaignId={campaignId} />
      </section>
      <section>
        <h2>{t("survey.report.rectification")}</h2>
        {tasks.length === 0 ? (
          <p>{t("survey.report.noTasks")}</p>
        ) : (
          <>
            <ProgressLine tasks={tasks} now={now} />
            <Table<Rectification>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={tasks}
              columns={[
                { key: "title", title: t("survey.rectification.taskTitle"), dataIndex: "title" },
                {
                  key: "source",
                  title: t("survey.rectification.source"),
                  render: (_: unknown, task) => <SourceText source={task.source} />,
                },
                {
                  key: "department",
                  title: t("survey.rectification.department"),
                  render: (_: unknown, task) => t(`roles.${task.department}`),
                },
                { key: "owner", title: t("survey.rectification.owner"), dataIndex: "ownerName" },
                {
                  key: "deadline",
                  title: t("survey.rectification.deadline"),
                  render: (_: unknown, task) => (
                    <>
                      {formatTime(task.deadline, i18n.language, timeZone)}{" "}
                      {isOverdue(task, now) && (
                        <Tag color="red">{t("survey.rectification.overdue")}</Tag>
                      )}
                    </>
                  ),
                },
                {
                  key: "status",
                  title: t("survey.rectification.status"),
                  render: (_: unknown, task) =>
                    `${t(`survey.rectification.statuses.${task.status}`)}${task.outcome === null ? "" : `:${task.outcome}`}`,
                },
              ]}
            />
          </>
        )}
      </section>
      <footer>
        {t("survey.report.generated", { time: formatTime(now, i18n.language, timeZone) })}
      </footer>
    </article>
  );
}

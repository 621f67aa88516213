import { Alert, Card, Progress, Space, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  coverageFigure,
  coverageSince,
  type CoverageFigure,
} from "@domain/followUp/visitCoverage.js";
import type { FollowUpSettings } from "@domain/schema/followUpSettings.js";
import { loadConduct, useConductLive } from "./ConductData.js";

/**
 * Article A "不能太遠": households visited in the last N months ÷ households, against the
 * estate's goal (every household every N months, from the follow-up settings). Two aggregation
 * counts, read again whenever the settings change.
 */
export function VisitCoverageCard(props: { readonly estateId: string; readonly zone: string }) {
  const { t } = useTranslation();
  const { estateId, zone } = props;
  const settings = useConductLive<FollowUpSettings>(
    `followUpSettings:${estateId}`,
    (conduct, onData, onError) => conduct.watchFollowUpSettings(estateId, onData, onError),
  );
  const periodic = settings.status === "ready" ? settings.value.visitPlanning.periodic : null;
  const rulesKey = periodic === null ? "" : JSON.stringify(periodic);
  const [state, setState] = useState<{
    key: string;
    figure: CoverageFigure | null;
    error: string | null;
  }>({ key: "", figure: null, error: null });

  useEffect(() => {
    if (periodic === null) return;
    let active = true;
    const now = new Date();
    const rules = { periodic };
    loadConduct()
      .then((conduct) =>
        conduct.countVisitCoverage(
          estateId,
          periodic.countedChannels,
          coverageSince(rules, now, zone),
        ),
      )
      .then(
        (counts) => {
          if (active) {
            setState({
              key: rulesKey,
              figure: coverageFigure(counts, rules, now, zone),
              error: null,
            });
          }
        },
        (error: unknown) => {
          if (active) setState({ key: rulesKey, figure: null, error: String(error) });
        },
      );
    return () => {
      active = false;
    };
    // `periodic` is described by `rulesKey`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [estateId, zone, rulesKey]);

  const failure = settings.status === "failed" ? settings.message : state.error;
  const figure = state.key === rulesKey ? state.figure : null;
  return (
    <Card size="small" title={t("followUp.conduct.coverage.title")} data-testid="visit-coverage">
      {failure !== null && (
        <Alert type="error" showIcon title={t("followUp.loadFailed", { message: failure })} />
      )}
      {figure !== null &&
        (figure.rate === null ? (
          <Typography.Text>{t("followUp.conduct.coverage.noHouseholds")}</Typography.Text>
        ) : (
          <Space orientation="vertical" style={{ width: "100%" }}>
            <Typography.Text strong data-testid="visit-coverage-figure">
              {t("followUp.conduct.coverage.figure", {
                months: figure.everyMonths,
                visited: figure.visited,
                households: figure.households,
                rate: figure.rate.display,
              })}
            </Typography.Text>
            <Progress
              percent={Math.floor(figure.rate.value * 1000) / 10}
              status={figure.goalMet ? "success" : "normal"}
              aria-label={t("followUp.conduct.coverage.title")}
            />
            <Typography.Text type="secondary">
              {t("followUp.conduct.coverage.goal", { months: figure.everyMonths })}
            </Typography.Text>
            {figure.goalMet ? (
              <Tag color="green">{t("followUp.conduct.coverage.goalMet")}</Tag>
            ) : (
              <Tag color="orange">
                {t("followUp.conduct.coverage.toVisit", { count: figure.toVisit })}
              </Tag>
            )}
            {periodic !== null && (
              <Typography.Text type="secondary">
                {t("followUp.conduct.coverage.counted", {
                  channels: periodic.countedChannels
                    .map((channel) => t(`followUp.visits.channels.${channel}`))
                    .join(" / "),
                })}
              </Typography.Text>
            )}
          </Space>
        ))}
    </Card>
  );
}

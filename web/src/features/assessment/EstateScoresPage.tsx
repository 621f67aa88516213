import {
  Alert,
  Button,
  Card,
  Input,
  message as antMessage,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { StoredFinding } from "@domain/schema/finding.js";
import type { ScoreMonth } from "@domain/schema/scoreMonth.js";
import type { StoredScorecard } from "@domain/schema/scorecard.js";
import { monthOf, type MonthKey } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import {
  clearFinding,
  confirmFinding,
  readScorecardsSince,
  recomputeScores,
  watchFindingsOfMonth,
  watchScoreMonth,
  watchScorecardsOfMonth,
  type Read,
} from "../../firebase/assessment.js";
import { localTime, signed } from "./format.js";
import { useEstateZone, useStaffNames, useSubscription } from "./hooks.js";
import { ManualFindingForm } from "./ManualFindingForm.js";
import { MonthSelect } from "./MonthSelect.js";
import { RecomputeSchedulePanel } from "./RecomputeSchedulePanel.js";
import { ScorecardLines } from "./ScorecardLines.js";
import {
  changedSince,
  defaultMonth,
  monthsEndingWith,
  ranking,
  trend,
  type RankingRow,
} from "./scorecards.js";
import { TrendChart } from "./TrendChart.js";
import "./assessment.css";
import { errorMessage } from "../../app/errorMessage.js";

const statusColour = { open: "gold", confirmed: "red", cleared: "default" } as const;

/** The director's view of a month: ranking, teams with B2.10, trend, findings, recompute. */
export default function EstateScoresPage() {
  const { t } = useTranslation();
  const { estateId, role } = useEstate();
  const [toast, toastHolder] = antMessage.useMessage();
  const timeZone = useEstateZone();
  const { staff, nameOf } = useStaffNames();
  const [month, setMonth] = useState<MonthKey>(() => defaultMonth(new Date(), timeZone));
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState(false);
  const [clearing, setClearing] = useState<StoredFinding | null>(null);
  const [reason, setReason] = useState("");
  const [trendCards, setTrendCards] = useState<StoredScorecard[]>([]);

  const summary = useSubscription<ScoreMonth | null>(
    [estateId, month].join("/"),
    (onData, onError) => watchScoreMonth(estateId, month, onData, onError),
  );
  const cards = useSubscription<Read<StoredScorecard>>(
    [estateId, month].join("/"),
    (onData, onError) => watchScorecardsOfMonth(estateId, month, onData, onError),
  );
  const findings = useSubscription<Read<StoredFinding>>(
    [estateId, month].join("/"),
    (onData, onError) => watchFindingsOfMonth(estateId, month, onData, onError),
  );
  const computedAt = summary.value?.computedAt ?? null;
  const trendMonths = useMemo(() => monthsEndingWith(month, 6), [month]);

  useEffect(() => {
    let current = true;
    readScorecardsSince(estateId, trendMonths[0] ?? month).then(
      (read) => {
        if (current) setTrendCards(read.records.filter((card) => card.month <= month));
      },
      () => {
        if (current) setTrendCards([]);
      },
    );
    return () => {
      current = false;
    };
  }, [estateId, month, trendMonths, computedAt]);

  if (role !== "director" && role !== "admin") {
    return <Alert type="info" showIcon title={t("assessment.estate.title")} />;
  }

  const allCards = cards.value?.records ?? [];
  const rows = ranking(allCards, nameOf);
  const teams = allCards.filter((card) => card.subject.kind === "team");
  const monthFindings = [...(findings.value?.records ?? [])].sort(
    (left, right) => left.at.getTime() - right.at.getTime(),
  );
  const changed = summary.value === undefined ? [] : changedSince(monthFindings, computedAt);
  const feeLines = teams.flatMap((card) =>
    card.lines.flatMap((line) => (line.arrears === null ? [] : [{ team: card.subject.id, line }])),
  );
  const unreadable = [...(cards.value?.unreadable ?? []), ...(findings.value?.unreadable ?? [])];
  const errors = [summary.error, cards.error, findings.error].filter((error) => error !== null);

  const recompute = async () => {
    setBusy(true);
    try {
      const result = await recomputeScores(estateId, month);
      void toast.success(
        t("assessment.estate.recomputed", {
          findings: result.findingsRead,
          cards: result.scorecardsWritten,
        }),
      );
    } catch (error) {
      void toast.error(t("assessment.finding.failed", { message: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };

  const act = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (error) {
      void toast.error(t("assessment.finding.failed", { message: errorMessage(error) }));
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      {toastHolder}
      <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t("assessment.estate.title")} · {month}
        </Typography.Title>
        <Space wrap className="no-print">
          <MonthSelect value={month} latest={monthOf(new Date(), timeZone)} onChange={setMonth} />
          <Button
            type="primary"
            loading={busy}
            onClick={() => void recompute()}
            data-testid="recompute"
          >
            {t("assessment.estate.recompute", { month })}
          </Button>
          <Button
            onClick={() => {
              setAdding(true);
            }}
            data-testid="add-finding"
          >
            {t("assessment.finding.add")}
          </Button>
          <Button
            onClick={() => {
              window.print();
            }}
          >
            {t("assessment.estate.print")}
          </Button>
        </Space>
      </Space>

      {errors.map((error) => (
        <Alert key={error} type="error" showIcon title={error} />
      ))}
      {unreadable.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t("assessment.estate.unreadable", {
            count: unreadable.length,
            ids: unreadable.join(", "),
          })}
        />
      )}
      {summary.value === null && (
        <Alert type="info" showIcon title={t("assessment.estate.neverComputed", { month })} />
      )}
      {summary.value && changed.length === 0 && (
        <Typography.Text type="secondary" data-testid="computed-at">
          {t("assessment.estate.computedAt", {
            at: localTime(summary.value.computedAt, timeZone),
            count: summary.value.findingCount,
          })}
        </Typography.Text>
      )}
      {summary.value && changed.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="changed-banner"
          title={t("assessment.estate.stale", {
            count: changed.length,
            at: localTime(summary.value.computedAt, timeZone),
          })}
        />
      )}

      <Card title={t("assessment.estate.ranking")}>
        <Table<RankingRow>
          size="small"
          pagination={false}
          rowKey={(row) => row.card.id}
          dataSource={rows}
          data-testid="ranking"
          locale={{ emptyText: t("assessment.estate.noCards") }}
          expandable={{
            expandedRowRender: (row) => (
              <ScorecardLines card={row.card} timeZone={timeZone} nameOf={nameOf} />
            ),
          }}
          columns={[
            { title: t("assessment.estate.rank"), dataIndex: "rank", width: 70 },
            {
              title: t("assessment.estate.person"),
              key: "person",
              render: (_: unknown, row) => nameOf(row.card.subject.id),
            },
            {
              title: t("assessment.estate.points"),
              key: "points",
              align: "right",
              width: 100,
              render: (_: unknown, row) => signed(row.card.points),
            },
          ]}
        />
      </Card>

      <Card title={t("assessment.estate.fees")}>
        {feeLines.length === 0 ? (
          <Typography.Text>{t("assessment.estate.noFees")}</Typography.Text>
        ) : (
          feeLines.map(({ team, line }) =>
            line.arrears === null ? null : (
              <Typography.Paragraph key={team} data-testid="fees-line">
                {t("assessment.estate.feesLine", {
                  team: nameOf(team),
                  rate: line.arrears.rateText,
                  inArrears: line.arrears.inArrears,
                  chargeable: line.arrears.chargeable,
                  baseline: line.arrears.baselinePercent,
                  points: signed(line.points),
                })}
              </Typography.Paragraph>
            ),
          )
        )}
      </Card>

      <Card title={t("assessment.estate.teams")}>
        {teams.length === 0 ? (
          <Typography.Text>{t("assessment.estate.noCards")}</Typography.Text>
        ) : (
          <Space orientation="vertical" style={{ width: "100%" }}>
            {teams.map((card) => (
              <div key={card.id}>
                <Typography.Title level={4}>
                  {nameOf(card.subject.id)} ·{" "}
                  {t("assessment.points", { points: signed(card.points) })}
                </Typography.Title>
                <ScorecardLines card={card} timeZone={timeZone} nameOf={nameOf} />
              </div>
            ))}
          </Space>
        )}
      </Card>

      <Card title={t("assessment.estate.trend")}>
        <TrendChart months={trendMonths} series={trend(trendCards, trendMonths)} nameOf={nameOf} />
      </Card>

      <Card title={t("assessment.estate.findings")}>
        <Table<StoredFinding>
          size="small"
          rowKey="id"
          dataSource={monthFindings}
          data-testid="findings"
          scroll={{ x: 720 }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t("assessment.estate.noFindings") }}
          columns={[
            { title: t("assessment.line.rule"), dataIndex: "rule", width: 70 },
            {
              title: t("assessment.estate.charged"),
              key: "charged",
              render: (_: unknown, finding) => nameOf(finding.staffId ?? finding.teamId ?? ""),
            },
            {
              title: t("assessment.evidence.at"),
              key: "at",
              width: 150,
              render: (_: unknown, finding) => localTime(finding.at, timeZone),
            },
            {
              title: t("assessment.evidence.text"),
              key: "text",
              render: (_: unknown, finding) =>
                finding.evidence
                  .flatMap((item) => (item.kind === "text" ? [item.text] : []))
                  .join(" / "),
            },
            {
              title: t("assessment.evidence.status"),
              key: "status",
              width: 150,
              render: (_: unknown, finding) => (
                <Space size={4} wrap>
                  <Tag color={statusColour[finding.status]}>
                    {t(`assessment.status.${finding.status}`)}
                  </Tag>
                  {finding.clearing !== null && (
                    <Typography.Text type="secondary">{finding.clearing.reason}</Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: t("assessment.estate.actions"),
              key: "actions",
              width: 160,
              className: "no-print",
              render: (_: unknown, finding) => (
                <Space size={4}>
                  {finding.status === "open" && (
                    <Button
                      size="small"
                      onClick={() => void act(() => confirmFinding(estateId, finding.id))}
                    >
                      {t("assessment.finding.confirm")}
                    </Button>
                  )}
                  {finding.status !== "cleared" && (
                    <Button
                      size="small"
                      danger
                      data-testid={`clear-${finding.id}`}
                      onClick={() => {
                        setReason("");
                        setClearing(finding);
                      }}
                    >
                      {t("assessment.finding.clear")}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>

      <RecomputeSchedulePanel estateId={estateId} estateZone={timeZone} />

      <ManualFindingForm
        estateId={estateId}
        timeZone={timeZone}
        staff={staff}
        teamName={nameOf}
        open={adding}
        onClose={() => {
          setAdding(false);
        }}
        onSaved={() => {
          setAdding(false);
          void toast.success(t("assessment.finding.saved"));
        }}
      />
      <Modal
        open={clearing !== null}
        title={t("assessment.finding.clearTitle")}
        okText={t("assessment.finding.clearSubmit")}
        cancelText={t("assessment.finding.cancel")}
        okButtonProps={{ danger: true, disabled: reason.trim() === "" }}
        onCancel={() => {
          setClearing(null);
        }}
        onOk={() => {
          const finding = clearing;
          setClearing(null);
          if (finding !== null) void act(() => clearFinding(estateId, finding.id, reason.trim()));
        }}
      >
        <label htmlFor="clear-reason">{t("assessment.finding.clearReason")}</label>
        <Input.TextArea
          id="clear-reason"
          rows={3}
          maxLength={500}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
          }}
        />
      </Modal>
    </Space>
  );
}

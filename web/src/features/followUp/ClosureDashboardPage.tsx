import { Button, Card, Select, Space, Statistic, Table, Tag, Typography } from "antd";
import { useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { OpenMatterRecord } from "@domain/followUp/openMatterIndex.js";
import { promiseKeeping, type PromiseKeepingReport } from "@domain/followUp/promise.js";
import { departments, type Department } from "@domain/schema/role.js";
import { DEFAULT_TIME_ZONE, monthOf, monthRange } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import type { Records } from "../../firebase/firestore.js";
import { useNow } from "../desk/useDeskLive.js";
import { useLive } from "../households/useLiveRecords.js";
import { AnswerPromiseDialog } from "./AnswerPromiseDialog.js";
import { dashboardRows, formatInstant, type DashboardRow } from "./dashboardRows.js";
import { EscalateToMeetingButton } from "./EscalateToMeetingButton.js";
import { loadFollowUp, useFollowUpLive } from "./useFollowUpLive.js";
import { LiveAlerts } from "./LiveAlerts.js";

/** How many open matters the dashboard reads: a page, however many are open. */
const PAGE_SIZE = 100;

/** The promise-keeping figures of this month's promises (read once per change of the page). */
function useKeeping(estateId: string, zone: string, now: Date, version: string) {
  const [report, setReport] = useState<PromiseKeepingReport | null>(null);
  const month = monthOf(now, zone);
  useEffect(() => {
    let active = true;
    const { start } = monthRange(month, zone);
    loadFollowUp()
      .then((followUp) => followUp.readPromisesDueSince(estateId, start))
      .then(
        (promises) => {
          if (active) setReport(promiseKeeping(promises.records, new Date()));
        },
        () => {
          if (active) setReport(null);
        },
      );
    return () => {
      active = false;
    };
  }, [estateId, zone, month, version]);
  return report;
}

/**
 * The closure dashboard (SPEC §10, the director's home screen): every open matter of the
 * estate with its age and owner, overdue first, live; filtered by department or person; the
 * promise-keeping rate per person and per estate.
 */
export default function ClosureDashboardPage() {
  const { t } = useTranslation();
  const { estateId, estate } = useEstate();
  const zone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const now = useNow();
  const ids = { department: useId(), person: useId() };
  const [department, setDepartment] = useState<Department | null>(null);
  const [personId, setPersonId] = useState<string | null>(null);
  const [answering, setAnswering] = useState<DashboardRow | null>(null);
  const [counts, setCounts] = useState<{ open: number; overdue: number } | null>(null);

  const filter = useMemo(
    () => (personId !== null ? { ownerId: personId } : department !== null ? { department } : {}),
    [personId, department],
  );
  const filterKey = `${department ?? ""}:${personId ?? ""}`;
  const matters = useFollowUpLive<Records<OpenMatterRecord>>(
    `matters:${estateId}:${filterKey}`,
    (followUp, onData, onError) =>
      followUp.watchOpenMatters(estateId, filter, PAGE_SIZE, onData, onError),
  );
  const staffNames = useLive<ReadonlyMap<string, string>>(
    `staff:${estateId}`,
    (firestore, onData, onError) => firestore.watchStaffNames(estateId, onData, onError),
  );
  const names = staffNames.status === "ready" ? staffNames.value : new Map<string, string>();
  const records = useMemo(
    () => (matters.status === "ready" ? matters.value.records : []),
    [matters],
  );
  const version = records.map((record) => `${record.id}:${record.updatedAt.getTime()}`).join();
  const rows = useMemo(() => dashboardRows(records, now), [records, now]);
  const keeping = useKeeping(estateId, zone, now, version);

  useEffect(() => {
    let active = true;
    loadFollowUp()
      .then((followUp) => followUp.countOpenMatters(estateId, filter, new Date()))
      .then(
        (found) => {
          if (active) setCounts(found);
        },
        () => {
          if (active) setCounts(null);
        },
      );
    return () => {
      active = false;
    };
  }, [estateId, filter, version]);

  const nameOf = (uid: string | null) =>
    uid === null ? t("followUp.dashboard.nobody") : (names.get(uid) ?? uid);

  return (
    <section aria-labelledby="closure-title">
      <Typography.Title id="closure-title" level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {t("followUp.dashboard.title")}
      </Typography.Title>
      <Space wrap size="large" style={{ marginBottom: 16 }}>
        <Statistic
          title={t("followUp.dashboard.open")}
          value={counts?.open ?? records.length}
          data-testid="open-count"
        />
        <Statistic
          title={t("followUp.dashboard.overdue")}
          value={counts?.overdue ?? rows.filter((row) => row.overdue).length}
          styles={{ content: { color: "#a8071a" } }}
        />
        <span>
          <label htmlFor={ids.department}>{t("followUp.dashboard.department")} </label>
          <Select
            id={ids.department}
            data-testid="filter-department"
            style={{ minWidth: 140 }}
            value={department ?? "all"}
            onChange={(value: string) => {
              setPersonId(null);
              setDepartment(value === "all" ? null : (value as Department));
            }}
            options={[
              { value: "all", label: t("followUp.dashboard.all") },
              ...departments.map((each) => ({ value: each, label: t(`roles.${each}`) })),
            ]}
          />
        </span>
        <span>
          <label htmlFor={ids.person}>{t("followUp.dashboard.person")} </label>
          <Select
            id={ids.person}
            data-testid="filter-person"
            style={{ minWidth: 160 }}
            value={personId ?? "all"}
            onChange={(value: string) => {
              setDepartment(null);
              setPersonId(value === "all" ? null : value);
            }}
            options={[
              { value: "all", label: t("followUp.dashboard.all") },
              ...[...names.entries()].map(([uid, name]) => ({ value: uid, label: name })),
            ]}
          />
        </span>
      </Space>
      <LiveAlerts live={matters} />
      <Table<DashboardRow>
        data-testid="closure-table"
        rowKey="key"
        size="small"
        loading={matters.status === "loading"}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 820 }}
        locale={{ emptyText: t("followUp.dashboard.empty") }}
        onRow={(row) => ({ "data-testid": `matter-${row.key}` }) as Record<string, string>}
        columns={[
          {
            title: t("followUp.dashboard.columns.kind"),
            key: "kind",
            render: (_, row) => <Tag>{t(`followUp.kind.${row.kind}`)}</Tag>,
          },
          { title: t("followUp.dashboard.columns.title"), dataIndex: "title", key: "title" },
          {
            title: t("followUp.dashboard.columns.owner"),
            key: "owner",
            render: (_, row) => nameOf(row.ownerId),
          },
          {
            title: t("followUp.dashboard.columns.department"),
            key: "department",
            render: (_, row) => (row.department === null ? "—" : t(`roles.${row.department}`)),
          },
          {
            title: t("followUp.dashboard.columns.age"),
            key: "age",
            render: (_, row) => t("followUp.dashboard.ageDays", { count: row.ageDays }),
          },
          {
            title: t("followUp.dashboard.columns.due"),
            key: "due",
            render: (_, row) =>
              row.dueAt === null
                ? t("followUp.dashboard.noDeadline")
                : formatInstant(row.dueAt, zone),
          },
          {
            title: t("followUp.dashboard.columns.status"),
            key: "status",
            render: (_, row) => (
              <Space wrap size={4}>
                {row.overdue ? (
                  <Tag color="red">{t("followUp.dashboard.overdueTag")}</Tag>
                ) : (
                  <Tag color="green">{t("followUp.dashboard.onTime")}</Tag>
                )}
                {row.escalatedTo !== null && (
                  <Tag color="volcano" data-testid="escalation">
                    {t(`followUp.level.${row.escalatedTo}`)}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            title: t("followUp.dashboard.columns.action"),
            key: "action",
            render: (_, row) => (
              <Space wrap size={4}>
                {row.kind === "promise" ? (
                  <Button
                    size="small"
                    data-testid="answer-promise"
                    onClick={() => {
                      setAnswering(row);
                    }}
                  >
                    {t("followUp.dashboard.answer")}
                  </Button>
                ) : row.kind === "visitDue" ? (
                  <Link to="/follow-up/visits">{t("followUp.dashboard.record")}</Link>
                ) : null}
                {/* C9: a major issue goes to the regular meeting with its history. */}
                {(row.kind === "promise" || row.kind === "visitDue" || row.kind === "ticket") && (
                  <EscalateToMeetingButton
                    source={{ kind: row.kind === "visitDue" ? "visit" : row.kind, id: row.id }}
                    title={row.title}
                  />
                )}
              </Space>
            ),
          },
        ]}
      />
      {counts !== null && counts.open > rows.length && (
        <Typography.Paragraph type="secondary">
          {t("followUp.dashboard.page", { shown: rows.length, total: counts.open })}
        </Typography.Paragraph>
      )}
      <Card size="small" title={t("followUp.keeping.title")} style={{ marginTop: 16 }}>
        {keeping === null || keeping.estate.due === 0 ? (
          <Typography.Text type="secondary">{t("followUp.keeping.none")}</Typography.Text>
        ) : (
          <Table
            size="small"
            pagination={false}
            rowKey="who"
            dataSource={[
              { who: t("followUp.keeping.estate"), ...keeping.estate },
              ...Object.entries(keeping.byPerson).map(([uid, figures]) => ({
                who: nameOf(uid),
                ...figures,
              })),
            ]}
            columns={[
              { title: t("followUp.keeping.person"), dataIndex: "who", key: "who" },
              { title: t("followUp.keeping.kept"), dataIndex: "kept", key: "kept" },
              { title: t("followUp.keeping.due"), dataIndex: "due", key: "due" },
              {
                title: "%",
                key: "rate",
                render: (_, figures: { rate: { display: string } | null }) =>
                  figures.rate?.display ?? "—",
              },
            ]}
          />
        )}
      </Card>
      <AnswerPromiseDialog
        estateId={estateId}
        promiseId={answering?.id ?? null}
        question={answering?.title ?? ""}
        onClose={() => {
          setAnswering(null);
        }}
        onAnswered={() => {
          setAnswering(null);
        }}
      />
    </section>
  );
}

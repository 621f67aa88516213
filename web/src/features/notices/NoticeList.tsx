/**
 * The estate's notices (B.1.3), newest first: what was published to whom and when; for a
 * critical notice, how many targeted households confirmed, and the list of those that have
 * not, each with one click to follow up by phone (a desk reception record, prefilled).
 */
import type { NoticeReceipt } from "@domain/schema/noticeReceipt.js";
import type { Records } from "../../firebase/firestore.js";
import { confirmationStatus, noticePhase } from "@domain/notices/notices.js";
import { householdLabel, type Household } from "@domain/schema/household.js";
import type { Notice } from "@domain/schema/notice.js";
import {
  Alert,
  Button,
  Card,
  Empty,
  List,
  Popconfirm,
  Progress,
  Space,
  Tag,
  Typography,
} from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { FollowUpDialog } from "./FollowUpDialog.js";
import { targetSummary } from "./format.js";
import { loadNotices, useNoticesLive } from "./useNoticesLive.js";
import { errorMessage } from "../../app/errorMessage.js";

function formatTime(date: Date, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(date);
}

function Confirmations({
  estateId,
  timeZone,
  notice,
  households,
}: {
  estateId: string;
  timeZone: string;
  notice: Notice;
  households: readonly Household[];
}) {
  const { t } = useTranslation();
  const [following, setFollowing] = useState<Household | null>(null);
  const receipts = useNoticesLive<Records<NoticeReceipt>>(
    `receipts/${estateId}/${notice.id}`,
    (module, onData, onError) => module.watchReceipts(estateId, notice.id, onData, onError),
  );
  if (receipts.status === "loading")
    return <Typography.Text>{t("notices.loading")}</Typography.Text>;
  if (receipts.status === "failed")
    return <Alert type="error" title={t("notices.loadFailed", { message: receipts.message })} />;
  const confirmed = new Set(receipts.value.records.map((receipt) => receipt.householdId));
  const status = confirmationStatus(notice, households, confirmed);
  const done = status.targeted - status.unconfirmed.length;
  return (
    <Space
      orientation="vertical"
      style={{ width: "100%" }}
      data-testid={`confirmations-${notice.id}`}
    >
      <Typography.Text>
        {t("notices.confirmed", { confirmed: done, targeted: status.targeted })}
      </Typography.Text>
      <Progress
        percent={status.targeted === 0 ? 100 : Math.round((100 * done) / status.targeted)}
        size="small"
        aria-label={t("notices.confirmed", { confirmed: done, targeted: status.targeted })}
      />
      {status.unconfirmed.length > 0 && (
        <details>
          <summary>{t("notices.notConfirmed", { count: status.unconfirmed.length })}</summary>
          <List
            size="small"
            dataSource={status.unconfirmed}
            renderItem={(household) => (
              <List.Item
                data-testid={`unconfirmed-${household.id}`}
                actions={[
                  <Button
                    key="follow"
                    size="small"
                    onClick={() => {
                      setFollowing(household);
                    }}
                  >
                    {t("notices.followUp")}
                  </Button>,
                ]}
              >
                {householdLabel(household)}
              </List.Item>
            )}
          />
        </details>
      )}
      {following !== null && (
        <FollowUpDialog
          estateId={estateId}
          timeZone={timeZone}
          notice={notice}
          household={following}
          onClose={() => {
            setFollowing(null);
          }}
        />
      )}
    </Space>
  );
}

export function NoticeList({
  estateId,
  timeZone,
  households,
}: {
  estateId: string;
  timeZone: string;
  households: readonly Household[];
}) {
  const { t, i18n } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const notices = useNoticesLive<Records<Notice>>(
    `notices/${estateId}`,
    (module, onData, onError) => module.watchNotices(estateId, onData, onError),
  );
  const byId = useMemo(
    () => new Map(households.map((household) => [household.id, household])),
    [households],
  );
  if (notices.status === "loading")
    return <Typography.Text>{t("notices.loading")}</Typography.Text>;
  if (notices.status === "failed")
    return <Alert type="error" title={t("notices.loadFailed", { message: notices.message })} />;
  const now = new Date();
  if (notices.value.records.length === 0) return <Empty description={t("notices.none")} />;

  async function withdraw(noticeId: string): Promise<void> {
    try {
      await (await loadNotices()).withdrawNotice(estateId, noticeId);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      {problem !== null && <Alert type="error" role="alert" title={problem} />}
      {notices.value.records.map((notice) => {
        const phase = noticePhase(notice, now);
        const named = targetSummary(notice.target, byId);
        return (
          <Card
            key={notice.id}
            size="small"
            data-testid={`notice-${notice.id}`}
            title={
              <span>
                <Tag>{t(`notices.kinds.${notice.kind}`)}</Tag>
                {notice.title["zh-Hant"]}
              </span>
            }
            extra={
              phase === "upcoming" || phase === "inEffect" ? (
                <Popconfirm
                  title={t("notices.withdrawConfirm")}
                  onConfirm={() => void withdraw(notice.id)}
                >
                  <Button size="small">{t("notices.withdraw")}</Button>
                </Popconfirm>
              ) : null
            }
          >
            <Space orientation="vertical" style={{ width: "100%" }}>
              <Space wrap>
                <Tag
                  color={phase === "inEffect" ? "green" : phase === "upcoming" ? "blue" : "default"}
                >
                  {t(`notices.phases.${phase}`)}
                </Tag>
                {notice.critical && <Tag color="orange">{t("notices.critical")}</Tag>}
                <Typography.Text type="secondary">
                  {formatTime(notice.startsAt, i18n.language, timeZone)} –{" "}
                  {formatTime(notice.endsAt, i18n.language, timeZone)}
                </Typography.Text>
              </Space>
              <Typography.Text>
                {t(`notices.scopes.${notice.target.scope}`)}
                {named.length > 0 &&
                  `: ${named.slice(0, 20).join(", ")}${named.length > 20 ? " …" : ""}`}
              </Typography.Text>
              <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: 0 }}>
                {notice.body["zh-Hant"]}
              </Typography.Paragraph>
              {notice.critical && phase !== "withdrawn" && (
                <Confirmations
                  estateId={estateId}
                  timeZone={timeZone}
                  notice={notice}
                  households={households}
                />
              )}
            </Space>
          </Card>
        );
      })}
    </Space>
  );
}

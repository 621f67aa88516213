/**
 * Requests from household pages (SPEC §12 "every matter gets a reply"): the online contacts
 * households sent, newest first, live; the desk answers each here, and the household page shows
 * the answer within its refresh interval.
 */
import type { Records } from "../../firebase/firestore.js";
import { householdLabel, type Household } from "@domain/schema/household.js";
import type { Reception } from "@domain/schema/reception.js";
import { Alert, Button, Card, Empty, Input, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { loadNotices, useNoticesLive } from "./useNoticesLive.js";
import { errorMessage } from "../../app/errorMessage.js";

function ReplyBox({ estateId, reception }: { estateId: string; reception: Reception }) {
  const { t } = useTranslation();
  const [reply, setReply] = useState("");
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  async function send(): Promise<void> {
    if (reply.trim() === "") {
      setProblem(t("notices.requests.replyRequired"));
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await (await loadNotices()).answerHouseholdRequest(estateId, reception.id, reply.trim());
      setReply("");
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setSaving(false);
    }
  }
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Input.TextArea
        aria-label={t("notices.requests.reply")}
        placeholder={t("notices.requests.reply")}
        rows={2}
        maxLength={2000}
        value={reply}
        data-testid={`reply-${reception.id}`}
        onChange={(event) => {
          setReply(event.target.value);
        }}
      />
      {problem !== null && <Alert type="error" role="alert" title={problem} />}
      <Button
        loading={saving}
        onClick={() => void send()}
        data-testid={`send-reply-${reception.id}`}
      >
        {t("notices.requests.sendReply")}
      </Button>
    </Space>
  );
}

export function RequestsPanel({
  estateId,
  timeZone,
  households,
}: {
  estateId: string;
  timeZone: string;
  households: readonly Household[];
}) {
  const { t, i18n } = useTranslation();
  const online = useNoticesLive<Records<Reception>>(
    `online/${estateId}`,
    (module, onData, onError) => module.watchOnlineReceptions(estateId, onData, onError),
  );
  if (online.status === "loading") return <Typography.Text>{t("notices.loading")}</Typography.Text>;
  if (online.status === "failed")
    return <Alert type="error" title={t("notices.loadFailed", { message: online.message })} />;
  const byId = new Map(households.map((household) => [household.id, household]));
  const records = online.value.records;
  const originals = records.filter(
    (reception) => reception.householdRequest !== undefined && reception.amends === null,
  );
  if (originals.length === 0) return <Empty description={t("notices.requests.none")} />;
  const format = (date: Date) =>
    new Intl.DateTimeFormat(i18n.language, {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone,
    }).format(date);
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      {originals.map((reception) => {
        const household =
          reception.householdId === null ? undefined : byId.get(reception.householdId);
        const answers = [reception, ...records.filter((other) => other.amends === reception.id)]
          .filter((record) => record.outcome.trim() !== "")
          .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
        const kind = reception.householdRequest?.kind ?? "question";
        return (
          <Card
            key={reception.id}
            size="small"
            data-testid={`request-${reception.id}`}
            title={
              <span>
                <Tag>{t(`notices.requests.kinds.${kind}`)}</Tag>
                {household === undefined ? reception.householdId : householdLabel(household)}
              </span>
            }
            extra={<Typography.Text type="secondary">{format(reception.at)}</Typography.Text>}
          >
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>
              {reception.content}
            </Typography.Paragraph>
            {answers[0] === undefined ? (
              <ReplyBox estateId={estateId} reception={reception} />
            ) : (
              <Alert
                type="success"
                title={t("notices.requests.answered", { date: format(answers[0].updatedAt) })}
                description={answers[0].outcome}
              />
            )}
          </Card>
        );
      })}
    </Space>
  );
}

import { Alert, Button, Card, List, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { OpenMatterRecord } from "@domain/followUp/openMatterIndex.js";
import type { Reception } from "@domain/schema/reception.js";
import { DEFAULT_TIME_ZONE, dayOf } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import type { Records } from "../../firebase/firestore.js";
import { useDeskLive, useNow } from "../desk/useDeskLive.js";
import { AnswerPromiseDialog } from "./AnswerPromiseDialog.js";
import { formatInstant } from "./dashboardRows.js";
import { EscalateToMeetingButton } from "./EscalateToMeetingButton.js";
import { PromiseDialog, type PromiseRecordChoice } from "./PromiseDialog.js";
import { useFollowUpLive } from "./useFollowUpLive.js";

/** How far ahead the desk shows promises (the default "due soon" of the follow-up settings). */
const DUE_SOON_MS = 24 * 3_600_000;
/** The panel's window moves in steps, so it does not re-subscribe every minute. */
const STEP_MS = 15 * 60_000;

/**
 * The desk's follow-up panel (C8): promises due within 24 hours (and overdue ones) live, each
 * answerable; and the form that records a promise on one of today's reception records.
 */
export function DeskFollowUpPanel() {
  const { t } = useTranslation();
  const { estateId, estate } = useEstate();
  const zone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const now = useNow();
  const dueBy = new Date(Math.ceil((now.getTime() + DUE_SOON_MS) / STEP_MS) * STEP_MS);
  const today = dayOf(now, zone);
  const [recording, setRecording] = useState(false);
  const [answering, setAnswering] = useState<OpenMatterRecord | null>(null);

  const due = useFollowUpLive<Records<OpenMatterRecord>>(
    `due:${estateId}:${dueBy.toISOString()}`,
    (followUp, onData, onError) =>
      followUp.watchPromisesDueBy(estateId, dueBy, 20, onData, onError),
  );
  const receptions = useDeskLive<Records<Reception>>(
    `followUp-receptions:${estateId}:${today}`,
    (desk, onData, onError) => desk.watchReceptionsOfDay(estateId, today, onData, onError),
  );
  const choices: PromiseRecordChoice[] =
    receptions.status === "ready"
      ? [...receptions.value.records].reverse().map((reception) => ({
          receptionId: reception.id,
          householdId: reception.householdId,
          label:
            `${formatInstant(reception.at, zone).slice(11)} ${reception.callerName} ${reception.content}`.slice(
              0,
              80,
            ),
        }))
      : [];

  return (
    <Card
      size="small"
      aria-labelledby="desk-promises-title"
      data-testid="desk-promises"
      title={<span id="desk-promises-title">{t("followUp.desk.title")}</span>}
      extra={
        <Button
          data-testid="promise-open"
          onClick={() => {
            setRecording(true);
          }}
        >
          {t("followUp.promise.record")}
        </Button>
      }
      style={{ marginBottom: 16 }}
    >
      {due.status === "failed" && (
        <Alert type="error" showIcon title={t("followUp.loadFailed", { message: due.message })} />
      )}
      {due.status === "ready" && (
        <List
          size="small"
          locale={{ emptyText: t("followUp.desk.empty") }}
          dataSource={due.value.records}
          renderItem={(matter) => (
            <List.Item
              key={matter.id}
              actions={[
                <Button
                  key="answer"
                  size="small"
                  onClick={() => {
                    setAnswering(matter);
                  }}
                >
                  {t("followUp.dashboard.answer")}
                </Button>,
                // C9: a promise the desk cannot keep alone goes to the regular meeting.
                <EscalateToMeetingButton
                  key="escalate"
                  source={{ kind: "promise", id: matter.sourceId }}
                  title={matter.title}
                />,
              ]}
            >
              <Space wrap>
                <Typography.Text>{matter.title}</Typography.Text>
                <Typography.Text type="secondary">
                  {t("followUp.desk.dueAt", { time: formatInstant(matter.sortAt, zone) })}
                </Typography.Text>
                {matter.sortAt.getTime() <= now.getTime() && (
                  <Tag color="red">{t("followUp.dashboard.overdueTag")}</Tag>
                )}
                {matter.escalatedTo !== null && (
                  <Tag color="volcano">{t(`followUp.level.${matter.escalatedTo}`)}</Tag>
                )}
              </Space>
            </List.Item>
          )}
        />
      )}
      {recording && (
        <PromiseDialog
          estateId={estateId}
          zone={zone}
          open={recording}
          choices={choices}
          initialReceptionId={choices[0]?.receptionId ?? null}
          onClose={() => {
            setRecording(false);
          }}
          onSaved={() => {
            setRecording(false);
          }}
        />
      )}
      <AnswerPromiseDialog
        estateId={estateId}
        promiseId={answering?.sourceId ?? null}
        question={answering?.title ?? ""}
        onClose={() => {
          setAnswering(null);
        }}
        onAnswered={() => {
          setAnswering(null);
        }}
      />
    </Card>
  );
}

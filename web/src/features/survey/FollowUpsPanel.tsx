/**
 * C4 "對業主的誤解,服務中心應進行必要的耐心解釋", on the survey's side: the campaign's follow-up
 * visits with how many misunderstandings were explained (live, also on the report), and for
 * the director the latest answers, each of which can be turned into an explanation visit.
 * The visit itself is made and recorded on the follow-up screens.
 */
import type { StoredReturnVisit } from "@domain/schema/returnVisit.js";
import type { SurveyResponseRecord } from "@domain/schema/surveyResponse.js";
import { explanationFigures } from "@domain/survey/explanation.js";
import {
  Button,
  Input,
  InputNumber,
  List,
  message as antMessage,
  Modal,
  Space,
  Table,
  Typography,
} from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  LATEST_ANSWERS,
  planSurveyExplanation,
  watchLatestAnswers,
  watchSurveyFollowUps,
  type Read,
} from "../../firebase/survey.js";
import { formatTime, useLive } from "./hooks.js";
import { errorMessage } from "../../app/errorMessage.js";

/** The campaign's follow-ups (C4 figures and the explanations given), live. */
export function FollowUpFigures({
  estateId,
  campaignId,
}: {
  readonly estateId: string;
  readonly campaignId: string;
}) {
  const { t } = useTranslation();
  const visits = useLive<Read<StoredReturnVisit>>(`${estateId}/${campaignId}`, (onData, onError) =>
    watchSurveyFollowUps(estateId, campaignId, onData, onError),
  );
  if (visits.error !== null) {
    return (
      <Typography.Text type="danger">
        {t("survey.loadFailed", { message: visits.error })}
      </Typography.Text>
    );
  }
  const records = visits.value?.records ?? [];
  const figures = explanationFigures(records);
  const explained = records.flatMap((visit) =>
    visit.outcome?.misunderstandingExplained === true && visit.outcome.misunderstandingNote !== null
      ? [{ id: visit.id, note: visit.outcome.misunderstandingNote }]
      : [],
  );
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Typography.Text data-testid="followup-figures">
        {t("survey.followUps.figures", { ...figures })}
      </Typography.Text>
      {explained.length > 0 && (
        <List
          size="small"
          header={t("survey.followUps.explainedTitle")}
          dataSource={explained}
          renderItem={(item) => <List.Item key={item.id}>{item.note}</List.Item>}
        />
      )}
    </Space>
  );
}

/** The director's latest answers, each one click from an explanation visit. */
export function ExplainAnswers({
  estateId,
  campaignId,
  timeZone,
}: {
  readonly estateId: string;
  readonly campaignId: string;
  readonly timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const [toast, toastHolder] = antMessage.useMessage();
  const noteId = useId();
  const daysId = useId();
  const [answer, setAnswer] = useState<SurveyResponseRecord | null>(null);
  const [note, setNote] = useState("");
  const [days, setDays] = useState(3);
  const [busy, setBusy] = useState(false);
  const answers = useLive<Read<SurveyResponseRecord>>(
    `${estateId}/${campaignId}`,
    (onData, onError) => watchLatestAnswers(estateId, campaignId, onData, onError),
  );

  const plan = async () => {
    if (answer === null) return;
    setBusy(true);
    try {
      const result = await planSurveyExplanation({
        estateId,
        campaignId,
        householdId: answer.householdId,
        misunderstanding: note.trim(),
        withinDays: days,
      });
      void toast.success(
        t(result.created ? "survey.followUps.planned" : "survey.followUps.alreadyPlanned", {
          household: answer.label,
        }),
      );
      setAnswer(null);
    } catch (error) {
      void toast.error(t("survey.failed", { message: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {toastHolder}
      <Typography.Paragraph type="secondary">
        {t("survey.followUps.intro", { count: LATEST_ANSWERS })}
      </Typography.Paragraph>
      <Table<SurveyResponseRecord>
        rowKey="householdId"
        size="small"
        scroll={{ x: true }}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        loading={answers.value === undefined && answers.error === null}
        dataSource={answers.value?.records ?? []}
        data-testid="latest-answers"
        locale={{ emptyText: t("survey.followUps.noAnswers") }}
        columns={[
          { key: "household", title: t("survey.followUps.household"), dataIndex: "label" },
          {
            key: "at",
            title: t("survey.followUps.submittedAt"),
            render: (_: unknown, row) => formatTime(row.submittedAt, i18n.language, timeZone),
          },
          {
            key: "opinion",
            title: t("survey.followUps.opinion"),
            render: (_: unknown, row) => row.opinion ?? "—",
          },
          {
            key: "explain",
            title: "",
            render: (_: unknown, row) => (
              <Button
                size="small"
                data-testid={`explain-${row.householdId}`}
                onClick={() => {
                  setNote("");
                  setDays(3);
                  setAnswer(row);
                }}
              >
                {t("survey.followUps.explain")}
              </Button>
            ),
          },
        ]}
      />
      <Modal
        open={answer !== null}
        title={t("survey.followUps.modalTitle", { household: answer?.label ?? "" })}
        okText={t("survey.followUps.submit")}
        cancelText={t("survey.followUps.cancel")}
        confirmLoading={busy}
        okButtonProps={{ disabled: note.trim() === "" }}
        onOk={() => void plan()}
        onCancel={() => {
          setAnswer(null);
        }}
      >
        {answer?.opinion !== null && answer?.opinion !== undefined && (
          <Typography.Paragraph>
            <Typography.Text type="secondary">{t("survey.followUps.opinion")}:</Typography.Text>{" "}
            {answer.opinion}
          </Typography.Paragraph>
        )}
        <label htmlFor={noteId}>{t("survey.followUps.misunderstanding")}</label>
        <Input.TextArea
          id={noteId}
          data-testid="explain-note"
          rows={3}
          maxLength={480}
          value={note}
          onChange={(event) => {
            setNote(event.target.value);
          }}
        />
        <div className="survey-field" style={{ marginTop: 12 }}>
          <label htmlFor={daysId}>{t("survey.followUps.withinDays")}</label>
          <InputNumber
            id={daysId}
            min={0}
            max={30}
            precision={0}
            value={days}
            onChange={(value) => {
              setDays(value ?? 3);
            }}
          />
        </div>
      </Modal>
    </>
  );
}

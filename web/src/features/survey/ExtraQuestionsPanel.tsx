/**
 * A campaign's extra questions (C1 "optional extra questions"): their figures, live, like an
 * area's (answered, satisfied rate, mean), and for the director the form to add one (shown on
 * the public survey page at once) or to remove one nobody has answered, until the campaign
 * closes.
 */
import type { SurveyAggregateRecord } from "@domain/schema/surveyAggregateRecord.js";
import {
  MAX_EXTRA_QUESTIONS,
  type ExtraQuestion,
  type SurveyCampaign,
} from "@domain/schema/surveyCampaign.js";
import { appendExtraQuestion } from "@domain/survey/campaign.js";
import { Button, Input, message as antMessage, Space, Table, Typography } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { saveExtraQuestions } from "../../firebase/survey.js";
import { mean, percent } from "./figures.js";
import { useSurveyLanguage } from "./hooks.js";
import { errorMessage } from "../../app/errorMessage.js";

type Labels = Record<"zh-Hant" | "zh-Hans" | "en", string>;
const empty: Labels = { "zh-Hant": "", "zh-Hans": "", en: "" };
/** The text key of each language's field. */
const fieldLabel = { "zh-Hant": "zhHant", "zh-Hans": "zhHans", en: "en" } as const;

function AddQuestionForm({
  estateId,
  campaign,
}: {
  readonly estateId: string;
  readonly campaign: SurveyCampaign;
}) {
  const { t } = useTranslation();
  const [toast, toastHolder] = antMessage.useMessage();
  const baseId = useId();
  const [labels, setLabels] = useState<Labels>(empty);
  const [busy, setBusy] = useState(false);
  const full = campaign.extraQuestions.length >= MAX_EXTRA_QUESTIONS;

  const add = async () => {
    setBusy(true);
    try {
      const questions = appendExtraQuestion(campaign.extraQuestions, labels);
      await saveExtraQuestions(estateId, campaign.id, questions);
      setLabels(empty);
      void toast.success(t("survey.extra.added"));
    } catch (error) {
      void toast.error(t("survey.failed", { message: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset className="survey-fieldset" data-testid="extra-add">
      <legend>{t("survey.extra.addTitle")}</legend>
      {toastHolder}
      {full ? (
        <Typography.Text>{t("survey.extra.full", { max: MAX_EXTRA_QUESTIONS })}</Typography.Text>
      ) : (
        <Space orientation="vertical" style={{ width: "100%" }}>
          {(["zh-Hant", "zh-Hans", "en"] as const).map((language) => (
            <div key={language} className="survey-field">
              <label htmlFor={`${baseId}-${language}`}>
                {t(`survey.extra.${fieldLabel[language]}`)}
              </label>
              <Input
                id={`${baseId}-${language}`}
                data-testid={`extra-label-${language}`}
                maxLength={200}
                value={labels[language]}
                onChange={(event) => {
                  setLabels({ ...labels, [language]: event.target.value });
                }}
              />
            </div>
          ))}
          <Button
            type="primary"
            data-testid="extra-submit"
            loading={busy}
            disabled={labels["zh-Hant"].trim() === ""}
            onClick={() => void add()}
          >
            {t("survey.extra.add")}
          </Button>
        </Space>
      )}
    </fieldset>
  );
}

/** The extra questions with their figures; the director's form while the campaign is open. */
export function ExtraQuestionsPanel({
  estateId,
  campaign,
  aggregate,
  canEdit,
  closed,
}: {
  readonly estateId: string;
  readonly campaign: SurveyCampaign;
  readonly aggregate: SurveyAggregateRecord | null;
  readonly canEdit: boolean;
  readonly closed: boolean;
}) {
  const { t } = useTranslation();
  const language = useSurveyLanguage();
  const [toast, toastHolder] = antMessage.useMessage();
  const figuresOf = (key: string) => aggregate?.extraQuestions[key];

  const remove = async (key: string) => {
    try {
      await saveExtraQuestions(
        estateId,
        campaign.id,
        campaign.extraQuestions.filter((question) => question.key !== key),
      );
      void toast.success(t("survey.extra.removed"));
    } catch (error) {
      void toast.error(t("survey.failed", { message: errorMessage(error) }));
    }
  };

  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      {toastHolder}
      <Typography.Paragraph type="secondary">{t("survey.extra.intro")}</Typography.Paragraph>
      <Table<ExtraQuestion>
        rowKey="key"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={campaign.extraQuestions}
        data-testid="extra-table"
        locale={{ emptyText: t("survey.extra.none") }}
        columns={[
          {
            key: "question",
            title: t("survey.extra.question"),
            render: (_: unknown, question) => question.labels[language],
          },
          {
            key: "answered",
            title: t("survey.extra.answered"),
            render: (_: unknown, question) => figuresOf(question.key)?.answered ?? 0,
          },
          {
            key: "rate",
            title: t("survey.extra.rate"),
            render: (_: unknown, question) => percent(figuresOf(question.key)?.rate ?? null),
          },
          {
            key: "mean",
            title: t("survey.extra.mean"),
            render: (_: unknown, question) => mean(figuresOf(question.key)?.mean ?? null),
          },
          ...(canEdit && !closed
            ? [
                {
                  key: "remove",
                  title: "",
                  className: "no-print",
                  render: (_: unknown, question: ExtraQuestion) =>
                    (figuresOf(question.key)?.answered ?? 0) > 0 ? (
                      <Typography.Text type="secondary">
                        {t("survey.extra.answeredKept")}
                      </Typography.Text>
                    ) : (
                      <Button size="small" danger onClick={() => void remove(question.key)}>
                        {t("survey.extra.remove")}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {canEdit &&
        (closed ? (
          <Typography.Text type="secondary">{t("survey.extra.closed")}</Typography.Text>
        ) : (
          <AddQuestionForm estateId={estateId} campaign={campaign} />
        ))}
    </Space>
  );
}

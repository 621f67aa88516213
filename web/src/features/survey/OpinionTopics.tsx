/** The common opinions (共性意見, C2) with the director's merge, rename and hide edits. */
import type { SurveyAggregateRecord } from "@domain/schema/surveyAggregateRecord.js";
import type { SurveyTopicEdits } from "@domain/schema/surveyTopicEdits.js";
import type { TopicEdit } from "@domain/survey/commonOpinions.js";
import { Button, Checkbox, Input, message as antMessage, Modal, Space, Table, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { saveTopicEdits } from "../../firebase/survey.js";
import { areaLabel, useSurveyLanguage } from "./hooks.js";

type Topic = SurveyAggregateRecord["commonOpinions"][number];

/** The topics table; `canEdit` shows the edit actions; `onRectify` starts a task from a topic. */
export function OpinionTopics({
  estateId,
  campaignId,
  aggregate,
  topicEdits,
  canEdit,
  onRectify,
}: {
  estateId: string;
  campaignId: string;
  aggregate: SurveyAggregateRecord;
  topicEdits: SurveyTopicEdits | null;
  canEdit: boolean;
  onRectify?: (topic: string) => void;
}) {
  const { t } = useTranslation();
  const language = useSurveyLanguage();
  const [toast, toastHolder] = antMessage.useMessage();
  const [selected, setSelected] = useState<string[]>([]);
  const [dialog, setDialog] = useState<
    { kind: "rename"; topic: string; name: string } | { kind: "merge"; name: string } | null
  >(null);
  const edits = topicEdits?.edits ?? [];

  const save = async (next: readonly TopicEdit[]) => {
    try {
      await saveTopicEdits(estateId, campaignId, next, topicEdits);
      setSelected([]);
      void toast.success(t("survey.opinions.saved"));
    } catch (error) {
      void toast.error(t("survey.failed", { message: String(error) }));
    }
  };

  if (aggregate.commonOpinions.length === 0 && edits.length === 0) {
    return <p>{t("survey.opinions.none")}</p>;
  }
  return (
    <div data-testid="common-opinions">
      {toastHolder}
      {canEdit && (
        <Space wrap style={{ marginBottom: 8 }}>
          <Button
            disabled={selected.length < 2}
            onClick={() => {
              setDialog({ kind: "merge", name: selected[0] ?? "" });
            }}
          >
            {t("survey.opinions.merge")}
          </Button>
          {edits.length > 0 && (
            <>
              <span>{t("survey.opinions.edits", { count: edits.length })}</span>
              <Button onClick={() => void save(edits.slice(0, -1))}>
                {t("survey.opinions.undo")}
              </Button>
            </>
          )}
        </Space>
      )}
      <Table<Topic>
        rowKey="topic"
        size="small"
        pagination={false}
        dataSource={aggregate.commonOpinions}
        scroll={{ x: true }}
        columns={[
          ...(canEdit
            ? [
                {
                  key: "select",
                  title: "",
                  width: 40,
                  render: (_: unknown, topic: Topic) => (
                    <Checkbox
                      aria-label={topic.topic}
                      checked={selected.includes(topic.topic)}
                      onChange={(event) => {
                        setSelected((current) =>
                          event.target.checked
                            ? [...current, topic.topic]
                            : current.filter((name) => name !== topic.topic),
                        );
                      }}
                    />
                  ),
                },
              ]
            : []),
          { key: "topic", title: t("survey.opinions.topic"), dataIndex: "topic" },
          { key: "count", title: t("survey.opinions.count"), dataIndex: "count", width: 90 },
          {
            key: "areas",
            title: t("survey.opinions.areas"),
            render: (_: unknown, topic: Topic) =>
              topic.areas.map((area) => <Tag key={area}>{areaLabel(area, language)}</Tag>),
          },
          {
            key: "examples",
            title: t("survey.opinions.examples"),
            render: (_: unknown, topic: Topic) => (
              <ul className="survey-quotes">
                {topic.examples.map((quote) => (
                  <li key={quote}>「{quote}」</li>
                ))}
              </ul>
            ),
          },
          ...(canEdit
            ? [
                {
                  key: "actions",
                  title: "",
                  render: (_: unknown, topic: Topic) => (
                    <Space wrap>
                      <Button
                        size="small"
                        onClick={() => {
                          setDialog({ kind: "rename", topic: topic.topic, name: topic.topic });
                        }}
                      >
                        {t("survey.opinions.rename")}
                      </Button>
                      <Button
                        size="small"
                        onClick={() =>
                          void save([...edits, { action: "hide", topic: topic.topic }])
                        }
                      >
                        {t("survey.opinions.hide")}
                      </Button>
                      {onRectify !== undefined && (
                        <Button
                          size="small"
                          onClick={() => {
                            onRectify(topic.topic);
                          }}
                        >
                          {t("survey.dashboard.toRectify")}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={dialog !== null}
        title={dialog?.kind === "merge" ? t("survey.opinions.merge") : t("survey.opinions.rename")}
        onCancel={() => {
          setDialog(null);
        }}
        onOk={() => {
          if (dialog === null || dialog.name.trim() === "") return;
          const name = dialog.name.trim();
          const edit: TopicEdit =
            dialog.kind === "merge"
              ? { action: "merge", topics: selected, into: name }
              : { action: "rename", topic: dialog.topic, to: name };
          setDialog(null);
          void save([...edits, edit]);
        }}
      >
        <label>
          {dialog?.kind === "merge" ? t("survey.opinions.mergeInto") : t("survey.opinions.newName")}
          <Input
            value={dialog?.name ?? ""}
            maxLength={40}
            onChange={(event) => {
              setDialog((current) =>
                current === null ? null : { ...current, name: event.target.value },
              );
            }}
          />
        </label>
      </Modal>
    </div>
  );
}

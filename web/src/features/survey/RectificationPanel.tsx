/**
 * Rectification (整改, C3): the director turns a low area or a common opinion into a task for
 * a department with an owner and a deadline; the department reports progress and closes the
 * task with what was done; overdue tasks are marked.
 */
import type { Rectification, RectificationSource } from "@domain/schema/rectification.js";
import { isOverdue, rectificationProgress } from "@domain/schema/rectification.js";
import { departments, type Department, type Role } from "@domain/schema/role.js";
import { Button, Input, message as antMessage, Modal, Select, Space, Table, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  createRectification,
  updateRectification,
  type RectificationInput,
} from "../../firebase/survey.js";
import { areaLabel, formatTime, useSurveyLanguage } from "./hooks.js";

/** A task's source in words. */
export function SourceText({ source }: { source: RectificationSource }) {
  const { t } = useTranslation();
  const language = useSurveyLanguage();
  return (
    <>
      {source.kind === "area"
        ? t("survey.rectification.fromArea", { area: areaLabel(source.area, language) })
        : t("survey.rectification.fromTopic", { topic: source.topic })}
    </>
  );
}

/** The progress line of the report: how many tasks are done, in progress, open, overdue. */
export function ProgressLine({ tasks, now }: { tasks: readonly Rectification[]; now: Date }) {
  const { t } = useTranslation();
  return (
    <p data-testid="rectification-progress">
      {t("survey.rectification.progress", { ...rectificationProgress(tasks, now) })}
    </p>
  );
}

function localInput(date: Date): string {
  const shifted = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 16);
}

/** The form to create a task, opened from an area or a topic. */
export function NewRectification({
  estateId,
  campaignId,
  source,
  onClose,
}: {
  estateId: string;
  campaignId: string;
  source: RectificationSource | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [toast, toastHolder] = antMessage.useMessage();
  const [draft, setDraft] = useState<{
    title: string;
    department: Department;
    ownerName: string;
    deadline: string;
  }>(() => ({
    title: "",
    department: "customerService",
    ownerName: "",
    deadline: localInput(new Date(Date.now() + 30 * 86_400_000)),
  }));
  const submit = async () => {
    if (source === null) return;
    const deadline = new Date(draft.deadline);
    if (
      draft.title.trim() === "" ||
      draft.ownerName.trim() === "" ||
      Number.isNaN(deadline.getTime())
    ) {
      void toast.error(t("survey.rectification.needsFields"));
      return;
    }
    const input: RectificationInput = {
      source,
      title: draft.title.trim(),
      department: draft.department,
      ownerName: draft.ownerName.trim(),
      ownerUid: null,
      deadline,
    };
    try {
      await createRectification(estateId, campaignId, input);
      void toast.success(t("survey.rectification.created"));
      onClose();
    } catch (error) {
      void toast.error(t("survey.failed", { message: String(error) }));
    }
  };
  return (
    <Modal
      open={source !== null}
      title={t("survey.rectification.create")}
      onCancel={onClose}
      onOk={() => void submit()}
    >
      {toastHolder}
      {source !== null && (
        <p>
          {t("survey.rectification.source")}: <SourceText source={source} />
        </p>
      )}
      <Space orientation="vertical" style={{ width: "100%" }}>
        <label>
          {t("survey.rectification.taskTitle")}
          <Input.TextArea
            value={draft.title}
            maxLength={200}
            onChange={(event) => {
              setDraft({ ...draft, title: event.target.value });
            }}
          />
        </label>
        <label>
          {t("survey.rectification.department")}
          <Select
            style={{ width: "100%" }}
            value={draft.department}
            onChange={(department) => {
              setDraft({ ...draft, department });
            }}
            options={departments.map((department) => ({
              value: department,
              label: t(`roles.${department}`),
            }))}
          />
        </label>
        <label>
          {t("survey.rectification.owner")}
          <Input
            value={draft.ownerName}
            maxLength={60}
            onChange={(event) => {
              setDraft({ ...draft, ownerName: event.target.value });
            }}
          />
        </label>
        <label>
          {t("survey.rectification.deadline")}
          <Input
            type="datetime-local"
            value={draft.deadline}
            onChange={(event) => {
              setDraft({ ...draft, deadline: event.target.value });
            }}
          />
        </label>
      </Space>
    </Modal>
  );
}

/** The task list with progress reporting for whoever may report it. */
export function RectificationList({
  estateId,
  campaignId,
  tasks,
  role,
  timeZone,
  now,
}: {
  estateId: string;
  campaignId: string;
  tasks: readonly Rectification[];
  role: Role;
  timeZone: string;
  now: Date;
}) {
  const { t, i18n } = useTranslation();
  const [toast, toastHolder] = antMessage.useMessage();
  const [editing, setEditing] = useState<{
    task: Rectification;
    note: string;
    outcome: string;
  } | null>(null);
  const mayReport = (task: Rectification) =>
    task.status !== "done" && (role === "director" || role === "admin" || role === task.department);
  const report = async (status: Rectification["status"]) => {
    if (editing === null) return;
    if (status === "done" && editing.outcome.trim() === "") {
      void toast.error(t("survey.rectification.outcomeRequired"));
      return;
    }
    try {
      await updateRectification(estateId, campaignId, editing.task.id, {
        status,
        progressNote: editing.note.trim(),
        outcome: editing.outcome.trim() === "" ? null : editing.outcome.trim(),
      });
      setEditing(null);
    } catch (error) {
      void toast.error(t("survey.failed", { message: String(error) }));
    }
  };
  if (tasks.length === 0) return <p>{t("survey.rectification.none")}</p>;
  return (
    <>
      {toastHolder}
      <ProgressLine tasks={tasks} now={now} />
      <Table<Rectification>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...tasks]}
        scroll={{ x: true }}
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
                {isOverdue(task, now) && <Tag color="red">{t("survey.rectification.overdue")}</Tag>}
              </>
            ),
          },
          {
            key: "status",
            title: t("survey.rectification.status"),
            render: (_: unknown, task) => (
              <>
                <Tag
                  color={
                    task.status === "done"
                      ? "green"
                      : task.status === "inProgress"
                        ? "blue"
                        : "default"
                  }
                >
                  {t(`survey.rectification.statuses.${task.status}`)}
                </Tag>
                <div>{task.status === "done" ? task.outcome : task.progressNote}</div>
              </>
            ),
          },
          {
            key: "actions",
            title: "",
            render: (_: unknown, task) =>
              mayReport(task) && (
                <Button
                  size="small"
                  onClick={() => {
                    setEditing({ task, note: task.progressNote, outcome: task.outcome ?? "" });
                  }}
                >
                  {t("survey.rectification.save")}
                </Button>
              ),
          },
        ]}
      />
      <Modal
        open={editing !== null}
        title={editing?.task.title}
        onCancel={() => {
          setEditing(null);
        }}
        footer={[
          <Button key="progress" onClick={() => void report("inProgress")}>
            {t("survey.rectification.save")}
          </Button>,
          <Button key="done" type="primary" onClick={() => void report("done")}>
            {t("survey.rectification.close")}
          </Button>,
        ]}
      >
        <Space orientation="vertical" style={{ width: "100%" }}>
          <label>
            {t("survey.rectification.progressNote")}
            <Input.TextArea
              value={editing?.note ?? ""}
              maxLength={500}
              onChange={(event) => {
                setEditing((current) =>
                  current === null ? null : { ...current, note: event.target.value },
                );
              }}
            />
          </label>
          <label>
            {t("survey.rectification.outcome")}
            <Input.TextArea
              value={editing?.outcome ?? ""}
              maxLength={1000}
              onChange={(event) => {
                setEditing((current) =>
                  current === null ? null : { ...current, outcome: event.target.value },
                );
              }}
            />
          </label>
        </Space>
      </Modal>
    </>
  );
}

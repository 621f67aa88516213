import { Button, Card, Input, List, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CallbackTask } from "@domain/schema/callbackTask.js";
import { formatCallTime } from "./format.js";
import { loadCalls } from "./useCallsLive.js";
import { errorMessage } from "../../app/errorMessage.js";

function CallbackItem({
  task,
  estateId,
  timeZone,
  onNotice,
}: {
  task: CallbackTask;
  estateId: string;
  timeZone: string;
  onNotice: (text: string, failed?: boolean) => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState("");
  const [saving, setSaving] = useState(false);

  async function markDone(): Promise<void> {
    if (note.trim() === "") {
      onNotice(t("calls.callbacks.noteRequired"), true);
      return;
    }
    setSaving(true);
    try {
      const calls = await loadCalls();
      await calls.markCallbackDone(estateId, task.id, note);
      onNotice(t("calls.callbacks.done"));
    } catch (error) {
      onNotice(
        t("calls.callbacks.failed", {
          message: errorMessage(error),
        }),
        true,
      );
      setSaving(false);
    }
  }

  return (
    <List.Item data-testid="calls-callback">
      <Space wrap size={[12, 4]} style={{ width: "100%" }}>
        <Typography.Text strong>{formatCallTime(task.start, timeZone)}</Typography.Text>
        <Typography.Text strong>{task.number === "" ? "—" : task.number}</Typography.Text>
        <Typography.Text type="secondary">{task.line}</Typography.Text>
        <Input
          aria-label={t("calls.callbacks.note")}
          placeholder={t("calls.callbacks.note")}
          maxLength={500}
          value={note}
          onChange={(event) => {
            setNote(event.target.value);
          }}
          onPressEnter={() => void markDone()}
          style={{ minWidth: 220, flex: 1 }}
        />
        <Button loading={saving} onClick={() => void markDone()}>
          {t("calls.callbacks.markDone")}
        </Button>
      </Space>
    </List.Item>
  );
}

/** B2.5a: missed calls to call back (never findings), live; each marked done with a note. */
export function CallbackList({
  tasks,
  estateId,
  timeZone,
  onNotice,
}: {
  tasks: readonly CallbackTask[];
  estateId: string;
  timeZone: string;
  onNotice: (text: string, failed?: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t("calls.callbacks.title", { count: tasks.length })}
      data-testid="calls-callbacks"
    >
      <List
        dataSource={[...tasks]}
        locale={{ emptyText: t("calls.callbacks.empty") }}
        renderItem={(task) => (
          <CallbackItem
            key={task.id}
            task={task}
            estateId={estateId}
            timeZone={timeZone}
            onNotice={onNotice}
          />
        )}
      />
    </Card>
  );
}

import { Alert, Button, Card, Input, List, Modal, Space, Tag, Typography } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CallFlag, StoredNearRecord } from "@domain/schema/callFlag.js";
import { receptionCategories, type ReceptionCategory } from "@domain/schema/reception.js";
import { loadDesk } from "../desk/useDeskLive.js";
import { formatCallTime, formatDuration, missingRecordDraft } from "./format.js";
import { loadCalls } from "./useCallsLive.js";
import { errorMessage } from "../../app/errorMessage.js";

const labelStyle: React.CSSProperties = { display: "block", fontWeight: 600, marginBottom: 4 };
const selectStyle: React.CSSProperties = {
  width: "100%",
  height: 32,
  padding: "0 8px",
  border: "1px solid #d9d9d9",
  borderRadius: 6,
  background: "#fff",
};

function NearRecordLine({ near, timeZone }: { near: StoredNearRecord; timeZone: string }) {
  const { t } = useTranslation();
  const values = {
    time: formatCallTime(near.at, timeZone),
    number: near.number === "" ? "—" : near.number,
    minutes: near.minutes ?? 0,
  };
  const key =
    near.reason === "number-differs"
      ? "numberDiffers"
      : near.reason === "outside-window"
        ? "outsideWindow"
        : "matchedElsewhere";
  return <li>{t(`calls.reasons.${key}`, values)}</li>;
}

/** The missing record of a flag, prefilled (channel, number, time); saved with the desk's write. */
function RecordDialog({
  flag,
  estateId,
  timeZone,
  onClose,
}: {
  flag: CallFlag;
  estateId: string;
  timeZone: string;
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const categoryId = useId();
  const contentId = useId();
  const outcomeId = useId();
  const draft = missingRecordDraft(flag);
  const [category, setCategory] = useState<ReceptionCategory>("inquiry");
  const [content, setContent] = useState(t("calls.record.defaultContent"));
  const [outcome, setOutcome] = useState("");
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function save(): Promise<void> {
    if (content.trim() === "") {
      setProblem(t("calls.record.contentRequired"));
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      const desk = await loadDesk();
      await desk.createReception(estateId, timeZone, {
        channel: draft.channel,
        at: draft.at,
        callerNumber: draft.callerNumber,
        callerName: "",
        householdId: null,
        personId: null,
        category,
        content: content.trim(),
        outcome: outcome.trim(),
        ticketId: null,
        amends: null,
        amendReason: null,
      });
      onClose(true);
    } catch (error) {
      setProblem(t("calls.record.failed", { message: errorMessage(error) }));
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={t("calls.record.title")}
      okText={t("calls.record.save")}
      cancelText={t("calls.record.cancel")}
      okButtonProps={{ loading: saving, "data-testid": "calls-record-save" }}
      onOk={() => void save()}
      onCancel={() => {
        onClose(false);
      }}
    >
      <Space orientation="vertical" style={{ width: "100%" }} data-testid="calls-record-dialog">
        <Typography.Text strong>
          {t("calls.record.call", {
            time: formatCallTime(draft.at, timeZone),
            direction: t(`calls.directions.${flag.direction}`),
            number: draft.callerNumber,
          })}
        </Typography.Text>
        <div>
          <label htmlFor={categoryId} style={labelStyle}>
            {t("calls.record.category")}
          </label>
          <select
            id={categoryId}
            style={selectStyle}
            value={category}
            onChange={(event) => {
              setCategory(event.target.value as ReceptionCategory);
            }}
          >
            {receptionCategories.map((value) => (
              <option key={value} value={value}>
                {t(`desk.categories.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={contentId} style={labelStyle}>
            {t("calls.record.content")}
          </label>
          <Input.TextArea
            id={contentId}
            data-testid="calls-record-content"
            autoFocus
            rows={3}
            maxLength={2000}
            value={content}
            onChange={(event) => {
              setContent(event.target.value);
            }}
          />
        </div>
        <div>
          <label htmlFor={outcomeId} style={labelStyle}>
            {t("calls.record.outcome")}
          </label>
          <Input.TextArea
            id={outcomeId}
            rows={2}
            maxLength={2000}
            value={outcome}
            onChange={(event) => {
              setOutcome(event.target.value);
            }}
          />
        </div>
        {problem !== null && <Alert type="error" showIcon title={problem} />}
      </Space>
    </Modal>
  );
}

/** A director's or admin's clearing of a flag, only with a reason. */
function ClearDialog({
  flag,
  estateId,
  onClose,
}: {
  flag: CallFlag;
  estateId: string;
  onClose: (cleared: boolean) => void;
}) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [reason, setReason] = useState("");
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function clear(): Promise<void> {
    if (reason.trim() === "") {
      setProblem(t("calls.clear.reasonRequired"));
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      const calls = await loadCalls();
      await calls.clearCallFlag(estateId, flag.id, reason.trim());
      onClose(true);
    } catch (error) {
      setProblem(t("calls.clear.failed", { message: errorMessage(error) }));
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={t("calls.clear.title")}
      okText={t("calls.clear.confirm")}
      cancelText={t("calls.record.cancel")}
      okButtonProps={{ loading: saving, danger: true }}
      onOk={() => void clear()}
      onCancel={() => {
        onClose(false);
      }}
    >
      <label htmlFor={reasonId} style={labelStyle}>
        {t("calls.clear.reason")}
      </label>
      <Input.TextArea
        id={reasonId}
        autoFocus
        rows={3}
        maxLength={500}
        value={reason}
        onChange={(event) => {
          setReason(event.target.value);
        }}
      />
      {problem !== null && <Alert type="error" showIcon title={problem} style={{ marginTop: 8 }} />}
    </Modal>
  );
}

/** B2.5a: the open unlogged calls, live, each with its nearest records and one-click record. */
export function FlagList({
  flags,
  estateId,
  timeZone,
  mayClear,
  staffNames,
  onNotice,
}: {
  flags: readonly CallFlag[];
  estateId: string;
  timeZone: string;
  mayClear: boolean;
  staffNames: ReadonlyMap<string, string>;
  onNotice: (text: string) => void;
}) {
  const { t } = useTranslation();
  const [recording, setRecording] = useState<CallFlag | null>(null);
  const [clearing, setClearing] = useState<CallFlag | null>(null);

  return (
    <Card
      size="small"
      title={t("calls.flags.title", { count: flags.length })}
      data-testid="calls-flags"
    >
      <List
        dataSource={[...flags]}
        locale={{ emptyText: t("calls.flags.empty") }}
        renderItem={(flag) => (
          <List.Item
            key={flag.id}
            data-testid="calls-flag"
            data-number={flag.number}
            actions={[
              <Button
                key="record"
                type="primary"
                data-testid="calls-write-record"
                onClick={() => {
                  setRecording(flag);
                }}
              >
                {t("calls.flags.writeRecord")}
              </Button>,
              ...(mayClear
                ? [
                    <Button
                      key="clear"
                      onClick={() => {
                        setClearing(flag);
                      }}
                    >
                      {t("calls.flags.clear")}
                    </Button>,
                  ]
                : []),
            ]}
            style={{ flexWrap: "wrap" }}
          >
            <div style={{ minWidth: 0 }}>
              <Space wrap size={[12, 4]}>
                <Typography.Text strong>{formatCallTime(flag.start, timeZone)}</Typography.Text>
                <Typography.Text strong>
                  {flag.number === "" ? t("calls.flags.withheld") : flag.number}
                </Typography.Text>
                <Tag>{t(`calls.directions.${flag.direction}`)}</Tag>
                <span>
                  {t("calls.flags.duration")} {formatDuration(flag.seconds)}
                </span>
                <span>
                  {t("calls.flags.onDuty")}:{" "}
                  {flag.onDuty.length === 0
                    ? t("calls.flags.team")
                    : flag.onDuty.map((id) => staffNames.get(id) ?? id).join("、")}
                </span>
                <Typography.Text type="secondary">{flag.line}</Typography.Text>
              </Space>
              <div style={{ marginTop: 4 }}>
                <Typography.Text type="secondary">{t("calls.flags.nearest")}:</Typography.Text>
                {flag.nearest.length === 0 ? (
                  <Typography.Text type="secondary"> {t("calls.flags.noNearest")}</Typography.Text>
                ) : (
                  <ul style={{ margin: "2px 0 0", paddingInlineStart: 20 }}>
                    {flag.nearest.map((near) => (
                      <NearRecordLine key={near.receptionId} near={near} timeZone={timeZone} />
                    ))}
                  </ul>
                )}
              </div>
            </div>
          </List.Item>
        )}
      />
      {recording !== null && (
        <RecordDialog
          flag={recording}
          estateId={estateId}
          timeZone={timeZone}
          onClose={(saved) => {
            setRecording(null);
            if (saved) onNotice(t("calls.record.saved"));
          }}
        />
      )}
      {clearing !== null && (
        <ClearDialog
          flag={clearing}
          estateId={estateId}
          onClose={(cleared) => {
            setClearing(null);
            if (cleared) onNotice(t("calls.clear.done"));
          }}
        />
      )}
    </Card>
  );
}

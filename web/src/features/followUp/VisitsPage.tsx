import { Alert, Button, Checkbox, Input, List, Modal, Select, Space, Tag, Typography } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  ownerSatisfactions,
  visitChannels,
  type OwnerSatisfaction,
  type VisitChannel,
} from "@domain/followUp/returnVisit.js";
import type { StoredReturnVisit } from "@domain/schema/returnVisit.js";
import { DEFAULT_TIME_ZONE } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import type { Records } from "../../firebase/firestore.js";
import { formatInstant } from "./dashboardRows.js";
import { EscalateToMeetingButton } from "./EscalateToMeetingButton.js";
import { loadFollowUp, useFollowUpLive } from "./useFollowUpLive.js";

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");

/** C4, C7: the record of a made visit. */
function VisitDialog({
  estateId,
  visit,
  onClose,
}: {
  estateId: string;
  visit: StoredReturnVisit | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ids = {
    channel: useId(),
    heard: useId(),
    criticism: useId(),
    suggestions: useId(),
    satisfaction: useId(),
    note: useId(),
  };
  const [channel, setChannel] = useState<VisitChannel>("phone");
  const [heard, setHeard] = useState("");
  const [criticism, setCriticism] = useState("");
  const [suggestions, setSuggestions] = useState("");
  const [satisfaction, setSatisfaction] = useState<OwnerSatisfaction>("satisfied");
  const [misunderstanding, setMisunderstanding] = useState(false);
  const [note, setNote] = useState("");
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    if (visit === null) return;
    if (heard.trim() === "" || (misunderstanding && note.trim() === "")) {
      setError(t("followUp.promise.required"));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const followUp = await loadFollowUp();
      await followUp.recordReturnVisit({
        estateId,
        visitId: visit.id,
        channel,
        heard: heard.trim(),
        criticismAccepted: lines(criticism),
        suggestionsAdopted: lines(suggestions),
        ownerSatisfaction: satisfaction,
        misunderstandingExplained: misunderstanding,
        misunderstandingNote: misunderstanding ? note.trim() : null,
      });
      onClose();
    } catch (failure) {
      setError(t("followUp.failed", { message: String(failure) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={visit !== null}
      title={t("followUp.visits.formTitle")}
      okText={t("followUp.visits.save")}
      onOk={() => void save()}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      <div style={{ display: "grid", gap: 8 }}>
        <label htmlFor={ids.channel}>{t("followUp.visits.channel")}</label>
        <Select
          id={ids.channel}
          value={channel}
          onChange={setChannel}
          options={visitChannels.map((each) => ({
            value: each,
            label: t(`followUp.visits.channels.${each}`),
          }))}
        />
        <label htmlFor={ids.heard}>{t("followUp.visits.heard")}</label>
        <Input.TextArea
          id={ids.heard}
          value={heard}
          onChange={(event) => {
            setHeard(event.target.value);
          }}
          autoSize={{ minRows: 2 }}
        />
        <label htmlFor={ids.criticism}>{t("followUp.visits.criticism")}</label>
        <Input.TextArea
          id={ids.criticism}
          value={criticism}
          onChange={(event) => {
            setCriticism(event.target.value);
          }}
          autoSize={{ minRows: 1 }}
        />
        <label htmlFor={ids.suggestions}>{t("followUp.visits.suggestions")}</label>
        <Input.TextArea
          id={ids.suggestions}
          value={suggestions}
          onChange={(event) => {
            setSuggestions(event.target.value);
          }}
          autoSize={{ minRows: 1 }}
        />
        <label htmlFor={ids.satisfaction}>{t("followUp.visits.satisfaction")}</label>
        <Select
          id={ids.satisfaction}
          value={satisfaction}
          onChange={setSatisfaction}
          options={ownerSatisfactions.map((each) => ({
            value: each,
            label: t(`followUp.visits.satisfactions.${each}`),
          }))}
        />
        <Checkbox
          checked={misunderstanding}
          onChange={(event) => {
            setMisunderstanding(event.target.checked);
          }}
        >
          {t("followUp.visits.misunderstanding")}
        </Checkbox>
        {misunderstanding && (
          <>
            <label htmlFor={ids.note}>{t("followUp.visits.misunderstandingNote")}</label>
            <Input.TextArea
              id={ids.note}
              value={note}
              onChange={(event) => {
                setNote(event.target.value);
              }}
              autoSize={{ minRows: 2 }}
            />
          </>
        )}
        {error !== null && <Alert type="error" showIcon title={error} />}
      </div>
    </Modal>
  );
}

/** Return and household visits to make (C6), earliest planned first, each recordable. */
export default function VisitsPage() {
  const { t } = useTranslation();
  const { estateId, estate } = useEstate();
  const zone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const [recording, setRecording] = useState<StoredReturnVisit | null>(null);
  const visits = useFollowUpLive<Records<StoredReturnVisit>>(
    `visits:${estateId}`,
    (followUp, onData, onError) => followUp.watchVisitsNotMade(estateId, onData, onError),
  );
  const sorted =
    visits.status === "ready"
      ? [...visits.value.records].sort((a, b) => a.plannedFor.getTime() - b.plannedFor.getTime())
      : [];

  return (
    <section aria-labelledby="visits-title">
      <Typography.Title id="visits-title" level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {t("followUp.visits.title")}
      </Typography.Title>
      {visits.status === "failed" && (
        <Alert
          type="error"
          showIcon
          title={t("followUp.loadFailed", { message: visits.message })}
        />
      )}
      <List
        loading={visits.status === "loading"}
        locale={{ emptyText: t("followUp.visits.empty") }}
        dataSource={sorted}
        renderItem={(visit) => (
          <List.Item
            key={visit.id}
            actions={[
              <Button
                key="record"
                onClick={() => {
                  setRecording(visit);
                }}
              >
                {t("followUp.dashboard.record")}
              </Button>,
              // C9: what the visit brought up may go to the regular meeting with its history.
              <EscalateToMeetingButton
                key="escalate"
                size="middle"
                source={{ kind: "visit", id: visit.id }}
                title={
                  visit.note !== ""
                    ? visit.note
                    : `${t(`followUp.visits.reason.${visit.reason}`)} ${visit.householdId}`
                }
              />,
            ]}
          >
            <Space wrap>
              <Tag>{t(`followUp.visits.reason.${visit.reason}`)}</Tag>
              <Typography.Text>
                {t("followUp.visits.household")} {visit.householdId}
              </Typography.Text>
              {visit.note !== "" && (
                <Typography.Text type="secondary">{visit.note}</Typography.Text>
              )}
              <Typography.Text type="secondary">
                {t("followUp.visits.plannedFor", { time: formatInstant(visit.plannedFor, zone) })}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <VisitDialog
        estateId={estateId}
        visit={recording}
        onClose={() => {
          setRecording(null);
        }}
      />
    </section>
  );
}

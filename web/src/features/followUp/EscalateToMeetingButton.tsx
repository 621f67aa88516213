import { Alert, Button, Input, Modal } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { DEFAULT_TIME_ZONE } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import type { EscalateToMeetingRequest } from "../../firebase/followUp.js";
import { instantOfLocal } from "./dashboardRows.js";
import { loadFollowUp } from "./useFollowUpLive.js";

/**
 * "To the meeting" (C9): sends a major issue — a reception, ticket, promise or visit — with its
 * history to the next regular meeting's agenda. Self-contained: place it on any row or page
 * with the source's kind and id. Shown only to those who may escalate (customer service, the
 * director, admin); escalating the same matter again finds the item already there.
 */
export function EscalateToMeetingButton({
  source,
  title,
  size = "small",
}: {
  source: EscalateToMeetingRequest["source"];
  /** The agenda title proposed (the matter's own title, question or note). */
  title: string;
  size?: "small" | "middle";
}) {
  const { t } = useTranslation();
  const { estateId, estate, role } = useEstate();
  const zone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const ids = { title: useId(), when: useId() };
  const [open, setOpen] = useState(false);
  const [agendaTitle, setAgendaTitle] = useState(title.slice(0, 200));
  const [when, setWhen] = useState("");
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<{ meetingId: string; created: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (role !== "customerService" && role !== "director" && role !== "admin") return null;

  const submit = async () => {
    setSaving(true);
    setError(null);
    try {
      const followUp = await loadFollowUp();
      const at = when === "" ? null : instantOfLocal(when, zone);
      const answer = await followUp.escalateToMeeting({
        estateId,
        source,
        ...(agendaTitle.trim() === "" ? {} : { title: agendaTitle.trim() }),
        ...(at === null ? {} : { scheduledFor: at.toISOString() }),
      });
      setResult({ meetingId: answer.meetingId, created: answer.created });
    } catch (failure) {
      setError(t("meetings.failed", { message: String(failure) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button
        size={size}
        data-testid={`escalate-${source.kind}-${source.id}`}
        onClick={() => {
          setResult(null);
          setError(null);
          setOpen(true);
        }}
      >
        {t("meetings.escalate.button")}
      </Button>
      <Modal
        open={open}
        title={t("meetings.escalate.title", { title })}
        okText={t("meetings.escalate.submit")}
        cancelText={t("meetings.escalate.cancel")}
        okButtonProps={{ disabled: result !== null, "data-testid": "escalate-submit" }}
        onOk={() => void submit()}
        confirmLoading={saving}
        onCancel={() => {
          setOpen(false);
        }}
        destroyOnHidden
      >
        <p>{t("meetings.escalate.explain")}</p>
        <label htmlFor={ids.title}>{t("meetings.escalate.titleLabel")}</label>
        <Input
          id={ids.title}
          maxLength={200}
          value={agendaTitle}
          onChange={(event) => {
            setAgendaTitle(event.target.value);
          }}
        />
        <div style={{ marginTop: 8 }}>
          <label htmlFor={ids.when}>{t("meetings.escalate.when")}</label>
          <Input
            id={ids.when}
            type="datetime-local"
            value={when}
            onChange={(event) => {
              setWhen(event.target.value);
            }}
          />
        </div>
        {result !== null && (
          <Alert
            type="success"
            showIcon
            role="status"
            style={{ marginTop: 8 }}
            data-testid="escalate-done"
            title={result.created ? t("meetings.escalate.added") : t("meetings.escalate.already")}
            description={
              <Link to={`/meetings/${result.meetingId}`}>{t("meetings.escalate.openMeeting")}</Link>
            }
          />
        )}
        {error !== null && (
          <Alert type="error" showIcon role="alert" title={error} style={{ marginTop: 8 }} />
        )}
      </Modal>
    </>
  );
}

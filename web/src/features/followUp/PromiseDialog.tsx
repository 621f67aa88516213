import { Alert, Input, Modal, Select } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { instantOfLocal, localOfInstant } from "./dashboardRows.js";
import { loadFollowUp } from "./useFollowUpLive.js";

/** A record a promise can be attached to, as the desk lists it. */
export interface PromiseRecordChoice {
  receptionId: string;
  label: string;
  householdId: string | null;
}

/**
 * C8 預約答復時間: a question that could not be answered on the spot, on a reception record,
 * with the answer time agreed with the owner (entered in the estate's zone).
 */
export function PromiseDialog({
  estateId,
  zone,
  open,
  choices,
  initialReceptionId,
  onClose,
  onSaved,
}: {
  estateId: string;
  zone: string;
  open: boolean;
  choices: readonly PromiseRecordChoice[];
  initialReceptionId: string | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const ids = { reception: useId(), question: useId(), due: useId() };
  const [receptionId, setReceptionId] = useState<string | null>(initialReceptionId);
  const [question, setQuestion] = useState("");
  const [due, setDue] = useState(() => localOfInstant(new Date(Date.now() + 86_400_000), zone));
  const [requestId] = useState(() => crypto.randomUUID());
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Until the staff member picks one, the latest record of the day (the one just taken).
  const chosen =
    choices.find((choice) => choice.receptionId === receptionId) ??
    (receptionId === null ? (choices[0] ?? null) : null);

  const save = async () => {
    const answerDueAt = instantOfLocal(due, zone);
    if (chosen === null || question.trim() === "" || answerDueAt === null) {
      setError(t("followUp.promise.required"));
      return;
    }
    if (answerDueAt.getTime() <= Date.now()) {
      setError(t("followUp.promise.dueInPast"));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const followUp = await loadFollowUp();
      await followUp.recordPromise({
        estateId,
        requestId,
        householdId: chosen.householdId,
        record: { kind: "reception", receptionId: chosen.receptionId },
        question: question.trim(),
        answerDueAt: answerDueAt.toISOString(),
      });
      setQuestion("");
      onSaved();
    } catch (failure) {
      setError(t("followUp.failed", { message: String(failure) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t("followUp.promise.formTitle")}
      okText={t("followUp.promise.save")}
      okButtonProps={{ id: "promise-save" }}
      onOk={() => void save()}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      <div style={{ display: "grid", gap: 8 }}>
        <label htmlFor={ids.reception}>{t("followUp.promise.reception")}</label>
        <Select
          id={ids.reception}
          data-testid="promise-reception"
          value={chosen?.receptionId ?? null}
          onChange={setReceptionId}
          options={choices.map((choice) => ({ value: choice.receptionId, label: choice.label }))}
          showSearch={{ optionFilterProp: "label" }}
        />
        <label htmlFor={ids.question}>{t("followUp.promise.question")}</label>
        <Input.TextArea
          id={ids.question}
          data-testid="promise-question"
          value={question}
          onChange={(event) => {
            setQuestion(event.target.value);
          }}
          autoSize={{ minRows: 2 }}
          maxLength={1000}
        />
        <label htmlFor={ids.due}>{t("followUp.promise.dueAt")}</label>
        <Input
          id={ids.due}
          data-testid="promise-due"
          type="datetime-local"
          value={due}
          onChange={(event) => {
            setDue(event.target.value);
          }}
        />
        {error !== null && <Alert type="error" showIcon title={error} />}
      </div>
    </Modal>
  );
}

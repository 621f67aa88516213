import { Alert, Input, Modal } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { loadFollowUp } from "./useFollowUpLive.js";

/** C8: records the answer given to the owner, which closes the promise. */
export function AnswerPromiseDialog({
  estateId,
  promiseId,
  question,
  onClose,
  onAnswered,
}: {
  estateId: string;
  promiseId: string | null;
  question: string;
  onClose: () => void;
  onAnswered: () => void;
}) {
  const { t } = useTranslation();
  const textId = useId();
  const [text, setText] = useState("");
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    if (promiseId === null) return;
    if (text.trim() === "") {
      setError(t("followUp.promise.required"));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const followUp = await loadFollowUp();
      await followUp.answerPromise({ estateId, promiseId, text: text.trim() });
      setText("");
      onAnswered();
    } catch (failure) {
      setError(t("followUp.failed", { message: String(failure) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={promiseId !== null}
      title={t("followUp.promise.answerTitle")}
      okText={t("followUp.promise.answerSave")}
      onOk={() => void save()}
      confirmLoading={saving}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>{question}</p>
      <label htmlFor={textId}>{t("followUp.promise.answerText")}</label>
      <Input.TextArea
        id={textId}
        data-testid="promise-answer-text"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
        }}
        autoSize={{ minRows: 3 }}
        maxLength={2000}
      />
      {error !== null && <Alert type="error" showIcon title={error} style={{ marginTop: 8 }} />}
    </Modal>
  );
}

import { Alert, Modal } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  receptionCategories,
  type Reception,
  type ReceptionCategory,
} from "@domain/schema/reception.js";
import { categoryShortcut } from "./deskForm.js";
import { loadDesk } from "./useDeskLive.js";

const fieldStyle: React.CSSProperties = {
  width: "100%",
  padding: "4px 8px",
  border: "1px solid #d9d9d9",
  borderRadius: 6,
  background: "#fff",
  fontSize: 14,
};
const labelStyle: React.CSSProperties = { display: "block", fontWeight: 600, margin: "8px 0 4px" };

/**
 * The author's edit of their own record while it is not archived (B.1.1–4; the rules refuse
 * anyone else, and any archived record: that one is amended instead). Category, content and
 * outcome can change; the contact's channel, number and time stay as recorded.
 */
export function EditReceptionDialog(props: {
  readonly estateId: string;
  readonly reception: Reception;
  readonly onClose: () => void;
  /** Called once the edit is stored (the dialog is then closed by the caller). */
  readonly onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { reception } = props;
  const ids = { category: useId(), content: useId(), outcome: useId() };
  const [category, setCategory] = useState<ReceptionCategory>(reception.category);
  const [content, setContent] = useState(reception.content);
  const [outcome, setOutcome] = useState(reception.outcome);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const missingContent = content.trim() === "";

  const save = async () => {
    if (missingContent) {
      setFailure(t("desk.problems.content"));
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      const desk = await loadDesk();
      await desk.updateReception(props.estateId, reception.id, {
        category,
        content: content.trim(),
        outcome: outcome.trim(),
      });
      props.onSaved();
    } catch (error) {
      // Most often: the shift was handed over meanwhile, so the record is archived.
      setFailure(t("desk.edit.failed", { message: String(error) }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t("desk.edit.title")}
      okText={t("desk.edit.save")}
      cancelText={t("desk.edit.cancel")}
      confirmLoading={saving}
      onOk={() => {
        void save();
      }}
      onCancel={props.onClose}
      okButtonProps={{ "data-testid": "desk-edit-save" }}
    >
      <form
        data-testid="desk-edit-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <label htmlFor={ids.category} style={labelStyle}>
          {t("desk.category")}
        </label>
        <select
          id={ids.category}
          style={{ ...fieldStyle, height: 32 }}
          value={category}
          onChange={(event) => {
            setCategory(event.target.value as ReceptionCategory);
          }}
        >
          {receptionCategories.map((value) => (
            <option key={value} value={value}>
              {`${categoryShortcut(value)} ${t(`desk.categories.${value}`)}`}
            </option>
          ))}
        </select>
        <label htmlFor={ids.content} style={labelStyle}>
          {t("desk.content")}
        </label>
        <textarea
          id={ids.content}
          data-testid="desk-edit-content"
          rows={3}
          maxLength={2000}
          value={content}
          aria-invalid={missingContent}
          onChange={(event) => {
            setContent(event.target.value);
          }}
          style={{ ...fieldStyle, resize: "vertical" }}
        />
        <label htmlFor={ids.outcome} style={labelStyle}>
          {t("desk.outcome")}
        </label>
        <input
          id={ids.outcome}
          data-testid="desk-edit-outcome"
          maxLength={2000}
          value={outcome}
          onChange={(event) => {
            setOutcome(event.target.value);
          }}
          style={{ ...fieldStyle, height: 32 }}
        />
        {failure !== null && (
          <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} title={failure} />
        )}
      </form>
    </Modal>
  );
}

import { Alert, Button, Checkbox, Form, Input, Modal, Radio, Select, Space } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  MAX_EVIDENCE_PHOTOS,
  manualRuleCodes,
  teamIds,
  type ManualRuleCode,
} from "@domain/assessment/findingReview.js";
import type { Staff } from "@domain/schema/staff.js";
import { fromLocalParts, monthOf, toZonedIso } from "@domain/time.js";
import { recordManualFinding } from "../../firebase/assessment.js";
import { ruleLanguage, ruleOf } from "./format.js";
import { photoToDataUrl } from "./photo.js";

interface Values {
  rule: ManualRuleCode;
  chargeTo: "person" | "team";
  staffId?: string;
  teamId?: (typeof teamIds)[number];
  at: string;
  evidenceText: string;
  recordPath?: string;
  referForDismissal?: boolean;
  confirmed?: boolean;
}

/** A fresh id for one filling of the form: a retried submit records the finding once. */
function newRequestId(): string {
  return crypto.randomUUID().replaceAll("-", "");
}

/** The director's form for a manual finding (B2.3, B2.4a–c, B2.6, B2.7–9, B2.11, B2.13). */
export function ManualFindingForm({
  estateId,
  timeZone,
  staff,
  teamName,
  open,
  onClose,
  onSaved,
}: {
  readonly estateId: string;
  readonly timeZone: string;
  readonly staff: readonly Staff[];
  readonly teamName: (teamId: string) => string;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onSaved: (findingId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = ruleLanguage(i18n.language);
  const [form] = Form.useForm<Values>();
  const [requestId, setRequestId] = useState(newRequestId);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [photos, setPhotos] = useState<{ name: string; dataUrl: string }[]>([]);
  const [readingPhoto, setReadingPhoto] = useState(false);
  const photoInputId = useId();

  const addPhotos = async (files: FileList | null) => {
    const picked = [...(files ?? [])].slice(0, MAX_EVIDENCE_PHOTOS - photos.length);
    if (picked.length === 0) return;
    setReadingPhoto(true);
    setError(null);
    try {
      const added = await Promise.all(
        picked.map(async (file) => ({ name: file.name, dataUrl: await photoToDataUrl(file) })),
      );
      setPhotos((current) => [...current, ...added].slice(0, MAX_EVIDENCE_PHOTOS));
    } catch (failure) {
      setError(
        t("assessment.finding.photoFailed", {
          message: failure instanceof Error ? failure.message : String(failure),
        }),
      );
    } finally {
      setReadingPhoto(false);
    }
  };
  const rule = Form.useWatch("rule", form) as ManualRuleCode | undefined;
  const chargeTo = Form.useWatch("chargeTo", form);
  const month = monthOf(new Date(), timeZone);
  const personOnly = rule !== undefined && ruleOf(month, rule)?.scope === "person";

  const submit = async (values: Values) => {
    const [date = "", time = ""] = values.at.split("T");
    const [year, monthNumber, day] = date.split("-").map(Number);
    const [hour, minute] = time.split(":").map(Number);
    const at = fromLocalParts(
      {
        year: year ?? 0,
        month: monthNumber ?? 0,
        day: day ?? 0,
        hour: hour ?? 0,
        minute: minute ?? 0,
      },
      timeZone,
    );
    if (at === null) {
      setError(t("assessment.finding.required"));
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const byPerson = values.chargeTo === "person" || personOnly;
      const result = await recordManualFinding({
        estateId,
        requestId,
        rule: values.rule,
        staffId: byPerson ? (values.staffId ?? null) : null,
        teamId: byPerson ? null : (values.teamId ?? null),
        at: toZonedIso(at, timeZone),
        evidenceText: values.evidenceText,
        recordPath: values.recordPath?.trim() ? values.recordPath.trim() : null,
        photos: photos.map((photo) => photo.dataUrl),
        referForDismissal: values.rule === "B2.4c" && values.referForDismissal === true,
        confirmed: values.confirmed === true,
      });
      form.resetFields();
      setPhotos([]);
      setRequestId(newRequestId());
      onSaved(result.findingId);
    } catch (failure) {
      setError(
        t("assessment.finding.failed", {
          message: failure instanceof Error ? failure.message : String(failure),
        }),
      );
    } finally {
      setSaving(false);
    }
  };

  const required = [{ required: true, message: t("assessment.finding.required") }];
  return (
    <Modal
      open={open}
      title={t("assessment.finding.title")}
      okText={t("assessment.finding.submit")}
      cancelText={t("assessment.finding.cancel")}
      confirmLoading={saving}
      okButtonProps={{ disabled: readingPhoto }}
      onOk={() => {
        form.submit();
      }}
      onCancel={onClose}
      destroyOnHidden
    >
      {error !== null && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ chargeTo: "person" }}
        onFinish={(values) => void submit(values)}
        data-testid="manual-finding-form"
      >
        <Form.Item name="rule" label={t("assessment.finding.rule")} rules={required}>
          <Select
            data-testid="finding-rule"
            options={manualRuleCodes.map((code) => ({
              value: code,
              label: `${code} ${ruleOf(month, code)?.description[language] ?? ""}`,
            }))}
          />
        </Form.Item>
        {!personOnly && (
          <Form.Item name="chargeTo" label={t("assessment.finding.chargeTo")}>
            <Radio.Group
              options={[
                { value: "person", label: t("assessment.finding.person") },
                { value: "team", label: t("assessment.finding.team") },
              ]}
            />
          </Form.Item>
        )}
        {personOnly || chargeTo !== "team" ? (
          <Form.Item name="staffId" label={t("assessment.finding.person")} rules={required}>
            <Select
              data-testid="finding-person"
              showSearch={{ optionFilterProp: "label" }}
              options={staff
                .filter((member) => member.active)
                .map((member) => ({
                  value: member.id,
                  label: `${member.name} (${member.badgeNumber})`,
                }))}
            />
          </Form.Item>
        ) : (
          <Form.Item name="teamId" label={t("assessment.finding.team")} rules={required}>
            <Select options={teamIds.map((team) => ({ value: team, label: teamName(team) }))} />
          </Form.Item>
        )}
        <Form.Item name="at" label={t("assessment.finding.at")} rules={required}>
          <Input type="datetime-local" data-testid="finding-at" />
        </Form.Item>
        <Form.Item name="evidenceText" label={t("assessment.finding.evidence")} rules={required}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="finding-evidence-text" />
        </Form.Item>
        <Form.Item name="recordPath" label={t("assessment.finding.recordPath")}>
          <Input placeholder={`estates/${estateId}/…`} />
        </Form.Item>
        <div className="evidence-photos">
          <label htmlFor={photoInputId}>
            {t("assessment.finding.photos", { max: MAX_EVIDENCE_PHOTOS })}
          </label>
          <input
            id={photoInputId}
            type="file"
            accept="image/png,image/jpeg"
            multiple
            capture="environment"
            data-testid="finding-photos"
            disabled={readingPhoto || photos.length >= MAX_EVIDENCE_PHOTOS}
            onChange={(event) => {
              void addPhotos(event.target.files);
              event.target.value = "";
            }}
          />
          <Space wrap>
            {photos.map((photo, index) => (
              <figure key={`${String(index)}-${photo.name}`} className="evidence-photo">
                <img src={photo.dataUrl} alt={photo.name} />
                <Button
                  size="small"
                  onClick={() => {
                    setPhotos(photos.filter((_, other) => other !== index));
                  }}
                >
                  {t("assessment.finding.removePhoto", { name: photo.name })}
                </Button>
              </figure>
            ))}
          </Space>
        </div>
        {rule === "B2.4c" && (
          <Form.Item name="referForDismissal" valuePropName="checked">
            <Checkbox>{t("assessment.finding.referForDismissal")}</Checkbox>
          </Form.Item>
        )}
        <Form.Item name="confirmed" valuePropName="checked">
          <Checkbox>{t("assessment.finding.confirmed")}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

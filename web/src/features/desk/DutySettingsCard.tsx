import { Button, Card, InputNumber, Space } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DutySettings } from "@domain/schema/dutySettings.js";
import { useSettingsSave } from "../../app/useSettingsSave.js";
import type { DutyDeadlines } from "../../firebase/desk.js";
import { loadDesk, useDeskLive } from "./useDeskLive.js";

const labelStyle: React.CSSProperties = { display: "block", fontWeight: 600, marginBottom: 4 };

/**
 * The estate's duty deadlines (B2.1, B2.2), set by the director or an admin: how long after a
 * shift its handover must be confirmed, and when a working day's log is due. The duty check
 * reads them at every run.
 */
export function DutySettingsCard(props: { readonly estateId: string }) {
  const { t } = useTranslation();
  const settings = useDeskLive<DutySettings>(
    `dutySettings/${props.estateId}`,
    (desk, onData, onError) => desk.watchDutySettings(props.estateId, onData, onError),
  );
  if (settings.status !== "ready") return null;
  // Keyed by the stored values: the form starts again from them whenever they change.
  const { handoverWithinMinutes, dailyLogDueDays, dailyLogDueTime } = settings.value;
  return (
    <DutySettingsForm
      key={`${String(handoverWithinMinutes)}/${String(dailyLogDueDays)}/${dailyLogDueTime}`}
      estateId={props.estateId}
      stored={{ handoverWithinMinutes, dailyLogDueDays, dailyLogDueTime }}
      title={t("desk.settings.title")}
    />
  );
}

function DutySettingsForm(props: {
  readonly estateId: string;
  readonly stored: DutyDeadlines;
  readonly title: string;
}) {
  const { t } = useTranslation();
  const ids = { handover: useId(), days: useId(), time: useId() };
  const [draft, setDraft] = useState<DutyDeadlines>(props.stored);
  const {
    saving,
    save: run,
    holder,
  } = useSettingsSave("desk.settings.saved", "desk.settings.failed");
  const validTime = /^([01]\d|2[0-3]):[0-5]\d$/.test(draft.dailyLogDueTime);
  const save = async () => {
    if (!validTime) return;
    await run(async () => {
      await (await loadDesk()).saveDutySettings(props.estateId, draft);
    });
  };
  return (
    <Card size="small" title={props.title} style={{ marginTop: 16 }}>
      {holder}
      <form
        data-testid="duty-settings"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Space wrap align="end" size="large">
          <div>
            <label htmlFor={ids.handover} style={labelStyle}>
              {t("desk.settings.handoverWithinMinutes")}
            </label>
            <InputNumber
              id={ids.handover}
              min={0}
              max={1440}
              precision={0}
              value={draft.handoverWithinMinutes}
              onChange={(value) => {
                if (value !== null) setDraft({ ...draft, handoverWithinMinutes: value });
              }}
            />
          </div>
          <div>
            <label htmlFor={ids.days} style={labelStyle}>
              {t("desk.settings.dailyLogDueDays")}
            </label>
            <InputNumber
              id={ids.days}
              min={0}
              max={7}
              precision={0}
              value={draft.dailyLogDueDays}
              onChange={(value) => {
                if (value !== null) setDraft({ ...draft, dailyLogDueDays: value });
              }}
            />
          </div>
          <div>
            <label htmlFor={ids.time} style={labelStyle}>
              {t("desk.settings.dailyLogDueTime")}
            </label>
            <input
              id={ids.time}
              type="time"
              className="ant-input"
              aria-invalid={!validTime}
              value={draft.dailyLogDueTime}
              onChange={(event) => {
                setDraft({ ...draft, dailyLogDueTime: event.target.value });
              }}
              style={{ height: 32, padding: "0 8px", border: "1px solid #d9d9d9", borderRadius: 6 }}
            />
          </div>
          <Button htmlType="submit" type="primary" loading={saving} disabled={!validTime}>
            {t("desk.settings.save")}
          </Button>
        </Space>
      </form>
    </Card>
  );
}

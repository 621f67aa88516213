import { Button, Card, InputNumber, Space } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CallSettings } from "@domain/schema/callSettings.js";
import { useSettingsSave } from "../../app/useSettingsSave.js";
import { loadCalls, useCallsLive } from "./useCallsLive.js";

const labelStyle: React.CSSProperties = { display: "block", fontWeight: 600, marginBottom: 4 };

type Matching = Pick<CallSettings, "toleranceMinutes" | "minSeconds">;

/**
 * The estate's B2.5a matching settings, set by the director or an admin: how far from a call
 * its record may be written (default 15 minutes) and the shortest connected call (1 s).
 * Imports and records written afterwards are reconciled with them.
 */
export function CallSettingsCard(props: { readonly estateId: string }) {
  const { t } = useTranslation();
  const settings = useCallsLive<CallSettings>(
    `callSettings:${props.estateId}`,
    (calls, onData, onError) => calls.watchCallSettings(props.estateId, onData, onError),
  );
  if (settings.status !== "ready") return null;
  const { toleranceMinutes, minSeconds } = settings.value;
  return (
    <Card size="small" title={t("calls.settings.title")}>
      <CallSettingsForm
        key={`${String(toleranceMinutes)}/${String(minSeconds)}`}
        estateId={props.estateId}
        stored={{ toleranceMinutes, minSeconds }}
      />
    </Card>
  );
}

function CallSettingsForm(props: { readonly estateId: string; readonly stored: Matching }) {
  const { t } = useTranslation();
  const ids = { tolerance: useId(), seconds: useId() };
  const [draft, setDraft] = useState<Matching>(props.stored);
  const {
    saving,
    save: run,
    holder,
  } = useSettingsSave("calls.settings.saved", "calls.settings.failed");
  const save = () =>
    run(async () => {
      await (await loadCalls()).saveCallSettings(props.estateId, draft);
    });
  return (
    <form
      data-testid="call-settings"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {holder}
      <Space wrap align="end" size="large">
        <div>
          <label htmlFor={ids.tolerance} style={labelStyle}>
            {t("calls.settings.toleranceMinutes")}
          </label>
          <InputNumber
            id={ids.tolerance}
            min={0}
            max={240}
            precision={0}
            value={draft.toleranceMinutes}
            onChange={(value) => {
              if (value !== null) setDraft({ ...draft, toleranceMinutes: value });
            }}
          />
        </div>
        <div>
          <label htmlFor={ids.seconds} style={labelStyle}>
            {t("calls.settings.minSeconds")}
          </label>
          <InputNumber
            id={ids.seconds}
            min={0}
            max={600}
            precision={0}
            value={draft.minSeconds}
            onChange={(value) => {
              if (value !== null) setDraft({ ...draft, minSeconds: value });
            }}
          />
        </div>
        <Button htmlType="submit" type="primary" loading={saving}>
          {t("calls.settings.save")}
        </Button>
      </Space>
    </form>
  );
}

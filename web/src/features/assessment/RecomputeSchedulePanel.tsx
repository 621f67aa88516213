/**
 * When the monthly recompute runs (SPEC §8): shown to the director with the estate's scores,
 * and set by them: day of the month (1–28), hour and time zone; by default the 1st at 02:00 in
 * the estate's zone.
 */
import {
  Alert,
  Button,
  Card,
  InputNumber,
  message as antMessage,
  Select,
  Space,
  Typography,
} from "antd";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  LAST_RECOMPUTE_DAY,
  recomputeScheduleSchema,
  type RecomputeSchedule,
} from "@domain/assessment/recomputeSchedule.js";
import type { AssessmentSettings } from "@domain/schema/assessmentSettings.js";
import { saveRecomputeSchedule, watchAssessmentSettings } from "../../firebase/assessment.js";
import { useSubscription } from "./hooks.js";
import { errorMessage } from "../../app/errorMessage.js";

/** The select's value for "the estate's own zone" (a zone name never starts with a dot). */
const ESTATE_ZONE = ".estate";

/** Every IANA zone the browser knows, for the zone picker. */
function knownZones(): string[] {
  return typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
}

function ScheduleForm({
  estateId,
  estateZone,
  saved,
}: {
  readonly estateId: string;
  readonly estateZone: string;
  readonly saved: RecomputeSchedule;
}) {
  const { t } = useTranslation();
  const [toast, toastHolder] = antMessage.useMessage();
  const dayId = useId();
  const hourId = useId();
  const zoneId = useId();
  const [draft, setDraft] = useState<RecomputeSchedule>(saved);
  const [busy, setBusy] = useState(false);
  const zones = useMemo(() => knownZones(), []);
  const valid = recomputeScheduleSchema.safeParse(draft).success;
  const unchanged =
    draft.dayOfMonth === saved.dayOfMonth &&
    draft.hour === saved.hour &&
    draft.timeZone === saved.timeZone;

  const save = async () => {
    setBusy(true);
    try {
      await saveRecomputeSchedule(estateId, draft);
      void toast.success(t("assessment.schedule.saved"));
    } catch (error) {
      void toast.error(
        t("assessment.finding.failed", {
          message: errorMessage(error),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space wrap align="end">
      {toastHolder}
      <span className="schedule-field">
        <label htmlFor={dayId}>{t("assessment.schedule.day")}</label>
        <InputNumber
          id={dayId}
          data-testid="schedule-day"
          min={1}
          max={LAST_RECOMPUTE_DAY}
          precision={0}
          value={draft.dayOfMonth}
          onChange={(value) => {
            setDraft({ ...draft, dayOfMonth: value ?? 1 });
          }}
        />
      </span>
      <span className="schedule-field">
        <label htmlFor={hourId}>{t("assessment.schedule.hour")}</label>
        <InputNumber
          id={hourId}
          data-testid="schedule-hour"
          min={0}
          max={23}
          precision={0}
          value={draft.hour}
          onChange={(value) => {
            setDraft({ ...draft, hour: value ?? 0 });
          }}
        />
      </span>
      <span className="schedule-field">
        <label htmlFor={zoneId}>{t("assessment.schedule.zone")}</label>
        <Select
          id={zoneId}
          data-testid="schedule-zone"
          showSearch
          style={{ minWidth: 240 }}
          value={draft.timeZone ?? ESTATE_ZONE}
          onChange={(value: string) => {
            setDraft({ ...draft, timeZone: value === ESTATE_ZONE ? null : value });
          }}
          options={[
            {
              value: ESTATE_ZONE,
              label: t("assessment.schedule.estateZone", { zone: estateZone }),
            },
            ...zones.map((zone) => ({ value: zone, label: zone })),
          ]}
        />
      </span>
      <Button
        type="primary"
        data-testid="schedule-save"
        loading={busy}
        disabled={!valid || unchanged}
        onClick={() => void save()}
      >
        {t("assessment.schedule.save")}
      </Button>
    </Space>
  );
}

/** The schedule and its form (on the director's and admin's estate page). */
export function RecomputeSchedulePanel({
  estateId,
  estateZone,
}: {
  readonly estateId: string;
  readonly estateZone: string;
}) {
  const { t } = useTranslation();
  const settings = useSubscription<AssessmentSettings>(estateId, (onData, onError) =>
    watchAssessmentSettings(estateId, onData, onError),
  );
  const schedule = settings.value?.recompute;
  return (
    <Card title={t("assessment.schedule.title")} className="no-print" size="small">
      {settings.error !== null && <Alert type="error" showIcon title={settings.error} />}
      {schedule !== undefined && (
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Typography.Text data-testid="schedule-current">
            {t("assessment.schedule.current", {
              day: schedule.dayOfMonth,
              hour: String(schedule.hour).padStart(2, "0"),
              zone: schedule.timeZone ?? estateZone,
            })}
          </Typography.Text>
          <ScheduleForm
            // A new saved schedule (here or elsewhere) starts a fresh draft.
            key={JSON.stringify(schedule)}
            estateId={estateId}
            estateZone={estateZone}
            saved={schedule}
          />
        </Space>
      )}
    </Card>
  );
}

import {
  Alert,
  Button,
  Card,
  Checkbox,
  Input,
  InputNumber,
  Select,
  Space,
  Switch,
  Typography,
} from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { EscalationStepRule } from "@domain/followUp/escalation.js";
import { visitChannels } from "@domain/followUp/returnVisit.js";
import type { VisitPlanningRules } from "@domain/followUp/visitPlanning.js";
import type { FollowUpSettings } from "@domain/schema/followUpSettings.js";
import { departments, type Department } from "@domain/schema/role.js";
import type { Staff } from "@domain/schema/staff.js";
import { ticketTypes } from "@domain/tickets/ticket.js";
import { useEstate } from "../../app/EstateContext.js";
import { useSettingsSave } from "../../app/useSettingsSave.js";
import type { Records } from "../../firebase/firestore.js";
import { loadConduct, useConductLive } from "./ConductData.js";

type Draft = Omit<FollowUpSettings, "id" | "updatedAt" | "updatedBy">;

/** ISO weekdays, Monday (1) to Sunday (7), as the regular meeting rule stores them. */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const labelStyle: React.CSSProperties = { display: "block", fontWeight: 600, marginBottom: 4 };

/**
 * The estate's follow-up settings (C6–C9, article A), set by the director or an admin: the
 * escalation ladder's timings, the department leads, how early a promise shows as due soon,
 * visit planning — per ticket type, after a dissatisfied rating, the survey-answer
 * threshold, and the visit coverage goal (every household every N months) — and the regular
 * meeting's weekday and time (C9).
 */
export default function FollowUpSettingsPage() {
  const { t } = useTranslation();
  const { estateId, role } = useEstate();
  const settings = useConductLive<FollowUpSettings>(
    `followUpSettings:${estateId}`,
    (conduct, onData, onError) => conduct.watchFollowUpSettings(estateId, onData, onError),
  );
  const staff = useConductLive<Records<Staff>>(`staff:${estateId}`, (conduct, onData, onError) =>
    conduct.watchStaff(estateId, onData, onError),
  );
  if (role !== "director" && role !== "admin") {
    return <Alert type="info" showIcon title={t("followUp.conduct.settings.title")} />;
  }
  if (settings.status === "failed") {
    return (
      <Alert
        type="error"
        showIcon
        title={t("followUp.loadFailed", { message: settings.message })}
      />
    );
  }
  if (settings.status !== "ready") return null;
  const { ladder, leads, dueSoonHours, visitPlanning, regularMeeting } = settings.value;
  const stored: Draft = { ladder, leads, dueSoonHours, visitPlanning, regularMeeting };
  return (
    <section aria-labelledby="follow-up-settings-title" style={{ maxWidth: 960 }}>
      <Typography.Title level={2} id="follow-up-settings-title">
        {t("followUp.conduct.settings.title")}
      </Typography.Title>
      {/* Keyed by the stored values: the form starts again from them whenever they change. */}
      <SettingsForm
        key={JSON.stringify(stored)}
        estateId={estateId}
        stored={stored}
        staff={staff.status === "ready" ? staff.value.records : []}
      />
    </section>
  );
}

function NumberField(props: {
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  readonly onChange: (value: number) => void;
  readonly testId?: string;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} style={labelStyle}>
        {props.label}
      </label>
      <InputNumber
        id={id}
        data-testid={props.testId}
        min={props.min}
        max={props.max}
        precision={0}
        value={props.value}
        onChange={(value) => {
          if (value !== null) props.onChange(value);
        }}
      />
    </div>
  );
}

function SettingsForm(props: {
  readonly estateId: string;
  readonly stored: Draft;
  readonly staff: readonly Staff[];
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(props.stored);
  const { saving, save, holder } = useSettingsSave(
    "followUp.conduct.settings.saved",
    "followUp.failed",
  );
  const ids = {
    working: useId(),
    noVisit: useId(),
    channels: useId(),
    weekday: useId(),
    time: useId(),
  };
  const planning = draft.visitPlanning;
  const setPlanning = (next: Partial<VisitPlanningRules>) => {
    setDraft({ ...draft, visitPlanning: { ...planning, ...next } });
  };
  const setStep = (index: number, change: Partial<EscalationStepRule>) => {
    setDraft({
      ...draft,
      ladder: {
        ...draft.ladder,
        steps: draft.ladder.steps.map((step, at) => (at === index ? { ...step, ...change } : step)),
      },
    });
  };
  const setLead = (department: Department, uid: string | undefined) => {
    const leads = Object.fromEntries(
      Object.entries<string | undefined>({ ...draft.leads, [department]: uid }).filter(
        (entry): entry is [string, string] => entry[1] !== undefined,
      ),
    );
    setDraft({ ...draft, leads });
  };

  return (
    <form
      data-testid="follow-up-settings"
      onSubmit={(event) => {
        event.preventDefault();
        void save(async () => {
          await (await loadConduct()).saveFollowUpSettings(props.estateId, draft);
        });
      }}
    >
      {holder}
      <Card size="small" title={t("followUp.conduct.settings.ladder")}>
        <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
          {draft.ladder.steps.map((step, index) => (
            <Space key={step.level} wrap align="end" size="large">
              <Typography.Text strong style={{ minWidth: 120 }}>
                {t(`followUp.conduct.settings.level.${step.level}`)}
              </Typography.Text>
              <NumberField
                label={t("followUp.conduct.settings.afterDays")}
                testId={`ladder-${step.level}-days`}
                value={step.afterDays}
                min={0}
                max={60}
                onChange={(afterDays) => {
                  setStep(index, { afterDays });
                }}
              />
              <NumberField
                label={t("followUp.conduct.settings.afterHours")}
                testId={`ladder-${step.level}-hours`}
                value={step.afterHours}
                min={0}
                max={24 * 60}
                onChange={(afterHours) => {
                  setStep(index, { afterHours });
                }}
              />
            </Space>
          ))}
          <Space align="center">
            <Switch
              id={ids.working}
              checked={draft.ladder.workingDaysOnly}
              onChange={(workingDaysOnly) => {
                setDraft({ ...draft, ladder: { ...draft.ladder, workingDaysOnly } });
              }}
            />
            <label htmlFor={ids.working}>{t("followUp.conduct.settings.workingDaysOnly")}</label>
          </Space>
          <NumberField
            label={t("followUp.conduct.settings.dueSoonHours")}
            value={draft.dueSoonHours}
            min={1}
            max={24 * 14}
            onChange={(dueSoonHours) => {
              setDraft({ ...draft, dueSoonHours });
            }}
          />
        </Space>
      </Card>

      <Card size="small" title={t("followUp.conduct.settings.leads")} style={{ marginTop: 16 }}>
        <Space wrap size="large">
          {departments.map((department) => (
            <LeadField
              key={department}
              department={department}
              value={draft.leads[department]}
              staff={props.staff}
              onChange={(uid) => {
                setLead(department, uid);
              }}
            />
          ))}
        </Space>
      </Card>

      <Card
        size="small"
        title={t("followUp.conduct.settings.visitPlanning")}
        style={{ marginTop: 16 }}
      >
        <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
          <Typography.Text strong>{t("followUp.conduct.settings.afterTicket")}</Typography.Text>
          <Space wrap size="middle">
            {ticketTypes.map((type) => {
              const days = planning.afterTicket.withinDaysByType[type];
              return (
                <NumberField
                  key={type}
                  label={t(`tickets.types.${type}`)}
                  value={days ?? planning.afterTicket.defaultWithinDays ?? 0}
                  min={0}
                  max={60}
                  onChange={(value) => {
                    setPlanning({
                      afterTicket: {
                        ...planning.afterTicket,
                        withinDaysByType: {
                          ...planning.afterTicket.withinDaysByType,
                          [type]: value,
                        },
                      },
                    });
                  }}
                />
              );
            })}
          </Space>
          <Space wrap align="end" size="large">
            <NumberField
              label={t("followUp.conduct.settings.defaultWithinDays")}
              value={planning.afterTicket.defaultWithinDays ?? 0}
              min={0}
              max={60}
              onChange={(value) => {
                setPlanning({ afterTicket: { ...planning.afterTicket, defaultWithinDays: value } });
              }}
            />
            <Checkbox
              id={ids.noVisit}
              checked={planning.afterTicket.defaultWithinDays === null}
              onChange={(event) => {
                setPlanning({
                  afterTicket: {
                    ...planning.afterTicket,
                    defaultWithinDays: event.target.checked ? null : 3,
                  },
                });
              }}
            >
              {t("followUp.conduct.settings.noVisit")}
            </Checkbox>
          </Space>
          <Space wrap align="end" size="large">
            <NumberField
              label={t("followUp.conduct.settings.afterDissatisfied")}
              value={planning.afterDissatisfiedRating.withinDays}
              min={0}
              max={60}
              onChange={(withinDays) => {
                setPlanning({ afterDissatisfiedRating: { withinDays } });
              }}
            />
            <NumberField
              label={t("followUp.conduct.settings.surveyBelow")}
              testId="survey-below"
              value={planning.afterLowSurveyAnswer.belowLevel}
              min={2}
              max={5}
              onChange={(belowLevel) => {
                setPlanning({
                  afterLowSurveyAnswer: { ...planning.afterLowSurveyAnswer, belowLevel },
                });
              }}
            />
            <NumberField
              label={t("followUp.conduct.settings.surveyWithinDays")}
              value={planning.afterLowSurveyAnswer.withinDays}
              min={0}
              max={60}
              onChange={(withinDays) => {
                setPlanning({
                  afterLowSurveyAnswer: { ...planning.afterLowSurveyAnswer, withinDays },
                });
              }}
            />
          </Space>
          <Space wrap align="end" size="large">
            <NumberField
              label={t("followUp.conduct.settings.everyMonths")}
              testId="coverage-every-months"
              value={planning.periodic.everyMonths}
              min={1}
              max={36}
              onChange={(everyMonths) => {
                setPlanning({ periodic: { ...planning.periodic, everyMonths } });
              }}
            />
            <NumberField
              label={t("followUp.conduct.settings.planAheadDays")}
              value={planning.periodic.planAheadDays}
              min={0}
              max={90}
              onChange={(planAheadDays) => {
                setPlanning({ periodic: { ...planning.periodic, planAheadDays } });
              }}
            />
          </Space>
          <div role="group" aria-labelledby={ids.channels}>
            <span id={ids.channels} style={labelStyle}>
              {t("followUp.conduct.settings.countedChannels")}
            </span>
            <Checkbox.Group
              value={planning.periodic.countedChannels}
              options={visitChannels.map((channel) => ({
                value: channel,
                label: t(`followUp.visits.channels.${channel}`),
              }))}
              onChange={(countedChannels) => {
                setPlanning({ periodic: { ...planning.periodic, countedChannels } });
              }}
            />
          </div>
        </Space>
      </Card>
      <Card
        size="small"
        title={t("followUp.conduct.settings.regularMeeting")}
        style={{ marginTop: 16 }}
      >
        <Space wrap align="end" size="large">
          <div>
            <label htmlFor={ids.weekday} style={labelStyle}>
              {t("followUp.conduct.settings.meetingWeekday")}
            </label>
            <Select
              id={ids.weekday}
              data-testid="regular-meeting-weekday"
              style={{ minWidth: 140 }}
              value={draft.regularMeeting.weekday}
              onChange={(weekday: number) => {
                setDraft({ ...draft, regularMeeting: { ...draft.regularMeeting, weekday } });
              }}
              options={WEEKDAYS.map((weekday) => ({
                value: weekday,
                label: t(`followUp.conduct.settings.weekdays.${String(weekday)}`),
              }))}
            />
          </div>
          <div>
            <label htmlFor={ids.time} style={labelStyle}>
              {t("followUp.conduct.settings.meetingTime")}
            </label>
            <Input
              id={ids.time}
              type="time"
              data-testid="regular-meeting-time"
              style={{ width: 140 }}
              required
              value={draft.regularMeeting.time}
              onChange={(event) => {
                const time = event.target.value;
                // The browser gives "" while the field is being cleared: keep the last time.
                if (/^\d\d:\d\d$/.test(time)) {
                  setDraft({ ...draft, regularMeeting: { ...draft.regularMeeting, time } });
                }
              }}
            />
          </div>
        </Space>
      </Card>
      <Button
        htmlType="submit"
        type="primary"
        loading={saving}
        disabled={planning.periodic.countedChannels.length === 0}
        style={{ marginTop: 16 }}
        data-testid="follow-up-settings-save"
      >
        {t("followUp.conduct.settings.save")}
      </Button>
    </form>
  );
}

function LeadField(props: {
  readonly department: Department;
  readonly value: string | undefined;
  readonly staff: readonly Staff[];
  readonly onChange: (uid: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div>
      <label htmlFor={id} style={labelStyle}>
        {t(`roles.${props.department}`)}
      </label>
      <Select
        id={id}
        allowClear
        style={{ minWidth: 160 }}
        placeholder={t("followUp.conduct.settings.noLead")}
        value={props.value}
        onChange={(uid: string | undefined) => {
          props.onChange(uid);
        }}
        options={props.staff
          .filter((member) => member.active)
          .map((member) => ({ value: member.id, label: member.name }))}
      />
    </div>
  );
}

import { Alert, Card, InputNumber, Select, Space, Table, Typography } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { departments, type Department } from "@domain/schema/role.js";
import type { Staff } from "@domain/schema/staff.js";
import type { TicketSettings } from "@domain/schema/ticket.js";
import { defaultDueRules, type DueRule } from "@domain/tickets/dueTime.js";
import { ticketTypes, type TicketType } from "@domain/tickets/ticket.js";
import { useEstate } from "../../app/EstateContext.js";
import { fieldLabelStyle, SaveForm } from "../../app/SaveForm.js";
import { loadRenovation, useRenovationLive } from "./RenovationFileLive.js";

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

type Draft = Omit<TicketSettings, "id">;

/** A due rule in words ("within 90 min", "same day by 18:00", "by 18:00 on day +1"). */
function useRuleText(): (rule: DueRule) => string {
  const { t } = useTranslation();
  return (rule) => {
    if (rule.kind === "within") return t("tickets.settings.withinText", { minutes: rule.minutes });
    return rule.daysAfter === 0
      ? t("tickets.settings.sameDayText", { time: rule.time })
      : t("tickets.settings.byLocalTimeText", { days: rule.daysAfter, time: rule.time });
  };
}

/**
 * The estate's ticket settings (SPEC §5; B2.5c), for the director or an admin: the due time of
 * each ticket type (the domain default beside the estate's override), the grace period before
 * an unsigned visit costs a finding, and each department's leads picked from its staff. Saved
 * whole by the callable `saveTicketSettings`; tickets opened afterwards follow it.
 */
export default function TicketSettingsPage() {
  const { t } = useTranslation();
  const { estateId, role } = useEstate();
  const settings = useRenovationLive<TicketSettings>(
    `ticketSettings:${estateId}`,
    (module, onData, onError) => module.watchTicketSettings(estateId, onData, onError),
  );
  const staff = useRenovationLive<readonly Staff[]>(
    `staff:${estateId}`,
    (module, onData, onError) => module.watchStaff(estateId, onData, onError),
  );
  if (role !== "director" && role !== "admin") {
    return <Alert type="info" title={t("tickets.settings.forbidden")} />;
  }
  const failed = [settings, staff].find((live) => live.status === "failed");
  if (failed?.status === "failed") {
    return <Alert type="error" title={t("tickets.failed", { message: failed.message })} />;
  }
  if (settings.status !== "ready" || staff.status !== "ready") return null;
  const { dueTimes, unsignedGraceMinutes, leads } = settings.value;
  const stored: Draft = { dueTimes, unsignedGraceMinutes, leads };
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t("tickets.settings.title")}
      </Typography.Title>
      {/* Keyed by the stored values: the form starts again from them whenever they change. */}
      <TicketSettingsForm
        key={JSON.stringify(stored)}
        estateId={estateId}
        stored={stored}
        staff={staff.value}
      />
    </Space>
  );
}

function TicketSettingsForm(props: {
  readonly estateId: string;
  readonly stored: Draft;
  readonly staff: readonly Staff[];
}) {
  const { t } = useTranslation();
  const ruleText = useRuleText();
  const graceId = useId();
  const leadIds = useId();
  const [draft, setDraft] = useState<Draft>(props.stored);
  const valid = Object.values(draft.dueTimes).every(
    (rule) => rule.kind === "within" || TIME_PATTERN.test(rule.time),
  );
  const setRule = (type: TicketType, rule: DueRule | null) => {
    const others = Object.entries(draft.dueTimes).filter(([key]) => key !== type);
    setDraft({
      ...draft,
      dueTimes: Object.fromEntries(rule === null ? others : [...others, [type, rule]]),
    });
  };
  return (
    <SaveForm
      testId="ticket-settings"
      submitLabel={t("tickets.settings.save")}
      savedText={t("tickets.settings.saved")}
      failedText={(reason) => t("tickets.settings.failed", { message: reason })}
      disabled={!valid}
      save={async () => {
        await (await loadRenovation()).saveTicketSettings(props.estateId, draft);
      }}
    >
      <Card size="small" title={t("tickets.settings.dueTimes")}>
        <Table
          size="small"
          pagination={false}
          scroll={{ x: 560 }}
          rowKey={(type) => type}
          dataSource={[...ticketTypes]}
          columns={[
            {
              key: "type",
              title: t("tickets.settings.type"),
              render: (_, type) => t(`tickets.types.${type}`),
            },
            {
              key: "default",
              title: t("tickets.settings.defaultRule"),
              render: (_, type) => ruleText(defaultDueRules[type]),
            },
            {
              key: "rule",
              title: t("tickets.settings.rule"),
              render: (_, type) => (
                <RuleEditor
                  type={type}
                  rule={draft.dueTimes[type] ?? null}
                  onChange={(rule) => {
                    setRule(type, rule);
                  }}
                />
              ),
            },
          ]}
        />
      </Card>
      <Card size="small">
        <label htmlFor={graceId} style={fieldLabelStyle}>
          {t("tickets.settings.unsignedGraceMinutes")}
        </label>
        <InputNumber
          id={graceId}
          min={0}
          max={14 * 24 * 60}
          precision={0}
          value={draft.unsignedGraceMinutes}
          onChange={(value) => {
            if (value !== null) setDraft({ ...draft, unsignedGraceMinutes: value });
          }}
        />
      </Card>
      <Card size="small" title={t("tickets.settings.leads")}>
        <Space wrap size="large" align="start">
          {departments.map((department) => (
            <LeadPicker
              key={department}
              id={`${leadIds}-${department}`}
              department={department}
              staff={props.staff}
              value={draft.leads[department] ?? []}
              onChange={(ids) => {
                setDraft({ ...draft, leads: { ...draft.leads, [department]: ids } });
              }}
            />
          ))}
        </Space>
      </Card>
    </SaveForm>
  );
}

/** The estate's rule for one type: the default, within minutes, or by a time of day. */
function RuleEditor(props: {
  readonly type: TicketType;
  readonly rule: DueRule | null;
  readonly onChange: (rule: DueRule | null) => void;
}) {
  const { t } = useTranslation();
  const ids = { kind: useId(), minutes: useId(), days: useId(), time: useId() };
  const typeName = t(`tickets.types.${props.type}`);
  const kind = props.rule?.kind ?? "default";
  const fallback = defaultDueRules[props.type];
  return (
    <Space wrap size="small">
      <Select
        id={ids.kind}
        aria-label={`${typeName} · ${t("tickets.settings.rule")}`}
        data-testid={`due-kind-${props.type}`}
        style={{ minWidth: 160 }}
        value={kind}
        onChange={(value: "default" | DueRule["kind"]) => {
          if (value === "default") props.onChange(null);
          else if (value === "within")
            props.onChange({
              kind: "within",
              minutes: fallback.kind === "within" ? fallback.minutes : 60,
            });
          else
            props.onChange({
              kind: "byLocalTime",
              daysAfter: fallback.kind === "byLocalTime" ? fallback.daysAfter : 0,
              time: fallback.kind === "byLocalTime" ? fallback.time : "18:00",
            });
        }}
        options={[
          { value: "default", label: t("tickets.settings.useDefault") },
          { value: "within", label: t("tickets.settings.within") },
          { value: "byLocalTime", label: t("tickets.settings.byLocalTime") },
        ]}
      />
      {props.rule?.kind === "within" && (
        <InputNumber
          id={ids.minutes}
          aria-label={`${typeName} · ${t("tickets.settings.minutes")}`}
          data-testid={`due-minutes-${props.type}`}
          min={1}
          max={366 * 24 * 60}
          precision={0}
          value={props.rule.minutes}
          onChange={(value) => {
            if (value !== null) props.onChange({ kind: "within", minutes: value });
          }}
        />
      )}
      {props.rule?.kind === "byLocalTime" && (
        <>
          <InputNumber
            id={ids.days}
            aria-label={`${typeName} · ${t("tickets.settings.daysAfter")}`}
            min={0}
            max={366}
            precision={0}
            value={props.rule.daysAfter}
            onChange={(value) => {
              if (value !== null && props.rule?.kind === "byLocalTime")
                props.onChange({ ...props.rule, daysAfter: value });
            }}
          />
          <input
            id={ids.time}
            type="time"
            className="ant-input"
            aria-label={`${typeName} · ${t("tickets.settings.time")}`}
            aria-invalid={!TIME_PATTERN.test(props.rule.time)}
            value={props.rule.time}
            onChange={(event) => {
              if (props.rule?.kind === "byLocalTime")
                props.onChange({ ...props.rule, time: event.target.value });
            }}
            style={{ height: 32, padding: "0 8px", border: "1px solid #d9d9d9", borderRadius: 6 }}
          />
        </>
      )}
    </Space>
  );
}

/** The leads of one department, picked from its active staff. */
function LeadPicker(props: {
  readonly id: string;
  readonly department: Department;
  readonly staff: readonly Staff[];
  readonly value: readonly string[];
  readonly onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const options = props.staff
    .filter((member) => member.active && member.role === props.department)
    .map((member) => ({ value: member.id, label: member.name }));
  return (
    <div style={{ minWidth: 220 }}>
      <label htmlFor={props.id} style={fieldLabelStyle}>
        {t("tickets.settings.leadsOf", { department: t(`roles.${props.department}`) })}
      </label>
      <Select
        id={props.id}
        data-testid={`leads-${props.department}`}
        mode="multiple"
        style={{ width: "100%" }}
        value={[...props.value]}
        options={options}
        onChange={(ids: string[]) => {
          props.onChange(ids);
        }}
      />
    </div>
  );
}

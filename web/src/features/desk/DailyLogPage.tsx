import { Alert, Button, Card, Checkbox, Input, Space, Tag, Typography, message } from "antd";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { DailyLog } from "@domain/schema/dailyLog.js";
import type { Reception } from "@domain/schema/reception.js";
import { dayOf, DEFAULT_TIME_ZONE, isDayKey } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import { toLocalInput } from "./deskForm.js";
import { loadDesk, useDeskLive } from "./useDeskLive.js";

const labelStyle: React.CSSProperties = { display: "block", fontWeight: 600, marginBottom: 4 };

/** The receptions the signed-in user served on a day, read once per day. */
function useServed(estateId: string, uid: string, day: string): Reception[] | null {
  const key = `${estateId}/${uid}/${day}`;
  const [state, setState] = useState<{ key: string; served: Reception[] } | null>(null);
  useEffect(() => {
    let current = true;
    loadDesk()
      .then((desk) => desk.readReceptionsServed(estateId, uid, day))
      .then(
        (served) => {
          if (current) setState({ key, served });
        },
        () => {
          if (current) setState({ key, served: [] });
        },
      );
    return () => {
      current = false;
    };
  }, [estateId, uid, day, key]);
  return state?.key === key ? state.served : null;
}

/** Daily work log (上班日誌, B2.2): prefilled from the day's receptions, completed, submitted. */
export default function DailyLogPage() {
  const { t } = useTranslation();
  const { estateId, estate, uid } = useEstate();
  const zone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const dayId = useId();
  const [day, setDay] = useState(() => dayOf(new Date(), zone));
  const log = useDeskLive<DailyLog | null>(
    `dailyLog/${estateId}/${uid}/${day}`,
    (desk, onData, onError) => desk.watchDailyLog(estateId, uid, day, onData, onError),
  );
  const served = useServed(estateId, uid, day);

  return (
    <section aria-labelledby="daily-log-title">
      <Typography.Title id="daily-log-title" level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {t("desk.dailyLog.title")}
      </Typography.Title>
      <div style={{ marginBottom: 12 }}>
        <label htmlFor={dayId} style={labelStyle}>
          {t("desk.dailyLog.day")}
        </label>
        <input
          id={dayId}
          type="date"
          className="ant-input"
          value={day}
          onChange={(event) => {
            if (isDayKey(event.target.value)) setDay(event.target.value);
          }}
          style={{ height: 32, padding: "0 8px", border: "1px solid #d9d9d9", borderRadius: 6 }}
        />
      </div>
      {log.status === "failed" && (
        <Alert type="error" showIcon title={t("desk.dailyLog.failed", { message: log.message })} />
      )}
      {log.status === "ready" && served !== null && (
        <DailyLogForm
          key={`${day}/${log.value?.status ?? "new"}`}
          estateId={estateId}
          day={day}
          zone={zone}
          existing={log.value}
          served={served}
        />
      )}
    </section>
  );
}

function DailyLogForm(props: {
  readonly estateId: string;
  readonly day: string;
  readonly zone: string;
  readonly existing: DailyLog | null;
  readonly served: readonly Reception[];
}) {
  const { t } = useTranslation();
  const ids = { summary: useId(), pending: useId() };
  const submitted = props.existing?.status === "submitted";
  const [chosen, setChosen] = useState<readonly string[]>(
    props.existing?.receptionIds ?? props.served.map((reception) => reception.id),
  );
  const [summary, setSummary] = useState(props.existing?.summary ?? "");
  const [pending, setPending] = useState(props.existing?.pending ?? "");
  const [problem, setProblem] = useState(false);
  const [messages, holder] = message.useMessage();
  const time = (instant: Date) => toLocalInput(instant, props.zone).slice(11);

  const save = async (submit: boolean) => {
    if (submit && summary.trim() === "") {
      setProblem(true);
      return;
    }
    setProblem(false);
    try {
      const desk = await loadDesk();
      await desk.saveDailyLog(
        props.estateId,
        props.day,
        { receptionIds: [...chosen], summary: summary.trim(), pending: pending.trim() },
        submit,
        props.existing,
      );
      void messages.success(t("desk.dailyLog.saved"));
    } catch (error) {
      void messages.error(t("desk.dailyLog.failed", { message: String(error) }));
    }
  };

  return (
    <Card size="small">
      {holder}
      {submitted && props.existing.submittedAt !== null && (
        <Tag color="green" data-testid="daily-log-submitted">
          {t("desk.dailyLog.submitted", {
            time: toLocalInput(props.existing.submittedAt, props.zone).replace("T", " "),
          })}
        </Tag>
      )}
      <fieldset
        style={{ border: "1px solid #f0f0f0", borderRadius: 6, padding: 8, margin: "8px 0" }}
      >
        <legend style={{ fontWeight: 600 }}>
          {t("desk.dailyLog.served", { count: props.served.length })}
        </legend>
        <Space orientation="vertical" size={2}>
          {props.served.map((reception) => (
            <Checkbox
              key={reception.id}
              disabled={submitted}
              checked={chosen.includes(reception.id)}
              onChange={(event) => {
                setChosen(
                  event.target.checked
                    ? [...chosen, reception.id]
                    : chosen.filter((id) => id !== reception.id),
                );
              }}
            >
              {time(reception.at)} {t(`desk.channels.${reception.channel}`)} ·{" "}
              {t(`desk.categories.${reception.category}`)} · {reception.content}
            </Checkbox>
          ))}
        </Space>
      </fieldset>
      <label htmlFor={ids.summary} style={labelStyle}>
        {t("desk.dailyLog.summary")}
      </label>
      <Input.TextArea
        id={ids.summary}
        data-testid="daily-log-summary"
        rows={3}
        maxLength={5000}
        disabled={submitted}
        value={summary}
        aria-invalid={problem}
        onChange={(event) => {
          setSummary(event.target.value);
        }}
      />
      <label htmlFor={ids.pending} style={{ ...labelStyle, marginTop: 8 }}>
        {t("desk.dailyLog.pending")}
      </label>
      <Input.TextArea
        id={ids.pending}
        rows={2}
        maxLength={2000}
        disabled={submitted}
        value={pending}
        onChange={(event) => {
          setPending(event.target.value);
        }}
      />
      {problem && (
        <Alert
          type="error"
          role="alert"
          showIcon
          title={t("desk.dailyLog.needsSummary")}
          style={{ marginTop: 8 }}
        />
      )}
      {!submitted && (
        <Space style={{ marginTop: 12 }}>
          <Button onClick={() => void save(false)}>{t("desk.dailyLog.saveDraft")}</Button>
          <Button type="primary" data-testid="daily-log-submit" onClick={() => void save(true)}>
            {t("desk.dailyLog.submit")}
          </Button>
        </Space>
      )}
    </Card>
  );
}

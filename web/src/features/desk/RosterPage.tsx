import { Alert, Button, Card, Input, List, Space, Tag, Typography, message } from "antd";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { shiftsAt } from "@domain/duty.js";
import type { RosterShiftRecord } from "@domain/schema/rosterShift.js";
import { addDays, dayOf, dayRange, DEFAULT_TIME_ZONE } from "@domain/time.js";
import { DateTime } from "luxon";
import { useEstate } from "../../app/EstateContext.js";
import type { Records } from "../../firebase/firestore.js";
import { useLive } from "../households/useLiveRecords.js";
import { fromLocalInput, toLocalInput } from "./deskForm.js";
import { DutySettingsCard } from "./DutySettingsCard.js";
import { OnDutyAtLookup } from "./OnDutyAtLookup.js";
import { loadDesk, useDeskLive, useNow } from "./useDeskLive.js";

const DAY_MS = 24 * 3_600_000;
const inputStyle: React.CSSProperties = {
  height: 32,
  padding: "0 8px",
  border: "1px solid #d9d9d9",
  borderRadius: 6,
  background: "#fff",
};

/** The duty roster (SPEC §3, B2.1): a week of shifts, who is on duty now, links to handovers. */
export default function RosterPage() {
  const { t } = useTranslation();
  const { estateId, estate, role, uid } = useEstate();
  const zone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const now = useNow();
  const [weekStart, setWeekStart] = useState(() => {
    const local = DateTime.fromJSDate(new Date(), { zone }).startOf("week");
    return local.toISODate() ?? dayOf(new Date(), zone);
  });
  const from = dayRange(weekStart, zone).start;
  const to = dayRange(addDays(weekStart, 7), zone).start;
  const shifts = useDeskLive<Records<RosterShiftRecord>>(
    `shifts/${estateId}/${weekStart}`,
    // A day earlier too: an overnight shift of the day before may be on duty now.
    (desk, onData, onError) =>
      desk.watchShifts(estateId, new Date(from.getTime() - DAY_MS), to, onData, onError),
  );
  const staffNames = useLive<ReadonlyMap<string, string>>(
    `staffNames/${estateId}`,
    (firestore, onData, onError) => firestore.watchStaffNames(estateId, onData, onError),
  );
  const names = staffNames.status === "ready" ? staffNames.value : new Map<string, string>();
  const nameOf = (staffId: string) => names.get(staffId) ?? staffId;
  const records = useMemo(() => (shifts.status === "ready" ? shifts.value.records : []), [shifts]);
  const onDuty = shiftsAt(records, now);
  const time = (instant: Date) => toLocalInput(instant, zone).slice(11);
  const days = Array.from({ length: 7 }, (_, index) => addDays(weekStart, index));

  return (
    <section aria-labelledby="roster-title">
      <Typography.Title id="roster-title" level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {t("desk.roster.title")}
      </Typography.Title>
      <Alert
        data-testid="on-duty-now"
        type={onDuty.length > 0 ? "success" : "warning"}
        showIcon
        style={{ marginBottom: 12 }}
        title={
          onDuty.length > 0
            ? t("desk.roster.onDutyNow", {
                names: onDuty
                  .map((shift) => `${nameOf(shift.staffId)} (${shift.dutyLine})`)
                  .join("、"),
              })
            : t("desk.roster.nobodyOnDuty")
        }
      />
      {shifts.status === "failed" && (
        <Alert type="error" showIcon title={t("desk.roster.failed", { message: shifts.message })} />
      )}
      <Space style={{ marginBottom: 12 }} wrap>
        <Button
          onClick={() => {
            setWeekStart(addDays(weekStart, -7));
          }}
        >
          {t("desk.roster.previous")}
        </Button>
        <Typography.Text strong>{t("desk.roster.week", { from: weekStart })}</Typography.Text>
        <Button
          onClick={() => {
            setWeekStart(addDays(weekStart, 7));
          }}
        >
          {t("desk.roster.next")}
        </Button>
      </Space>
      <div
        style={{
          display: "grid",
          gap: 8,
          gridTemplateColumns: "repeat(auto-fill, minmax(170px, 1fr))",
          marginBottom: 16,
        }}
      >
        {days.map((day) => (
          <Card key={day} size="small" title={day} data-testid={`roster-day-${day}`}>
            <List
              size="small"
              dataSource={records.filter((shift) => dayOf(shift.start, zone) === day)}
              locale={{ emptyText: "—" }}
              renderItem={(shift) => (
                <List.Item style={{ paddingInline: 0 }}>
                  <Space orientation="vertical" size={0}>
                    <span>
                      {t("desk.roster.shift", { start: time(shift.start), end: time(shift.end) })}{" "}
                      {shift.staffId === uid && <Tag color="blue">{t("desk.roster.mine")}</Tag>}
                    </span>
                    <Typography.Text strong>{nameOf(shift.staffId)}</Typography.Text>
                    <Link to={`/handover/${shift.id}`}>{t("desk.roster.handover")}</Link>
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        ))}
      </div>
      <OnDutyAtLookup estateId={estateId} zone={zone} nameOf={nameOf} />
      {(role === "director" || role === "admin") && (
        <>
          <AddShift estateId={estateId} zone={zone} names={names} />
          <DutySettingsCard estateId={estateId} />
        </>
      )}
    </section>
  );
}

function AddShift(props: {
  readonly estateId: string;
  readonly zone: string;
  readonly names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const ids = { staff: useId(), start: useId(), end: useId(), line: useId() };
  const [staffId, setStaffId] = useState("");
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const [dutyLine, setDutyLine] = useState("");
  const [messages, holder] = message.useMessage();
  const add = async () => {
    const startAt = fromLocalInput(start, props.zone);
    const endAt = fromLocalInput(end, props.zone);
    if (staffId === "" || startAt === null || endAt === null || dutyLine.trim() === "") return;
    try {
      const desk = await loadDesk();
      await desk.createShift(props.estateId, {
        staffId,
        start: startAt,
        end: endAt,
        dutyLine: dutyLine.trim(),
      });
      void messages.success(t("desk.roster.added"));
    } catch (error) {
      void messages.error(t("desk.roster.failed", { message: String(error) }));
    }
  };
  return (
    <Card size="small" title={t("desk.roster.add")}>
      {holder}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
        style={{ display: "flex", flexWrap: "wrap", gap: 12, alignItems: "end" }}
      >
        <label htmlFor={ids.staff}>
          {t("desk.roster.staffMember")}
          <br />
          <select
            id={ids.staff}
            style={inputStyle}
            value={staffId}
            onChange={(event) => {
              setStaffId(event.target.value);
            }}
          >
            <option value="" />
            {[...props.names].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={ids.start}>
          {t("desk.roster.start")}
          <br />
          <input
            id={ids.start}
            type="datetime-local"
            style={inputStyle}
            value={start}
            onChange={(event) => {
              setStart(event.target.value);
            }}
          />
        </label>
        <label htmlFor={ids.end}>
          {t("desk.roster.end")}
          <br />
          <input
            id={ids.end}
            type="datetime-local"
            style={inputStyle}
            value={end}
            onChange={(event) => {
              setEnd(event.target.value);
            }}
          />
        </label>
        <label htmlFor={ids.line}>
          {t("desk.roster.dutyLine")}
          <br />
          <Input
            id={ids.line}
            value={dutyLine}
            maxLength={40}
            onChange={(event) => {
              setDutyLine(event.target.value);
            }}
          />
        </label>
        <Button htmlType="submit" type="primary">
          {t("desk.roster.add")}
        </Button>
      </form>
    </Card>
  );
}

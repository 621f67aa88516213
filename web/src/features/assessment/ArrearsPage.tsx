/**
 * Arrears list (B2.10 欠費催繳, feeding B2.8): for customer service and the director, the
 * households in arrears at a month's end as the fee import has them, what each owes, and its
 * latest reminder; "log reminder" records how, who and a note through `logArrearsReminder`,
 * which opens the household's arrearsReminder ticket of the month the first time.
 */
import { Alert, Button, Input, Modal, Radio, Space, Table, Typography } from "antd";
import { useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { fenText, householdsInArrears, type HouseholdArrears } from "@domain/assessment/arrears.js";
import {
  reminderChannels,
  type ArrearsReminder,
  type ReminderChannel,
} from "@domain/schema/arrearsReminder.js";
import type { StoredFeeBill } from "@domain/schema/feeBill.js";
import type { Staff } from "@domain/schema/staff.js";
import { monthOf, previousMonth, type MonthKey } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import {
  logArrearsReminder,
  readStaff,
  watchArrearsBills,
  watchArrearsReminders,
} from "../../firebase/assessment.js";
import { localTime } from "./format.js";
import { useEstateZone } from "./hooks.js";
import { MonthSelect } from "./MonthSelect.js";
import "./assessment.css";
import { errorMessage } from "../../app/errorMessage.js";

/** Who sees the list and logs reminders (the callable and the rules say the same). */
const READERS = ["customerService", "director", "admin"];

/** A household on the list with its latest reminder of the month. */
interface Row extends HouseholdArrears {
  last: ArrearsReminder | null;
  reminders: number;
}

export default function ArrearsPage() {
  const { t } = useTranslation();
  const { estateId, role } = useEstate();
  const timeZone = useEstateZone();
  const [month, setMonth] = useState<MonthKey>(() => previousMonth(monthOf(new Date(), timeZone)));
  // Bills with the month they are of: another month's are not shown while the new ones load.
  const [loaded, setLoaded] = useState<{ month: MonthKey; bills: StoredFeeBill[] } | null>(null);
  const bills = loaded?.month === month ? loaded.bills : null;
  const [reminders, setReminders] = useState<ArrearsReminder[]>([]);
  const [staff, setStaff] = useState<Staff[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [reminding, setReminding] = useState<Row | null>(null);
  const allowed = READERS.includes(role);

  useEffect(() => {
    if (!allowed) return undefined;
    const onError = (error: Error) => {
      setProblem(error.message);
    };
    const stopBills = watchArrearsBills(
      estateId,
      month,
      (read) => {
        setLoaded({ month, bills: read.records });
      },
      onError,
    );
    const stopReminders = watchArrearsReminders(
      estateId,
      month,
      (read) => {
        setReminders(read.records);
      },
      onError,
    );
    return () => {
      stopBills();
      stopReminders();
    };
  }, [estateId, month, allowed]);

  useEffect(() => {
    if (!allowed) return;
    readStaff(estateId).then(setStaff, () => {
      setStaff([]);
    });
  }, [estateId, allowed]);

  const rows = useMemo<Row[]>(() => {
    const byHousehold = new Map<string, ArrearsReminder[]>();
    for (const reminder of reminders) {
      byHousehold.set(reminder.household, [
        ...(byHousehold.get(reminder.household) ?? []),
        reminder,
      ]);
    }
    return householdsInArrears(bills ?? []).map((entry) => {
      const logged = byHousehold.get(entry.household) ?? [];
      const last = logged.reduce<ArrearsReminder | null>(
        (latest, reminder) =>
          latest === null || reminder.remindedAt.getTime() > latest.remindedAt.getTime()
            ? reminder
            : latest,
        null,
      );
      return { ...entry, last, reminders: logged.length };
    });
  }, [bills, reminders]);

  if (!allowed) {
    return <Alert type="info" showIcon title={t("assessment.arrears.onlyReaders")} />;
  }

  const nameOf = (uid: string) => staff.find((member) => member.id === uid)?.name ?? uid;
  const owedInAll = rows.reduce((sum, row) => sum + row.owedFen, 0);

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("assessment.arrears.title")}
      </Typography.Title>
      <Typography.Paragraph>{t("assessment.arrears.intro")}</Typography.Paragraph>
      <MonthSelect
        value={month}
        latest={monthOf(new Date(), timeZone)}
        onChange={(next) => {
          setMonth(next);
        }}
      />
      {problem !== null && <Alert type="error" showIcon title={problem} />}
      <Typography.Text data-testid="arrears-total">
        {bills === null
          ? "…"
          : t("assessment.arrears.total", {
              month,
              count: rows.length,
              owed: fenText(owedInAll),
            })}
      </Typography.Text>
      <Table<Row>
        size="small"
        data-testid="arrears-table"
        rowKey="household"
        loading={bills === null}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: "max-content" }}
        locale={{ emptyText: t("assessment.arrears.empty", { month }) }}
        columns={[
          // On a phone the middle columns scroll; the household and its action stay in view.
          {
            title: t("assessment.arrears.household"),
            dataIndex: "household",
            fixed: "left" as const,
          },
          {
            title: t("assessment.arrears.owed"),
            key: "owed",
            align: "right" as const,
            render: (_value: unknown, row: Row) => `¥${fenText(row.owedFen)}`,
          },
          {
            title: t("assessment.arrears.periods"),
            key: "periods",
            render: (_value: unknown, row: Row) => row.periods.join(", "),
          },
          {
            title: t("assessment.arrears.lastReminder"),
            key: "last",
            render: (_value: unknown, row: Row) =>
              row.last === null
                ? t("assessment.arrears.never")
                : t("assessment.arrears.reminderLine", {
                    at: localTime(row.last.remindedAt, timeZone),
                    channel: t(`assessment.arrears.channels.${row.last.channel}`),
                    who: nameOf(row.last.remindedBy),
                    count: row.reminders,
                  }),
          },
          {
            title: t("assessment.arrears.action"),
            key: "action",
            fixed: "right" as const,
            render: (_value: unknown, row: Row) => (
              <Button
                size="small"
                onClick={() => {
                  setReminding(row);
                }}
                aria-label={t("assessment.arrears.logFor", { household: row.household })}
              >
                {t("assessment.arrears.log")}
              </Button>
            ),
          },
        ]}
      />
      {reminding !== null && (
        <ReminderDialog
          estateId={estateId}
          month={month}
          row={reminding}
          onClose={() => {
            setReminding(null);
          }}
        />
      )}
    </Space>
  );
}

/** The "log reminder" form: channel and note; who and when are the caller and now. */
function ReminderDialog({
  estateId,
  month,
  row,
  onClose,
}: {
  readonly estateId: string;
  readonly month: MonthKey;
  readonly row: Row;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const noteId = useId();
  const channelId = useId();
  // One id per dialog: a retried submit stores one reminder.
  const [reminderId] = useState(() => crypto.randomUUID());
  const [channel, setChannel] = useState<ReminderChannel>("phone");
  const [note, setNote] = useState("");
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(): Promise<void> {
    setSaving(true);
    setProblem(null);
    try {
      await logArrearsReminder({
        estateId,
        reminderId,
        month,
        household: row.household,
        channel,
        note: note.trim(),
      });
      onClose();
    } catch (error) {
      setProblem(t("assessment.arrears.failed", { message: errorMessage(error) }));
      setSaving(false);
    }
  }

  return (
    <Modal
      open
      title={t("assessment.arrears.dialogTitle", {
        household: row.household,
        owed: fenText(row.owedFen),
      })}
      okText={t("assessment.arrears.save")}
      cancelText={t("assessment.arrears.cancel")}
      confirmLoading={saving}
      onOk={() => void submit()}
      onCancel={onClose}
      okButtonProps={{ "data-testid": "arrears-save" }}
    >
      <Space orientation="vertical" style={{ width: "100%" }}>
        <Typography.Text id={channelId}>{t("assessment.arrears.channel")}</Typography.Text>
        <Radio.Group
          aria-labelledby={channelId}
          value={channel}
          onChange={(event) => {
            setChannel(event.target.value as ReminderChannel);
          }}
          options={reminderChannels.map((value) => ({
            value,
            label: t(`assessment.arrears.channels.${value}`),
          }))}
        />
        <label htmlFor={noteId}>{t("assessment.arrears.note")}</label>
        <Input.TextArea
          id={noteId}
          data-testid="arrears-note"
          value={note}
          maxLength={1000}
          rows={3}
          onChange={(event) => {
            setNote(event.target.value);
          }}
        />
        <Typography.Text type="secondary">{t("assessment.arrears.ticketHint")}</Typography.Text>
        {problem !== null && <Alert type="error" showIcon title={problem} />}
      </Space>
    </Modal>
  );
}

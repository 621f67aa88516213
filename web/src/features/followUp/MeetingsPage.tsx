import { Alert, Button, Card, Input, Space, Table, Tag, Typography } from "antd";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { StoredMeeting } from "@domain/schema/meeting.js";
import { DEFAULT_TIME_ZONE } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import type { Records } from "../../firebase/firestore.js";
import { useNow } from "../desk/useDeskLive.js";
import { formatInstant, instantOfLocal } from "./dashboardRows.js";
import { splitMeetings } from "./meetingView.js";
import { loadFollowUp, useFollowUpLive } from "./useFollowUpLive.js";
import "./meetings.css";

/** How many meetings the list reads (newest first): about a year of weekly meetings. */
const MEETINGS_SHOWN = 60;

/** The director's form to plan a meeting (scheduleMeeting). */
function ScheduleMeetingForm({ estateId, zone }: { estateId: string; zone: string }) {
  const { t } = useTranslation();
  const ids = { when: useId(), title: useId() };
  const [when, setWhen] = useState("");
  const [title, setTitle] = useState("");
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const at = instantOfLocal(when, zone);

  const submit = async () => {
    if (at === null) return;
    setBusy(true);
    setOutcome(null);
    try {
      const followUp = await loadFollowUp();
      await followUp.scheduleMeeting({
        estateId,
        scheduledFor: at.toISOString(),
        ...(title.trim() === "" ? {} : { title: title.trim() }),
      });
      setOutcome({ ok: true, text: t("meetings.list.scheduled") });
      setWhen("");
      setTitle("");
    } catch (error) {
      setOutcome({ ok: false, text: t("meetings.failed", { message: String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t("meetings.list.schedule")} className="meeting-no-print">
      <Space wrap align="end">
        <span className="meeting-field">
          <label htmlFor={ids.when}>{t("meetings.list.scheduleWhen")}</label>
          <Input
            id={ids.when}
            type="datetime-local"
            data-testid="schedule-when"
            value={when}
            onChange={(event) => {
              setWhen(event.target.value);
            }}
          />
        </span>
        <span className="meeting-field">
          <label htmlFor={ids.title}>{t("meetings.list.scheduleTitle")}</label>
          <Input
            id={ids.title}
            maxLength={200}
            value={title}
            onChange={(event) => {
              setTitle(event.target.value);
            }}
          />
        </span>
        <Button
          type="primary"
          disabled={at === null}
          loading={busy}
          data-testid="schedule-meeting"
          onClick={() => void submit()}
        >
          {t("meetings.list.schedule")}
        </Button>
      </Space>
      {outcome !== null && (
        <Alert
          type={outcome.ok ? "success" : "error"}
          showIcon
          role={outcome.ok ? "status" : "alert"}
          title={outcome.text}
          style={{ marginTop: 8 }}
        />
      )}
    </Card>
  );
}

/** One table of meetings (upcoming or past). */
function MeetingTable({
  meetings,
  zone,
  testId,
}: {
  meetings: StoredMeeting[];
  zone: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Table<StoredMeeting>
      data-testid={testId}
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={meetings}
      scroll={{ x: 560 }}
      locale={{ emptyText: t("meetings.list.empty") }}
      onRow={(meeting) => ({ "data-testid": `meeting-${meeting.id}` }) as Record<string, string>}
      columns={[
        {
          title: t("meetings.list.when"),
          key: "when",
          render: (_, meeting) => formatInstant(meeting.scheduledFor, zone),
        },
        {
          title: t("meetings.list.name"),
          key: "name",
          render: (_, meeting) => <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>,
        },
        {
          title: t("meetings.list.items"),
          key: "items",
          render: (_, meeting) =>
            t("meetings.list.itemCount", {
              count: meeting.items.length,
              open: meeting.items.filter((item) => item.closedAt === null).length,
            }),
        },
        {
          title: t("meetings.list.state"),
          key: "state",
          render: (_, meeting) =>
            meeting.heldAt === null ? (
              <Tag color="blue">{t("meetings.list.planned")}</Tag>
            ) : (
              <Tag>{t("meetings.list.held")}</Tag>
            ),
        },
        {
          title: "",
          key: "open",
          render: (_, meeting) => (
            <Link
              to={`/meetings/${meeting.id}`}
              aria-label={`${t("meetings.list.open")} ${meeting.title}`}
            >
              {t("meetings.list.open")}
            </Link>
          ),
        },
      ]}
    />
  );
}

/** `/meetings`: the regular meetings (例會, C9), upcoming and past; the director plans one. */
export default function MeetingsPage() {
  const { t } = useTranslation();
  const { estateId, estate, role } = useEstate();
  const zone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const now = useNow();
  const live = useFollowUpLive<Records<StoredMeeting>>(
    `meetings:${estateId}`,
    (followUp, onData, onError) =>
      followUp.watchMeetings(estateId, MEETINGS_SHOWN, onData, onError),
  );
  const { upcoming, past } = useMemo(
    () => splitMeetings(live.status === "ready" ? live.value.records : [], now),
    [live, now],
  );
  const chairs = role === "director" || role === "admin";

  return (
    <section aria-labelledby="meetings-title" className="meetings">
      <Typography.Title id="meetings-title" level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {t("meetings.list.title")}
      </Typography.Title>
      {live.status === "failed" && (
        <Alert type="error" showIcon title={t("meetings.loadFailed", { message: live.message })} />
      )}
      {live.status === "ready" && live.value.unreadable.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t("meetings.unreadable", { count: live.value.unreadable.length })}
        />
      )}
      {chairs && <ScheduleMeetingForm estateId={estateId} zone={zone} />}
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t("meetings.list.upcoming")}
      </Typography.Title>
      <MeetingTable meetings={upcoming} zone={zone} testId="meetings-upcoming" />
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        {t("meetings.list.past")}
      </Typography.Title>
      <MeetingTable meetings={past} zone={zone} testId="meetings-past" />
    </section>
  );
}

import { Alert, Button, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { DEFAULT_TIME_ZONE } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import { useNow } from "../desk/useDeskLive.js";
import { formatInstant } from "./dashboardRows.js";
import { MeetingItemCard } from "./MeetingItemCard.js";
import { useMeetingLive } from "./useMeetingLive.js";
import "./meetings.css";

/**
 * `/meetings/:meetingId`: one regular meeting (例會, C9) — its agenda, each item with its
 * source and history, the minutes, the action done, the reply to the owner and closing; live.
 */
export default function MeetingPage() {
  const { t } = useTranslation();
  const { meetingId = "" } = useParams();
  const { estateId, estate, role, uid } = useEstate();
  const zone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const now = useNow();
  const { live, meeting, staff } = useMeetingLive(estateId, meetingId);
  const open = meeting?.items.filter((item) => item.closedAt === null).length ?? 0;

  return (
    <section aria-labelledby="meeting-title" className="meetings">
      <Link to="/meetings" className="meeting-no-print">
        {t("meetings.page.back")}
      </Link>
      {live.status === "failed" && (
        <Alert type="error" showIcon title={t("meetings.loadFailed", { message: live.message })} />
      )}
      {live.status === "ready" && meeting === null && (
        <Alert type="warning" showIcon title={t("meetings.page.notFound")} />
      )}
      {meeting !== null && (
        <>
          <Space wrap align="baseline" style={{ justifyContent: "space-between", width: "100%" }}>
            <Typography.Title
              id="meeting-title"
              level={1}
              style={{ fontSize: 22, margin: "8px 0" }}
            >
              {meeting.title}
            </Typography.Title>
            <Link to={`/meetings/${meeting.id}/minutes`} className="meeting-no-print">
              <Button data-testid="print-minutes">{t("meetings.page.print")}</Button>
            </Link>
          </Space>
          <Typography.Paragraph>
            {t("meetings.page.scheduledFor", { at: formatInstant(meeting.scheduledFor, zone) })}
            {" · "}
            {meeting.heldAt === null
              ? t("meetings.page.notHeld")
              : t("meetings.page.heldAt", { at: formatInstant(meeting.heldAt, zone) })}
            {" · "}
            <span data-testid="meeting-summary">
              {t("meetings.page.summary", { closed: meeting.items.length - open, open })}
            </span>
          </Typography.Paragraph>
          {meeting.items.length === 0 && (
            <Typography.Paragraph type="secondary">
              {t("meetings.page.noItems")}
            </Typography.Paragraph>
          )}
          <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
            {meeting.items.map((item, index) => (
              <MeetingItemCard
                key={item.id}
                estateId={estateId}
                meetingId={meeting.id}
                item={item}
                number={index + 1}
                zone={zone}
                role={role}
                uid={uid}
                staff={staff}
                now={now}
              />
            ))}
          </Space>
        </>
      )}
    </section>
  );
}

import { Alert, Button, Space, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { meetingMinutes } from "@domain/followUp/regularMeeting.js";
import { DEFAULT_TIME_ZONE } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import { useMeetingLive } from "./useMeetingLive.js";
import "./meetings.css";

/**
 * `/meetings/:meetingId/minutes`: the printable minutes of a regular meeting (C9) — every item
 * with its decision, the action's owner and deadline, done, the reply to the owner and its
 * status; print CSS gives A4 without the navigation.
 */
export default function MeetingMinutesPage() {
  const { t } = useTranslation();
  const { meetingId = "" } = useParams();
  const { estateId, estate } = useEstate();
  const zone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const { live, meeting, staff } = useMeetingLive(estateId, meetingId);
  const nameOf = (id: string) => staff.get(id) ?? id;
  const minutes = useMemo(
    () => (meeting === null ? null : meetingMinutes(meeting, zone)),
    [meeting, zone],
  );
  const none = t("meetings.minutes.none");

  return (
    <article
      className="meeting-minutes"
      aria-labelledby="minutes-title"
      data-testid="meeting-minutes"
    >
      <Space wrap className="meeting-no-print" style={{ marginBottom: 12 }}>
        <Link to={`/meetings/${meetingId}`}>{t("meetings.minutes.back")}</Link>
        <Button
          data-testid="print"
          onClick={() => {
            window.print();
          }}
        >
          {t("meetings.minutes.print")}
        </Button>
      </Space>
      {live.status === "failed" && (
        <Alert type="error" showIcon title={t("meetings.loadFailed", { message: live.message })} />
      )}
      {live.status === "ready" && meeting === null && (
        <Alert type="warning" showIcon title={t("meetings.page.notFound")} />
      )}
      {minutes !== null && (
        <>
          <Typography.Title id="minutes-title" level={1} style={{ fontSize: 20, marginTop: 0 }}>
            {t("meetings.minutes.title")}：{minutes.title}
          </Typography.Title>
          <p style={{ margin: "0 0 8px" }}>
            {estate !== null && <>{t("meetings.minutes.estate", { name: estate.name })} · </>}
            {t("meetings.minutes.scheduledFor", { at: minutes.scheduledFor })} ·{" "}
            {minutes.heldAt === null
              ? t("meetings.minutes.notHeld")
              : t("meetings.minutes.heldAt", { at: minutes.heldAt })}
            <br />
            {t("meetings.minutes.chair", { name: nameOf(minutes.chairId) })}
            {minutes.attendeeIds.length > 0 && (
              <>
                {" · "}
                {t("meetings.minutes.attendees", {
                  names: minutes.attendeeIds.map(nameOf).join("、"),
                })}
              </>
            )}
          </p>
          <div className="meeting-minutes-table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("meetings.minutes.columns.number")}</th>
                  <th scope="col">{t("meetings.minutes.columns.item")}</th>
                  <th scope="col">{t("meetings.minutes.columns.decision")}</th>
                  <th scope="col">{t("meetings.minutes.columns.owner")}</th>
                  <th scope="col">{t("meetings.minutes.columns.deadline")}</th>
                  <th scope="col">{t("meetings.minutes.columns.done")}</th>
                  <th scope="col">{t("meetings.minutes.columns.reply")}</th>
                  <th scope="col">{t("meetings.minutes.columns.status")}</th>
                </tr>
              </thead>
              <tbody>
                {minutes.items.map((item) => (
                  <tr key={item.number} data-testid={`minutes-row-${String(item.number)}`}>
                    <td>{item.number}</td>
                    <td className="meeting-minutes-detail">
                      <strong>{item.title}</strong>
                      <br />
                      {item.raisedBy}
                      {item.discussion !== "" && (
                        <>
                          <br />
                          {item.discussion}
                        </>
                      )}
                    </td>
                    <td className="meeting-minutes-detail">
                      {item.decision === "" ? none : item.decision}
                      {item.action !== null && (
                        <>
                          <br />
                          {item.action.description}
                        </>
                      )}
                    </td>
                    <td>
                      {item.action === null
                        ? none
                        : `${nameOf(item.action.ownerId)} (${t(`roles.${item.action.department}`)})`}
                    </td>
                    <td>{item.action?.deadline ?? none}</td>
                    <td>{item.action?.doneAt ?? none}</td>
                    <td className="meeting-minutes-detail">
                      {item.reply === null
                        ? none
                        : `${item.reply.text}（${t(`meetings.channel.${item.reply.channel}`)}，${item.reply.at}，${nameOf(item.reply.by)}）`}
                    </td>
                    <td>{t(`meetings.status.${item.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p style={{ marginTop: 8 }}>
            {t("meetings.minutes.generated", {
              total: minutes.items.length,
              closed: minutes.closedItems,
              open: minutes.openItems,
              zone: minutes.timeZone,
            })}
          </p>
        </>
      )}
    </article>
  );
}

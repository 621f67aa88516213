import { BellOutlined } from "@ant-design/icons";
import { Badge, Button, List, Popover, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { Notification } from "@domain/schema/notification.js";
import type { Records } from "../../firebase/firestore.js";
import { loadFollowUp, useFollowUpLive } from "./useFollowUpLive.js";

/** The header's bell: the signed-in staff member's in-app notifications, live. */
export function NotificationBell({ estateId, uid }: { estateId: string; uid: string }) {
  const { t } = useTranslation();
  const live = useFollowUpLive<Records<Notification>>(
    `bell:${estateId}:${uid}`,
    (followUp, onData, onError) =>
      followUp.watchMyNotifications(estateId, uid, 20, onData, onError),
  );
  const notifications = live.status === "ready" ? live.value.records : [];
  const unread = notifications.filter((each) => each.readAt === null).length;

  const content = (
    <List
      size="small"
      style={{ width: 320, maxWidth: "90vw" }}
      locale={{ emptyText: t("followUp.bell.empty") }}
      dataSource={notifications}
      renderItem={(notification) => (
        <List.Item
          key={notification.id}
          actions={
            notification.readAt === null
              ? [
                  <Button
                    key="read"
                    size="small"
                    type="link"
                    onClick={() => {
                      void loadFollowUp().then((followUp) =>
                        followUp.markNotificationRead(estateId, notification.id),
                      );
                    }}
                  >
                    {t("followUp.bell.markRead")}
                  </Button>,
                ]
              : []
          }
        >
          <div>
            <Tag color={notification.readAt === null ? "red" : "default"}>
              {notification.level === null
                ? t(`followUp.bell.reason.${notification.reason}`)
                : t(`followUp.level.${notification.level}`)}
            </Tag>
            <Typography.Text strong={notification.readAt === null}>
              {notification.title}
            </Typography.Text>
          </div>
        </List.Item>
      )}
    />
  );

  return (
    <Popover content={content} trigger="click" placement="bottomRight">
      <Button
        data-testid="notification-bell"
        aria-label={
          unread > 0 ? t("followUp.bell.labelUnread", { count: unread }) : t("followUp.bell.label")
        }
      >
        <Badge count={unread} size="small" offset={[8, -4]}>
          <BellOutlined aria-hidden="true" />
        </Badge>
      </Button>
    </Popover>
  );
}

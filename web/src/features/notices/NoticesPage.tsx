/**
 * The owners' side for staff (B.1.3, SPEC §12): publish notices and follow their
 * confirmations, answer requests from household pages, and keep the notice board links.
 */
import type { Records } from "../../firebase/firestore.js";
import type { Household } from "@domain/schema/household.js";
import { Alert, Space, Tabs, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useEstate } from "../../app/EstateContext.js";
import { BoardLinksPanel } from "./BoardLinksPanel.js";
import { NoticeList } from "./NoticeList.js";
import { PublishNoticeForm } from "./PublishNoticeForm.js";
import { RequestsPanel } from "./RequestsPanel.js";
import { useNoticesLive } from "./useNoticesLive.js";

const NO_HOUSEHOLDS: readonly Household[] = [];

export default function NoticesPage() {
  const { t } = useTranslation();
  const { estateId, estate } = useEstate();
  const timeZone = estate?.timeZone ?? "Asia/Shanghai";
  const households = useNoticesLive<Records<Household>>(
    `households/${estateId}`,
    (module, onData, onError) => module.watchHouseholds(estateId, onData, onError),
  );
  const list = households.status === "ready" ? households.value.records : NO_HOUSEHOLDS;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
        {t("notices.title")}
      </Typography.Title>
      {households.status === "failed" && (
        <Alert type="error" title={t("notices.loadFailed", { message: households.message })} />
      )}
      <Tabs
        items={[
          {
            key: "notices",
            label: t("notices.tabs.notices"),
            children: (
              <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
                <PublishNoticeForm estateId={estateId} timeZone={timeZone} households={list} />
                <NoticeList estateId={estateId} timeZone={timeZone} households={list} />
              </Space>
            ),
          },
          {
            key: "requests",
            label: t("notices.tabs.requests"),
            children: <RequestsPanel estateId={estateId} timeZone={timeZone} households={list} />,
          },
          {
            key: "board",
            label: t("notices.tabs.board"),
            children: <BoardLinksPanel estateId={estateId} />,
          },
        ]}
      />
    </Space>
  );
}

/**
 * The estate's public notice board links (B.1.3): issue one per lobby (printed as a QR code;
 * the token is shown once) and revoke them.
 */
import type { NoticeBoardLink } from "@domain/schema/noticeBoardLink.js";
import type { Records } from "../../firebase/firestore.js";
import { Alert, Button, Card, Input, List, Popconfirm, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { QrCode } from "../survey/LinksPanel.js";
import { loadNotices, ownerPageUrl, useNoticesLive } from "./useNoticesLive.js";
import { errorMessage } from "../../app/errorMessage.js";

export function BoardLinksPanel({ estateId }: { estateId: string }) {
  const { t } = useTranslation();
  const [label, setLabel] = useState("");
  const [issued, setIssued] = useState<{ label: string; url: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const links = useNoticesLive<Records<NoticeBoardLink>>(
    `boardLinks/${estateId}`,
    (module, onData, onError) => module.watchNoticeBoardLinks(estateId, onData, onError),
  );

  async function issue(): Promise<void> {
    if (label.trim() === "") {
      setProblem(t("notices.board.labelRequired"));
      return;
    }
    setProblem(null);
    try {
      const answer = await (await loadNotices()).issueNoticeBoardLink(estateId, label.trim());
      setIssued({
        label: label.trim(),
        url: ownerPageUrl(globalThis.location.origin, "n", answer.token),
      });
      setLabel("");
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  async function revoke(linkId: string): Promise<void> {
    try {
      await (await loadNotices()).revokeNoticeBoardLink(estateId, linkId);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  }

  const live =
    links.status === "ready" ? links.value.records.filter((link) => link.revokedAt === null) : [];
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("notices.board.heading")}</h2>}
    >
      <Space orientation="vertical" style={{ width: "100%" }}>
        <Typography.Text type="secondary">{t("notices.board.intro")}</Typography.Text>
        <Space.Compact style={{ width: "100%", maxWidth: 480 }}>
          <Input
            aria-label={t("notices.board.label")}
            placeholder={t("notices.board.label")}
            value={label}
            maxLength={100}
            onChange={(event) => {
              setLabel(event.target.value);
            }}
          />
          <Button type="primary" onClick={() => void issue()}>
            {t("notices.board.issue")}
          </Button>
        </Space.Compact>
        {problem !== null && <Alert type="error" role="alert" title={problem} />}
        {issued !== null && (
          <div className="owner-sheet" data-testid="board-sheet">
            <Typography.Title level={3}>{issued.label}</Typography.Title>
            <QrCode url={issued.url} />
            <Typography.Paragraph copyable>{issued.url}</Typography.Paragraph>
            <Typography.Text type="secondary">{t("notices.board.printHint")}</Typography.Text>
          </div>
        )}
        <List
          size="small"
          dataSource={live}
          locale={{ emptyText: t("notices.board.none") }}
          renderItem={(link) => (
            <List.Item
              actions={[
                <Popconfirm
                  key="revoke"
                  title={t("notices.board.revokeConfirm")}
                  onConfirm={() => void revoke(link.id)}
                >
                  <Button size="small" danger>
                    {t("notices.board.revoke")}
                  </Button>
                </Popconfirm>,
              ]}
            >
              {link.label}
            </List.Item>
          )}
        />
      </Space>
    </Card>
  );
}

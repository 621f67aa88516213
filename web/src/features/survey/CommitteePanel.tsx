/**
 * The owners' committee's read-only links (C5): created here, shown once, listed and revoked.
 * The committee's page shows the statistics and the rectification progress, never an answer.
 */
import { Button, Input, message as antMessage, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CommitteeLink } from "@domain/schema/committeeLink.js";
import {
  issueCommitteeLink,
  revokeCommitteeLink,
  watchCommitteeLinks,
} from "../../firebase/survey.js";
import { committeeLinkUrl } from "./figures.js";
import { formatTime, useLive } from "./hooks.js";

export function CommitteePanel({
  estateId,
  campaignId,
  timeZone,
}: {
  estateId: string;
  campaignId: string;
  timeZone: string;
}) {
  const { t, i18n } = useTranslation();
  const [toast, toastHolder] = antMessage.useMessage();
  const [label, setLabel] = useState(() => t("survey.committee.defaultLabel"));
  const [fresh, setFresh] = useState<string | null>(null);
  const links = useLive<CommitteeLink[]>(`${estateId}/${campaignId}`, (onData, onError) =>
    watchCommitteeLinks(estateId, campaignId, onData, onError),
  );
  const issue = async () => {
    try {
      const { token } = await issueCommitteeLink(estateId, campaignId, label.trim());
      setFresh(committeeLinkUrl(globalThis.location.origin, token));
    } catch (error) {
      void toast.error(t("survey.failed", { message: String(error) }));
    }
  };
  const revoke = async (linkId: string) => {
    try {
      await revokeCommitteeLink(estateId, linkId);
    } catch (error) {
      void toast.error(t("survey.failed", { message: String(error) }));
    }
  };
  return (
    <div data-testid="committee-links">
      {toastHolder}
      <p>{t("survey.committee.note")}</p>
      <Space wrap>
        <label>
          {t("survey.committee.label")}{" "}
          <Input
            style={{ width: 220 }}
            value={label}
            maxLength={100}
            onChange={(event) => {
              setLabel(event.target.value);
            }}
          />
        </label>
        <Button disabled={label.trim() === ""} onClick={() => void issue()}>
          {t("survey.committee.issue")}
        </Button>
      </Space>
      {fresh !== null && (
        <p>
          {t("survey.committee.issued")}{" "}
          <Typography.Text copyable code data-testid="committee-url">
            {fresh}
          </Typography.Text>
        </p>
      )}
      {links.value?.length === 0 && <p>{t("survey.committee.none")}</p>}
      {links.value !== undefined && links.value.length > 0 && (
        <Table<CommitteeLink>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={links.value}
          columns={[
            { key: "label", title: t("survey.committee.label"), dataIndex: "label" },
            {
              key: "created",
              title: "",
              render: (_: unknown, link) => formatTime(link.createdAt, i18n.language, timeZone),
            },
            {
              key: "state",
              title: "",
              render: (_: unknown, link) =>
                link.revokedAt === null ? (
                  <Space>
                    <Tag color="green">{t("survey.committee.active")}</Tag>
                    <Button size="small" danger onClick={() => void revoke(link.id)}>
                      {t("survey.committee.revoke")}
                    </Button>
                  </Space>
                ) : (
                  <Tag>{t("survey.committee.revoked")}</Tag>
                ),
            },
          ]}
        />
      )}
    </div>
  );
}

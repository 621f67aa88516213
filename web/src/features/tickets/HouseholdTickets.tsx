import { Alert, Card, List, Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { StoredRenovationFile } from "@domain/schema/renovationFile.js";
import type { StoredTicket } from "@domain/schema/ticket.js";
import { maskIdNumber, missingParts, type MissingPart } from "@domain/tickets/renovationFile.js";
import type { Records } from "../../firebase/firestore.js";
import { useEstate } from "../../app/EstateContext.js";
import { useNow } from "../desk/useDeskLive.js";
import { queueDepartmentOf } from "./ticketView.js";
import { shortTime } from "./TicketQueuePage.js";
import { useTicketsLive } from "./useTicketsLive.js";

function RenovationFileCard({ file, timeZone }: { file: StoredRenovationFile; timeZone: string }) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const missing = missingParts(file, now, timeZone);
  const partText = (part: MissingPart) =>
    part.part === "patrol"
      ? t("tickets.renovation.parts.patrol", { day: part.day })
      : t(`tickets.renovation.parts.${part.part}`);
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      {missing.length === 0 ? (
        <Alert type="success" title={t("tickets.renovation.complete")} />
      ) : (
        <Alert
          type="warning"
          data-testid="renovation-missing"
          title={t("tickets.renovation.missing", { parts: missing.map(partText).join("、") })}
        />
      )}
      <Typography.Text strong>{t("tickets.renovation.workers")}</Typography.Text>
      <Table
        size="small"
        pagination={false}
        scroll={{ x: 480 }}
        // antd writes the row key into the page (data-row-key): never the whole ID number.
        rowKey={(worker) => `${worker.name}/${maskIdNumber(worker.idNumber)}`}
        dataSource={file.workers}
        columns={[
          { key: "name", title: t("tickets.fields.title"), render: (_, worker) => worker.name },
          { key: "id", title: "ID", render: (_, worker) => maskIdNumber(worker.idNumber) },
          { key: "phone", title: "☎", render: (_, worker) => worker.phone },
          {
            key: "period",
            title: "",
            render: (_, worker) =>
              `${shortTime(worker.from, timeZone).slice(0, 5)} – ${shortTime(worker.until, timeZone).slice(0, 5)}`,
          },
        ]}
      />
      <Typography.Text strong>{t("tickets.renovation.patrols")}</Typography.Text>
      <List
        size="small"
        dataSource={[...file.patrols].sort((a, b) => b.at.getTime() - a.at.getTime())}
        renderItem={(patrol) => (
          <List.Item>
            <Space wrap>
              <span>{shortTime(patrol.at, timeZone)}</span>
              {patrol.problemFound && <Tag color="red">{t("tickets.renovation.problem")}</Tag>}
              <span>{patrol.findings}</span>
              {patrol.ticketId !== null && <Link to={`/tickets/${patrol.ticketId}`}>→</Link>}
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}

/** A household's tickets and its renovation file with what is missing (household page). */
export function HouseholdTickets({
  estateId,
  householdId,
  timeZone,
}: {
  estateId: string;
  householdId: string;
  timeZone: string;
}) {
  const { t } = useTranslation();
  const { role } = useEstate();
  const department = queueDepartmentOf(role);
  const tickets = useTicketsLive<Records<StoredTicket>>(
    `household-tickets:${estateId}:${householdId}`,
    (module, onData, onError) =>
      module.watchTicketsOfHousehold(estateId, householdId, department, onData, onError),
  );
  const file = useTicketsLive<StoredRenovationFile | null>(
    `renovation:${estateId}:${householdId}`,
    (module, onData, onError) => module.watchRenovationFile(estateId, householdId, onData, onError),
  );
  return (
    <>
      <Card title={t("tickets.renovation.tickets")} size="small">
        {tickets.status === "failed" ? (
          <Alert type="error" title={t("tickets.failed", { message: tickets.message })} />
        ) : (
          <List
            size="small"
            loading={tickets.status === "loading"}
            locale={{ emptyText: t("tickets.empty") }}
            dataSource={tickets.status === "ready" ? tickets.value.records : []}
            renderItem={(ticket) => (
              <List.Item>
                <Link to={`/tickets/${ticket.id}`}>
                  <Space wrap>
                    <Tag>{t(`tickets.types.${ticket.type}`)}</Tag>
                    <Tag color="blue">{t(`tickets.statuses.${ticket.status}`)}</Tag>
                    <span>{ticket.title}</span>
                    <Typography.Text type="secondary">
                      {shortTime(ticket.openedAt, timeZone)}
                    </Typography.Text>
                  </Space>
                </Link>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card
        title={t("tickets.renovation.title")}
        size="small"
        data-testid="renovation-file"
        extra={
          <Link to={`/households/${householdId}/renovation`} data-testid="open-renovation-file">
            {t("tickets.renovationFile.open")}
          </Link>
        }
      >
        {file.status === "failed" && (
          <Alert type="error" title={t("tickets.failed", { message: file.message })} />
        )}
        {file.status === "ready" &&
          (file.value === null ? (
            <Typography.Text type="secondary">{t("tickets.renovation.none")}</Typography.Text>
          ) : (
            <RenovationFileCard file={file.value} timeZone={timeZone} />
          ))}
      </Card>
    </>
  );
}

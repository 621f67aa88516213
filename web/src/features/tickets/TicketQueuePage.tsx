import { Alert, Button, List, Select, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { departments, type Department } from "@domain/schema/role.js";
import type { StoredTicket, TicketSettings } from "@domain/schema/ticket.js";
import type { TicketActor } from "@domain/tickets/lifecycle.js";
import { DEFAULT_TIME_ZONE, toZonedIso } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import type { Records } from "../../firebase/firestore.js";
import { useNow } from "../desk/useDeskLive.js";
import {
  actorOf,
  leadsOf,
  mayAssign,
  queueDepartmentOf,
  queueOrder,
  standsOutOverdue,
} from "./ticketView.js";
import { useTicketsLive } from "./useTicketsLive.js";
import "./tickets.css";

/** A due time as the estate reads it, e.g. `03-02 18:00`. */
export function shortTime(at: Date, timeZone: string): string {
  return toZonedIso(at, timeZone).slice(5, 16).replace("T", " ");
}

function TicketRow({
  ticket,
  now,
  timeZone,
  actor,
}: {
  ticket: StoredTicket;
  now: Date;
  timeZone: string;
  actor: TicketActor;
}) {
  const { t } = useTranslation();
  const overdue = standsOutOverdue(ticket, now);
  // Department leads, customer service and the director assign from the queue (the ticket
  // page has the assignee picker).
  const assign = mayAssign(ticket, actor) ? (
    <Link to={`/tickets/${ticket.id}#assign`} data-testid="queue-assign">
      <Button size="small">
        {t(ticket.status === "open" ? "tickets.steps.assign" : "tickets.steps.reassign")}
      </Button>
    </Link>
  ) : null;
  return (
    <List.Item
      className={overdue ? "ticket-row ticket-row--overdue" : "ticket-row"}
      actions={assign === null ? [] : [assign]}
    >
      <Link to={`/tickets/${ticket.id}`} className="ticket-row__link" data-testid="ticket-row">
        <Space wrap size={[6, 2]}>
          {overdue && <Tag color="red">{t("tickets.overdue")}</Tag>}
          {ticket.flagged && <Tag color="orange">{t("tickets.flags.unsigned")}</Tag>}
          <Tag>{t(`tickets.types.${ticket.type}`)}</Tag>
          <Typography.Text strong>{ticket.title}</Typography.Text>
        </Space>
        <Typography.Text type={overdue ? "danger" : "secondary"} style={{ display: "block" }}>
          {t(`tickets.statuses.${ticket.status}`)} ·{" "}
          {t("tickets.dueAt", { time: shortTime(ticket.dueAt, timeZone) })}
        </Typography.Text>
      </Link>
    </List.Item>
  );
}

/** The director's live list of tickets whose visit is unsigned, disputed or changed. */
export function FlaggedTickets({ estateId, timeZone }: { estateId: string; timeZone: string }) {
  const { t } = useTranslation();
  const live = useTicketsLive<Records<StoredTicket>>(
    `flagged:${estateId}`,
    (module, onData, onError) => module.watchFlaggedTickets(estateId, onData, onError),
  );
  return (
    <section aria-labelledby="flagged-title" data-testid="flagged-tickets">
      <Typography.Title level={4} id="flagged-title">
        {t("tickets.flaggedTitle")}
      </Typography.Title>
      {live.status === "failed" && (
        <Alert type="error" title={t("tickets.failed", { message: live.message })} />
      )}
      {live.status === "ready" && (
        <List
          size="small"
          bordered
          locale={{ emptyText: t("tickets.flaggedEmpty") }}
          dataSource={live.value.records}
          renderItem={(ticket) => (
            <List.Item>
              <Link to={`/tickets/${ticket.id}`}>
                <Space wrap>
                  {ticket.visitFlags
                    .filter((flag) => flag.kind !== "dissatisfied")
                    .map((flag) => (
                      <Tag color="orange" key={`${flag.visitId}-${flag.kind}`}>
                        {t(`tickets.flags.${flag.kind}`)}
                      </Tag>
                    ))}
                  <span>{ticket.title}</span>
                  <Typography.Text type="secondary">
                    {shortTime(ticket.updatedAt, timeZone)}
                  </Typography.Text>
                </Space>
              </Link>
            </List.Item>
          )}
        />
      )}
    </section>
  );
}

/** A department's running tickets, live, one page at a time; overdue ones stand out. */
export default function TicketQueuePage() {
  const { t } = useTranslation();
  const { estateId, estate, role, uid } = useEstate();
  const timeZone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const now = useNow(30_000);
  const own = queueDepartmentOf(role);
  const leads = useTicketsLive<TicketSettings["leads"]>(
    `leads:${estateId}`,
    (module, onData, onError) => module.watchTicketLeads(estateId, onData, onError),
  );
  const actor = actorOf(uid, role, leads.status === "ready" ? leadsOf(leads.value, uid) : []);
  const [department, setDepartment] = useState<Department | null>(own);
  const [pages, setPages] = useState(1);
  const live = useTicketsLive<Records<StoredTicket>>(
    `queue:${estateId}:${department ?? "all"}:${String(pages)}`,
    (module, onData, onError) =>
      module.watchTicketQueue(estateId, department, pages, onData, onError),
  );
  const pageSize = 30;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Space wrap style={{ justifyContent: "space-between", width: "100%" }}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t("tickets.queueTitle")}
        </Typography.Title>
        <Link to="/tickets/new">
          <Button type="primary">{t("tickets.newTicket")}</Button>
        </Link>
      </Space>
      {(role === "director" || role === "admin") && (
        <FlaggedTickets estateId={estateId} timeZone={timeZone} />
      )}
      {own === null && (
        <Space>
          <label htmlFor="queue-department">{t("tickets.department")}</label>
          <Select
            id="queue-department"
            style={{ minWidth: 160 }}
            value={department ?? "all"}
            onChange={(value: string) => {
              setDepartment(value === "all" ? null : (value as Department));
              setPages(1);
            }}
            options={[
              { value: "all", label: t("tickets.allDepartments") },
              ...departments.map((value) => ({ value, label: t(`roles.${value}`) })),
            ]}
          />
        </Space>
      )}
      {live.status === "failed" && (
        <Alert type="error" title={t("tickets.failed", { message: live.message })} />
      )}
      {live.status === "ready" && live.value.unreadable.length > 0 && (
        <Alert
          type="warning"
          title={t("tickets.unreadable", { count: live.value.unreadable.length })}
        />
      )}
      <List
        loading={live.status === "loading"}
        bordered
        data-testid="ticket-queue"
        locale={{ emptyText: t("tickets.empty") }}
        dataSource={live.status === "ready" ? queueOrder(live.value.records, now) : []}
        renderItem={(ticket) => (
          <TicketRow ticket={ticket} now={now} timeZone={timeZone} actor={actor} />
        )}
      />
      {live.status === "ready" && live.value.records.length >= pages * pageSize && (
        <Button
          onClick={() => {
            setPages(pages + 1);
          }}
        >
          {t("tickets.loadMore")}
        </Button>
      )}
    </Space>
  );
}

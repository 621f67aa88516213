import {
  Alert,
  Button,
  Card,
  Descriptions,
  Input,
  List,
  Select,
  Space,
  Tag,
  Timeline,
  Typography,
  message,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import type { StoredOnSiteVisit } from "@domain/schema/onSiteVisit.js";
import type { StoredTicket, TicketSettings } from "@domain/schema/ticket.js";
import { stepsAvailableTo, type LifecycleStep } from "@domain/tickets/lifecycle.js";
import { DEFAULT_TIME_ZONE } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import { EscalateToMeetingButton } from "../followUp/EscalateToMeetingButton.js";
import type { Records } from "../../firebase/firestore.js";
import { useLive } from "../households/useLiveRecords.js";
import { useNow } from "../desk/useDeskLive.js";
import { shortTime } from "./TicketQueuePage.js";
import { CaseBlocks } from "./CaseBlocks.js";
import {
  actorOf,
  leadsOf,
  queueDepartmentOf,
  refusalCodeOf,
  standsOutOverdue,
} from "./ticketView.js";
import { loadTickets, useTicketsLive } from "./useTicketsLive.js";
import { errorMessage } from "../../app/errorMessage.js";

/** A fresh visit id chosen by the device, so a retried save writes one record. */
function newVisitId(): string {
  return `visit-${crypto.randomUUID()}`;
}

function StepActions({
  ticket,
  steps,
  staff,
}: {
  ticket: StoredTicket;
  steps: LifecycleStep[];
  staff: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const { estateId } = useEstate();
  const [note, setNote] = useState("");
  const [assignee, setAssignee] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [messages, holder] = message.useMessage();
  if (steps.length === 0)
    return <Typography.Text type="secondary">{t("tickets.noActions")}</Typography.Text>;
  const take = async (step: LifecycleStep) => {
    setBusy(true);
    setRefusal(null);
    try {
      const module = await loadTickets();
      await module.transitionTicket({
        estateId,
        ticketId: ticket.id,
        to: step.to,
        note,
        ...(step.to === "assigned" && assignee !== undefined ? { assigneeId: assignee } : {}),
      });
      setNote("");
      void messages.success(t("tickets.stepDone"));
    } catch (error) {
      const text = errorMessage(error);
      const code = refusalCodeOf(error);
      // A refusal the life cycle explains (e.g. closing a case without its signed record)
      // stays on screen in the user's language; anything else is a passing message.
      if (code !== null && i18n.exists(`tickets.refusals.${code}`)) {
        setRefusal(t(`tickets.refusals.${code}`));
      } else {
        void messages.error(t("tickets.stepFailed", { message: text }));
      }
    } finally {
      setBusy(false);
    }
  };
  const assigning = steps.some((step) => step.to === "assigned");
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      {holder}
      {refusal !== null && (
        <Alert
          type="error"
          showIcon
          title={refusal}
          data-testid="step-refusal"
          closable={{
            onClose: () => {
              setRefusal(null);
            },
          }}
        />
      )}
      {assigning && (
        <Space wrap id="assign">
          <label htmlFor="ticket-assignee">{t("tickets.fields.assignee")}</label>
          <Select
            id="ticket-assignee"
            style={{ minWidth: 200 }}
            value={assignee}
            onChange={setAssignee}
            showSearch={{ optionFilterProp: "label" }}
            options={[...staff].map(([value, label]) => ({ value, label }))}
          />
        </Space>
      )}
      <label htmlFor="ticket-note">{t("tickets.fields.note")}</label>
      <Input.TextArea
        id="ticket-note"
        rows={2}
        value={note}
        onChange={(event) => {
          setNote(event.target.value);
        }}
      />
      <Space wrap>
        {steps.map((step) => (
          <Button
            key={`${step.from}-${step.to}`}
            type={step.to === "cancelled" ? "default" : "primary"}
            danger={step.to === "cancelled"}
            loading={busy}
            size="large"
            onClick={() => void take(step)}
          >
            {t(`tickets.steps.${step.meaning}`)}
          </Button>
        ))}
      </Space>
    </Space>
  );
}

function VisitList({ ticket, canVisit }: { ticket: StoredTicket; canVisit: boolean }) {
  const { t } = useTranslation();
  const { estateId, estate, role } = useEstate();
  const timeZone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const navigate = useNavigate();
  const live = useTicketsLive<Records<StoredOnSiteVisit>>(
    `visits:${estateId}:${ticket.id}`,
    (module, onData, onError) =>
      module.watchVisitsOfTicket(estateId, ticket.id, queueDepartmentOf(role), onData, onError),
  );
  return (
    <Card title={t("tickets.visits")} size="small">
      <List
        size="small"
        locale={{ emptyText: t("tickets.noVisits") }}
        dataSource={live.status === "ready" ? live.value.records : []}
        renderItem={(visit) => (
          <List.Item>
            <Link to={`/tickets/${ticket.id}/visits/${visit.id}`} data-testid="visit-link">
              <Space wrap>
                {visit.signature === null ? (
                  visit.doneAt === null ? (
                    <Tag>{t("tickets.visit.notDone")}</Tag>
                  ) : (
                    <Tag color="orange">{t("tickets.flags.unsigned")}</Tag>
                  )
                ) : (
                  <Tag color="green">
                    {t("tickets.visit.signed", {
                      name: visit.signature.signerName,
                      time: shortTime(visit.signature.signedAt, timeZone),
                    })}
                  </Tag>
                )}
                {visit.rating !== null && (
                  <Tag>{t(`tickets.visit.ratings.${visit.rating.value}`)}</Tag>
                )}
                <span>{visit.workDone}</span>
              </Space>
            </Link>
          </List.Item>
        )}
      />
      {canVisit && ticket.householdId !== null && (
        <Button
          size="large"
          onClick={() => {
            void navigate(`/tickets/${ticket.id}/visits/${newVisitId()}`);
          }}
        >
          {t("tickets.newVisit")}
        </Button>
      )}
    </Card>
  );
}

/** One ticket: its details, timeline, the steps the user may take, its on-site visits. */
export default function TicketPage() {
  const { t } = useTranslation();
  const { ticketId = "" } = useParams();
  const { estateId, estate, role, uid } = useEstate();
  const timeZone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const now = useNow(30_000);
  const live = useTicketsLive<StoredTicket | null>(
    `ticket:${estateId}:${ticketId}`,
    (module, onData, onError) => module.watchTicket(estateId, ticketId, onData, onError),
  );
  const staff = useLive<ReadonlyMap<string, string>>(
    `staff:${estateId}`,
    (module, onData, onError) => module.watchStaffNames(estateId, onData, onError),
  );
  const leads = useTicketsLive<TicketSettings["leads"]>(
    `leads:${estateId}`,
    (module, onData, onError) => module.watchTicketLeads(estateId, onData, onError),
  );
  const names = staff.status === "ready" ? staff.value : new Map<string, string>();
  const nameOf = (id: string | null) =>
    id === null ? t("tickets.fields.none") : (names.get(id) ?? id);
  if (live.status === "loading") return <Card loading />;
  if (live.status === "failed")
    return <Alert type="error" title={t("tickets.failed", { message: live.message })} />;
  const ticket = live.value;
  if (ticket === null) return <Alert type="warning" title={t("tickets.notFound")} />;
  const actor = actorOf(uid, role, leads.status === "ready" ? leadsOf(leads.value, uid) : []);
  const steps = stepsAvailableTo(ticket, actor);
  const overdue = standsOutOverdue(ticket, now);
  const canVisit =
    ticket.assigneeId === uid ||
    role === "customerService" ||
    role === "director" ||
    role === "admin";
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Link to="/tickets">{t("tickets.back")}</Link>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {ticket.title}
      </Typography.Title>
      <Space wrap>
        <Tag color="blue" data-testid="ticket-status">
          {t(`tickets.statuses.${ticket.status}`)}
        </Tag>
        <Tag>{t(`tickets.types.${ticket.type}`)}</Tag>
        {overdue && <Tag color="red">{t("tickets.overdue")}</Tag>}
        {ticket.visitFlags.map((flag) => (
          <Tag color="orange" key={`${flag.visitId}-${flag.kind}`} data-testid="visit-flag">
            {t(`tickets.flags.${flag.kind}`)}
          </Tag>
        ))}
        {/* C9: a major issue goes to the regular meeting with its history (the button shows
            itself only to customer service, the director and admin). */}
        <EscalateToMeetingButton source={{ kind: "ticket", id: ticket.id }} title={ticket.title} />
      </Space>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
        <Descriptions.Item label={t("tickets.department")}>
          {t(`roles.${ticket.department}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t("tickets.fields.assignee")}>
          {nameOf(ticket.assigneeId)}
        </Descriptions.Item>
        <Descriptions.Item label={t("tickets.fields.household")}>
          {ticket.householdId === null ? (
            t("tickets.fields.none")
          ) : (
            <Link to={`/households/${ticket.householdId}`}>{ticket.householdId}</Link>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t("tickets.fields.charge")}>
          {t(`tickets.charges.${ticket.charge}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t("tickets.fields.openedAt")}>
          {shortTime(ticket.openedAt, timeZone)}
        </Descriptions.Item>
        <Descriptions.Item label={t("tickets.fields.dueAt")}>
          {shortTime(ticket.dueAt, timeZone)}
        </Descriptions.Item>
      </Descriptions>
      {ticket.description !== "" && (
        <Typography.Paragraph>{ticket.description}</Typography.Paragraph>
      )}
      <Card title={t("tickets.actions")} size="small">
        <StepActions ticket={ticket} steps={steps} staff={names} />
      </Card>
      <CaseBlocks ticket={ticket} actor={actor} staff={names} nameOf={nameOf} timeZone={timeZone} />
      <VisitList ticket={ticket} canVisit={canVisit} />
      <Card title={t("tickets.timeline")} size="small">
        <Timeline
          items={[
            {
              key: "opened",
              content: `${shortTime(ticket.openedAt, timeZone)} ${t("tickets.opened", { who: nameOf(ticket.openedBy) })}`,
            },
            ...ticket.transitions.map((step, index) => ({
              key: String(index),
              content: (
                <span data-testid="timeline-step">
                  {shortTime(step.at, timeZone)} {nameOf(step.by)}:{" "}
                  {t(`tickets.statuses.${step.from}`)} → {t(`tickets.statuses.${step.to}`)}
                  {step.note !== "" && ` — ${step.note}`}
                </span>
              ),
            })),
          ]}
        />
      </Card>
    </Space>
  );
}

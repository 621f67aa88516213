import { Alert, Button, Card, Input, Select, Space, Tag, Typography } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { AgendaItem, OwnerReply } from "@domain/followUp/regularMeeting.js";
import { departments, type Department, type Role } from "@domain/schema/role.js";
import type { MeetingItemRecordRequest } from "../../firebase/followUp.js";
import { formatInstant, instantOfLocal, localOfInstant } from "./dashboardRows.js";
import { refusalReasons, type MeetingRefusal } from "./meetingView.js";
import { loadFollowUp } from "./useFollowUpLive.js";

const replyChannels: readonly OwnerReply["channel"][] = ["phone", "door", "meeting", "written"];

/** What a call ended with: nothing yet, done, refused with reasons, or failed. */
type Outcome =
  | { kind: "ok"; text: string }
  | { kind: "refused"; reasons: MeetingRefusal[] }
  | { kind: "failed"; text: string }
  | null;

function OutcomeAlert({ outcome, testId }: { outcome: Outcome; testId: string }) {
  const { t } = useTranslation();
  if (outcome === null) return null;
  if (outcome.kind === "ok") {
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        title={outcome.text}
        data-testid={`${testId}-ok`}
      />
    );
  }
  if (outcome.kind === "failed") {
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        title={outcome.text}
        data-testid={`${testId}-failed`}
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid={`${testId}-refused`}
      title={t("meetings.item.refusedTitle")}
      description={
        <ul style={{ margin: 0, paddingLeft: "1.2em" }}>
          {outcome.reasons.map((reason) => (
            <li key={reason}>{t(`meetings.refusal.${reason}`)}</li>
          ))}
        </ul>
      }
    />
  );
}

/** Runs a callable and turns its end into an {@link Outcome}. */
async function attempt(
  call: () => Promise<unknown>,
  okText: string,
  failedText: (error: unknown) => string,
): Promise<Outcome> {
  try {
    await call();
    return { kind: "ok", text: okText };
  } catch (error) {
    const reasons = refusalReasons(error);
    return reasons.length > 0
      ? { kind: "refused", reasons }
      : { kind: "failed", text: failedText(error) };
  }
}

/** The minutes of one item: discussion, decision, the action's owner, department, deadline. */
function MinutesForm({
  item,
  zone,
  staff,
  canEdit,
  save,
}: {
  item: AgendaItem;
  zone: string;
  staff: ReadonlyMap<string, string>;
  canEdit: boolean;
  save: (record: MeetingItemRecordRequest) => Promise<Outcome>;
}) {
  const { t } = useTranslation();
  const ids = {
    discussion: useId(),
    decision: useId(),
    owner: useId(),
    department: useId(),
    description: useId(),
    deadline: useId(),
  };
  const [discussion, setDiscussion] = useState(item.discussion);
  const [decision, setDecision] = useState(item.decision);
  const [ownerId, setOwnerId] = useState<string | null>(item.action?.ownerId ?? null);
  const [department, setDepartment] = useState<Department>(
    item.action?.department ?? "customerService",
  );
  const [description, setDescription] = useState(item.action?.description ?? "");
  const [deadline, setDeadline] = useState(
    item.action === null ? "" : localOfInstant(item.action.deadline, zone),
  );
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const deadlineAt = instantOfLocal(deadline, zone);
  const actionComplete = ownerId !== null && description.trim() !== "" && deadlineAt !== null;
  const actionStarted = ownerId !== null || description.trim() !== "" || deadline !== "";
  const locked = !canEdit || item.closedAt !== null;

  const submit = async () => {
    setBusy(true);
    setOutcome(
      await save({
        kind: "minutes",
        discussion: discussion.trim(),
        decision: decision.trim(),
        action: actionComplete
          ? {
              ownerId,
              department,
              description: description.trim(),
              deadline: deadlineAt.toISOString(),
            }
          : null,
      }),
    );
    setBusy(false);
  };

  return (
    <fieldset
      className="meeting-item-grid"
      disabled={locked}
      style={{ border: 0, padding: 0, margin: 0 }}
    >
      <legend className="meeting-visually-hidden">{t("meetings.item.minutes")}</legend>
      <span className="meeting-field">
        <label htmlFor={ids.discussion}>{t("meetings.item.discussion")}</label>
        <Input.TextArea
          id={ids.discussion}
          data-testid="minutes-discussion"
          autoSize={{ minRows: 2 }}
          maxLength={4000}
          value={discussion}
          onChange={(event) => {
            setDiscussion(event.target.value);
          }}
        />
      </span>
      <span className="meeting-field">
        <label htmlFor={ids.decision}>{t("meetings.item.decision")}</label>
        <Input.TextArea
          id={ids.decision}
          data-testid="minutes-decision"
          autoSize={{ minRows: 2 }}
          maxLength={2000}
          value={decision}
          onChange={(event) => {
            setDecision(event.target.value);
          }}
        />
      </span>
      <span className="meeting-field">
        <label htmlFor={ids.owner}>{t("meetings.item.actionOwner")}</label>
        <Select
          id={ids.owner}
          data-testid="minutes-owner"
          disabled={locked}
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          value={ownerId ?? undefined}
          placeholder={t("meetings.item.noActionYet")}
          onChange={(value: string | undefined) => {
            setOwnerId(value ?? null);
          }}
          options={[...staff.entries()].map(([uid, name]) => ({ value: uid, label: name }))}
        />
      </span>
      <span className="meeting-field">
        <label htmlFor={ids.department}>{t("meetings.item.actionDepartment")}</label>
        <Select
          id={ids.department}
          data-testid="minutes-department"
          disabled={locked}
          value={department}
          onChange={(value: Department) => {
            setDepartment(value);
          }}
          options={departments.map((each) => ({ value: each, label: t(`roles.${each}`) }))}
        />
      </span>
      <span className="meeting-field">
        <label htmlFor={ids.description}>{t("meetings.item.actionDescription")}</label>
        <Input
          id={ids.description}
          data-testid="minutes-action"
          maxLength={1000}
          value={description}
          onChange={(event) => {
            setDescription(event.target.value);
          }}
        />
      </span>
      <span className="meeting-field">
        <label htmlFor={ids.deadline}>{t("meetings.item.deadline")}</label>
        <Input
          id={ids.deadline}
          type="datetime-local"
          data-testid="minutes-deadline"
          value={deadline}
          onChange={(event) => {
            setDeadline(event.target.value);
          }}
        />
      </span>
      {!locked && (
        <Space orientation="vertical" style={{ gridColumn: "1 / -1" }}>
          <Button
            type="primary"
            loading={busy}
            disabled={actionStarted && !actionComplete}
            data-testid="save-minutes"
            onClick={() => void submit()}
          >
            {t("meetings.item.saveMinutes")}
          </Button>
          <OutcomeAlert outcome={outcome} testId="minutes" />
        </Space>
      )}
    </fieldset>
  );
}

/**
 * One agenda item of the regular meeting (C9): its source and history, the minutes, the action
 * done, the reply to the owner who raised it, and closing (refused, with its reasons, until the
 * action is done and the owner answered).
 */
export function MeetingItemCard({
  estateId,
  meetingId,
  item,
  number,
  zone,
  role,
  uid,
  staff,
  now,
}: {
  estateId: string;
  meetingId: string;
  item: AgendaItem;
  number: number;
  zone: string;
  role: Role;
  uid: string;
  staff: ReadonlyMap<string, string>;
  now: Date;
}) {
  const { t } = useTranslation();
  const ids = { doneNote: useId(), reply: useId(), channel: useId() };
  const chairs = role === "director" || role === "admin";
  const answers = chairs || role === "customerService";
  const [doneNote, setDoneNote] = useState("");
  const [replyText, setReplyText] = useState("");
  const [channel, setChannel] = useState<OwnerReply["channel"]>("phone");
  const [busy, setBusy] = useState<"done" | "reply" | "close" | null>(null);
  const [doneOutcome, setDoneOutcome] = useState<Outcome>(null);
  const [replyOutcome, setReplyOutcome] = useState<Outcome>(null);
  const [closeOutcome, setCloseOutcome] = useState<Outcome>(null);
  const nameOf = (id: string) => staff.get(id) ?? id;
  const closed = item.closedAt !== null;
  const action = item.action;
  const overdue =
    action !== null && action.doneAt === null && action.deadline.getTime() < now.getTime();
  const failedText = (error: unknown) => t("meetings.failed", { message: String(error) });

  const record = (request: MeetingItemRecordRequest) =>
    attempt(
      async () => {
        const followUp = await loadFollowUp();
        await followUp.recordMeetingItem({ estateId, meetingId, itemId: item.id, record: request });
      },
      t("meetings.item.saved"),
      failedText,
    );

  const run = async (which: "done" | "reply" | "close") => {
    setBusy(which);
    if (which === "done") {
      const outcome = await record({
        kind: "actionDone",
        note: doneNote.trim() === "" ? null : doneNote.trim(),
      });
      setDoneOutcome(outcome);
    } else if (which === "reply") {
      const outcome = await record({ kind: "ownerReply", text: replyText.trim(), channel });
      setReplyOutcome(outcome);
      if (outcome?.kind === "ok") setReplyText("");
    } else {
      setCloseOutcome(
        await attempt(
          async () => {
            const followUp = await loadFollowUp();
            await followUp.closeMeetingItem({ estateId, meetingId, itemId: item.id });
          },
          t("meetings.item.closedNow"),
          failedText,
        ),
      );
    }
    setBusy(null);
  };

  const sourceLabel = `${t(`meetings.sourceKind.${item.source.kind}`)} ${item.source.id}`;
  return (
    <Card
      size="small"
      data-testid={`agenda-item-${item.id}`}
      title={
        <Space wrap size={6}>
          <span>{t("meetings.item.number", { number })}</span>
          <Typography.Text strong>{item.title}</Typography.Text>
        </Space>
      }
      extra={
        <Space size={4}>
          {overdue && <Tag color="red">{t("meetings.item.overdue")}</Tag>}
          <Tag color={closed ? "green" : "orange"} data-testid="item-status">
            {t(`meetings.status.${closed ? "closed" : "open"}`)}
          </Tag>
        </Space>
      }
    >
      <dl className="meeting-item-grid" style={{ margin: 0 }}>
        <div>
          <dt>{t("meetings.item.source")}</dt>
          <dd style={{ margin: 0 }}>
            {item.source.kind === "ticket" ? (
              <Link to={`/tickets/${item.source.id}`}>{sourceLabel}</Link>
            ) : item.source.kind === "visit" ? (
              <Link to="/follow-up/visits">{sourceLabel}</Link>
            ) : (
              sourceLabel
            )}
          </dd>
        </div>
        <div>
          <dt>{t("meetings.item.raisedBy")}</dt>
          <dd style={{ margin: 0 }}>
            {item.raisedBy.ownerName}
            {item.raisedBy.householdId !== null &&
              item.raisedBy.householdId !== item.raisedBy.ownerName && (
                <> ({item.raisedBy.householdId})</>
              )}
          </dd>
        </div>
      </dl>
      <Typography.Text type="secondary">
        {t("meetings.item.escalated", {
          at: formatInstant(item.escalatedAt, zone),
          by: nameOf(item.escalatedBy),
        })}
      </Typography.Text>

      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 12 }}>
        {t("meetings.item.history")}
      </Typography.Title>
      {item.history.length === 0 ? (
        <Typography.Text type="secondary">{t("meetings.item.noHistory")}</Typography.Text>
      ) : (
        <ol className="meeting-history" data-testid="item-history">
          {item.history.map((entry, index) => (
            <li key={`${String(entry.at.getTime())}-${String(index)}`}>
              <Typography.Text type="secondary">
                {formatInstant(entry.at, zone)} · {nameOf(entry.by)}
              </Typography.Text>{" "}
              {entry.text}
            </li>
          ))}
        </ol>
      )}

      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 12 }}>
        {t("meetings.item.minutes")}
      </Typography.Title>
      <MinutesForm item={item} zone={zone} staff={staff} canEdit={chairs} save={record} />

      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 12 }}>
        {t("meetings.item.action")}
      </Typography.Title>
      {action === null ? (
        <Typography.Text type="secondary">{t("meetings.item.noActionYet")}</Typography.Text>
      ) : (
        <div>
          <p style={{ margin: 0 }} data-testid="item-action">
            {action.description} — {nameOf(action.ownerId)} ({t(`roles.${action.department}`)}),{" "}
            {t("meetings.item.deadline")} {formatInstant(action.deadline, zone)}
          </p>
          {action.doneAt !== null ? (
            <Tag color="green" data-testid="item-done">
              {t("meetings.item.done", { at: formatInstant(action.doneAt, zone) })}
              {action.doneNote === null ? "" : ` · ${action.doneNote}`}
            </Tag>
          ) : (
            <Tag>{t("meetings.item.notDone")}</Tag>
          )}
          {action.doneAt === null && !closed && (chairs || action.ownerId === uid) && (
            <Space wrap align="end" style={{ marginTop: 8 }}>
              <span className="meeting-field">
                <label htmlFor={ids.doneNote}>{t("meetings.item.doneNote")}</label>
                <Input
                  id={ids.doneNote}
                  data-testid="done-note"
                  maxLength={1000}
                  value={doneNote}
                  onChange={(event) => {
                    setDoneNote(event.target.value);
                  }}
                />
              </span>
              <Button
                data-testid="mark-done"
                loading={busy === "done"}
                onClick={() => void run("done")}
              >
                {t("meetings.item.markDone")}
              </Button>
            </Space>
          )}
          <OutcomeAlert outcome={doneOutcome} testId="done" />
        </div>
      )}

      <Typography.Title level={3} style={{ fontSize: 15, marginTop: 12 }}>
        {t("meetings.item.reply")}
      </Typography.Title>
      {item.ownerReply !== null ? (
        <div data-testid="item-reply">
          <p style={{ margin: 0 }}>{item.ownerReply.text}</p>
          <Typography.Text type="secondary">
            {t("meetings.item.replied", {
              at: formatInstant(item.ownerReply.repliedAt, zone),
              by: nameOf(item.ownerReply.repliedBy),
              channel: t(`meetings.channel.${item.ownerReply.channel}`),
            })}
          </Typography.Text>
        </div>
      ) : (
        <>
          <Tag color="orange">{t("meetings.item.notReplied")}</Tag>
          {answers && !closed && (
            <div className="meeting-item-grid" style={{ marginTop: 8 }}>
              <span className="meeting-field">
                <label htmlFor={ids.reply}>{t("meetings.item.replyText")}</label>
                <Input.TextArea
                  id={ids.reply}
                  data-testid="reply-text"
                  autoSize={{ minRows: 2 }}
                  maxLength={2000}
                  value={replyText}
                  onChange={(event) => {
                    setReplyText(event.target.value);
                  }}
                />
              </span>
              <span className="meeting-field">
                <label htmlFor={ids.channel}>{t("meetings.item.replyChannel")}</label>
                <Select
                  id={ids.channel}
                  value={channel}
                  onChange={(value: OwnerReply["channel"]) => {
                    setChannel(value);
                  }}
                  options={replyChannels.map((each) => ({
                    value: each,
                    label: t(`meetings.channel.${each}`),
                  }))}
                />
                <Button
                  style={{ marginTop: 8 }}
                  data-testid="record-reply"
                  disabled={replyText.trim() === ""}
                  loading={busy === "reply"}
                  onClick={() => void run("reply")}
                >
                  {t("meetings.item.recordReply")}
                </Button>
              </span>
            </div>
          )}
        </>
      )}
      <OutcomeAlert outcome={replyOutcome} testId="reply" />

      <div style={{ marginTop: 12 }}>
        {closed && item.closedAt !== null ? (
          <Typography.Text type="success" data-testid="item-closed">
            {t("meetings.item.closedAt", {
              at: formatInstant(item.closedAt, zone),
              by: nameOf(item.closedBy ?? ""),
            })}
          </Typography.Text>
        ) : (
          chairs && (
            <Button
              danger
              data-testid="close-item"
              loading={busy === "close"}
              onClick={() => void run("close")}
            >
              {t("meetings.item.close")}
            </Button>
          )
        )}
        <div style={{ marginTop: 8 }}>
          <OutcomeAlert outcome={closeOutcome} testId="close" />
        </div>
      </div>
    </Card>
  );
}

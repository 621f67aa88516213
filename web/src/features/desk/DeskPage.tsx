import { Alert, Button, Card, Input, Space, Table, Tag, Typography, message } from "antd";
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { householdLabel } from "@domain/schema/household.js";
import {
  RECEPTION_CHANNELS,
  receptionCategories,
  type Reception,
  type ReceptionCategory,
  type ReceptionChannel,
} from "@domain/schema/reception.js";
import { DEFAULT_TIME_ZONE, dayOf } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import type { CallerMatch } from "../../firebase/desk.js";
import type { Records } from "../../firebase/firestore.js";
import { useLive } from "../households/useLiveRecords.js";
import {
  categoryShortcut,
  channelShortcut,
  deskRows,
  draftProblems,
  fromLocalInput,
  toLocalInput,
  type DeskRow,
} from "./deskForm.js";
import { DutyRegistrationBar } from "./DutyRegistrationBar.js";
import { EditReceptionDialog } from "./EditReceptionDialog.js";
import { loadDesk, useDeskLive, useNow } from "./useDeskLive.js";
import { DeskFollowUpPanel } from "../followUp/DeskFollowUpPanel.js";

/** Who may write at the desk (the rules say the same). */
const DESK_ROLES = new Set(["customerService", "director", "admin"]);

const selectStyle: React.CSSProperties = {
  width: "100%",
  height: 32,
  padding: "0 8px",
  border: "1px solid #d9d9d9",
  borderRadius: 6,
  background: "#fff",
  fontSize: 14,
};

const labelStyle: React.CSSProperties = { display: "block", fontWeight: 600, marginBottom: 4 };

/** The caller-ID lookup of the number being typed: the matches, or why there are none. */
type Lookup =
  | { status: "idle" }
  | { status: "looking" }
  | { status: "done"; key: string; matches: readonly CallerMatch[] };

function useCallerLookup(estateId: string, number: string): Lookup {
  const digits = number.replace(/\D/g, "");
  const [answer, setAnswer] = useState<{ key: string; matches: readonly CallerMatch[] } | null>(
    null,
  );
  useEffect(() => {
    if (digits.length < 7) return;
    let current = true;
    const timer = setTimeout(() => {
      loadDesk()
        .then((desk) => desk.lookUpCaller(estateId, number))
        .then(
          (matches) => {
            if (current) setAnswer({ key: `${estateId}/${digits}`, matches });
          },
          () => {
            if (current) setAnswer({ key: `${estateId}/${digits}`, matches: [] });
          },
        );
    }, 120);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [estateId, number, digits]);
  if (digits.length < 7) return { status: "idle" };
  if (answer?.key !== `${estateId}/${digits}`) return { status: "looking" };
  return { status: "done", key: answer.key, matches: answer.matches };
}

/** The reception desk (SPEC §2): record a contact in seconds; today's records, live. */
export default function DeskPage() {
  const { t } = useTranslation();
  const { estateId, estate, uid, role } = useEstate();
  const zone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const now = useNow();
  const today = dayOf(now, zone);
  const canWrite = DESK_ROLES.has(role);
  const ids = {
    number: useId(),
    callerName: useId(),
    match: useId(),
    channel: useId(),
    category: useId(),
    content: useId(),
    outcome: useId(),
    at: useId(),
    reason: useId(),
    hint: useId(),
  };

  const numberRef = useRef<HTMLInputElement>(null);
  const channelRef = useRef<HTMLSelectElement>(null);
  const categoryRef = useRef<HTMLSelectElement>(null);
  const contentRef = useRef<HTMLTextAreaElement>(null);
  const outcomeRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);

  const [channel, setChannel] = useState<ReceptionChannel>("phone_in");
  const [callerNumber, setCallerNumber] = useState("");
  const [editedName, setCallerName] = useState<string | null>(null);
  const [picked, setChoice] = useState<{ key: string; personId: string } | null>(null);
  const [category, setCategory] = useState<ReceptionCategory>("inquiry");
  const [content, setContent] = useState("");
  const [outcome, setOutcome] = useState("");
  // The time follows the clock until the user edits it.
  const [editedAt, setAt] = useState<string | null>(null);
  const at = editedAt ?? toLocalInput(now, zone);
  const [amends, setAmends] = useState<Reception | null>(null);
  const [amendReason, setAmendReason] = useState("");
  const [editing, setEditing] = useState<Reception | null>(null);
  const [saving, setSaving] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [messages, messageHolder] = message.useMessage();

  const lookup = useCallerLookup(estateId, callerNumber);
  const matches = lookup.status === "done" ? lookup.matches : [];
  // The first match is proposed as soon as the number is known, until another is picked.
  const choice =
    lookup.status === "done" && picked?.key === lookup.key
      ? picked.personId
      : (matches[0]?.person.id ?? "");
  const chosen = matches.find((match) => match.person.id === choice) ?? null;
  const callerName = editedName ?? chosen?.person.name ?? "";

  const receptions = useDeskLive<Records<Reception>>(
    `receptions/${estateId}/${today}`,
    (desk, onData, onError) => desk.watchReceptionsOfDay(estateId, today, onData, onError),
  );
  const staffNames = useLive<ReadonlyMap<string, string>>(
    `staffNames/${estateId}`,
    (firestore, onData, onError) => firestore.watchStaffNames(estateId, onData, onError),
  );
  const names = staffNames.status === "ready" ? staffNames.value : new Map<string, string>();
  const rows = useMemo(
    () => (receptions.status === "ready" ? deskRows(receptions.value.records) : []),
    [receptions],
  );

  const reset = () => {
    setCallerNumber("");
    setCallerName(null);
    setChoice(null);
    setCategory("inquiry");
    setContent("");
    setOutcome("");
    setAt(null);
    setAmends(null);
    setAmendReason("");
    setProblems([]);
    numberRef.current?.focus();
  };

  const save = async () => {
    if (saving) return;
    const draft = { channel, at, callerNumber, content, amends: amends?.id ?? null, amendReason };
    const found = draftProblems(draft, zone, new Date());
    setProblems(found);
    if (found.length > 0) {
      (({ content: contentRef, amendReason: reasonRef }) as const)[
        found.includes("content") ? "content" : "amendReason"
      ].current?.focus();
      return;
    }
    const instant = fromLocalInput(at, zone) ?? new Date();
    setSaving(true);
    try {
      const desk = await loadDesk();
      await desk.createReception(estateId, zone, {
        channel,
        at: instant,
        callerNumber: callerNumber.trim(),
        callerName: callerName.trim(),
        householdId: chosen?.person.householdId ?? null,
        personId: chosen?.person.id ?? null,
        category,
        content: content.trim(),
        outcome: outcome.trim(),
        ticketId: null,
        amends: amends?.id ?? null,
        amendReason: amends === null ? null : amendReason.trim(),
      });
      void messages.success(t("desk.saved"));
      reset();
    } catch (error) {
      void messages.error(t("desk.saveFailed", { message: String(error) }));
    } finally {
      setSaving(false);
    }
  };

  // Enter moves along the fast path (number → channel → category → content → outcome
  // [→ reason]) and saves from the last field; Ctrl+Enter saves from anywhere.
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const chain: React.RefObject<HTMLElement | null>[] = [
      numberRef,
      channelRef,
      categoryRef,
      contentRef,
      outcomeRef,
      ...(amends === null ? [] : [reasonRef]),
    ];
    if (event.key !== "Enter" || event.nativeEvent.isComposing) return;
    if (event.ctrlKey || event.metaKey) {
      event.preventDefault();
      void save();
      return;
    }
    const target = event.target as HTMLElement;
    if (target instanceof HTMLTextAreaElement && event.shiftKey) return;
    if (target instanceof HTMLButtonElement) return;
    const position = chain.findIndex((ref) => ref.current === target);
    if (position < 0) return;
    event.preventDefault();
    const next = chain[position + 1];
    if (next === undefined) void save();
    else next.current?.focus();
  };

  const startAmendment = (original: Reception) => {
    setAmends(original);
    setChannel(original.channel);
    setCallerNumber(original.callerNumber);
    setCallerName(original.callerName);
    setChoice(null);
    setCategory(original.category);
    setContent(original.content);
    setOutcome(original.outcome);
    setAt(null);
    setAmendReason("");
    setTimeout(() => reasonRef.current?.focus(), 0);
  };

  const describeMatch = (match: CallerMatch) =>
    `${match.person.name}${match.household === null ? "" : ` · ${householdLabel(match.household)}`}`;

  const lookupText =
    lookup.status === "looking"
      ? t("desk.lookingUp")
      : lookup.status === "done" && matches.length === 0
        ? t("desk.unknownNumber")
        : lookup.status === "done"
          ? t("desk.proposed", { who: chosen === null ? t("desk.nobody") : describeMatch(chosen) })
          : "";

  const problemText = (problem: string) => t(`desk.problems.${problem}`);

  return (
    <section aria-labelledby="desk-title">
      {messageHolder}
      <Typography.Title id="desk-title" level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {t("desk.title")}
      </Typography.Title>
      {canWrite && <DutyRegistrationBar estateId={estateId} zone={zone} uid={uid} />}
      {canWrite && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <form
            data-testid="desk-form"
            aria-describedby={ids.hint}
            onKeyDown={onKeyDown}
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
            style={{
              display: "grid",
              gap: 12,
              gridTemplateColumns: "repeat(auto-fill, minmax(220px, 1fr))",
            }}
          >
            {amends !== null && (
              <Alert
                style={{ gridColumn: "1 / -1" }}
                type="info"
                showIcon
                title={t("desk.amending", {
                  time: toLocalInput(amends.at, zone).replace("T", " "),
                  content: amends.content,
                })}
                action={
                  <Button size="small" onClick={reset}>
                    {t("desk.cancelAmendment")}
                  </Button>
                }
              />
            )}
            <div>
              <label htmlFor={ids.number} style={labelStyle}>
                {t("desk.number")}
              </label>
              <input
                id={ids.number}
                ref={numberRef}
                data-testid="desk-number"
                className="ant-input"
                type="tel"
                inputMode="tel"
                autoComplete="off"
                autoFocus
                value={callerNumber}
                aria-describedby={`${ids.number}-lookup`}
                onChange={(event) => {
                  setCallerNumber(event.target.value);
                }}
                style={{ ...selectStyle, fontSize: 16 }}
              />
              <Typography.Text
                id={`${ids.number}-lookup`}
                data-testid="desk-lookup"
                type="secondary"
                aria-live="polite"
                style={{ fontSize: 13 }}
              >
                {lookupText}
              </Typography.Text>
            </div>
            {matches.length > 1 && (
              <div>
                <label htmlFor={ids.match} style={labelStyle}>
                  {t("desk.match")}
                </label>
                <select
                  id={ids.match}
                  style={selectStyle}
                  value={choice}
                  onChange={(event) => {
                    if (lookup.status === "done") {
                      setChoice({ key: lookup.key, personId: event.target.value });
                      setCallerName(null);
                    }
                  }}
                >
                  {matches.map((match) => (
                    <option key={match.person.id} value={match.person.id}>
                      {describeMatch(match)}
                    </option>
                  ))}
                  <option value="">{t("desk.nobody")}</option>
                </select>
              </div>
            )}
            <div>
              <label htmlFor={ids.callerName} style={labelStyle}>
                {t("desk.callerName")}
              </label>
              <Input
                id={ids.callerName}
                data-testid="desk-caller-name"
                value={callerName}
                maxLength={60}
                onChange={(event) => {
                  setCallerName(event.target.value);
                }}
              />
            </div>
            <div>
              <label htmlFor={ids.channel} style={labelStyle}>
                {t("desk.channel")}
              </label>
              <select
                id={ids.channel}
                ref={channelRef}
                data-testid="desk-channel"
                style={selectStyle}
                value={channel}
                onChange={(event) => {
                  setChannel(event.target.value as ReceptionChannel);
                }}
              >
                {RECEPTION_CHANNELS.map((value) => (
                  <option key={value} value={value}>
                    {`${channelShortcut(value)} ${t(`desk.channels.${value}`)}`}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor={ids.category} style={labelStyle}>
                {t("desk.category")}
              </label>
              <select
                id={ids.category}
                ref={categoryRef}
                data-testid="desk-category"
                style={selectStyle}
                value={category}
                onChange={(event) => {
                  setCategory(event.target.value as ReceptionCategory);
                }}
              >
                {receptionCategories.map((value) => (
                  <option key={value} value={value}>
                    {`${categoryShortcut(value)} ${t(`desk.categories.${value}`)}`}
                  </option>
                ))}
              </select>
            </div>
            <div style={{ gridColumn: "1 / -1" }}>
              <label htmlFor={ids.content} style={labelStyle}>
                {t("desk.content")}
              </label>
              <textarea
                id={ids.content}
                ref={contentRef}
                data-testid="desk-content"
                className="ant-input"
                rows={2}
                maxLength={2000}
                value={content}
                aria-invalid={problems.includes("content")}
                onChange={(event) => {
                  setContent(event.target.value);
                }}
                style={{ ...selectStyle, height: "auto", padding: 8, resize: "vertical" }}
              />
            </div>
            <div style={{ gridColumn: "1 / -1" }}>
              <label htmlFor={ids.outcome} style={labelStyle}>
                {t("desk.outcome")}
              </label>
              <input
                id={ids.outcome}
                ref={outcomeRef}
                data-testid="desk-outcome"
                className="ant-input"
                maxLength={2000}
                value={outcome}
                onChange={(event) => {
                  setOutcome(event.target.value);
                }}
                style={selectStyle}
              />
            </div>
            {amends !== null && (
              <div style={{ gridColumn: "1 / -1" }}>
                <label htmlFor={ids.reason} style={labelStyle}>
                  {t("desk.amendReason")}
                </label>
                <input
                  id={ids.reason}
                  ref={reasonRef}
                  data-testid="desk-amend-reason"
                  className="ant-input"
                  maxLength={500}
                  value={amendReason}
                  aria-invalid={problems.includes("amendReason")}
                  onChange={(event) => {
                    setAmendReason(event.target.value);
                  }}
                  style={selectStyle}
                />
              </div>
            )}
            <div>
              <label htmlFor={ids.at} style={labelStyle}>
                {t("desk.at")}
              </label>
              <input
                id={ids.at}
                data-testid="desk-at"
                type="datetime-local"
                className="ant-input"
                value={at}
                onChange={(event) => {
                  setAt(event.target.value);
                }}
                style={selectStyle}
              />
            </div>
            <div style={{ gridColumn: "1 / -1" }}>
              {problems.length > 0 && (
                <Alert
                  type="error"
                  showIcon
                  role="alert"
                  style={{ marginBottom: 8 }}
                  title={problems.map(problemText).join(" ")}
                />
              )}
              <Space wrap>
                <Button type="primary" htmlType="submit" loading={saving} data-testid="desk-save">
                  {t("desk.save")}
                </Button>
                <Typography.Text id={ids.hint} type="secondary" style={{ fontSize: 13 }}>
                  {t("desk.keyboardHint")}
                </Typography.Text>
              </Space>
            </div>
          </form>
        </Card>
      )}
      <TodayList
        rows={rows}
        zone={zone}
        names={names}
        uid={uid}
        canWrite={canWrite}
        loading={receptions.status === "loading"}
        failure={receptions.status === "failed" ? receptions.message : null}
        onAmend={startAmendment}
        onEdit={setEditing}
      />
      {editing !== null && (
        <EditReceptionDialog
          estateId={estateId}
          reception={editing}
          onClose={() => {
            setEditing(null);
          }}
          onSaved={() => {
            setEditing(null);
            void messages.success(t("desk.edit.saved"));
          }}
        />
      )}
      <DeskFollowUpPanel />
    </section>
  );
}

function TodayList(props: {
  readonly rows: readonly DeskRow[];
  readonly zone: string;
  readonly names: ReadonlyMap<string, string>;
  readonly uid: string;
  readonly canWrite: boolean;
  readonly loading: boolean;
  readonly failure: string | null;
  readonly onAmend: (reception: Reception) => void;
  readonly onEdit: (reception: Reception) => void;
}) {
  const { t } = useTranslation();
  const time = (reception: Reception) => toLocalInput(reception.at, props.zone).slice(11);
  const line = (reception: Reception) => (
    <span>
      {reception.amends !== null && (
        <Tag color="orange">{t("desk.amendment", { reason: reception.amendReason ?? "" })}</Tag>
      )}
      {reception.content}
    </span>
  );
  return (
    <section aria-labelledby="desk-today">
      <Typography.Title id="desk-today" level={2} style={{ fontSize: 18 }}>
        {t("desk.today", { count: props.rows.length })}
      </Typography.Title>
      {props.failure !== null && (
        <Alert type="error" showIcon title={t("desk.loadFailed", { message: props.failure })} />
      )}
      <Table<DeskRow>
        data-testid="desk-today"
        size="small"
        loading={props.loading}
        rowKey={(row) => row.reception.id}
        dataSource={[...props.rows].reverse()}
        pagination={false}
        scroll={{ x: 900 }}
        expandable={{
          rowExpandable: (row) => row.amendments.length > 0,
          expandedRowRender: (row) => (
            <ul style={{ margin: 0 }}>
              {row.amendments.map((amendment) => (
                <li key={amendment.id}>
                  {time(amendment)} {line(amendment)} · {amendment.outcome}
                </li>
              ))}
            </ul>
          ),
          defaultExpandAllRows: true,
        }}
        columns={[
          { title: t("desk.at"), key: "at", width: 70, render: (_, row) => time(row.reception) },
          {
            title: t("desk.channel"),
            key: "channel",
            width: 90,
            render: (_, row) => t(`desk.channels.${row.reception.channel}`),
          },
          {
            title: t("desk.caller"),
            key: "caller",
            width: 180,
            render: (_, { reception }) => (
              <Space orientation="vertical" size={0}>
                <span>{reception.callerName || t("desk.unknownCaller")}</span>
                {reception.callerNumber !== "" && (
                  <Typography.Text type="secondary">{reception.callerNumber}</Typography.Text>
                )}
                {reception.householdId !== null && (
                  <Link to={`/households/${reception.householdId}`}>{t("desk.household")}</Link>
                )}
              </Space>
            ),
          },
          {
            title: t("desk.category"),
            key: "category",
            width: 90,
            render: (_, row) => t(`desk.categories.${row.reception.category}`),
          },
          {
            title: t("desk.content"),
            key: "content",
            render: (_, { reception }) => (
              <span>
                {line(reception)}{" "}
                {/* Issue 3 item 1: a reception opens a ticket stub; the link is kept on it. */}
                {reception.ticketId !== null ? (
                  <Link to={`/tickets/${reception.ticketId}`}>
                    {t("tickets.ticketLinked", { id: reception.ticketId.slice(-6) })}
                  </Link>
                ) : (
                  <Link
                    data-testid="desk-open-ticket"
                    to={`/tickets/new?${new URLSearchParams({
                      receptionId: reception.id,
                      householdId: reception.householdId ?? "",
                      title: reception.content.slice(0, 200),
                    }).toString()}`}
                  >
                    {t("tickets.openFromReception")}
                  </Link>
                )}
              </span>
            ),
          },
          {
            title: t("desk.outcome"),
            key: "outcome",
            render: (_, row) => row.reception.outcome,
          },
          {
            title: t("desk.staff"),
            key: "staff",
            width: 90,
            render: (_, row) => props.names.get(row.reception.staffId) ?? row.reception.staffId,
          },
          {
            title: t("desk.status"),
            key: "status",
            width: 120,
            render: (_, { reception }) =>
              reception.archived ? (
                <Space size={4} wrap>
                  <Tag>{t("desk.archived")}</Tag>
                  {props.canWrite && (
                    <Button
                      size="small"
                      onClick={() => {
                        props.onAmend(reception);
                      }}
                    >
                      {t("desk.amend")}
                    </Button>
                  )}
                </Space>
              ) : (
                <Space size={4} wrap>
                  <Tag color={reception.staffId === props.uid ? "blue" : "default"}>
                    {t("desk.open")}
                  </Tag>
                  {props.canWrite && reception.createdBy === props.uid && (
                    <Button
                      size="small"
                      aria-label={t("desk.edit.label", { content: reception.content })}
                      onClick={() => {
                        props.onEdit(reception);
                      }}
                    >
                      {t("desk.edit.button")}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
    </section>
  );
}

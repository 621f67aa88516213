import { Alert, Button, Card, Checkbox, Input, Space, Tag, Typography, message } from "antd";
import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router-dom";
import { missingHandoverParts } from "@domain/handover.js";
import { openItemKinds, type Handover, type OpenItem } from "@domain/schema/handover.js";
import type { RosterShiftRecord } from "@domain/schema/rosterShift.js";
import { DEFAULT_TIME_ZONE } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import { useLive } from "../households/useLiveRecords.js";
import { toLocalInput } from "./deskForm.js";
import { loadDesk, useDeskLive } from "./useDeskLive.js";

const fieldStyle: React.CSSProperties = {
  height: 32,
  padding: "0 8px",
  border: "1px solid #d9d9d9",
  borderRadius: 6,
  background: "#fff",
};
const labelStyle: React.CSSProperties = { display: "block", fontWeight: 600, marginBottom: 4 };

/** The shift of the page, read once. */
function useShift(estateId: string, shiftId: string) {
  const [state, setState] = useState<{ key: string; shift: RosterShiftRecord | null } | null>(null);
  const key = `${estateId}/${shiftId}`;
  useEffect(() => {
    let current = true;
    loadDesk()
      .then((desk) => desk.readShift(estateId, shiftId))
      .then(
        (shift) => {
          if (current) setState({ key, shift });
        },
        () => {
          if (current) setState({ key, shift: null });
        },
      );
    return () => {
      current = false;
    };
  }, [estateId, shiftId, key]);
  return state?.key === key ? state : null;
}

/** Handover (交接班, B2.1): the outgoing staff member writes it; the incoming one confirms. */
export default function HandoverPage() {
  const { t } = useTranslation();
  const { shiftId = "" } = useParams();
  const { estateId, estate, uid } = useEstate();
  const zone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const loaded = useShift(estateId, shiftId);
  const handover = useDeskLive<Handover | null>(
    `handover/${estateId}/${shiftId}`,
    (desk, onData, onError) => desk.watchHandover(estateId, shiftId, onData, onError),
  );
  const staffNames = useLive<ReadonlyMap<string, string>>(
    `staffNames/${estateId}`,
    (firestore, onData, onError) => firestore.watchStaffNames(estateId, onData, onError),
  );
  const names = staffNames.status === "ready" ? staffNames.value : new Map<string, string>();
  const nameOf = (id: string) => names.get(id) ?? id;
  const when = (instant: Date) => toLocalInput(instant, zone).replace("T", " ");

  if (loaded === null || handover.status === "loading") {
    return <Typography.Text>{t("app.loading")}</Typography.Text>;
  }
  if (loaded.shift === null)
    return <Alert type="warning" showIcon title={t("desk.handover.notFound")} />;
  if (handover.status === "failed") {
    return (
      <Alert
        type="error"
        showIcon
        title={t("desk.handover.failed", { message: handover.message })}
      />
    );
  }
  const shift = loaded.shift;
  const existing = handover.value;
  const isOutgoing = shift.staffId === uid;
  const editable = isOutgoing && existing?.confirmedAt == null;

  return (
    <section aria-labelledby="handover-title">
      <Typography.Title id="handover-title" level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {t("desk.handover.title")}
      </Typography.Title>
      <Typography.Paragraph>
        {t("desk.handover.shiftOf", {
          name: nameOf(shift.staffId),
          start: when(shift.start),
          end: when(shift.end),
        })}
      </Typography.Paragraph>
      {existing !== null && <HandoverStatus handover={existing} nameOf={nameOf} when={when} />}
      {existing !== null && existing.confirmedAt === null && existing.incomingStaffId === uid && (
        <ConfirmButton estateId={estateId} shiftId={shiftId} />
      )}
      {editable ? (
        <HandoverForm
          key={existing?.updatedAt.getTime() ?? "new"}
          estateId={estateId}
          shift={shift}
          existing={existing}
          names={names}
          uid={uid}
        />
      ) : (
        existing !== null && <HandoverView handover={existing} nameOf={nameOf} />
      )}
    </section>
  );
}

function HandoverStatus(props: {
  readonly handover: Handover;
  readonly nameOf: (id: string) => string;
  readonly when: (instant: Date) => string;
}) {
  const { t } = useTranslation();
  const missing = missingHandoverParts(props.handover);
  return (
    <Space wrap style={{ marginBottom: 12 }} data-testid="handover-status">
      {missing.length === 0 ? (
        <Tag color="green">{t("desk.handover.complete")}</Tag>
      ) : (
        <Tag color="red">
          {t("desk.handover.incomplete", {
            parts: missing.map((part) => t(`desk.handover.parts.${part}`)).join("、"),
          })}
        </Tag>
      )}
      {props.handover.confirmedAt === null || props.handover.confirmedBy === null ? (
        <Tag color="orange">{t("desk.handover.notConfirmed")}</Tag>
      ) : (
        <Tag color="green">
          {t("desk.handover.confirmed", {
            name: props.nameOf(props.handover.confirmedBy),
            time: props.when(props.handover.confirmedAt),
          })}
        </Tag>
      )}
    </Space>
  );
}

function ConfirmButton(props: { readonly estateId: string; readonly shiftId: string }) {
  const { t } = useTranslation();
  const [messages, holder] = message.useMessage();
  return (
    <div style={{ marginBottom: 12 }}>
      {holder}
      <Button
        type="primary"
        data-testid="handover-confirm"
        onClick={() => {
          loadDesk()
            .then((desk) => desk.confirmHandover(props.estateId, props.shiftId))
            .catch((error: unknown) => {
              void messages.error(t("desk.handover.failed", { message: String(error) }));
            });
        }}
      >
        {t("desk.handover.confirm")}
      </Button>
    </div>
  );
}

function HandoverView(props: {
  readonly handover: Handover;
  readonly nameOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const { handover } = props;
  return (
    <Card size="small">
      <Typography.Paragraph>
        <strong>{t("desk.handover.incoming")}：</strong>
        {handover.incomingStaffId === null ? "—" : props.nameOf(handover.incomingStaffId)}
      </Typography.Paragraph>
      <Typography.Paragraph>
        <strong>{t("desk.handover.openItems")}：</strong>
        {handover.openItems.length === 0
          ? handover.noOpenItems
            ? t("desk.handover.noOpenItems")
            : "—"
          : null}
      </Typography.Paragraph>
      <ul>
        {handover.openItems.map((item, index) => (
          <li key={index}>
            <Tag>{t(`desk.handover.kinds.${item.kind}`)}</Tag>
            {item.refId !== null && <code>{item.refId} </code>}
            {item.text}
          </li>
        ))}
      </ul>
      <Typography.Paragraph>
        <strong>{t("desk.handover.anomalies")}：</strong>
        {handover.anomalies || "—"}
      </Typography.Paragraph>
      <Typography.Paragraph>
        <strong>{t("desk.handover.notes")}：</strong>
        {handover.notes || "—"}
      </Typography.Paragraph>
      {handover.confirmedAt !== null && (
        <Typography.Text type="secondary">{t("desk.handover.readOnly")}</Typography.Text>
      )}
    </Card>
  );
}

function HandoverForm(props: {
  readonly estateId: string;
  readonly shift: RosterShiftRecord;
  readonly existing: Handover | null;
  readonly names: ReadonlyMap<string, string>;
  readonly uid: string;
}) {
  const { t } = useTranslation();
  const ids = { incoming: useId(), anomalies: useId(), notes: useId() };
  const [incoming, setIncoming] = useState(props.existing?.incomingStaffId ?? "");
  const [items, setItems] = useState<OpenItem[]>(props.existing?.openItems ?? []);
  const [noOpenItems, setNoOpenItems] = useState(props.existing?.noOpenItems ?? false);
  const [anomalies, setAnomalies] = useState(props.existing?.anomalies ?? "");
  const [notes, setNotes] = useState(props.existing?.notes ?? "");
  const [saving, setSaving] = useState(false);
  const [messages, holder] = message.useMessage();
  const draft = {
    outgoingStaffId: props.uid,
    incomingStaffId: incoming === "" ? null : incoming,
    openItems: items,
    noOpenItems: items.length === 0 && noOpenItems,
    anomalies,
  };
  const missing = missingHandoverParts(draft);
  const setItem = (index: number, change: Partial<OpenItem>) => {
    setItems(items.map((item, at) => (at === index ? { ...item, ...change } : item)));
  };
  const submit = async () => {
    setSaving(true);
    try {
      const desk = await loadDesk();
      await desk.writeHandover(
        props.estateId,
        props.shift,
        {
          incomingStaffId: draft.incomingStaffId,
          openItems: items.map((item) => ({
            kind: item.kind,
            refId: item.refId === null || item.refId.trim() === "" ? null : item.refId.trim(),
            text: item.text.trim(),
          })),
          noOpenItems: draft.noOpenItems,
          anomalies: anomalies.trim(),
          notes: notes.trim(),
        },
        props.existing,
      );
      void messages.success(t("desk.handover.written"));
    } catch (error) {
      void messages.error(t("desk.handover.failed", { message: String(error) }));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card size="small">
      {holder}
      <form
        data-testid="handover-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        style={{ display: "grid", gap: 12 }}
      >
        <div>
          <label htmlFor={ids.incoming} style={labelStyle}>
            {t("desk.handover.incoming")}
          </label>
          <select
            id={ids.incoming}
            data-testid="handover-incoming"
            style={fieldStyle}
            value={incoming}
            onChange={(event) => {
              setIncoming(event.target.value);
            }}
          >
            <option value="" />
            {[...props.names]
              .filter(([id]) => id !== props.uid)
              .map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
          </select>
        </div>
        <fieldset style={{ border: "1px solid #f0f0f0", borderRadius: 6, padding: 8 }}>
          <legend style={{ fontWeight: 600 }}>{t("desk.handover.openItems")}</legend>
          {items.map((item, index) => (
            <Space key={index} wrap style={{ marginBottom: 8 }}>
              <select
                aria-label={t("desk.handover.itemKind")}
                style={fieldStyle}
                value={item.kind}
                onChange={(event) => {
                  setItem(index, { kind: event.target.value as OpenItem["kind"] });
                }}
              >
                {openItemKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`desk.handover.kinds.${kind}`)}
                  </option>
                ))}
              </select>
              <Input
                aria-label={t("desk.handover.itemRef")}
                placeholder={t("desk.handover.itemRef")}
                value={item.refId ?? ""}
                onChange={(event) => {
                  setItem(index, { refId: event.target.value });
                }}
                style={{ width: 160 }}
              />
              <Input
                aria-label={t("desk.handover.itemText")}
                placeholder={t("desk.handover.itemText")}
                value={item.text}
                onChange={(event) => {
                  setItem(index, { text: event.target.value });
                }}
                style={{ width: 280 }}
              />
              <Button
                onClick={() => {
                  setItems(items.filter((_, at) => at !== index));
                }}
              >
                {t("desk.handover.remove")}
              </Button>
            </Space>
          ))}
          <Space wrap>
            <Button
              onClick={() => {
                setItems([...items, { kind: "reception", refId: null, text: "" }]);
              }}
            >
              {t("desk.handover.addItem")}
            </Button>
            {items.length === 0 && (
              <Checkbox
                data-testid="handover-no-open-items"
                checked={noOpenItems}
                onChange={(event) => {
                  setNoOpenItems(event.target.checked);
                }}
              >
                {t("desk.handover.noOpenItems")}
              </Checkbox>
            )}
          </Space>
        </fieldset>
        <div>
          <label htmlFor={ids.anomalies} style={labelStyle}>
            {t("desk.handover.anomalies")}
          </label>
          <Input.TextArea
            id={ids.anomalies}
            data-testid="handover-anomalies"
            rows={2}
            maxLength={2000}
            value={anomalies}
            onChange={(event) => {
              setAnomalies(event.target.value);
            }}
          />
        </div>
        <div>
          <label htmlFor={ids.notes} style={labelStyle}>
            {t("desk.handover.notes")}
          </label>
          <Input.TextArea
            id={ids.notes}
            rows={2}
            maxLength={2000}
            value={notes}
            onChange={(event) => {
              setNotes(event.target.value);
            }}
          />
        </div>
        {missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t("desk.handover.incomplete", {
              parts: missing.map((part) => t(`desk.handover.parts.${part}`)).join("、"),
            })}
          />
        )}
        <div>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="handover-submit">
            {t("desk.handover.write")}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/**
 * The case blocks of the ticket page (SPEC §5): the written case record signed by the
 * responsible person (B2.7–9), the director's inspections (B2.7–9), the warranty settlement and
 * the rights-protection success (B2.11), the ambulance guidance and a verified complaint about
 * it (B2.13). Each block is shown only for the ticket types it applies to, and filled in only
 * by those the callables allow; the others read it.
 */
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Input,
  InputNumber,
  List,
  Select,
  Space,
  Tag,
} from "antd";
import { Typography, message } from "antd";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { StoredTicket } from "@domain/schema/ticket.js";
import { missingCaseRecordParts, type TicketActor } from "@domain/tickets/lifecycle.js";
import { useEstate } from "../../app/EstateContext.js";
import { SignaturePad, type SignaturePadHandle } from "./SignaturePad.js";
import { shortTime } from "./TicketQueuePage.js";
import { caseBlocksOf, instantOfLocalInput, localInputValue } from "./ticketView.js";
import { loadTickets, type TicketsFirebase } from "./useTicketsLive.js";
import { errorMessage } from "../../app/errorMessage.js";

/** What every block gets. */
interface BlockProps {
  ticket: StoredTicket;
  editable: boolean;
  nameOf: (id: string | null) => string;
  timeZone: string;
}

/** Runs a callable with a busy flag and a success / failure message. */
function useCaseAction() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [messages, holder] = message.useMessage();
  const run = async (action: (module: TicketsFirebase) => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    try {
      await action(await loadTickets());
      void messages.success(t("tickets.cases.saved"));
      return true;
    } catch (error) {
      void messages.error(t("tickets.cases.failed", { message: errorMessage(error) }));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const invalid = (text: string) => {
    void messages.warning(text);
  };
  return { busy, run, invalid, holder };
}

/** A labelled field (label above the input, so it works at 390 px). */
function Field({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <Space orientation="vertical" size={2} style={{ width: "100%" }}>
      <label htmlFor={id}>{label}</label>
      {children}
    </Space>
  );
}

/** A date-time input in the estate's zone. */
function TimeInput({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Input
      id={id}
      type="datetime-local"
      style={{ maxWidth: 260 }}
      value={value}
      onChange={(event) => {
        onChange(event.target.value);
      }}
    />
  );
}

/** A stored signature picture (read by its image path). */
function SignatureImage({ path, alt }: { path: string; alt: string }) {
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void loadTickets()
      .then((module) => module.readImageAt(path))
      .then((record) => {
        if (current) setDataUrl(record?.dataUrl ?? null);
      });
    return () => {
      current = false;
    };
  }, [path]);
  if (dataUrl === null) return null;
  return (
    <img
      src={dataUrl}
      alt={alt}
      data-testid="case-signature-image"
      style={{ maxWidth: 280, width: "100%", border: "1px solid #d9d9d9", background: "#fff" }}
    />
  );
}

/** B2.7–9: the written process and result, and the responsible person's drawn signature. */
function CaseRecordBlock({ ticket, editable, timeZone }: BlockProps) {
  const { t } = useTranslation();
  const { estateId } = useEstate();
  const record = ticket.caseRecord;
  const [process, setProcess] = useState(record?.process ?? "");
  const [result, setResult] = useState(record?.result ?? "");
  const [signerName, setSignerName] = useState("");
  const pad = useRef<SignaturePadHandle>(null);
  const { busy, run, invalid, holder } = useCaseAction();
  const missing = missingCaseRecordParts(ticket);
  const signature = record?.responsibleSignature ?? null;
  const imagePath =
    signature !== null && "imagePath" in signature.image ? signature.image.imagePath : null;
  const save = (sign: boolean) => {
    const dataUrl = sign ? (pad.current?.dataUrl() ?? null) : null;
    if (sign && (process.trim() === "" || result.trim() === "")) {
      invalid(t("tickets.cases.record.writeFirst"));
      return;
    }
    if (sign && (dataUrl === null || signerName.trim() === "")) {
      invalid(t("tickets.cases.record.signatureRequired"));
      return;
    }
    void run((module) =>
      module.recordCaseRecord({
        estateId,
        ticketId: ticket.id,
        process,
        result,
        ...(sign && dataUrl !== null ? { signerName, signatureDataUrl: dataUrl } : {}),
      }),
    );
  };
  return (
    <Card title={t("tickets.cases.record.title")} size="small" data-testid="case-record">
      {holder}
      <Space orientation="vertical" style={{ width: "100%" }}>
        {missing.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={t("tickets.cases.record.missing", {
              parts: missing.map((part) => t(`tickets.cases.record.parts.${part}`)).join("、"),
            })}
          />
        ) : (
          <Tag color="green">{t("tickets.cases.record.complete")}</Tag>
        )}
        {!editable && record !== null && (
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t("tickets.cases.record.process")}>
              <span data-testid="case-process">{record.process}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t("tickets.cases.record.result")}>
              <span data-testid="case-result">{record.result}</span>
            </Descriptions.Item>
          </Descriptions>
        )}
        {signature !== null && (
          <Space orientation="vertical">
            <Tag color="green" data-testid="case-signed">
              {t("tickets.cases.record.signed", {
                name: signature.signerName,
                time: shortTime(signature.signedAt, timeZone),
              })}
            </Tag>
            {imagePath !== null && <SignatureImage path={imagePath} alt={signature.signerName} />}
          </Space>
        )}
        {editable && (
          <>
            <Field id="case-process" label={t("tickets.cases.record.process")}>
              <Input.TextArea
                id="case-process"
                rows={3}
                value={process}
                onChange={(event) => {
                  setProcess(event.target.value);
                }}
              />
            </Field>
            <Field id="case-result" label={t("tickets.cases.record.result")}>
              <Input.TextArea
                id="case-result"
                rows={2}
                value={result}
                onChange={(event) => {
                  setResult(event.target.value);
                }}
              />
            </Field>
            <Field id="case-signer" label={t("tickets.cases.record.signerName")}>
              <Input
                id="case-signer"
                style={{ maxWidth: 320 }}
                value={signerName}
                onChange={(event) => {
                  setSignerName(event.target.value);
                }}
              />
            </Field>
            <SignaturePad ref={pad} label={t("tickets.cases.record.signHere")} />
            <Space wrap>
              <Button
                loading={busy}
                onClick={() => {
                  save(false);
                }}
              >
                {t("tickets.cases.record.saveDraft")}
              </Button>
              <Button
                type="primary"
                size="large"
                loading={busy}
                onClick={() => {
                  save(true);
                }}
              >
                {t("tickets.cases.record.sign")}
              </Button>
            </Space>
          </>
        )}
      </Space>
    </Card>
  );
}

/** A fresh id chosen by the device, so a retried call records once. */
const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

/** B2.7–9: the director's inspections and their findings. */
function InspectionBlock({ ticket, editable, nameOf, timeZone }: BlockProps) {
  const { t } = useTranslation();
  const { estateId } = useEstate();
  const [note, setNote] = useState("");
  const [inspectionId, setInspectionId] = useState(() => newId("inspection"));
  const { busy, run, invalid, holder } = useCaseAction();
  const inspect = async (result: "handled" | "foundUnhandled") => {
    if (result === "foundUnhandled" && note.trim() === "") {
      invalid(t("tickets.cases.inspection.noteRequired"));
      return;
    }
    const done = await run((module) =>
      module.inspectCase({ estateId, ticketId: ticket.id, inspectionId, result, note }),
    );
    if (done) {
      setNote("");
      setInspectionId(newId("inspection"));
    }
  };
  return (
    <Card title={t("tickets.cases.inspection.title")} size="small" data-testid="case-inspections">
      {holder}
      <Space orientation="vertical" style={{ width: "100%" }}>
        <List
          size="small"
          locale={{ emptyText: t("tickets.cases.inspection.none") }}
          dataSource={ticket.inspections}
          renderItem={(inspection) => (
            <List.Item data-testid="case-inspection">
              <Space wrap>
                <Tag color={inspection.result === "handled" ? "green" : "red"}>
                  {t(`tickets.cases.inspection.results.${inspection.result}`)}
                </Tag>
                <span>
                  {shortTime(inspection.at, timeZone)} {nameOf(inspection.by)}
                </span>
                {inspection.note !== "" && <span>{inspection.note}</span>}
                {inspection.findingId !== null && (
                  <Typography.Text code data-testid="case-inspection-finding">
                    {t("tickets.cases.finding", { id: inspection.findingId })}
                  </Typography.Text>
                )}
              </Space>
            </List.Item>
          )}
        />
        {editable && (
          <>
            <Field id="inspection-note" label={t("tickets.cases.inspection.note")}>
              <Input.TextArea
                id="inspection-note"
                rows={2}
                value={note}
                onChange={(event) => {
                  setNote(event.target.value);
                }}
              />
            </Field>
            <Space wrap>
              <Button loading={busy} onClick={() => void inspect("handled")}>
                {t("tickets.cases.inspection.handled")}
              </Button>
              <Button danger loading={busy} onClick={() => void inspect("foundUnhandled")}>
                {t("tickets.cases.inspection.foundUnhandled")}
              </Button>
            </Space>
          </>
        )}
      </Space>
    </Card>
  );
}

/** B2.11: the settlement within or after warranty, and the rights-protection success. */
function HouseQualityBlock({
  ticket,
  editable,
  nameOf,
  timeZone,
  director,
}: BlockProps & { director: boolean }) {
  const { t } = useTranslation();
  const { estateId } = useEstate();
  const quality = ticket.houseQuality;
  const now = localInputValue(new Date(), timeZone);
  const [text, setText] = useState("");
  const [repair, setRepair] = useState("");
  const [cost, setCost] = useState<number | null>(null);
  const [at, setAt] = useState(now);
  const [confirmedBy, setConfirmedBy] = useState("");
  const [confirmedAt, setConfirmedAt] = useState(now);
  const { busy, run, invalid, holder } = useCaseAction();
  if (quality === null) return null;
  const developer = quality.arrangement === "developer";
  const settle = () => {
    const when = instantOfLocalInput(at, timeZone);
    if (when === null || (developer ? text.trim() === "" : repair.trim() === "" || cost === null)) {
      invalid(t("tickets.cases.quality.required"));
      return;
    }
    void run((module) =>
      module.recordHouseQuality({
        estateId,
        ticketId: ticket.id,
        settlement: developer
          ? { kind: "developerReply", text, at: when.toISOString() }
          : { kind: "ownerAgreement", repair, costYuan: cost ?? 0, agreedAt: when.toISOString() },
      }),
    );
  };
  const confirm = () => {
    const when = instantOfLocalInput(confirmedAt, timeZone);
    if (when === null || confirmedBy.trim() === "") {
      invalid(t("tickets.cases.quality.required"));
      return;
    }
    void run((module) =>
      module.recordRightsProtection({
        estateId,
        ticketId: ticket.id,
        confirmedBy,
        confirmedAt: when.toISOString(),
      }),
    );
  };
  const success = quality.rightsProtection;
  return (
    <Card title={t("tickets.cases.quality.title")} size="small" data-testid="case-quality">
      {holder}
      <Space orientation="vertical" style={{ width: "100%" }}>
        <Tag color={developer ? "blue" : "gold"} data-testid="case-warranty">
          {t(developer ? "tickets.cases.quality.within" : "tickets.cases.quality.after")}
        </Tag>
        <Descriptions size="small" column={1} bordered>
          {developer ? (
            <Descriptions.Item label={t("tickets.cases.quality.developerReply")}>
              {quality.developerReply === null
                ? t("tickets.cases.notRecorded")
                : `${shortTime(quality.developerReply.at, timeZone)} ${quality.developerReply.text}`}
            </Descriptions.Item>
          ) : (
            <Descriptions.Item label={t("tickets.cases.quality.ownerAgreement")}>
              {quality.ownerAgreement === null
                ? t("tickets.cases.notRecorded")
                : t("tickets.cases.quality.agreement", {
                    time: shortTime(quality.ownerAgreement.agreedAt, timeZone),
                    repair: quality.ownerAgreement.repair,
                    cost: quality.ownerAgreement.costYuan,
                  })}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t("tickets.cases.quality.rightsProtection")}>
            {success?.committeeConfirmation == null
              ? t("tickets.cases.notRecorded")
              : t("tickets.cases.quality.confirmed", {
                  who: success.committeeConfirmation.confirmedBy,
                  time: shortTime(success.committeeConfirmation.confirmedAt, timeZone),
                  recorder: nameOf(success.committeeConfirmation.recordedBy),
                })}
          </Descriptions.Item>
        </Descriptions>
        {success?.committeeConfirmation != null && (
          <Typography.Text code>
            {t("tickets.cases.finding", { id: `B2.11_${ticket.id}` })}
          </Typography.Text>
        )}
        {editable && (
          <>
            {developer ? (
              <Field id="quality-reply" label={t("tickets.cases.quality.developerReply")}>
                <Input.TextArea
                  id="quality-reply"
                  rows={2}
                  value={text}
                  onChange={(event) => {
                    setText(event.target.value);
                  }}
                />
              </Field>
            ) : (
              <>
                <Field id="quality-repair" label={t("tickets.cases.quality.repair")}>
                  <Input.TextArea
                    id="quality-repair"
                    rows={2}
                    value={repair}
                    onChange={(event) => {
                      setRepair(event.target.value);
                    }}
                  />
                </Field>
                <Field id="quality-cost" label={t("tickets.cases.quality.cost")}>
                  <InputNumber
                    id="quality-cost"
                    min={0}
                    value={cost}
                    onChange={(value) => {
                      setCost(value);
                    }}
                  />
                </Field>
              </>
            )}
            <Field id="quality-at" label={t("tickets.cases.quality.at")}>
              <TimeInput id="quality-at" value={at} onChange={setAt} />
            </Field>
            <Button type="primary" loading={busy} onClick={settle}>
              {t("tickets.cases.save")}
            </Button>
          </>
        )}
        {director && success?.committeeConfirmation == null && (
          <>
            <Field id="quality-confirmed-by" label={t("tickets.cases.quality.confirmedBy")}>
              <Input
                id="quality-confirmed-by"
                style={{ maxWidth: 320 }}
                value={confirmedBy}
                onChange={(event) => {
                  setConfirmedBy(event.target.value);
                }}
              />
            </Field>
            <Field id="quality-confirmed-at" label={t("tickets.cases.quality.confirmedAt")}>
              <TimeInput id="quality-confirmed-at" value={confirmedAt} onChange={setConfirmedAt} />
            </Field>
            <Button loading={busy} onClick={confirm}>
              {t("tickets.cases.quality.markSuccess")}
            </Button>
          </>
        )}
      </Space>
    </Card>
  );
}

/** B2.13: the ambulance guidance and a verified complaint about it. */
function EmergencyBlock({
  ticket,
  editable,
  nameOf,
  timeZone,
  director,
  staff,
}: BlockProps & { director: boolean; staff: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const { estateId } = useEstate();
  const guidance = ticket.ambulanceGuidance;
  const now = localInputValue(new Date(), timeZone);
  const [calledAt, setCalledAt] = useState(
    guidance === null ? now : localInputValue(guidance.calledAt, timeZone),
  );
  const [arrivedAt, setArrivedAt] = useState(
    guidance?.arrivedAt == null ? "" : localInputValue(guidance.arrivedAt, timeZone),
  );
  const [guidedBy, setGuidedBy] = useState<string | undefined>(guidance?.guidedBy ?? undefined);
  const [text, setText] = useState("");
  const [receivedAt, setReceivedAt] = useState(now);
  const [complaintId] = useState(() => newId("complaint"));
  const { busy, run, invalid, holder } = useCaseAction();
  const saveGuidance = () => {
    const called = instantOfLocalInput(calledAt, timeZone);
    const arrived = arrivedAt === "" ? null : instantOfLocalInput(arrivedAt, timeZone);
    if (called === null || (arrivedAt !== "" && arrived === null)) {
      invalid(t("tickets.cases.ambulance.required"));
      return;
    }
    void run((module) =>
      module.recordAmbulanceGuidance({
        estateId,
        ticketId: ticket.id,
        calledAt: called.toISOString(),
        arrivedAt: arrived?.toISOString() ?? null,
        guidedBy: guidedBy ?? null,
      }),
    );
  };
  const complain = () => {
    const received = instantOfLocalInput(receivedAt, timeZone);
    if (received === null || text.trim() === "") {
      invalid(t("tickets.cases.ambulance.required"));
      return;
    }
    void run((module) =>
      module.recordAmbulanceComplaint({
        estateId,
        ticketId: ticket.id,
        complaintId,
        text,
        receivedAt: received.toISOString(),
      }),
    );
  };
  const complaint = ticket.ambulanceComplaint;
  return (
    <Card title={t("tickets.cases.ambulance.title")} size="small" data-testid="case-ambulance">
      {holder}
      <Space orientation="vertical" style={{ width: "100%" }}>
        <Descriptions size="small" column={{ xs: 1, sm: 3 }} bordered>
          <Descriptions.Item label={t("tickets.cases.ambulance.calledAt")}>
            {guidance === null
              ? t("tickets.cases.notRecorded")
              : shortTime(guidance.calledAt, timeZone)}
          </Descriptions.Item>
          <Descriptions.Item label={t("tickets.cases.ambulance.arrivedAt")}>
            {guidance?.arrivedAt == null
              ? t("tickets.cases.notRecorded")
              : shortTime(guidance.arrivedAt, timeZone)}
          </Descriptions.Item>
          <Descriptions.Item label={t("tickets.cases.ambulance.guidedBy")}>
            {nameOf(guidance?.guidedBy ?? null)}
          </Descriptions.Item>
        </Descriptions>
        {complaint !== null && (
          <Alert
            type="error"
            title={t("tickets.cases.ambulance.complaintRecorded", {
              time: shortTime(complaint.verifiedAt, timeZone),
              who: nameOf(complaint.verifiedBy),
            })}
            description={
              <Space orientation="vertical">
                <span>{complaint.text}</span>
                <Typography.Text code>
                  {t("tickets.cases.finding", { id: complaint.findingId })}
                </Typography.Text>
              </Space>
            }
          />
        )}
        {editable && (
          <>
            <Space wrap align="end">
              <Field id="ambulance-called" label={t("tickets.cases.ambulance.calledAt")}>
                <TimeInput id="ambulance-called" value={calledAt} onChange={setCalledAt} />
              </Field>
              <Field id="ambulance-arrived" label={t("tickets.cases.ambulance.arrivedAt")}>
                <TimeInput id="ambulance-arrived" value={arrivedAt} onChange={setArrivedAt} />
              </Field>
              <Field id="ambulance-guide" label={t("tickets.cases.ambulance.guidedBy")}>
                <Select
                  id="ambulance-guide"
                  style={{ minWidth: 200 }}
                  allowClear
                  value={guidedBy}
                  onChange={setGuidedBy}
                  showSearch={{ optionFilterProp: "label" }}
                  options={[...staff].map(([value, label]) => ({ value, label }))}
                />
              </Field>
            </Space>
            <Button type="primary" loading={busy} onClick={saveGuidance}>
              {t("tickets.cases.save")}
            </Button>
          </>
        )}
        {director && complaint === null && (
          <>
            <Field id="complaint-text" label={t("tickets.cases.ambulance.complaint")}>
              <Input.TextArea
                id="complaint-text"
                rows={2}
                value={text}
                onChange={(event) => {
                  setText(event.target.value);
                }}
              />
            </Field>
            <Field id="complaint-received" label={t("tickets.cases.ambulance.receivedAt")}>
              <TimeInput id="complaint-received" value={receivedAt} onChange={setReceivedAt} />
            </Field>
            <Button danger loading={busy} onClick={complain}>
              {t("tickets.cases.ambulance.recordComplaint")}
            </Button>
          </>
        )}
      </Space>
    </Card>
  );
}

/** The case blocks a ticket shows to the signed-in user (none for plain service tickets). */
export function CaseBlocks({
  ticket,
  actor,
  staff,
  nameOf,
  timeZone,
}: {
  ticket: StoredTicket;
  actor: TicketActor;
  staff: ReadonlyMap<string, string>;
  nameOf: (id: string | null) => string;
  timeZone: string;
}) {
  const blocks = caseBlocksOf(ticket, actor);
  const common = { ticket, nameOf, timeZone };
  return (
    <>
      {blocks.caseRecord.shown && (
        <CaseRecordBlock {...common} editable={blocks.caseRecord.editable} />
      )}
      {blocks.inspection.shown && (
        <InspectionBlock {...common} editable={blocks.inspection.editable} />
      )}
      {blocks.houseQuality.shown && (
        <HouseQualityBlock
          {...common}
          editable={blocks.houseQuality.editable}
          director={blocks.rightsProtection.editable}
        />
      )}
      {blocks.ambulanceGuidance.shown && (
        <EmergencyBlock
          {...common}
          editable={blocks.ambulanceGuidance.editable}
          director={blocks.ambulanceComplaint.editable}
          staff={staff}
        />
      )}
    </>
  );
}

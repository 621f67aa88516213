import { ArrowLeftOutlined } from "@ant-design/icons";
import { Alert, Card, Checkbox, Input, List, Space, Table, Tag, Typography } from "antd";
import { useId, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { householdLabel, type Household } from "@domain/schema/household.js";
import type { StoredRenovationFile } from "@domain/schema/renovationFile.js";
import {
  maskIdNumber,
  missingParts,
  renovationRecorders,
  type MissingPart,
  type RenovationRecordKind,
} from "@domain/tickets/renovationFile.js";
import { dayOf, dayRange, DEFAULT_TIME_ZONE } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import { fieldLabelStyle, SaveForm } from "../../app/SaveForm.js";
import type { RenovationPartRequest } from "../../firebase/renovationFiles.js";
import { useNow } from "../desk/useDeskLive.js";
import { useLive } from "../households/useLiveRecords.js";
import { shortTime } from "./TicketQueuePage.js";
import { useRenovationLive, loadRenovation } from "./RenovationFileLive.js";
import { readAsDataUrl } from "./readAsDataUrl.js";

/** The start of a local calendar day (`YYYY-MM-DD`) in the zone, as ISO text. */
const dayStart = (day: string, zone: string) => dayRange(day, zone).start.toISOString();
/** The last minute of a local calendar day, as ISO text. */
const dayEnd = (day: string, zone: string) =>
  new Date(dayRange(day, zone).end.getTime() - 60_000).toISOString();

/** A labelled text, date or multi-line input (every input has its label). */
function Field(props: {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly kind?: "text" | "date" | "area" | "secret";
  readonly testId?: string;
  readonly hint?: string;
}) {
  const id = useId();
  const common = {
    id,
    value: props.value,
    "data-testid": props.testId,
    onChange: (event: { target: { value: string } }) => {
      props.onChange(event.target.value);
    },
  };
  return (
    <div style={{ minWidth: 0, flex: "1 1 180px" }}>
      <label htmlFor={id} style={fieldLabelStyle}>
        {props.label}
      </label>
      {props.kind === "area" ? (
        <Input.TextArea rows={3} maxLength={2000} {...common} />
      ) : props.kind === "secret" ? (
        // Typed, never displayed: the number is masked on every screen.
        <Input.Password visibilityToggle={false} autoComplete="off" maxLength={20} {...common} />
      ) : (
        <Input type={props.kind === "date" ? "date" : "text"} maxLength={200} {...common} />
      )}
      {props.hint !== undefined && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {props.hint}
        </Typography.Text>
      )}
    </div>
  );
}

/** A small form recording one part; it says why when refused. */
function PartForm(props: {
  readonly testId: string;
  readonly submitLabel: string;
  readonly canSubmit: boolean;
  readonly submit: () => Promise<void>;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <SaveForm
      testId={props.testId}
      submitLabel={props.submitLabel}
      savedText={t("tickets.renovationFile.saved")}
      failedText={(reason) => t("tickets.renovationFile.failed", { message: reason })}
      disabled={!props.canSubmit}
      save={props.submit}
    >
      <div style={{ display: "flex", flexWrap: "wrap", gap: 12 }}>{props.children}</div>
    </SaveForm>
  );
}

interface Context {
  readonly estateId: string;
  readonly householdId: string;
  readonly timeZone: string;
  readonly file: StoredRenovationFile | null;
  readonly names: ReadonlyMap<string, string>;
  readonly may: (kind: RenovationRecordKind) => boolean;
}

const record = async (context: Context, part: RenovationPartRequest) => {
  await (await loadRenovation()).recordRenovationFile(context.estateId, context.householdId, part);
};

function PartCard(props: {
  readonly title: string;
  readonly testId: string;
  readonly shown: ReactNode;
  readonly form: ReactNode;
  readonly allowed: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={<h2 style={{ fontSize: 16, margin: 0 }}>{props.title}</h2>}>
      <div data-testid={props.testId}>{props.shown}</div>
      <div style={{ marginTop: 12 }}>
        {props.allowed ? (
          props.form
        ) : (
          <Typography.Text type="secondary">{t("tickets.renovationFile.readOnly")}</Typography.Text>
        )}
      </div>
    </Card>
  );
}

const Missing = () => {
  const { t } = useTranslation();
  return (
    <Typography.Text type="warning">{t("tickets.renovationFile.notRecorded")}</Typography.Text>
  );
};

function WorksCard({ context }: { readonly context: Context }) {
  const { t } = useTranslation();
  const works = context.file?.works ?? null;
  const [start, setStart] = useState(works === null ? "" : dayOf(works.start, context.timeZone));
  const [end, setEnd] = useState(works === null ? "" : dayOf(works.end, context.timeZone));
  return (
    <PartCard
      title={t("tickets.renovationFile.works.title")}
      testId="renovation-works"
      allowed={context.may("works")}
      shown={
        works === null ? (
          <Missing />
        ) : (
          `${dayOf(works.start, context.timeZone)} – ${dayOf(works.end, context.timeZone)}`
        )
      }
      form={
        <PartForm
          testId="renovation-works-form"
          submitLabel={t("tickets.renovationFile.save")}
          canSubmit={start !== "" && end !== ""}
          submit={() =>
            record(context, {
              part: "works",
              start: dayStart(start, context.timeZone),
              end: dayEnd(end, context.timeZone),
            })
          }
        >
          <Field
            label={t("tickets.renovationFile.works.start")}
            kind="date"
            value={start}
            onChange={setStart}
          />
          <Field
            label={t("tickets.renovationFile.works.end")}
            kind="date"
            value={end}
            onChange={setEnd}
          />
        </PartForm>
      }
    />
  );
}

function AgreementCard({ context }: { readonly context: Context }) {
  const { t } = useTranslation();
  const agreement = context.file?.agreement ?? null;
  const [signedBy, setSignedBy] = useState("");
  const [signedAt, setSignedAt] = useState("");
  return (
    <PartCard
      title={t("tickets.renovationFile.agreement.title")}
      testId="renovation-agreement"
      allowed={context.may("agreement")}
      shown={
        agreement === null ? (
          <Missing />
        ) : (
          `${agreement.signedBy} · ${dayOf(agreement.signedAt, context.timeZone)}`
        )
      }
      form={
        <PartForm
          testId="renovation-agreement-form"
          submitLabel={t("tickets.renovationFile.save")}
          canSubmit={signedBy.trim() !== "" && signedAt !== ""}
          submit={() =>
            record(context, {
              part: "agreement",
              signedBy,
              signedAt: dayStart(signedAt, context.timeZone),
            })
          }
        >
          <Field
            label={t("tickets.renovationFile.agreement.signedBy")}
            value={signedBy}
            onChange={setSignedBy}
          />
          <Field
            label={t("tickets.renovationFile.agreement.signedAt")}
            kind="date"
            value={signedAt}
            onChange={setSignedAt}
          />
        </PartForm>
      }
    />
  );
}

/** The approval or the acceptance: who and when come from the server; the recorder adds a note. */
function StampedNoteCard({
  context,
  part,
}: {
  readonly context: Context;
  readonly part: "approval" | "acceptance";
}) {
  const { t } = useTranslation();
  const stored =
    part === "approval"
      ? context.file?.approval === null || context.file?.approval === undefined
        ? null
        : {
            by: context.file.approval.approvedBy,
            at: context.file.approval.approvedAt,
            note: context.file.approval.note,
          }
      : context.file?.acceptance === null || context.file?.acceptance === undefined
        ? null
        : {
            by: context.file.acceptance.acceptedBy,
            at: context.file.acceptance.acceptedAt,
            note: context.file.acceptance.note,
          };
  const [note, setNote] = useState("");
  return (
    <PartCard
      title={t(`tickets.renovationFile.${part}.title`)}
      testId={`renovation-${part}`}
      allowed={context.may(part)}
      shown={
        stored === null ? (
          <Missing />
        ) : (
          <Space orientation="vertical" size={0}>
            <span>
              {t("tickets.renovationFile.by", {
                who: context.names.get(stored.by) ?? stored.by,
                time: shortTime(stored.at, context.timeZone),
              })}
            </span>
            {stored.note !== "" && <span>{stored.note}</span>}
          </Space>
        )
      }
      form={
        <PartForm
          testId={`renovation-${part}-form`}
          submitLabel={t(`tickets.renovationFile.${part}.record`)}
          canSubmit
          submit={() => record(context, { part, note })}
        >
          <Field
            label={t(`tickets.renovationFile.${part}.note`)}
            kind="area"
            value={note}
            onChange={setNote}
          />
        </PartForm>
      }
    />
  );
}

function ContractorCard({ context }: { readonly context: Context }) {
  const { t } = useTranslation();
  const contractor = context.file?.contractor ?? null;
  const [draft, setDraft] = useState({ name: "", licenceNumber: "", contactName: "", phone: "" });
  const field = (key: keyof typeof draft) => (
    <Field
      label={t(`tickets.renovationFile.contractor.${key}`)}
      value={draft[key]}
      onChange={(value) => {
        setDraft({ ...draft, [key]: value });
      }}
    />
  );
  return (
    <PartCard
      title={t("tickets.renovationFile.contractor.title")}
      testId="renovation-contractor"
      allowed={context.may("contractor")}
      shown={
        contractor === null ? (
          <Missing />
        ) : (
          <Space orientation="vertical" size={0}>
            <strong>{contractor.name}</strong>
            {contractor.licenceNumber !== "" && <span>{contractor.licenceNumber}</span>}
            <span>
              {contractor.contactName} · {contractor.phone}
            </span>
          </Space>
        )
      }
      form={
        <PartForm
          testId="renovation-contractor-form"
          submitLabel={t("tickets.renovationFile.save")}
          canSubmit={
            draft.name.trim() !== "" && draft.contactName.trim() !== "" && draft.phone.trim() !== ""
          }
          submit={() => record(context, { part: "contractor", ...draft })}
        >
          {field("name")}
          {field("licenceNumber")}
          {field("contactName")}
          {field("phone")}
        </PartForm>
      }
    />
  );
}

function WorkersCard({ context }: { readonly context: Context }) {
  const { t } = useTranslation();
  const workers = context.file?.workers ?? [];
  const empty = { name: "", idNumber: "", phone: "", from: "", until: "" };
  const [draft, setDraft] = useState(empty);
  const set = (key: keyof typeof draft) => (value: string) => {
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const day = (at: Date) => dayOf(at, context.timeZone);
  return (
    <PartCard
      title={t("tickets.renovationFile.workers.title")}
      testId="renovation-workers"
      allowed={context.may("worker")}
      shown={
        <Table
          size="small"
          pagination={false}
          scroll={{ x: 420 }}
          // antd writes the row key into the page (data-row-key): never the whole ID number.
          rowKey={(worker) => `${worker.name}/${maskIdNumber(worker.idNumber)}`}
          dataSource={workers}
          locale={{ emptyText: t("tickets.renovationFile.workers.none") }}
          columns={[
            {
              key: "name",
              title: t("tickets.renovationFile.workers.name"),
              render: (_, worker) => worker.name,
            },
            {
              key: "id",
              title: t("tickets.renovationFile.workers.idNumber"),
              render: (_, worker) => (
                <span data-testid="worker-id">{maskIdNumber(worker.idNumber)}</span>
              ),
            },
            {
              key: "phone",
              title: t("tickets.renovationFile.workers.phone"),
              render: (_, worker) => worker.phone,
            },
            {
              key: "period",
              title: t("tickets.renovationFile.workers.period"),
              render: (_, worker) => `${day(worker.from)} – ${day(worker.until)}`,
            },
          ]}
        />
      }
      form={
        <PartForm
          testId="renovation-worker-form"
          submitLabel={t("tickets.renovationFile.workers.add")}
          canSubmit={
            draft.name.trim() !== "" &&
            draft.idNumber.trim() !== "" &&
            draft.from !== "" &&
            draft.until !== ""
          }
          submit={async () => {
            await record(context, {
              part: "worker",
              name: draft.name,
              idNumber: draft.idNumber,
              phone: draft.phone,
              from: dayStart(draft.from, context.timeZone),
              until: dayEnd(draft.until, context.timeZone),
            });
            setDraft(empty);
          }}
        >
          <Field
            label={t("tickets.renovationFile.workers.name")}
            value={draft.name}
            onChange={set("name")}
          />
          <Field
            label={t("tickets.renovationFile.workers.idNumber")}
            kind="secret"
            testId="worker-id-input"
            hint={t("tickets.renovationFile.workers.idHint")}
            value={draft.idNumber}
            onChange={set("idNumber")}
          />
          <Field
            label={t("tickets.renovationFile.workers.phone")}
            value={draft.phone}
            onChange={set("phone")}
          />
          <Field
            label={t("tickets.renovationFile.workers.from")}
            kind="date"
            value={draft.from}
            onChange={set("from")}
          />
          <Field
            label={t("tickets.renovationFile.workers.until")}
            kind="date"
            value={draft.until}
            onChange={set("until")}
          />
        </PartForm>
      }
    />
  );
}

function PatrolsCard({ context }: { readonly context: Context }) {
  const { t } = useTranslation();
  const patrols = [...(context.file?.patrols ?? [])].sort(
    (a, b) => b.at.getTime() - a.at.getTime(),
  );
  const [findings, setFindings] = useState("");
  const [problemFound, setProblemFound] = useState(false);
  const [photos, setPhotos] = useState<string[]>([]);
  // One id per patrol being written: a retry after a lost answer records the same patrol.
  const [patrolId, setPatrolId] = useState(() => crypto.randomUUID());
  const photoInput = useId();
  return (
    <PartCard
      title={t("tickets.renovationFile.patrols.title")}
      testId="renovation-patrols"
      allowed={context.may("patrol") && context.file !== null}
      shown={
        <List
          size="small"
          dataSource={patrols}
          locale={{ emptyText: t("tickets.renovationFile.patrols.none") }}
          renderItem={(patrol) => (
            <List.Item data-testid="renovation-patrol">
              <Space wrap>
                <span>{shortTime(patrol.at, context.timeZone)}</span>
                <span>{context.names.get(patrol.by) ?? patrol.by}</span>
                {patrol.problemFound && <Tag color="red">{t("tickets.renovation.problem")}</Tag>}
                <span>{patrol.findings}</span>
                {patrol.photos.length > 0 && (
                  <Typography.Text type="secondary">
                    {t("tickets.renovationFile.patrols.photoCount", {
                      count: patrol.photos.length,
                    })}
                  </Typography.Text>
                )}
                {patrol.ticketId !== null && (
                  <Link to={`/tickets/${patrol.ticketId}`} data-testid="patrol-ticket">
                    {t("tickets.renovationFile.patrols.ticket")}
                  </Link>
                )}
              </Space>
            </List.Item>
          )}
        />
      }
      form={
        <PartForm
          testId="renovation-patrol-form"
          submitLabel={t("tickets.renovationFile.patrols.record")}
          canSubmit={findings.trim() !== ""}
          submit={async () => {
            await (
              await loadRenovation()
            ).recordRenovationPatrol({
              estateId: context.estateId,
              householdId: context.householdId,
              patrolId,
              findings,
              problemFound,
              photos,
            });
            setFindings("");
            setProblemFound(false);
            setPhotos([]);
            setPatrolId(crypto.randomUUID());
          }}
        >
          <Field
            label={t("tickets.renovationFile.patrols.findings")}
            kind="area"
            testId="patrol-findings"
            value={findings}
            onChange={setFindings}
          />
          <div style={{ flex: "1 1 100%" }}>
            <Checkbox
              checked={problemFound}
              data-testid="patrol-problem"
              onChange={(event) => {
                setProblemFound(event.target.checked);
              }}
            >
              {t("tickets.renovationFile.patrols.problemFound")}
            </Checkbox>
          </div>
          <div style={{ flex: "1 1 100%" }}>
            <label htmlFor={photoInput} style={fieldLabelStyle}>
              {t("tickets.renovationFile.patrols.photos")}
            </label>
            <input
              id={photoInput}
              type="file"
              accept="image/png,image/jpeg"
              capture="environment"
              multiple
              onChange={(event) => {
                const files = [...(event.target.files ?? [])].slice(0, 5);
                void Promise.all(files.map(readAsDataUrl)).then(setPhotos);
              }}
            />
          </div>
        </PartForm>
      }
    />
  );
}

/**
 * A household's renovation file (B.1.8, B2.9): every part, what is still missing (from the
 * domain), and the forms that record each part for the roles that may. Worker ID numbers are
 * masked wherever they are shown and never displayed while typed.
 */
export default function RenovationFilePage() {
  const { t } = useTranslation();
  const { householdId = "" } = useParams();
  const { estateId, estate, role } = useEstate();
  const timeZone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const now = useNow(60_000);
  const file = useRenovationLive<StoredRenovationFile | null>(
    `renovation-file:${estateId}:${householdId}`,
    (module, onData, onError) => module.watchRenovationFile(estateId, householdId, onData, onError),
  );
  const names = useLive<ReadonlyMap<string, string>>(
    `staff-names:${estateId}`,
    (module, onData, onError) => module.watchStaffNames(estateId, onData, onError),
  );
  const household = useLive<Household | null>(
    `household:${estateId}:${householdId}`,
    (module, onData, onError) => module.watchHousehold(estateId, householdId, onData, onError),
  );
  const label =
    household.status === "ready" && household.value !== null
      ? householdLabel(household.value)
      : householdId;
  const back = (
    <Link to={`/households/${householdId}`}>
      <ArrowLeftOutlined /> {t("tickets.renovationFile.back")}
    </Link>
  );
  if (file.status === "failed") {
    return (
      <Space orientation="vertical" style={{ width: "100%" }}>
        {back}
        <Alert type="error" title={t("tickets.failed", { message: file.message })} />
      </Space>
    );
  }
  if (file.status === "loading") return back;
  const context: Context = {
    estateId,
    householdId,
    timeZone,
    file: file.value,
    names: names.status === "ready" ? names.value : new Map(),
    may: (kind) => renovationRecorders[kind].includes(role),
  };
  const missing = file.value === null ? null : missingParts(file.value, now, timeZone);
  const partText = (part: MissingPart) =>
    part.part === "patrol"
      ? t("tickets.renovation.parts.patrol", { day: part.day })
      : t(`tickets.renovation.parts.${part.part}`);
  // Keyed by the stored file's last write: the forms start again from what is stored.
  const key = file.value?.updatedAt.getTime() ?? 0;
  return (
    <Space orientation="vertical" style={{ width: "100%" }} size="middle">
      {back}
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t("tickets.renovationFile.title", { household: label })}
      </Typography.Title>
      {missing === null ? (
        <Alert type="info" title={t("tickets.renovationFile.noFile")} />
      ) : missing.length === 0 ? (
        <Alert type="success" title={t("tickets.renovation.complete")} />
      ) : (
        <Alert
          type="warning"
          data-testid="renovation-missing"
          title={t("tickets.renovation.missing", { parts: missing.map(partText).join("、") })}
        />
      )}
      <WorksCard key={`works-${String(key)}`} context={context} />
      <AgreementCard context={context} />
      <StampedNoteCard context={context} part="approval" />
      <ContractorCard context={context} />
      <WorkersCard context={context} />
      <PatrolsCard context={context} />
      <StampedNoteCard context={context} part="acceptance" />
    </Space>
  );
}

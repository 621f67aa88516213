import { Alert, Button, Card, Input, Radio, Space, Tag, Typography, message } from "antd";
import QRCode from "qrcode";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import type { StoredOnSiteVisit } from "@domain/schema/onSiteVisit.js";
import { serviceRatings, type ServiceRating } from "@domain/tickets/onSiteVisit.js";
import { DEFAULT_TIME_ZONE } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import type { Records } from "../../firebase/firestore.js";
import type { OwnerCopyLinkReply } from "../../firebase/tickets.js";
import { shortTime } from "./TicketQueuePage.js";
import { queueDepartmentOf } from "./ticketView.js";
import { SignaturePad, type SignaturePadHandle } from "./SignaturePad.js";
import { loadTickets, useTicketsLive } from "./useTicketsLive.js";
import { errorMessage } from "../../app/errorMessage.js";
import { readAsDataUrl } from "./readAsDataUrl.js";

/** The owner's copy: the link and its QR code, shown on the device for the owner to scan. */
function OwnerCopyLink({ link }: { link: OwnerCopyLinkReply }) {
  const { t } = useTranslation();
  const url = `${window.location.origin}${link.path}`;
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" }).then(
      (text) => {
        if (current) setSvg(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`);
      },
    );
    return () => {
      current = false;
    };
  }, [url]);
  return (
    <Card size="small" title={t("tickets.visit.ownerCopy")}>
      <Space orientation="vertical" className="owner-copy-qr">
        {svg !== null && (
          <img src={svg} alt={url} width={200} height={200} data-testid="owner-copy-qr" />
        )}
        <a href={url} target="_blank" rel="noreferrer" data-testid="owner-copy-link">
          {url}
        </a>
      </Space>
    </Card>
  );
}

function WorkForm({
  ticketId,
  visitId,
  visit,
}: {
  ticketId: string;
  visitId: string;
  visit: StoredOnSiteVisit | null;
}) {
  const { t } = useTranslation();
  const { estateId } = useEstate();
  const [workDone, setWorkDone] = useState(visit?.workDone ?? "");
  const [photos, setPhotos] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [messages, holder] = message.useMessage();
  const save = async (done: boolean) => {
    if (done && workDone.trim() === "") {
      void messages.warning(t("tickets.visit.workRequired"));
      return;
    }
    setBusy(true);
    try {
      const module = await loadTickets();
      await module.recordOnSiteVisit({ estateId, ticketId, visitId, workDone, photos, done });
      setPhotos([]);
      void messages.success(t("tickets.visit.saved"));
    } catch (error) {
      void messages.error(t("tickets.visit.failed", { message: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      {holder}
      <label htmlFor="visit-work">{t("tickets.visit.workDone")}</label>
      <Input.TextArea
        id="visit-work"
        rows={4}
        maxLength={5000}
        value={workDone}
        onChange={(event) => {
          setWorkDone(event.target.value);
        }}
      />
      <label htmlFor="visit-photos">{t("tickets.visit.photos")}</label>
      <input
        id="visit-photos"
        type="file"
        accept="image/png,image/jpeg"
        capture="environment"
        multiple
        onChange={(event) => {
          const files = [...(event.target.files ?? [])].slice(0, 5);
          void Promise.all(files.map(readAsDataUrl)).then(setPhotos);
        }}
      />
      <Space wrap>
        <Button size="large" loading={busy} onClick={() => void save(false)}>
          {t("tickets.visit.save")}
        </Button>
        <Button type="primary" size="large" loading={busy} onClick={() => void save(true)}>
          {t("tickets.visit.markDone")}
        </Button>
      </Space>
    </Space>
  );
}

function SignForm({
  visit,
  onLink,
}: {
  visit: StoredOnSiteVisit;
  onLink: (link: OwnerCopyLinkReply) => void;
}) {
  const { t } = useTranslation();
  const { estateId } = useEstate();
  const pad = useRef<SignaturePadHandle>(null);
  const [signerName, setSignerName] = useState("");
  const [rating, setRating] = useState<ServiceRating | null>(null);
  const [busy, setBusy] = useState(false);
  const [messages, holder] = message.useMessage();
  const sign = async () => {
    const dataUrl = pad.current?.dataUrl() ?? null;
    if (dataUrl === null || signerName.trim() === "" || rating === null) {
      void messages.warning(t("tickets.visit.signatureRequired"));
      return;
    }
    setBusy(true);
    try {
      const module = await loadTickets();
      onLink(
        await module.signOnSiteVisit({
          estateId,
          visitId: visit.id,
          signerName,
          signatureDataUrl: dataUrl,
          rating,
        }),
      );
    } catch (error) {
      void messages.error(t("tickets.visit.failed", { message: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      {holder}
      <Typography.Paragraph>{visit.workDone}</Typography.Paragraph>
      <label htmlFor="visit-signer">{t("tickets.visit.signerName")}</label>
      <Input
        id="visit-signer"
        maxLength={60}
        value={signerName}
        onChange={(event) => {
          setSignerName(event.target.value);
        }}
      />
      <Typography.Text strong>{t("tickets.visit.signHere")}</Typography.Text>
      <SignaturePad ref={pad} label={t("tickets.visit.signHere")} />
      <fieldset style={{ border: 0, padding: 0 }}>
        <legend>{t("tickets.visit.rating")}</legend>
        <Radio.Group
          value={rating}
          onChange={(event) => {
            setRating(event.target.value as ServiceRating);
          }}
          options={serviceRatings.map((value) => ({
            value,
            label: t(`tickets.visit.ratings.${value}`),
          }))}
          optionType="button"
          size="large"
        />
      </fieldset>
      <Button type="primary" size="large" loading={busy} onClick={() => void sign()}>
        {t("tickets.visit.sign")}
      </Button>
    </Space>
  );
}

function SignedRecord({
  visit,
  link,
  onLink,
}: {
  visit: StoredOnSiteVisit;
  link: OwnerCopyLinkReply | null;
  onLink: (link: OwnerCopyLinkReply) => void;
}) {
  const { t } = useTranslation();
  const { estateId, estate } = useEstate();
  const timeZone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const [signature, setSignature] = useState<string | null>(null);
  const [amendment, setAmendment] = useState("");
  const [messages, holder] = message.useMessage();
  const image = visit.signature?.image;
  const imagePath = image !== undefined && "imagePath" in image ? image.imagePath : null;
  useEffect(() => {
    if (imagePath === null) return;
    let current = true;
    void loadTickets()
      .then((module) => module.readImageAt(imagePath))
      .then((record) => {
        if (current) setSignature(record?.dataUrl ?? null);
      });
    return () => {
      current = false;
    };
  }, [imagePath]);
  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      void messages.success(t("tickets.visit.saved"));
    } catch (error) {
      void messages.error(t("tickets.visit.failed", { message: errorMessage(error) }));
    }
  };
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      {holder}
      <Tag color="green" data-testid="visit-signed">
        {t("tickets.visit.signed", {
          name: visit.signature?.signerName ?? "",
          time: visit.signature === null ? "" : shortTime(visit.signature.signedAt, timeZone),
        })}
      </Tag>
      {visit.rating !== null && <Tag>{t(`tickets.visit.ratings.${visit.rating.value}`)}</Tag>}
      <Typography.Paragraph>{visit.workDone}</Typography.Paragraph>
      {signature !== null && (
        <img
          src={signature}
          alt={visit.signature?.signerName ?? ""}
          style={{ maxWidth: 280, border: "1px solid #d9d9d9" }}
        />
      )}
      {visit.ownerResponse !== null && (
        <Alert
          type={visit.ownerResponse.kind === "confirmed" ? "success" : "warning"}
          title={t("tickets.visit.ownerResponse", {
            answer: t(`tickets.visit.answers.${visit.ownerResponse.kind}`),
          })}
          description={visit.ownerResponse.note}
        />
      )}
      {link !== null ? (
        <OwnerCopyLink link={link} />
      ) : (
        <Button
          onClick={() =>
            void run(async () => {
              const module = await loadTickets();
              onLink(await module.issueOwnerCopyLink(estateId, visit.id));
            })
          }
        >
          {t("tickets.visit.newLink")}
        </Button>
      )}
      {visit.amendments.length > 0 && (
        <Card size="small" title={t("tickets.visit.amendments")}>
          {visit.amendments.map((item) => (
            <Typography.Paragraph key={item.at.toISOString()}>
              {shortTime(item.at, timeZone)} {item.text}
            </Typography.Paragraph>
          ))}
        </Card>
      )}
      <label htmlFor="visit-amend">{t("tickets.visit.amend")}</label>
      <Input.TextArea
        id="visit-amend"
        rows={2}
        value={amendment}
        onChange={(event) => {
          setAmendment(event.target.value);
        }}
      />
      <Button
        disabled={amendment.trim() === ""}
        onClick={() =>
          void run(async () => {
            const module = await loadTickets();
            await module.amendOnSiteVisit(estateId, visit.id, amendment);
            setAmendment("");
          })
        }
      >
        {t("tickets.visit.amendSave")}
      </Button>
    </Space>
  );
}

/** The on-site service record at the owner's door: work, signature and rating, owner's copy. */
export default function VisitPage() {
  const { t } = useTranslation();
  const { ticketId = "", visitId = "" } = useParams();
  const { estateId, role } = useEstate();
  const [link, setLink] = useState<OwnerCopyLinkReply | null>(null);
  const live = useTicketsLive<Records<StoredOnSiteVisit>>(
    `visits:${estateId}:${ticketId}`,
    (module, onData, onError) =>
      module.watchVisitsOfTicket(estateId, ticketId, queueDepartmentOf(role), onData, onError),
  );
  if (live.status === "failed")
    return <Alert type="error" title={t("tickets.failed", { message: live.message })} />;
  if (live.status === "loading") return <Card loading />;
  const visit = live.value.records.find((record) => record.id === visitId) ?? null;
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%", maxWidth: 720 }}>
      <Link to={`/tickets/${ticketId}`}>← {t("tickets.nav")}</Link>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("tickets.visit.title")}
      </Typography.Title>
      {visit?.doneAt == null ? (
        <WorkForm ticketId={ticketId} visitId={visitId} visit={visit} />
      ) : visit.signature === null ? (
        <SignForm visit={visit} onLink={setLink} />
      ) : (
        <SignedRecord visit={visit} link={link} onLink={setLink} />
      )}
    </Space>
  );
}

/**
 * Issuing the survey links (C1) and printing them as A4 sheets of QR codes per building, each
 * with the household's label. The tokens come back from `issueSurveyLinks` once and live only
 * in this screen's memory: print them before leaving.
 */
import type { SurveyRoster } from "@domain/schema/surveyRoster.js";
import { Alert, Button, message as antMessage, Select, Space } from "antd";
import QRCode from "qrcode";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { issueSurveyLinks, type IssuedLink } from "../../firebase/survey.js";
import { byBuilding, surveyLinkUrl } from "./figures.js";

/** One link's QR code as an SVG image (no HTML injection: an `img` of a data URL). */
export function QrCode({ url }: { url: string }) {
  const [source, setSource] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" }).then(
      (svg) => {
        if (current) setSource(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
      },
      () => {
        if (current) setSource(null);
      },
    );
    return () => {
      current = false;
    };
  }, [url]);
  return source === null ? null : <img src={source} alt="" width={132} height={132} />;
}

/** The printable sheets: one A4 page (or more) per building. */
export function QrSheets({ links, title }: { links: readonly IssuedLink[]; title: string }) {
  const { t } = useTranslation();
  const origin = globalThis.location.origin;
  return (
    <div className="qr-print-area" data-testid="qr-sheets">
      {byBuilding(links).map(([building, group]) => (
        <section key={building} className="qr-sheet">
          <h2>{t("survey.links.sheetTitle", { building })}</h2>
          <p>
            {title} · {t("survey.links.scan")}
          </p>
          <div className="qr-grid">
            {group.map((link) => (
              <figure key={link.householdId} className="qr-card">
                <QrCode url={surveyLinkUrl(origin, link.token)} />
                <figcaption>
                  <strong>{link.label}</strong>
                  <span className="qr-url">{surveyLinkUrl(origin, link.token)}</span>
                </figcaption>
              </figure>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

/** The director's panel: issue links, replace lost ones, print the sheets. */
export function LinksPanel({
  estateId,
  campaignId,
  title,
  roster,
  closed,
}: {
  estateId: string;
  campaignId: string;
  title: string;
  roster: SurveyRoster | null;
  closed: boolean;
}) {
  const { t } = useTranslation();
  const [toast, toastHolder] = antMessage.useMessage();
  const [busy, setBusy] = useState(false);
  const [issued, setIssued] = useState<IssuedLink[]>([]);
  const [lost, setLost] = useState<string[]>([]);

  const issue = async (householdIds?: string[]) => {
    setBusy(true);
    try {
      const result = await issueSurveyLinks(estateId, campaignId, householdIds);
      setIssued(result.issued);
      setLost([]);
      void toast.success(
        result.issued.length === 0
          ? t("survey.links.none")
          : t("survey.links.issued", { count: result.issued.length }),
      );
    } catch (error) {
      void toast.error(t("survey.failed", { message: String(error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      {toastHolder}
      <Space wrap className="survey-screen-only">
        <Button
          type="primary"
          loading={busy}
          disabled={closed}
          onClick={() => void issue()}
          data-testid="issue-links"
        >
          {t("survey.links.issue")}
        </Button>
        {roster !== null && roster.households.length > 0 && (
          <>
            <Select
              mode="multiple"
              aria-label={t("survey.links.reissue")}
              placeholder={t("survey.links.reissueHint")}
              style={{ minWidth: 260 }}
              value={lost}
              onChange={setLost}
              options={roster.households.map((household) => ({
                value: household.householdId,
                label: household.label,
              }))}
              showSearch={{ optionFilterProp: "label" }}
            />
            <Button disabled={lost.length === 0 || closed} onClick={() => void issue(lost)}>
              {t("survey.links.reissue")}
            </Button>
          </>
        )}
      </Space>
      {issued.length > 0 && (
        <>
          <Alert
            className="survey-screen-only"
            type="warning"
            showIcon
            style={{ margin: "12px 0" }}
            title={t("survey.links.onceWarning")}
            action={
              <Button
                onClick={() => {
                  document.body.dataset.print = "qr";
                  globalThis.print();
                  delete document.body.dataset.print;
                }}
              >
                {t("survey.links.print")}
              </Button>
            }
          />
          <QrSheets links={issued} title={title} />
        </>
      )}
    </div>
  );
}

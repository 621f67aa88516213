/**
 * A household's page link (SPEC §12), on the household detail page: whether a live link exists,
 * issue / re-issue (the old link stops working, e.g. when the home is sold) and revoke, and a
 * printable welcome sheet with the QR code. The token is shown once, right after issuing.
 */
import type { HouseholdLink } from "@domain/schema/householdLink.js";
import type { Records } from "../../firebase/firestore.js";
import type { Household } from "@domain/schema/household.js";
import { householdLabel } from "@domain/schema/household.js";
import { Alert, Button, Card, Popconfirm, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { QrCode } from "../survey/LinksPanel.js";
import { loadNotices, ownerPageUrl, useNoticesLive } from "./useNoticesLive.js";
import { errorMessage } from "../../app/errorMessage.js";

export function HouseholdLinkPanel({
  estateId,
  estateName,
  household,
}: {
  estateId: string;
  estateName: string;
  household: Household;
}) {
  const { t, i18n } = useTranslation();
  const [issued, setIssued] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const links = useNoticesLive<Records<HouseholdLink>>(
    `householdLinks/${estateId}/${household.id}`,
    (module, onData, onError) =>
      module.watchHouseholdLinks(estateId, household.id, onData, onError),
  );
  const live = links.status === "ready" ? links.value.records[0] : undefined;

  async function issue(): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      const answer = await (await loadNotices()).issueHouseholdLink(estateId, household.id);
      setIssued(ownerPageUrl(globalThis.location.origin, "h", answer.token));
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  async function revoke(): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      await (await loadNotices()).revokeHouseholdLink(estateId, household.id);
      setIssued(null);
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(false);
    }
  }

  const format = (date: Date) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" }).format(date);
  return (
    <Card
      size="small"
      data-testid="household-link-panel"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("householdPage.heading")}</h2>}
    >
      <Space orientation="vertical" style={{ width: "100%" }}>
        <Typography.Text>
          {live === undefined
            ? t("householdPage.noLink")
            : t("householdPage.liveSince", { date: format(live.issuedAt) })}
        </Typography.Text>
        <Space wrap>
          {live === undefined ? (
            <Button
              type="primary"
              loading={busy}
              onClick={() => void issue()}
              data-testid="household-link-issue"
            >
              {t("householdPage.issue")}
            </Button>
          ) : (
            <Popconfirm title={t("householdPage.reissueConfirm")} onConfirm={() => void issue()}>
              <Button loading={busy} data-testid="household-link-reissue">
                {t("householdPage.reissue")}
              </Button>
            </Popconfirm>
          )}
          {live !== undefined && (
            <Popconfirm title={t("householdPage.revokeConfirm")} onConfirm={() => void revoke()}>
              <Button danger loading={busy} data-testid="household-link-revoke">
                {t("householdPage.revoke")}
              </Button>
            </Popconfirm>
          )}
        </Space>
        {problem !== null && <Alert type="error" role="alert" title={problem} />}
        {issued !== null && (
          <>
            <Alert type="info" title={t("householdPage.onceHint")} />
            <div className="owner-sheet" data-testid="welcome-sheet">
              <Typography.Title level={3} style={{ marginTop: 0 }}>
                {t("householdPage.sheetTitle", { estate: estateName })}
              </Typography.Title>
              <Typography.Paragraph>
                {t("householdPage.sheetHousehold", { household: householdLabel(household) })}
              </Typography.Paragraph>
              <QrCode url={issued} />
              <Typography.Paragraph copyable={{ text: issued }}>
                <a href={issued} data-testid="household-link-url">
                  {issued}
                </a>
              </Typography.Paragraph>
              <Typography.Paragraph>{t("householdPage.sheetBody")}</Typography.Paragraph>
            </div>
            <Button
              onClick={() => {
                globalThis.print();
              }}
            >
              {t("householdPage.print")}
            </Button>
          </>
        )}
      </Space>
    </Card>
  );
}

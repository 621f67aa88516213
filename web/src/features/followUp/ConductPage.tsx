import { Alert, Button, Card, List, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  acknowledgementRoll,
  CODE_OF_CONDUCT,
  conductYearOf,
  conductYearRange,
  hasAcknowledgedThisYear,
} from "@domain/followUp/conduct.js";
import type { StoredConductAcknowledgement } from "@domain/schema/conductAcknowledgement.js";
import type { Staff } from "@domain/schema/staff.js";
import { DEFAULT_TIME_ZONE } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import { useLanguage } from "../../app/LanguageProvider.js";
import type { Records } from "../../firebase/firestore.js";
import { loadConduct, useConductLive } from "./ConductData.js";
import { formatInstant } from "./dashboardRows.js";

/**
 * Article A's code of conduct ("保持距離,真誠服務"), in the reader's language, with the yearly
 * acknowledgement; the director and admins also see who has acknowledged this year.
 */
export default function ConductPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { estateId, estate, uid, role } = useEstate();
  const zone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const [now] = useState(() => new Date());
  const year = conductYearOf(now, zone);
  const mine = useConductLive<Records<StoredConductAcknowledgement>>(
    `myAcknowledgements:${estateId}:${uid}`,
    (conduct, onData, onError) => conduct.watchMyAcknowledgements(estateId, uid, onData, onError),
  );
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const code = CODE_OF_CONDUCT;
  const acknowledgedAt =
    mine.status === "ready"
      ? (mine.value.records.find((each) => hasAcknowledgedThisYear(uid, [each], now, zone))
          ?.acknowledgedAt ?? null)
      : null;

  const acknowledge = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await (
        await loadConduct()
      ).acknowledgeConduct({
        estateId,
        version: code.version,
        language,
      });
    } catch (error) {
      setFailure(String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="conduct-title" style={{ maxWidth: 880 }}>
      <Typography.Title level={2} id="conduct-title">
        {t("followUp.conduct.page.title")}
      </Typography.Title>
      <Card data-testid="conduct-code">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {code.title[language]}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t("followUp.conduct.page.version", {
            version: code.version,
            from: code.effectiveFrom,
          })}
        </Typography.Paragraph>
        <List
          dataSource={[...code.rules]}
          renderItem={(rule) => (
            <List.Item>
              <Typography.Text>
                {rule.number}. {rule.text[language]}
              </Typography.Text>
            </List.Item>
          )}
        />
        <Typography.Paragraph strong style={{ fontSize: 18, marginTop: 16 }}>
          {code.motto[language]}
        </Typography.Paragraph>
        {mine.status === "failed" && (
          <Alert
            type="error"
            showIcon
            title={t("followUp.loadFailed", { message: mine.message })}
          />
        )}
        {failure !== null && (
          <Alert type="error" showIcon title={t("followUp.failed", { message: failure })} />
        )}
        {mine.status === "ready" &&
          (acknowledgedAt === null ? (
            <Button
              type="primary"
              size="large"
              loading={busy}
              data-testid="conduct-acknowledge"
              onClick={() => void acknowledge()}
            >
              {t("followUp.conduct.page.acknowledge", { year })}
            </Button>
          ) : (
            <Alert
              type="success"
              showIcon
              data-testid="conduct-acknowledged"
              title={t("followUp.conduct.page.acknowledgedOn", {
                year,
                time: formatInstant(acknowledgedAt, zone),
              })}
            />
          ))}
      </Card>
      {(role === "director" || role === "admin") && (
        <AcknowledgementRoll estateId={estateId} zone={zone} now={now} year={year} />
      )}
    </section>
  );
}

/** Who has acknowledged the code this year, and who has not (director, admin). */
function AcknowledgementRoll(props: {
  readonly estateId: string;
  readonly zone: string;
  readonly now: Date;
  readonly year: number;
}) {
  const { t } = useTranslation();
  const { estateId, zone, now, year } = props;
  const since = conductYearRange(year, zone).start;
  const staff = useConductLive<Records<Staff>>(`staff:${estateId}`, (conduct, onData, onError) =>
    conduct.watchStaff(estateId, onData, onError),
  );
  const acknowledgements = useConductLive<Records<StoredConductAcknowledgement>>(
    `acknowledgementsSince:${estateId}:${String(year)}`,
    (conduct, onData, onError) =>
      conduct.watchAcknowledgementsSince(estateId, since, onData, onError),
  );
  if (staff.status === "failed" || acknowledgements.status === "failed") {
    const message =
      staff.status === "failed"
        ? staff.message
        : acknowledgements.status === "failed"
          ? acknowledgements.message
          : "";
    return <Alert type="error" showIcon title={t("followUp.loadFailed", { message })} />;
  }
  if (staff.status !== "ready" || acknowledgements.status !== "ready") return null;
  const members = staff.value.records
    .filter((member) => member.active)
    .map((member) => ({ uid: member.id, name: member.name, role: member.role }));
  const roll = acknowledgementRoll(members, acknowledgements.value.records, now, zone);
  const acknowledged = roll.filter((entry) => entry.acknowledgedAt !== null).length;
  return (
    <Card
      style={{ marginTop: 16 }}
      title={t("followUp.conduct.roll.title", { year })}
      extra={t("followUp.conduct.roll.summary", { acknowledged, total: roll.length })}
    >
      <Table
        data-testid="conduct-roll"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        rowKey={(entry) => entry.member.uid}
        dataSource={roll}
        columns={[
          {
            title: t("followUp.conduct.roll.name"),
            render: (_, entry) => entry.member.name,
          },
          {
            title: t("followUp.conduct.roll.role"),
            render: (_, entry) => t(`roles.${entry.member.role}`),
          },
          {
            title: t("followUp.conduct.roll.status"),
            render: (_, entry) =>
              entry.acknowledgedAt === null ? (
                <Tag color="orange">{t("followUp.conduct.roll.no")}</Tag>
              ) : (
                <Tag color="green">
                  {t("followUp.conduct.roll.yes", {
                    time: formatInstant(entry.acknowledgedAt, zone),
                  })}
                </Tag>
              ),
          },
        ]}
      />
    </Card>
  );
}

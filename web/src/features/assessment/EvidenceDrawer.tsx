import { Alert, Descriptions, Drawer, Image, List, Space, Spin, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RuleCode } from "@domain/assessment/catalogue.js";
import type { StoredFinding } from "@domain/schema/finding.js";
import type { ImageRecord } from "@domain/schema/image.js";
import { useEstate } from "../../app/EstateContext.js";
import { readFindings, readImage } from "../../firebase/assessment.js";
import { localTime } from "./format.js";

const statusColour = { open: "gold", confirmed: "red", cleared: "default" } as const;

/** An evidence photo, read from the estate's images. */
function EvidencePhoto({ imageId }: { readonly imageId: string }) {
  const { t } = useTranslation();
  const { estateId } = useEstate();
  const [read, setRead] = useState<{ id: string; image: ImageRecord | null } | null>(null);
  useEffect(() => {
    let current = true;
    readImage(estateId, imageId).then(
      (image) => {
        if (current) setRead({ id: imageId, image });
      },
      () => {
        if (current) setRead({ id: imageId, image: null });
      },
    );
    return () => {
      current = false;
    };
  }, [estateId, imageId]);
  if (read?.id !== imageId) return <Spin size="small" />;
  if (read.image === null) {
    return (
      <Typography.Text type="secondary">{t("assessment.evidence.photoMissing")}</Typography.Text>
    );
  }
  return (
    <Image
      src={read.image.dataUrl}
      alt={t("assessment.evidence.photoAlt", { id: imageId })}
      width={240}
      data-testid="evidence-photo"
    />
  );
}

/** One finding with its evidence: note, linked record, photo; confirmation or clearing. */
export function FindingEvidence({
  finding,
  timeZone,
  nameOf,
}: {
  readonly finding: StoredFinding;
  readonly timeZone: string;
  readonly nameOf: (uid: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid="finding-evidence"
      title={
        <Space wrap>
          <Typography.Text code>{finding.id}</Typography.Text>
          <Tag color={statusColour[finding.status]}>{t(`assessment.status.${finding.status}`)}</Tag>
          {finding.referForDismissal && (
            <Tag color="red">{t("assessment.evidence.referForDismissal")}</Tag>
          )}
        </Space>
      }
      items={[
        {
          key: "at",
          label: t("assessment.evidence.at"),
          children: localTime(finding.at, timeZone),
        },
        {
          key: "by",
          label: t("assessment.evidence.recordedBy"),
          children: `${nameOf(finding.recordedBy)} · ${t(`assessment.source.${finding.source}`)}`,
        },
        ...finding.evidence.map((item, index) => ({
          key: `evidence-${String(index)}`,
          label: t(`assessment.evidence.${item.kind}`),
          children:
            item.kind === "text" ? (
              item.text
            ) : item.kind === "photo" ? (
              <EvidencePhoto imageId={item.imageId} />
            ) : (
              <Typography.Text code copyable>
                {item.path}
              </Typography.Text>
            ),
        })),
        ...(finding.confirmation === null
          ? []
          : [
              {
                key: "confirmed",
                label: t("assessment.status.confirmed"),
                children: t("assessment.evidence.confirmed", {
                  by: nameOf(finding.confirmation.by),
                  at: localTime(finding.confirmation.at, timeZone),
                }),
              },
            ]),
        ...(finding.clearing === null
          ? []
          : [
              {
                key: "cleared",
                label: t("assessment.status.cleared"),
                children: t("assessment.evidence.cleared", {
                  by: nameOf(finding.clearing.by),
                  at: localTime(finding.clearing.at, timeZone),
                  reason: finding.clearing.reason,
                }),
              },
            ]),
      ]}
    />
  );
}

/** The findings a scorecard line counted, opened from the line. */
export function EvidenceDrawer({
  estateId,
  rule,
  findingIds,
  timeZone,
  nameOf,
  onClose,
}: {
  readonly estateId: string;
  readonly rule: RuleCode | null;
  readonly findingIds: readonly string[];
  readonly timeZone: string;
  readonly nameOf: (uid: string) => string;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const key = findingIds.join("\n");
  const [read, setRead] = useState<{
    key: string;
    findings: StoredFinding[];
    error: string | null;
  } | null>(null);
  useEffect(() => {
    if (rule === null) return;
    let current = true;
    readFindings(estateId, key === "" ? [] : key.split("\n")).then(
      (findings) => {
        if (current) setRead({ key, findings, error: null });
      },
      (error: unknown) => {
        if (current) setRead({ key, findings: [], error: String(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [estateId, rule, key]);
  const state = read?.key === key ? read : { findings: null, error: null };

  return (
    <Drawer
      open={rule !== null}
      onClose={onClose}
      title={t("assessment.evidence.title", { rule: rule ?? "" })}
      size="large"
      closeIcon={<span aria-label={t("assessment.evidence.close")}>×</span>}
    >
      {state.error !== null && <Alert type="error" showIcon title={state.error} />}
      {state.findings === null ? (
        <Spin />
      ) : state.findings.length === 0 ? (
        <Typography.Text>{t("assessment.evidence.none")}</Typography.Text>
      ) : (
        <List
          dataSource={state.findings}
          renderItem={(finding) => (
            <List.Item key={finding.id}>
              <FindingEvidence finding={finding} timeZone={timeZone} nameOf={nameOf} />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}

/**
 * Fee import (B2.10, SPEC §7): the director uploads the fee data of a month's end (CSV/XLSX/XLS,
 * UTF-8 or GBK) to the `importFees` callable and sees what was counted and every bad row, with
 * the same report as the carrier call import.
 */
import { Alert, Card, Space, Spin, Typography, Upload } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { arrearsRateText } from "@domain/assessment/arrears.js";
import type { FeeMonth } from "@domain/schema/feeMonth.js";
import { monthOf, previousMonth, type MonthKey } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import { RowErrorReport } from "../../app/RowErrorReport.js";
import { importFees, readFeeMonth, type FeeImportSummary } from "../../firebase/assessment.js";
import { toBase64, uploadProblem } from "../calls/format.js";
import { localTime } from "./format.js";
import { useEstateZone } from "./hooks.js";
import { MonthSelect } from "./MonthSelect.js";
import "./assessment.css";
import { errorMessage } from "../../app/errorMessage.js";

/** The largest fee file `importFees` takes (its base64 limit is 9,000,000 characters). */
export const MAX_FEE_FILE_BYTES = 6 * 1024 * 1024;

type UploadState =
  | { status: "idle" }
  | { status: "uploading"; name: string }
  | { status: "failed"; message: string }
  | { status: "done"; name: string; summary: FeeImportSummary };

/** Why a file is refused before it is sent, or null. */
function feeFileProblem(file: { name: string; size: number }): "type" | "size" | "empty" | null {
  return uploadProblem(file) ?? (file.size > MAX_FEE_FILE_BYTES ? "size" : null);
}

export default function FeeImportPage() {
  const { t } = useTranslation();
  const { estateId, role } = useEstate();
  const timeZone = useEstateZone();
  const [month, setMonth] = useState<MonthKey>(() => previousMonth(monthOf(new Date(), timeZone)));
  const [state, setState] = useState<UploadState>({ status: "idle" });
  const [current, setCurrent] = useState<FeeMonth | null | undefined>(undefined);
  const done = state.status === "done" ? state.summary : null;

  useEffect(() => {
    let live = true;
    readFeeMonth(estateId, month).then(
      (feeMonth) => {
        if (live) setCurrent(feeMonth);
      },
      () => {
        if (live) setCurrent(null);
      },
    );
    return () => {
      live = false;
    };
  }, [estateId, month, done]);

  if (role !== "director" && role !== "admin") {
    return <Alert type="info" showIcon title={t("assessment.fees.onlyDirector")} />;
  }

  async function upload(file: File): Promise<void> {
    const problem = feeFileProblem(file);
    if (problem !== null) {
      setState({
        status: "failed",
        message: t(`assessment.fees.refused.${problem}`, { name: file.name }),
      });
      return;
    }
    setState({ status: "uploading", name: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const summary = await importFees({
        estateId,
        month,
        fileName: file.name,
        contentBase64: toBase64(bytes),
      });
      setState({ status: "done", name: file.name, summary });
    } catch (error) {
      setState({
        status: "failed",
        message: t("assessment.fees.failed", { message: errorMessage(error) }),
      });
    }
  }

  const figures =
    state.status === "done"
      ? ([
          ["bills", String(state.summary.billCount)],
          ["chargeable", String(state.summary.chargeable)],
          ["inArrears", String(state.summary.inArrears)],
          ["rate", arrearsRateText(state.summary) ?? "—"],
          ["errors", String(state.summary.rowErrors.length)],
        ] as const)
      : [];

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t("assessment.fees.title")}
      </Typography.Title>
      <Typography.Paragraph>{t("assessment.fees.intro")}</Typography.Paragraph>
      <MonthSelect
        value={month}
        latest={monthOf(new Date(), timeZone)}
        onChange={(next) => {
          setMonth(next);
          setState({ status: "idle" });
        }}
      />
      <Typography.Text data-testid="fees-current">
        {current === undefined
          ? "…"
          : current === null
            ? t("assessment.fees.none", { month })
            : t("assessment.fees.current", {
                month,
                file: current.fileName,
                at: localTime(current.updatedAt, timeZone),
                inArrears: current.inArrears,
                chargeable: current.chargeable,
                rate: arrearsRateText(current) ?? "—",
              })}
      </Typography.Text>
      <Card size="small">
        <Upload.Dragger
          accept=".csv,.xlsx,.xls"
          multiple={false}
          showUploadList={false}
          disabled={state.status === "uploading"}
          beforeUpload={(file) => {
            void upload(file);
            return false;
          }}
          data-testid="fees-upload"
        >
          <p style={{ fontWeight: 600 }}>{t("assessment.fees.drop")}</p>
          <p style={{ color: "#595959" }}>{t("assessment.fees.hint")}</p>
        </Upload.Dragger>
        <div aria-live="polite" style={{ marginTop: 12 }}>
          {state.status === "uploading" && (
            <Spin>
              <Typography.Text>
                {t("assessment.fees.uploading", { name: state.name })}
              </Typography.Text>
            </Spin>
          )}
          {state.status === "failed" && <Alert type="error" showIcon title={state.message} />}
          {state.status === "done" && (
            <section data-testid="fees-summary">
              <Typography.Title level={5}>
                {t("assessment.fees.summaryTitle", {
                  name: state.name,
                  month: state.summary.month,
                })}
              </Typography.Title>
              <dl className="fee-figures">
                {figures.map(([key, value]) => (
                  <div key={key} data-testid={`fees-summary-${key}`}>
                    <dt>{t(`assessment.fees.${key}`)}</dt>
                    <dd>{value}</dd>
                  </div>
                ))}
              </dl>
              <RowErrorReport errors={state.summary.rowErrors} testId="fees-summary-errors" />
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                {t("assessment.fees.recomputeHint")}
              </Typography.Paragraph>
            </section>
          )}
        </div>
      </Card>
    </Space>
  );
}

import { Alert, Card, Input, Spin, Typography, Upload } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { RowErrorReport } from "../../app/RowErrorReport.js";
import type { CallImportSummary } from "../../firebase/calls.js";
import { toBase64, uploadProblem } from "./format.js";
import { loadCalls } from "./useCallsLive.js";
import { errorMessage } from "../../app/errorMessage.js";

type UploadState =
  | { status: "idle" }
  | { status: "uploading"; name: string }
  | { status: "failed"; message: string }
  | { status: "done"; name: string; summary: CallImportSummary };

/** B2.5a upload: drop or choose a carrier export, then the import's summary with its errors. */
export function UploadPanel({ estateId, defaultLine }: { estateId: string; defaultLine: string }) {
  const { t } = useTranslation();
  const lineId = useId();
  const [line, setLine] = useState(defaultLine);
  const [state, setState] = useState<UploadState>({ status: "idle" });

  async function upload(file: File): Promise<void> {
    const problem = uploadProblem(file);
    if (problem !== null) {
      setState({
        status: "failed",
        message: t(`calls.upload.refused.${problem}`, { name: file.name }),
      });
      return;
    }
    if (line.trim() === "") {
      setState({ status: "failed", message: t("calls.upload.lineRequired") });
      return;
    }
    setState({ status: "uploading", name: file.name });
    try {
      const [calls, bytes] = await Promise.all([loadCalls(), file.arrayBuffer()]);
      const summary = await calls.importCarrierCalls({
        estateId,
        line: line.trim(),
        fileName: file.name,
        contentBase64: toBase64(new Uint8Array(bytes)),
      });
      setState({ status: "done", name: file.name, summary });
    } catch (error) {
      setState({
        status: "failed",
        message: t("calls.upload.failed", { message: errorMessage(error) }),
      });
    }
  }

  const figures =
    state.status === "done"
      ? ([
          ["rows", state.summary.rows],
          ["newCalls", state.summary.newCalls],
          ["connected", state.summary.connected],
          ["matched", state.summary.matched],
          ["unlogged", state.summary.unlogged],
          ["missed", state.summary.missed],
          ["errors", state.summary.errorCount],
        ] as const)
      : [];

  return (
    <Card title={t("calls.upload.title")} size="small">
      <div style={{ marginBottom: 12, maxWidth: 320 }}>
        <label htmlFor={lineId} style={{ display: "block", fontWeight: 600, marginBottom: 4 }}>
          {t("calls.upload.line")}
        </label>
        <Input
          id={lineId}
          data-testid="calls-line"
          value={line}
          onChange={(event) => {
            setLine(event.target.value);
          }}
        />
      </div>
      <Upload.Dragger
        accept=".csv,.xlsx,.xls"
        multiple={false}
        showUploadList={false}
        disabled={state.status === "uploading"}
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
        data-testid="calls-upload"
      >
        <p style={{ fontWeight: 600 }}>{t("calls.upload.drop")}</p>
        <p style={{ color: "#595959" }}>{t("calls.upload.hint")}</p>
      </Upload.Dragger>
      <div aria-live="polite" style={{ marginTop: 12 }}>
        {state.status === "uploading" && (
          <Spin>
            <Typography.Text>{t("calls.upload.uploading", { name: state.name })}</Typography.Text>
          </Spin>
        )}
        {state.status === "failed" && <Alert type="error" showIcon title={state.message} />}
        {state.status === "done" && (
          <section data-testid="calls-summary">
            <Typography.Title level={5}>
              {t("calls.summary.title", { name: state.name })}
            </Typography.Title>
            {state.summary.alreadyImported && (
              <Alert type="info" showIcon title={t("calls.summary.alreadyImported")} />
            )}
            <dl
              style={{
                display: "grid",
                gridTemplateColumns: "repeat(auto-fill, minmax(110px, 1fr))",
                gap: 8,
                margin: "8px 0",
              }}
            >
              {figures.map(([key, value]) => (
                <div key={key} data-testid={`calls-summary-${key}`}>
                  <dt style={{ color: "#595959" }}>{t(`calls.summary.${key}`)}</dt>
                  <dd style={{ margin: 0, fontSize: 20, fontWeight: 600 }}>{value}</dd>
                </div>
              ))}
            </dl>
            <RowErrorReport
              errors={state.summary.errors}
              errorCount={state.summary.errorCount}
              testId="calls-summary-errors"
            />
          </section>
        )}
      </div>
    </Card>
  );
}

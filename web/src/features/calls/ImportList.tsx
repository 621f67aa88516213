import { Card, Table } from "antd";
import { useTranslation } from "react-i18next";
import type { CallImport } from "@domain/schema/callImport.js";
import { formatCallTime } from "./format.js";

/** B2.5a: the latest carrier exports uploaded, live, each with its figures. */
export function ImportList({
  imports,
  timeZone,
}: {
  imports: readonly CallImport[];
  timeZone: string;
}) {
  const { t } = useTranslation();
  const figure = (key: "rows" | "connected" | "matched" | "unlogged" | "missed") => ({
    title: t(`calls.summary.${key}`),
    dataIndex: key,
    align: "right" as const,
  });
  return (
    <Card size="small" title={t("calls.imports.title")} data-testid="calls-imports">
      <Table
        size="small"
        rowKey="id"
        scroll={{ x: "max-content" }}
        dataSource={[...imports]}
        pagination={false}
        locale={{ emptyText: t("calls.imports.empty") }}
        columns={[
          {
            title: t("calls.imports.uploadedAt"),
            key: "uploadedAt",
            render: (_: unknown, record: CallImport) => formatCallTime(record.uploadedAt, timeZone),
          },
          { title: t("calls.imports.file"), dataIndex: "fileName" },
          { title: t("calls.upload.line"), dataIndex: "line" },
          figure("rows"),
          figure("connected"),
          figure("matched"),
          figure("unlogged"),
          figure("missed"),
          { title: t("calls.summary.errors"), dataIndex: "errorCount", align: "right" as const },
        ]}
      />
    </Card>
  );
}

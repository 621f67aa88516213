/**
 * The bad-row report of a file import (SPEC §4 "a bad row is reported with its line number and
 * the reason … nothing is silently dropped"): shared by the carrier call import (B2.5a) and the
 * fee import (B2.10), so both say the same thing the same way.
 */
import { Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { RowProblem } from "@domain/rowProblem.js";
import { rowReasonText } from "./rowProblemText.js";

/**
 * A row of the file that could not be read: its number as the user sees it, and why (the
 * problems, shown in the screen's language; the English reason for rows stored without them).
 */
export interface RowError {
  readonly row: number;
  readonly reason: string;
  readonly problems?: readonly RowProblem[];
}

/**
 * "Every row was read", or the table of bad rows; when the import kept only the first errors,
 * says how many there were in all.
 */
export function RowErrorReport({
  errors,
  errorCount = errors.length,
  testId,
}: {
  readonly errors: readonly RowError[];
  /** All the bad rows of the file (at least `errors.length`). */
  readonly errorCount?: number;
  readonly testId: string;
}) {
  const { t } = useTranslation();
  if (errorCount === 0) {
    return <Typography.Text type="secondary">{t("calls.summary.noErrors")}</Typography.Text>;
  }
  return (
    <>
      {errors.length < errorCount && (
        <Typography.Text type="secondary">
          {t("calls.summary.moreErrors", { shown: errors.length, count: errorCount })}
        </Typography.Text>
      )}
      <Table<RowError>
        size="small"
        data-testid={testId}
        rowKey={(error) => `${String(error.row)}:${error.reason}`}
        dataSource={[...errors]}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        columns={[
          { title: t("calls.summary.row"), dataIndex: "row", width: 80 },
          {
            title: t("calls.summary.reason"),
            key: "reason",
            render: (_value: unknown, error: RowError) => rowReasonText(t, error),
          },
        ]}
      />
    </>
  );
}

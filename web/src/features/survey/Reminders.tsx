/** The households that have not answered (reminders, C1), exportable as CSV. */
import type { SurveyRoster } from "@domain/schema/surveyRoster.js";
import { Button, Table } from "antd";
import { useTranslation } from "react-i18next";
import { csvOf, notAnswered } from "./figures.js";

export function Reminders({
  roster,
  answered,
  fileName,
}: {
  roster: SurveyRoster | null;
  answered: readonly string[];
  fileName: string;
}) {
  const { t } = useTranslation();
  if (roster === null) return <p>{t("survey.reminders.noRoster")}</p>;
  const pending = notAnswered(roster.households, answered);
  if (pending.length === 0) return <p>{t("survey.reminders.allAnswered")}</p>;
  const download = () => {
    const text = csvOf([
      [t("survey.reminders.household"), t("survey.reminders.building")],
      ...pending.map((household) => [household.label, household.building]),
    ]);
    const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
    const anchor = document.createElement("a");
    anchor.href = url;
    anchor.download = fileName;
    anchor.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div data-testid="reminders">
      <p>
        <strong>{t("survey.reminders.count", { count: pending.length })}</strong>{" "}
        <Button onClick={download}>{t("survey.reminders.export")}</Button>
      </p>
      <Table
        rowKey="householdId"
        size="small"
        dataSource={pending}
        pagination={{ pageSize: 20, showSizeChanger: false }}
        columns={[
          { key: "label", title: t("survey.reminders.household"), dataIndex: "label" },
          { key: "building", title: t("survey.reminders.building"), dataIndex: "building" },
        ]}
      />
    </div>
  );
}

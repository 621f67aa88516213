import { Select } from "antd";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { MonthKey } from "@domain/time.js";
import { monthsEndingWith } from "./scorecards.js";

/** Picks one of the last twelve months up to `latest`. */
export function MonthSelect({
  value,
  latest,
  onChange,
}: {
  readonly value: MonthKey;
  readonly latest: MonthKey;
  readonly onChange: (month: MonthKey) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const months = monthsEndingWith(latest, 12).reverse();
  return (
    <span style={{ display: "inline-flex", alignItems: "center", gap: 6 }}>
      <label htmlFor={id}>{t("assessment.month")}</label>
      <Select
        id={id}
        data-testid="month-select"
        value={value}
        onChange={onChange}
        style={{ minWidth: 120 }}
        options={months.map((month) => ({ value: month, label: month }))}
      />
    </span>
  );
}

import type { ContactChange, FieldChange } from "@domain/schema/contactChange.js";
import type { Person } from "@domain/schema/person.js";
import { Grid, List, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "./format.js";

/** One changed field of one history entry, flattened for display. */
interface Row {
  readonly key: string;
  readonly change: ContactChange;
  readonly fieldChange: FieldChange;
}

function isPhoneList(value: unknown): value is { number: string; label?: string }[] {
  return (
    Array.isArray(value) &&
    value.every((item) => typeof item === "object" && item !== null && "number" in item)
  );
}

/** A before/after value as staff read it, in the current language. */
function useValueText(): (field: FieldChange["field"], value: unknown) => string {
  const { t } = useTranslation();
  return (field, value) => {
    if (value === null || value === undefined || value === "") return t("history.noValue");
    if (field === "phones" && isPhoneList(value)) {
      return value.length === 0
        ? t("history.noValue")
        : value
            .map((phone) => (phone.label ? `${phone.number}(${phone.label})` : phone.number))
            .join("、");
    }
    if (field === "preferredContact" && typeof value === "string")
      return t(`contactMethods.${value}`, value);
    if (field === "kind" && typeof value === "string") return t(`personKinds.${value}`, value);
    return typeof value === "string" ? value : JSON.stringify(value);
  };
}

/** The household's contact history, newest first: who, when, which field, before → after. */
export function ContactHistory({
  changes,
  people,
  staffNames,
  language,
  timeZone,
}: {
  readonly changes: readonly ContactChange[];
  readonly people: readonly Person[];
  readonly staffNames: ReadonlyMap<string, string>;
  readonly language: string;
  readonly timeZone: string;
}) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const valueText = useValueText();
  const personName = (id: string) => people.find((person) => person.id === id)?.name ?? id;
  const rows: Row[] = changes.flatMap((change) =>
    change.changes.map((fieldChange) => ({
      key: `${change.id}/${fieldChange.field}`,
      change,
      fieldChange,
    })),
  );
  const who = (row: Row) => staffNames.get(row.change.changedBy) ?? row.change.changedBy;
  const when = (row: Row) => formatDateTime(row.change.changedAt, language, timeZone);
  const what = (row: Row) => (
    <span>
      {valueText(row.fieldChange.field, row.fieldChange.before)} →{" "}
      <strong>{valueText(row.fieldChange.field, row.fieldChange.after)}</strong>
    </span>
  );

  if (screens.md === false) {
    return (
      <List<Row>
        data-testid="contact-history"
        dataSource={rows}
        locale={{ emptyText: t("history.empty") }}
        renderItem={(row) => (
          <List.Item>
            <div>
              <Typography.Text type="secondary">
                {when(row)} · {who(row)} · {personName(row.change.personId)}
              </Typography.Text>
              <div>
                {t(`history.fields.${row.fieldChange.field}`)}:{what(row)}
              </div>
            </div>
          </List.Item>
        )}
      />
    );
  }
  return (
    <Table<Row>
      data-testid="contact-history"
      size="small"
      dataSource={rows}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      locale={{ emptyText: t("history.empty") }}
      columns={[
        { key: "when", title: t("history.when"), width: 180, render: (_, row) => when(row) },
        { key: "who", title: t("history.who"), width: 120, render: (_, row) => who(row) },
        {
          key: "person",
          title: t("history.person"),
          width: 120,
          render: (_, row) => personName(row.change.personId),
        },
        {
          key: "field",
          title: t("history.field"),
          width: 120,
          render: (_, row) => t(`history.fields.${row.fieldChange.field}`),
        },
        { key: "change", title: t("history.change"), render: (_, row) => what(row) },
      ]}
    />
  );
}

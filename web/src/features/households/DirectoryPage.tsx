import { SearchOutlined } from "@ant-design/icons";
import { Alert, Card, Grid, Input, List, Space, Table, Tag, Typography, type InputRef } from "antd";
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import type { Household } from "@domain/schema/household.js";
import type { Person } from "@domain/schema/person.js";
import { useEstate } from "../../app/EstateContext.js";
import type { Records } from "../../firebase/firestore.js";
import { joinDirectory, searchDirectory, type DirectoryEntry } from "./directory.js";
import { PhoneLink } from "./PhoneLink.js";
import { useLive } from "./useLiveRecords.js";

const PAGE_SIZE = 50;

/** Focuses the search box on `/`, unless the user is typing somewhere. */
function useSlashToSearch(input: React.RefObject<InputRef | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing =
        target !== null &&
        (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("keydown", onKey);
    };
  }, [input]);
}

function People({ entry }: { readonly entry: DirectoryEntry }) {
  const { t } = useTranslation();
  return (
    <Space size={[4, 4]} wrap>
      {entry.people.map((person) => (
        <span key={person.id}>
          {person.name}
          {person.kind === "occupant" && (
            <Tag style={{ marginInlineStart: 4 }}>{t("personKinds.occupant")}</Tag>
          )}
        </span>
      ))}
    </Space>
  );
}

function Phones({ entry }: { readonly entry: DirectoryEntry }) {
  return (
    <Space size={[8, 2]} wrap>
      {entry.people.flatMap((person) =>
        person.phones.map((phone, index) => (
          <PhoneLink key={`${person.id}-${String(index)}`} number={phone.number} />
        )),
      )}
    </Space>
  );
}

/** The estate's households and people, live, with one instant search box (SPEC §1). */
export default function DirectoryPage() {
  const { t } = useTranslation();
  const { estateId } = useEstate();
  const screens = Grid.useBreakpoint();
  const searchId = useId();
  const hintId = useId();
  const searchInput = useRef<InputRef>(null);
  const [text, setText] = useState("");
  const deferredText = useDeferredValue(text);
  useSlashToSearch(searchInput);

  const households = useLive<Records<Household>>(
    `households/${estateId}`,
    (firestore, onData, onError) => firestore.watchHouseholds(estateId, onData, onError),
  );
  const people = useLive<Records<Person>>(`people/${estateId}`, (firestore, onData, onError) =>
    firestore.watchPeople(estateId, onData, onError),
  );

  const entries = useMemo(
    () =>
      households.status === "ready" && people.status === "ready"
        ? joinDirectory(households.value.records, people.value.records)
        : [],
    [households, people],
  );
  const results = useMemo(() => searchDirectory(entries, deferredText), [entries, deferredText]);
  const loading = households.status === "loading" || people.status === "loading";
  const failure =
    households.status === "failed"
      ? households.message
      : people.status === "failed"
        ? people.message
        : null;
  const unreadable = [
    ...(households.status === "ready" ? households.value.unreadable : []),
    ...(people.status === "ready" ? people.value.unreadable : []),
  ];

  const unitLink = (entry: DirectoryEntry) => (
    <Link
      to={`/households/${entry.household.id}`}
      aria-label={t("directory.open", { label: entry.label })}
    >
      {entry.label}
    </Link>
  );

  return (
    <section aria-labelledby="directory-title">
      <Typography.Title id="directory-title" level={1} style={{ fontSize: 22, marginTop: 0 }}>
        {t("directory.title")}
      </Typography.Title>
      <div style={{ marginBottom: 12 }}>
        <label htmlFor={searchId} style={{ display: "block", fontWeight: 600, marginBottom: 4 }}>
          {t("directory.searchLabel")}
        </label>
        <Input
          id={searchId}
          ref={searchInput}
          data-testid="directory-search"
          type="search"
          size="large"
          allowClear
          autoFocus
          prefix={<SearchOutlined aria-hidden />}
          placeholder={t("directory.searchPlaceholder")}
          aria-describedby={hintId}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
          }}
        />
        <Typography.Text id={hintId} type="secondary" style={{ fontSize: 13 }}>
          {t("directory.searchHint")}
        </Typography.Text>
      </div>
      {failure !== null && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t("directory.loadFailed", { message: failure })}
        />
      )}
      {unreadable.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t("directory.unreadable", {
            count: unreadable.length,
            ids: unreadable.slice(0, 10).join(", "),
          })}
        />
      )}
      <p
        role="status"
        aria-live="polite"
        data-testid="directory-count"
        style={{ margin: "4px 0 8px" }}
      >
        {loading
          ? t("app.loading")
          : deferredText.trim() === ""
            ? t("directory.count", { count: entries.length })
            : t("directory.matches", { count: results.length })}
      </p>
      {screens.md === false ? (
        <List
          data-testid="directory-cards"
          loading={loading}
          dataSource={results}
          rowKey={(entry) => entry.household.id}
          locale={{ emptyText: t("directory.noMatch") }}
          pagination={
            results.length > 20 ? { pageSize: 20, size: "small", showSizeChanger: false } : false
          }
          renderItem={(entry) => (
            <List.Item style={{ padding: "6px 0", border: "none" }}>
              <Card size="small" style={{ width: "100%" }} title={unitLink(entry)}>
                <div>
                  <People entry={entry} />
                </div>
                <div style={{ marginTop: 4 }}>
                  <Phones entry={entry} />
                </div>
              </Card>
            </List.Item>
          )}
        />
      ) : (
        <Table<DirectoryEntry>
          data-testid="directory-table"
          size="middle"
          loading={loading}
          dataSource={results}
          rowKey={(entry) => entry.household.id}
          locale={{ emptyText: t("directory.noMatch") }}
          pagination={{ pageSize: PAGE_SIZE, showSizeChanger: false, hideOnSinglePage: true }}
          columns={[
            {
              key: "unit",
              title: t("directory.unit"),
              width: 120,
              render: (_, entry) => unitLink(entry),
            },
            {
              key: "people",
              title: t("directory.people"),
              render: (_, entry) => <People entry={entry} />,
            },
            {
              key: "phones",
              title: t("directory.phones"),
              render: (_, entry) => <Phones entry={entry} />,
            },
            {
              key: "floor",
              title: t("directory.floor"),
              width: 80,
              render: (_, entry) => entry.household.floor,
            },
            {
              key: "location",
              title: t("directory.location"),
              ellipsis: true,
              responsive: ["lg"],
              render: (_, entry) => entry.household.locationDescription,
            },
          ]}
        />
      )}
    </section>
  );
}

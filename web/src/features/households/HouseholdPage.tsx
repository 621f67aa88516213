import { ArrowLeftOutlined, EditOutlined } from "@ant-design/icons";
import type { ContactChange } from "@domain/schema/contactChange.js";
import { householdLabel, isWithinWarranty, type Household } from "@domain/schema/household.js";
import type { Person } from "@domain/schema/person.js";
import type { Role } from "@domain/schema/role.js";
import { Alert, Button, Card, Descriptions, Empty, Space, Spin, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { useEstate } from "../../app/EstateContext.js";
import { useLanguage } from "../../app/LanguageProvider.js";
import type { Records } from "../../firebase/firestore.js";
import { ContactHistory } from "./ContactHistory.js";
import { HouseholdTickets } from "../tickets/HouseholdTickets.js";
import { formatDate } from "./format.js";
import { PersonContactForm } from "./PersonContactForm.js";
import { PhoneLink } from "./PhoneLink.js";
import { useLive } from "./useLiveRecords.js";
import { HouseholdLinkPanel } from "../notices/HouseholdLinkPanel.js";

/** Roles that may edit a person's contact data (see the person schema and the rules). */
const contactEditors: readonly Role[] = ["customerService", "director", "admin"];

const FALLBACK_TIME_ZONE = "Asia/Shanghai";

/** One household: its facts, its people with their phones, and the contact history. */
export default function HouseholdPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { estateId, estate, role } = useEstate();
  const householdId = useParams().householdId ?? "";
  const [editing, setEditing] = useState<Person | null>(null);
  const timeZone = estate?.timeZone ?? FALLBACK_TIME_ZONE;
  const scope = `${estateId}/${householdId}`;

  const household = useLive<Household | null>(`household/${scope}`, (firestore, onData, onError) =>
    firestore.watchHousehold(estateId, householdId, onData, onError),
  );
  const people = useLive<Records<Person>>(`people/${scope}`, (firestore, onData, onError) =>
    firestore.watchPeopleOf(estateId, householdId, onData, onError),
  );
  const changes = useLive<Records<ContactChange>>(
    `changes/${scope}`,
    (firestore, onData, onError) =>
      firestore.watchContactChanges(estateId, householdId, onData, onError),
  );
  const staffNames = useLive<ReadonlyMap<string, string>>(
    `staff/${estateId}`,
    (firestore, onData, onError) => firestore.watchStaffNames(estateId, onData, onError),
  );

  const back = (
    <Link to="/households">
      <ArrowLeftOutlined aria-hidden /> {t("household.back")}
    </Link>
  );
  if (household.status === "loading") return <Spin />;
  if (household.status === "failed") {
    return (
      <Alert
        type="error"
        role="alert"
        showIcon
        title={t("household.loadFailed", { message: household.message })}
        action={back}
      />
    );
  }
  const facts = household.value;
  if (facts === null)
    return <Alert type="warning" showIcon title={t("household.notFound")} action={back} />;

  const residents = people.status === "ready" ? people.value.records : [];
  const label = householdLabel(facts);
  const notRecorded = (
    <Typography.Text type="secondary">{t("household.notRecorded")}</Typography.Text>
  );
  const canEdit = contactEditors.includes(role);

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      {back}
      <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }} data-testid="household-title">
        {label}
      </Typography.Title>
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("household.facts")}</h2>}
        size="small"
      >
        <Descriptions column={{ xs: 1, sm: 1, md: 2, lg: 3 }} size="small">
          <Descriptions.Item label={t("household.location")}>
            {facts.locationDescription || notRecorded}
          </Descriptions.Item>
          <Descriptions.Item label={t("household.floor")}>{facts.floor}</Descriptions.Item>
          <Descriptions.Item label={t("household.area")}>
            {facts.areaSquareMetres === null
              ? notRecorded
              : t("household.areaValue", { value: facts.areaSquareMetres })}
          </Descriptions.Item>
          <Descriptions.Item label={t("household.handoverDate")}>
            {facts.handoverDate === null
              ? notRecorded
              : formatDate(facts.handoverDate, language, timeZone)}
          </Descriptions.Item>
          <Descriptions.Item label={t("household.warrantyEnd")}>
            {facts.warrantyEnd === null ? (
              notRecorded
            ) : (
              <span>
                {formatDate(facts.warrantyEnd, language, timeZone)}{" "}
                {isWithinWarranty(facts, new Date()) ? (
                  <Tag color="green">{t("household.withinWarranty")}</Tag>
                ) : (
                  <Tag>{t("household.warrantyExpired")}</Tag>
                )}
              </span>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t("household.feeAccount")}>
            {facts.feeAccount || notRecorded}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("household.people")}</h2>}
        size="small"
      >
        {people.status === "failed" && (
          <Alert
            type="error"
            role="alert"
            title={t("household.loadFailed", { message: people.message })}
          />
        )}
        {people.status === "ready" && residents.length === 0 && (
          <Empty description={t("household.noPeople")} />
        )}
        <Space orientation="vertical" style={{ width: "100%" }}>
          {residents.map((person) => (
            <Card
              key={person.id}
              type="inner"
              size="small"
              data-testid={`person-${person.id}`}
              title={
                <span>
                  {person.name} <Tag>{t(`personKinds.${person.kind}`)}</Tag>
                </span>
              }
              extra={
                canEdit && (
                  <Button
                    icon={<EditOutlined aria-hidden />}
                    onClick={() => {
                      setEditing(person);
                    }}
                  >
                    {t("household.edit")}
                  </Button>
                )
              }
            >
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t("household.phones")}>
                  {person.phones.length === 0 ? (
                    notRecorded
                  ) : (
                    <Space orientation="vertical" size={2} data-testid="person-phones">
                      {person.phones.map((phone, index) => (
                        <span key={String(index)}>
                          <PhoneLink number={phone.number} />
                          {phone.label !== "" && (
                            <Typography.Text type="secondary"> {phone.label}</Typography.Text>
                          )}
                        </span>
                      ))}
                    </Space>
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t("household.preferredContact")}>
                  {t(`contactMethods.${person.preferredContact}`)}
                </Descriptions.Item>
                {person.wechat !== "" && (
                  <Descriptions.Item label={t("household.wechat")}>
                    {person.wechat}
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
          ))}
        </Space>
      </Card>
      <Card title={<h2 style={{ fontSize: 16, margin: 0 }}>{t("history.title")}</h2>} size="small">
        {changes.status === "failed" ? (
          <Alert
            type="error"
            role="alert"
            title={t("household.loadFailed", { message: changes.message })}
          />
        ) : (
          <ContactHistory
            changes={changes.status === "ready" ? changes.value.records : []}
            people={residents}
            staffNames={staffNames.status === "ready" ? staffNames.value : new Map()}
            language={language}
            timeZone={timeZone}
          />
        )}
      </Card>
      <HouseholdTickets estateId={estateId} householdId={householdId} timeZone={timeZone} />
      {canEdit && (
        <HouseholdLinkPanel estateId={estateId} estateName={estate?.name ?? ""} household={facts} />
      )}
      {editing !== null && (
        <PersonContactForm
          estateId={estateId}
          person={editing}
          onClose={() => {
            setEditing(null);
          }}
        />
      )}
    </Space>
  );
}

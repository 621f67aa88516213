import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  conductYearOf,
  conductYearRange,
  offerKinds,
  type OfferKind,
} from "@domain/followUp/conduct.js";
import { householdLabel, type Household } from "@domain/schema/household.js";
import type { StoredOffer } from "@domain/schema/offerRegister.js";
import type { Staff } from "@domain/schema/staff.js";
import { DEFAULT_TIME_ZONE } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import type { Records } from "../../firebase/firestore.js";
import { loadConduct, useConductLive } from "./ConductData.js";
import { formatInstant, instantOfLocal, localOfInstant } from "./dashboardRows.js";
import { VisitCoverageCard } from "./VisitCoverageCard.js";
import { LiveAlerts } from "./LiveAlerts.js";

const OTHER_WITNESS = "__other__";

interface OfferForm {
  kind: OfferKind;
  householdId?: string;
  offeredBy: string;
  offer: string;
  offeredAt: string;
  refused: boolean;
  refusal: string;
  witness: string;
  witnessName?: string;
}

/**
 * Article A's offers register: any staff member declares an offer made to them (meal, gift,
 * extra pay, private job, other), whether and how it was refused, and the witness. The
 * director and admins see the whole register of a year (by kind) beside the visit-coverage
 * figure — not too close, not too far; other staff see their own declarations.
 */
export default function OfferRegisterPage() {
  const { t } = useTranslation();
  const { estateId, estate, uid, role } = useEstate();
  const zone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const manager = role === "director" || role === "admin";
  const staff = useConductLive<Records<Staff>>(`staff:${estateId}`, (conduct, onData, onError) =>
    conduct.watchStaff(estateId, onData, onError),
  );
  const names = new Map(
    staff.status === "ready" ? staff.value.records.map((member) => [member.id, member.name]) : [],
  );
  return (
    <section aria-labelledby="offers-title">
      <Typography.Title level={2} id="offers-title">
        {t("followUp.conduct.offers.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t("followUp.conduct.offers.intro")}
      </Typography.Paragraph>
      <div
        style={{
          display: "grid",
          gap: 16,
          gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 420px), 1fr))",
          alignItems: "start",
        }}
      >
        <OfferFormCard
          estateId={estateId}
          uid={uid}
          zone={zone}
          staff={staff.status === "ready" ? staff.value.records : []}
        />
        {manager && <VisitCoverageCard estateId={estateId} zone={zone} />}
      </div>
      <OfferRegisterTable
        estateId={estateId}
        uid={uid}
        zone={zone}
        manager={manager}
        names={names}
      />
    </section>
  );
}

function OfferFormCard(props: {
  readonly estateId: string;
  readonly uid: string;
  readonly zone: string;
  readonly staff: readonly Staff[];
}) {
  const { t } = useTranslation();
  const { estateId, uid, zone } = props;
  const [form] = Form.useForm<OfferForm>();
  const witness = Form.useWatch("witness", form);
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const households = useConductLive<Records<Household>>(
    `households:${estateId}`,
    (conduct, onData, onError) => conduct.watchHouseholds(estateId, onData, onError),
  );
  const householdOptions =
    households.status === "ready"
      ? households.value.records
          .map((household) => ({ value: household.id, label: householdLabel(household) }))
          .sort((a, b) => a.label.localeCompare(b.label, "zh"))
      : [];
  const witnessOptions = [
    ...props.staff
      .filter((member) => member.id !== uid && member.active)
      .map((member) => ({
        value: member.id,
        label: `${member.name} · ${t(`roles.${member.role}`)}`,
      })),
    { value: OTHER_WITNESS, label: t("followUp.conduct.offers.witnessOther") },
  ];

  const submit = async (values: OfferForm) => {
    const offeredAt = instantOfLocal(values.offeredAt, zone);
    if (offeredAt === null) return;
    setBusy(true);
    setOutcome(null);
    try {
      await (
        await loadConduct()
      ).recordOffer({
        estateId,
        requestId,
        householdId: values.householdId ?? null,
        offeredBy: values.offeredBy,
        kind: values.kind,
        offer: values.offer,
        offeredAt: offeredAt.toISOString(),
        refused: values.refused,
        refusal: values.refusal,
        witness:
          values.witness === OTHER_WITNESS
            ? { staffId: null, name: values.witnessName ?? "" }
            : { staffId: values.witness },
      });
      setOutcome({ ok: true, text: t("followUp.conduct.offers.saved") });
      setRequestId(crypto.randomUUID());
      form.resetFields();
    } catch (error) {
      setOutcome({ ok: false, text: t("followUp.failed", { message: String(error) }) });
    } finally {
      setBusy(false);
    }
  };

  const required = [
    { required: true, whitespace: true, message: t("followUp.conduct.offers.required") },
  ];
  return (
    <Card size="small" title={t("followUp.conduct.offers.formTitle")}>
      <Form<OfferForm>
        form={form}
        layout="vertical"
        data-testid="offer-form"
        disabled={busy}
        initialValues={{
          kind: "gift",
          refused: true,
          offeredAt: localOfInstant(new Date(), zone),
        }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="kind"
          label={t("followUp.conduct.offers.kind")}
          rules={[{ required: true }]}
        >
          <Select
            data-testid="offer-kind"
            options={offerKinds.map((kind) => ({
              value: kind,
              label: t(`followUp.conduct.offers.kinds.${kind}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="householdId" label={t("followUp.conduct.offers.household")}>
          <Select
            data-testid="offer-household"
            showSearch={{ optionFilterProp: "label" }}
            allowClear
            placeholder={t("followUp.conduct.offers.noHousehold")}
            options={householdOptions}
          />
        </Form.Item>
        <Form.Item name="offeredBy" label={t("followUp.conduct.offers.offeredBy")} rules={required}>
          <Input data-testid="offer-offered-by" maxLength={80} />
        </Form.Item>
        <Form.Item name="offer" label={t("followUp.conduct.offers.offer")} rules={required}>
          <Input.TextArea data-testid="offer-what" maxLength={1000} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="offeredAt" label={t("followUp.conduct.offers.offeredAt")} rules={required}>
          <Input type="datetime-local" data-testid="offer-at" />
        </Form.Item>
        <Form.Item name="refused" label={t("followUp.conduct.offers.refused")}>
          <Radio.Group
            data-testid="offer-refused"
            options={[
              { value: true, label: t("followUp.conduct.offers.refusedYes") },
              { value: false, label: t("followUp.conduct.offers.refusedNo") },
            ]}
          />
        </Form.Item>
        <Form.Item name="refusal" label={t("followUp.conduct.offers.refusal")} rules={required}>
          <Input.TextArea data-testid="offer-refusal" maxLength={1000} autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="witness" label={t("followUp.conduct.offers.witness")} rules={required}>
          <Select
            data-testid="offer-witness"
            showSearch={{ optionFilterProp: "label" }}
            options={witnessOptions}
          />
        </Form.Item>
        {witness === OTHER_WITNESS && (
          <Form.Item
            name="witnessName"
            label={t("followUp.conduct.offers.witnessName")}
            rules={required}
          >
            <Input data-testid="offer-witness-name" maxLength={60} />
          </Form.Item>
        )}
        {outcome !== null && (
          <Alert
            role={outcome.ok ? "status" : "alert"}
            type={outcome.ok ? "success" : "error"}
            showIcon
            style={{ marginBottom: 12 }}
            title={outcome.text}
          />
        )}
        <Button type="primary" htmlType="submit" loading={busy} data-testid="offer-submit">
          {t("followUp.conduct.offers.save")}
        </Button>
      </Form>
    </Card>
  );
}

function OfferRegisterTable(props: {
  readonly estateId: string;
  readonly uid: string;
  readonly zone: string;
  readonly manager: boolean;
  readonly names: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const { estateId, uid, zone, manager, names } = props;
  const yearId = useId();
  const kindId = useId();
  const thisYear = conductYearOf(new Date(), zone);
  const [year, setYear] = useState(thisYear);
  const [kind, setKind] = useState<OfferKind | "all">("all");
  const offers = useConductLive<Records<StoredOffer>>(
    manager ? `offersOfYear:${estateId}:${String(year)}` : `myOffers:${estateId}:${uid}`,
    (conduct, onData, onError) =>
      manager
        ? conduct.watchOffersOfYear(estateId, conductYearRange(year, zone), onData, onError)
        : conduct.watchMyOffers(estateId, uid, onData, onError),
  );
  const rows =
    offers.status === "ready"
      ? offers.value.records
          .filter((offer) => kind === "all" || offer.kind === kind)
          .filter((offer) => manager || conductYearOf(offer.offeredAt, zone) === year)
          .sort((a, b) => b.offeredAt.getTime() - a.offeredAt.getTime())
      : [];
  const years = Array.from({ length: 5 }, (_, index) => thisYear - index);
  return (
    <Card
      style={{ marginTop: 16 }}
      title={manager ? t("followUp.conduct.offers.all") : t("followUp.conduct.offers.mine")}
      extra={t("followUp.conduct.offers.count", { count: rows.length })}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <label htmlFor={yearId}>{t("followUp.conduct.offers.year")}</label>
        <Select
          id={yearId}
          data-testid="offers-year"
          value={year}
          onChange={setYear}
          style={{ minWidth: 100 }}
          options={years.map((each) => ({ value: each, label: String(each) }))}
        />
        <label htmlFor={kindId}>{t("followUp.conduct.offers.kind")}</label>
        <Select
          id={kindId}
          data-testid="offers-kind"
          value={kind}
          onChange={setKind}
          style={{ minWidth: 140 }}
          options={[
            { value: "all" as const, label: t("followUp.conduct.offers.allKinds") },
            ...offerKinds.map((each) => ({
              value: each,
              label: t(`followUp.conduct.offers.kinds.${each}`),
            })),
          ]}
        />
      </Space>
      <LiveAlerts live={offers} />
      <Table<StoredOffer>
        data-testid="offer-register"
        size="small"
        loading={offers.status === "loading"}
        rowKey="id"
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        locale={{ emptyText: t("followUp.conduct.offers.empty") }}
        columns={[
          {
            title: t("followUp.conduct.offers.offeredAt"),
            render: (_, offer) => formatInstant(offer.offeredAt, zone),
            width: 140,
          },
          {
            title: t("followUp.conduct.offers.kind"),
            render: (_, offer) => t(`followUp.conduct.offers.kinds.${offer.kind}`),
            width: 90,
          },
          {
            title: t("followUp.conduct.offers.offeredBy"),
            render: (_, offer) => offer.offeredBy,
          },
          { title: t("followUp.conduct.offers.offer"), dataIndex: "offer" },
          {
            title: t("followUp.conduct.offers.refused"),
            render: (_, offer) => (
              <Space orientation="vertical" size={2}>
                <Tag color={offer.refused ? "green" : "orange"}>
                  {offer.refused
                    ? t("followUp.conduct.offers.refusedYes")
                    : t("followUp.conduct.offers.refusedNo")}
                </Tag>
                <Typography.Text>{offer.refusal}</Typography.Text>
              </Space>
            ),
          },
          {
            title: t("followUp.conduct.offers.witness"),
            render: (_, offer) => offer.witness.name,
            width: 110,
          },
          ...(manager
            ? [
                {
                  title: t("followUp.conduct.offers.declaredBy"),
                  render: (_: unknown, offer: StoredOffer) =>
                    names.get(offer.staffId) ?? offer.staffId,
                  width: 110,
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

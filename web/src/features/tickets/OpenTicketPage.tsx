import { Alert, Button, Form, Input, Radio, Select, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router-dom";
import { departments, type Department } from "@domain/schema/role.js";
import { defaultDepartment } from "@domain/tickets/defaultDepartment.js";
import { ticketTypes, type ServiceCharge, type TicketType } from "@domain/tickets/ticket.js";
import { useEstate } from "../../app/EstateContext.js";
import { loadTickets } from "./useTicketsLive.js";

interface OpenTicketForm {
  type: TicketType;
  department: Department;
  title: string;
  description: string;
  householdId: string;
  charge: ServiceCharge;
}

/**
 * Opens a ticket, directly or from a reception record (`?receptionId=…&householdId=…&title=…`,
 * as the desk's "開工單" action links here). The department follows the type unless chosen.
 */
export default function OpenTicketPage() {
  const { t } = useTranslation();
  const { estateId, role } = useEstate();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const receptionId = search.get("receptionId");
  const [form] = Form.useForm<OpenTicketForm>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ownDepartment = (departments as readonly string[]).includes(role)
    ? (role as Department)
    : null;
  const initialType: TicketType =
    ownDepartment === "environment"
      ? "cleaning"
      : ownDepartment === "order"
        ? "security"
        : "repair";

  const submit = async (values: OpenTicketForm) => {
    setBusy(true);
    setError(null);
    try {
      const module = await loadTickets();
      const household = values.householdId.trim();
      const { ticketId } = await module.openTicket({
        estateId,
        type: values.type,
        department: values.department,
        householdId: household === "" ? null : household,
        title: values.title,
        description: values.description,
        charge: values.charge,
        assigneeId: null,
        fromReceptionId: receptionId,
      });
      void navigate(`/tickets/${ticketId}`);
    } catch (failure) {
      setError(
        t("tickets.openFailed", {
          message: failure instanceof Error ? failure.message : String(failure),
        }),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: "100%", maxWidth: 640 }}>
      <Typography.Title level={2}>{t("tickets.opening")}</Typography.Title>
      {error !== null && <Alert type="error" title={error} />}
      <Form<OpenTicketForm>
        form={form}
        layout="vertical"
        onFinish={(values) => void submit(values)}
        initialValues={{
          type: initialType,
          department: ownDepartment ?? defaultDepartment(initialType),
          title: search.get("title") ?? "",
          description: search.get("description") ?? "",
          householdId: search.get("householdId") ?? "",
          charge: "unpaid",
        }}
        onValuesChange={(changed: Partial<OpenTicketForm>) => {
          if (changed.type !== undefined && ownDepartment === null) {
            form.setFieldValue("department", defaultDepartment(changed.type));
          }
        }}
      >
        <Form.Item name="type" label={t("tickets.fields.type")} rules={[{ required: true }]}>
          <Select
            options={ticketTypes.map((value) => ({ value, label: t(`tickets.types.${value}`) }))}
          />
        </Form.Item>
        <Form.Item name="department" label={t("tickets.department")} rules={[{ required: true }]}>
          <Select
            disabled={ownDepartment !== null}
            options={departments.map((value) => ({ value, label: t(`roles.${value}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t("tickets.fields.title")}
          rules={[{ required: true, whitespace: true, message: t("tickets.titleRequired") }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t("tickets.fields.description")}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="householdId" label={t("tickets.fields.householdId")}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="charge" label={t("tickets.fields.charge")}>
          <Radio.Group
            options={[
              { value: "unpaid", label: t("tickets.charges.unpaid") },
              { value: "paid", label: t("tickets.charges.paid") },
            ]}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} size="large">
          {t("tickets.newTicket")}
        </Button>
      </Form>
    </Space>
  );
}

import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { phoneSchema, contactMethods, type Person, type Phone } from "@domain/schema/person.js";
import { Alert, Button, Form, Input, Modal, Select, Space } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { loadFirestore } from "../../firebase/loadFirestore.js";

/** The most phones a person may have (`personSchema.phones`). */
const MAX_PHONES = 10;

interface ContactValues {
  phones: { number?: string; label?: string }[];
  preferredContact: Person["preferredContact"];
}

function errorCode(error: unknown): string | undefined {
  return typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof error.code === "string"
    ? error.code
    : undefined;
}

/**
 * Edits a person's phones and preferred contact. The write carries the stamps the rules
 * require and the phone keys the domain derives; the trigger records the history.
 */
export function PersonContactForm({
  estateId,
  person,
  onClose,
}: {
  readonly estateId: string;
  readonly person: Person;
  readonly onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ContactValues>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const save = async (values: ContactValues) => {
    setSaving(true);
    setFailure(null);
    try {
      const phones: Phone[] = values.phones.map((phone) =>
        phoneSchema.parse({ number: phone.number ?? "", label: phone.label ?? "" }),
      );
      const firestore = await loadFirestore();
      await firestore.updatePersonContact(estateId, person.id, {
        phones,
        preferredContact: values.preferredContact,
      });
      onClose();
    } catch (error) {
      setFailure(
        errorCode(error) === "permission-denied"
          ? t("personForm.permissionDenied")
          : t("personForm.saveFailed", { message: String(error) }),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t("personForm.title", { name: person.name })}
      onCancel={onClose}
      okText={t("personForm.save")}
      cancelText={t("personForm.cancel")}
      confirmLoading={saving}
      onOk={() => {
        form.submit();
      }}
      destroyOnHidden
    >
      <Form<ContactValues>
        form={form}
        layout="vertical"
        data-testid="person-contact-form"
        initialValues={{
          phones: person.phones.map((phone) => ({ number: phone.number, label: phone.label })),
          preferredContact: person.preferredContact,
        }}
        onFinish={(values) => void save(values)}
      >
        <Form.List
          name="phones"
          rules={[
            {
              validator: async (_, phones: unknown[] | undefined) => {
                if ((phones?.length ?? 0) > MAX_PHONES) {
                  throw new Error(t("personForm.tooManyPhones", { max: MAX_PHONES }));
                }
                return Promise.resolve();
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="start" wrap style={{ display: "flex" }}>
                  <Form.Item
                    name={[field.name, "number"]}
                    label={t("personForm.phoneNumber", { index: index + 1 })}
                    rules={[
                      { required: true, whitespace: true, message: t("personForm.phoneRequired") },
                      {
                        validator: async (_, number: string | undefined) => {
                          if (number === undefined || number.trim() === "")
                            return Promise.resolve();
                          if (!phoneSchema.shape.number.safeParse(number).success) {
                            throw new Error(t("personForm.phoneInvalid", { number }));
                          }
                          return Promise.resolve();
                        },
                      },
                    ]}
                  >
                    <Input inputMode="tel" autoComplete="off" style={{ width: 200 }} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, "label"]}
                    label={t("personForm.phoneLabel", { index: index + 1 })}
                  >
                    <Input style={{ width: 140 }} maxLength={20} />
                  </Form.Item>
                  <Button
                    type="text"
                    danger
                    aria-label={t("personForm.removePhone", { index: index + 1 })}
                    icon={<MinusCircleOutlined />}
                    style={{ marginTop: 30 }}
                    onClick={() => {
                      remove(field.name);
                    }}
                  />
                </Space>
              ))}
              <Form.Item>
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  disabled={fields.length >= MAX_PHONES}
                  onClick={() => {
                    add({ number: "", label: "" });
                  }}
                >
                  {t("personForm.addPhone")}
                </Button>
                <Form.ErrorList errors={errors} />
              </Form.Item>
            </>
          )}
        </Form.List>
        <Form.Item name="preferredContact" label={t("personForm.preferredContact")}>
          <Select
            options={contactMethods.map((method) => ({
              value: method,
              label: t(`contactMethods.${method}`),
            }))}
          />
        </Form.Item>
        {failure !== null && <Alert type="error" role="alert" showIcon title={failure} />}
      </Form>
    </Modal>
  );
}

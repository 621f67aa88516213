import { PhoneOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";

/** A phone number as a tap-to-call link. */
export function PhoneLink({ number }: { readonly number: string }) {
  const { t } = useTranslation();
  return (
    <a href={`tel:${number.replace(/[^\d+]/g, "")}`} aria-label={t("household.call", { number })}>
      <PhoneOutlined aria-hidden style={{ marginInlineEnd: 4 }} />
      {number}
    </a>
  );
}

import { Alert } from "antd";
import { useTranslation } from "react-i18next";
import type { Live } from "../households/useLiveRecords.js";

/**
 * What a live follow-up list says above itself: why it failed to load, or how many of its
 * records could not be read (they are left out, never shown half-read).
 */
export function LiveAlerts({ live }: { live: Live<{ readonly unreadable: readonly unknown[] }> }) {
  const { t } = useTranslation();
  if (live.status === "failed") {
    return (
      <Alert type="error" showIcon title={t("followUp.loadFailed", { message: live.message })} />
    );
  }
  if (live.status === "ready" && live.value.unreadable.length > 0) {
    return (
      <Alert
        type="warning"
        showIcon
        title={t("followUp.unreadable", { count: live.value.unreadable.length })}
      />
    );
  }
  return null;
}

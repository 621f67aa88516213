import { useTranslation } from "react-i18next";

/** Shown while a route's code or the session loads; plain markup, so it costs no UI kit. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <div
      role="status"
      aria-live="polite"
      style={{ padding: 48, textAlign: "center", color: "#333" }}
    >
      {t("app.loading")}
    </div>
  );
}

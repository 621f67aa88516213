import { Button, Result } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

/** Any path the client does not know. */
export default function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t("notFound.title")}
      extra={
        <Link to="/households">
          <Button type="primary">{t("notFound.back")}</Button>
        </Link>
      }
    />
  );
}

import { Alert } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router-dom";
import { conductYearOf, hasAcknowledgedThisYear } from "@domain/followUp/conduct.js";
import type { StoredConductAcknowledgement } from "@domain/schema/conductAcknowledgement.js";
import { DEFAULT_TIME_ZONE } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import type { Records } from "../../firebase/firestore.js";
import { useConductLive } from "./ConductData.js";

/**
 * Article A, acknowledged yearly: a staff member who has not acknowledged the code of conduct
 * this year sees this banner above every page (it never blocks their work) with a link to
 * read and acknowledge it. Nothing shows while loading or once acknowledged.
 */
export default function ConductBanner() {
  const { t } = useTranslation();
  const location = useLocation();
  const { estateId, estate, uid } = useEstate();
  const zone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const [now] = useState(() => new Date());
  const mine = useConductLive<Records<StoredConductAcknowledgement>>(
    `myAcknowledgements:${estateId}:${uid}`,
    (conduct, onData, onError) => conduct.watchMyAcknowledgements(estateId, uid, onData, onError),
  );
  if (mine.status !== "ready" || location.pathname === "/follow-up/conduct") return null;
  if (hasAcknowledgedThisYear(uid, mine.value.records, now, zone)) return null;
  return (
    <Alert
      data-testid="conduct-banner"
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={t("followUp.conduct.banner.text", { year: conductYearOf(now, zone) })}
      action={<Link to="/follow-up/conduct">{t("followUp.conduct.banner.action")}</Link>}
    />
  );
}

import type { Estate } from "@domain/schema/estate.js";
import { Alert, Button, Grid, Layout, Select, Typography } from "antd";
import { lazy, Suspense, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, Outlet, useLocation } from "react-router-dom";
import { signOut } from "../firebase/app.js";
import { loadFirestore } from "../firebase/loadFirestore.js";
import { useSession } from "../session/SessionProvider.js";
import { EstateContext, type EstateScope } from "./EstateContext.js";
import { LanguageSwitch } from "./LanguageSwitch.js";
import { PageLoading } from "./PageLoading.js";
import { NotificationBell } from "../features/followUp/NotificationBell.js";

// Article A's yearly prompt: its own chunk (Firestore loads lazily, as the bell's does).
const ConductBanner = lazy(() => import("../features/followUp/ConductBanner.js"));

/** The estates' documents, read once per set of memberships. */
function useEstateDocuments(estateIds: readonly string[]): {
  estates: ReadonlyMap<string, Estate>;
  error: string | null;
} {
  // A string key, so that a new array with the same estates reads nothing again.
  const key = estateIds.join("\n");
  const [state, setState] = useState<{
    estates: ReadonlyMap<string, Estate>;
    error: string | null;
  }>({ estates: new Map(), error: null });
  useEffect(() => {
    if (key === "") return;
    let current = true;
    const ids = key.split("\n");
    loadFirestore()
      .then((firestore) => firestore.readEstates(ids))
      .then(
        (estates) => {
          if (current) setState({ estates: new Map(estates.map((e) => [e.id, e])), error: null });
        },
        (error: unknown) => {
          if (current) setState({ estates: new Map(), error: String(error) });
        },
      );
    return () => {
      current = false;
    };
  }, [key]);
  return state;
}

/** Header (estate switcher, role, language, sign-out) around every signed-in page. */
export default function StaffLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const estateSelectId = useId();
  const screens = Grid.useBreakpoint();
  const memberships = session.status === "signedIn" ? session.memberships : [];
  const { estates, error } = useEstateDocuments(
    memberships.map((membership) => membership.estateId),
  );

  if (session.status === "loading") return <PageLoading />;
  if (session.status === "signedOut") {
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  }

  const membership = memberships.find((m) => m.estateId === session.estateId);
  const scope: EstateScope | null =
    membership === undefined
      ? null
      : {
          estateId: membership.estateId,
          estate: estates.get(membership.estateId) ?? null,
          role: membership.role,
          uid: session.user.uid,
        };

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <a href="#main" className="skip-link">
        {t("app.skipToContent")}
      </a>
      <Layout.Header
        style={{
          background: "#fff",
          borderBottom: "1px solid #d9d9d9",
          height: "auto",
          lineHeight: 1.5,
          padding: "8px 16px",
          display: "flex",
          flexWrap: "wrap",
          alignItems: "center",
          gap: "8px 16px",
        }}
      >
        <Typography.Text strong style={{ fontSize: 18 }}>
          {t("app.name")}
        </Typography.Text>
        <nav
          aria-label={t("shell.mainNavigation")}
          style={{ display: "flex", flexWrap: "wrap", gap: "4px 12px" }}
        >
          <Link to="/desk">{t("desk.nav.desk")}</Link>
          <Link to="/tickets">{t("tickets.nav")}</Link>
          <Link to="/households">{t("shell.households")}</Link>
          <Link to="/roster">{t("desk.nav.roster")}</Link>
          <Link to="/daily-log">{t("desk.nav.dailyLog")}</Link>
          <Link to="/assessment">{t("assessment.nav")}</Link>
          <Link to="/assessment/rules">{t("assessment.navRules")}</Link>
          <Link to="/survey">{t("survey.nav")}</Link>
          <Link to="/follow-up">{t("followUp.nav")}</Link>
          <Link to="/follow-up/visits">{t("followUp.navVisits")}</Link>
          <Link to="/meetings">{t("meetings.nav")}</Link>
          <Link to="/follow-up/conduct">{t("followUp.conduct.navConduct")}</Link>
          <Link to="/follow-up/offers">{t("followUp.conduct.navOffers")}</Link>
          {(scope?.role === "director" || scope?.role === "admin") && (
            <Link to="/follow-up/settings">{t("followUp.conduct.navSettings")}</Link>
          )}
          {(scope?.role === "customerService" ||
            scope?.role === "director" ||
            scope?.role === "admin") && <Link to="/calls">{t("calls.nav")}</Link>}
          {(scope?.role === "customerService" ||
            scope?.role === "director" ||
            scope?.role === "admin") && <Link to="/notices">{t("notices.nav")}</Link>}
          {(scope?.role === "customerService" ||
            scope?.role === "director" ||
            scope?.role === "admin") && (
            <Link to="/assessment/arrears">{t("assessment.navArrears")}</Link>
          )}
          {(scope?.role === "director" || scope?.role === "admin") && (
            <Link to="/assessment/estate">{t("assessment.navEstate")}</Link>
          )}
          {(scope?.role === "director" || scope?.role === "admin") && (
            <Link to="/assessment/fees">{t("assessment.navFees")}</Link>
          )}
          {(scope?.role === "director" || scope?.role === "admin") && (
            <Link to="/settings/tickets">{t("tickets.settings.nav")}</Link>
          )}
        </nav>
        <span style={{ flex: 1 }} />
        {scope !== null && (
          <span style={{ display: "inline-flex", alignItems: "center", gap: 6 }}>
            <label htmlFor={estateSelectId}>{t("shell.estate")}</label>
            <Select
              id={estateSelectId}
              data-testid="estate-switch"
              value={scope.estateId}
              onChange={session.chooseEstate}
              style={{ minWidth: 140 }}
              options={memberships.map((m) => ({
                value: m.estateId,
                label: estates.get(m.estateId)?.name ?? m.estateId,
              }))}
            />
          </span>
        )}
        {scope !== null && (
          <Typography.Text data-testid="role">
            {t("shell.role", { role: t(`roles.${scope.role}`) })}
          </Typography.Text>
        )}
        {scope !== null && <NotificationBell estateId={scope.estateId} uid={scope.uid} />}
        <LanguageSwitch />
        {screens.md === true && (
          <Typography.Text type="secondary">{session.user.email}</Typography.Text>
        )}
        <Button onClick={() => void signOut()}>{t("shell.signOut")}</Button>
      </Layout.Header>
      <Layout.Content
        id="main"
        style={{ padding: 16, maxWidth: 1280, width: "100%", margin: "0 auto" }}
      >
        {error !== null && (
          <Alert type="warning" showIcon title={t("shell.estateUnreadable", { message: error })} />
        )}
        {scope === null ? (
          <Alert type="info" showIcon title={t("shell.noEstates")} />
        ) : (
          <EstateContext value={scope}>
            <Suspense fallback={null}>
              <ConductBanner />
            </Suspense>
            <Outlet />
          </EstateContext>
        )}
      </Layout.Content>
    </Layout>
  );
}

import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router-dom";
import { LanguageSwitch } from "../../app/LanguageSwitch.js";
import { PageLoading } from "../../app/PageLoading.js";
import { signIn } from "../../firebase/app.js";
import { useSession } from "../../session/SessionProvider.js";
import { signInErrorKey } from "./authErrors.js";

interface Credentials {
  email: string;
  password: string;
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
 * Where to go after signing in: the page that sent the user here, else the app's root, which
 * sends each role to its home screen (`HomeRoute`, `homeOf`).
 */
function destination(state: unknown): string {
  if (
    typeof state === "object" &&
    state !== null &&
    "from" in state &&
    typeof state.from === "string"
  ) {
    return state.from.startsWith("/") && !state.from.startsWith("/login") ? state.from : "/";
  }
  return "/";
}

/** Staff sign-in with email and password. */
export default function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const [failure, setFailure] = useState<{ key: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  if (session.status === "loading") return <PageLoading />;
  if (session.status === "signedIn") return <Navigate to={destination(location.state)} replace />;

  const submit = async ({ email, password }: Credentials) => {
    setBusy(true);
    setFailure(null);
    try {
      await signIn(email, password);
    } catch (error) {
      setFailure({ key: signInErrorKey(errorCode(error)), message: String(error) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main
      style={{
        minHeight: "100vh",
        display: "flex",
        flexDirection: "column",
        alignItems: "center",
        justifyContent: "center",
        padding: 16,
        background: "#f5f7fa",
      }}
    >
      <Card style={{ width: "100%", maxWidth: 400 }}>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t("app.name")} · {t("login.title")}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t("app.tagline")}</Typography.Paragraph>
        <Form<Credentials>
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => void submit(values)}
          disabled={busy}
        >
          <Form.Item
            label={t("login.email")}
            name="email"
            rules={[{ required: true, whitespace: true, message: t("login.emailRequired") }]}
          >
            <Input type="email" autoComplete="username" autoFocus inputMode="email" />
          </Form.Item>
          <Form.Item
            label={t("login.password")}
            name="password"
            rules={[{ required: true, message: t("login.passwordRequired") }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {failure !== null && (
            <Alert
              role="alert"
              type="error"
              showIcon
              style={{ marginBottom: 16 }}
              title={t(failure.key, { message: failure.message })}
            />
          )}
          <Button type="primary" htmlType="submit" block loading={busy}>
            {t("login.submit")}
          </Button>
        </Form>
      </Card>
      <div style={{ marginTop: 16 }}>
        <LanguageSwitch />
      </div>
    </main>
  );
}

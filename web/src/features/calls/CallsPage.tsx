import { Alert, Space, Typography, message } from "antd";
import { useTranslation } from "react-i18next";
import type { CallFlag } from "@domain/schema/callFlag.js";
import type { CallImport } from "@domain/schema/callImport.js";
import type { CallbackTask } from "@domain/schema/callbackTask.js";
import { DEFAULT_TIME_ZONE } from "@domain/time.js";
import { useEstate } from "../../app/EstateContext.js";
import type { Records } from "../../firebase/firestore.js";
import { useLive } from "../households/useLiveRecords.js";
import { CallbackList } from "./CallbackList.js";
import { CallSettingsCard } from "./CallSettingsCard.js";
import { FlagList } from "./FlagList.js";
import { ImportList } from "./ImportList.js";
import { UploadPanel } from "./UploadPanel.js";
import { useCallsLive } from "./useCallsLive.js";

/** Who keeps the call records (the rules say the same: `keepsCalls`). */
const CALL_ROLES = new Set(["customerService", "director", "admin"]);
/** Who may upload (the callable `importCarrierCalls` says the same). */
const UPLOAD_ROLES = new Set(["customerService", "director"]);
/** Who may clear a flag with a reason (the callable `clearCallFlag` says the same). */
const CLEAR_ROLES = new Set(["director", "admin"]);

function Unreadable({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  if (ids.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t("calls.unreadable", { count: ids.length, ids: ids.join(", ") })}
    />
  );
}

/** Call reconciliation (B2.5a): upload, import summary, unlogged calls and call-backs. */
export default function CallsPage() {
  const { t } = useTranslation();
  const { estateId, estate, role } = useEstate();
  const timeZone = estate?.timeZone ?? DEFAULT_TIME_ZONE;
  const [messages, messageHolder] = message.useMessage();
  const allowed = CALL_ROLES.has(role);

  const flags = useCallsLive<Records<CallFlag>>(
    allowed ? `flags:${estateId}` : "none",
    (calls, onData, onError) =>
      allowed ? calls.watchOpenCallFlags(estateId, onData, onError) : () => undefined,
  );
  const tasks = useCallsLive<Records<CallbackTask>>(
    allowed ? `tasks:${estateId}` : "none",
    (calls, onData, onError) =>
      allowed ? calls.watchOpenCallbackTasks(estateId, onData, onError) : () => undefined,
  );
  const imports = useCallsLive<Records<CallImport>>(
    allowed ? `imports:${estateId}` : "none",
    (calls, onData, onError) =>
      allowed ? calls.watchRecentCallImports(estateId, 10, onData, onError) : () => undefined,
  );
  const staffNames = useLive<ReadonlyMap<string, string>>(
    `staff:${estateId}`,
    (firestore, onData, onError) => firestore.watchStaffNames(estateId, onData, onError),
  );

  const notice = (text: string, failed = false) => {
    if (failed) void messages.error(text);
    else void messages.success(text);
  };

  if (!allowed) return <Alert type="info" showIcon title={t("calls.notAllowed")} />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      {messageHolder}
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t("calls.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t("calls.intro")}
      </Typography.Paragraph>
      {UPLOAD_ROLES.has(role) && (
        <UploadPanel estateId={estateId} defaultLine={estate?.dutyPhone ?? ""} />
      )}
      {flags.status === "failed" && (
        <Alert type="error" showIcon title={t("calls.loadFailed", { message: flags.message })} />
      )}
      {flags.status === "ready" && (
        <>
          <Unreadable ids={flags.value.unreadable} />
          <FlagList
            flags={flags.value.records}
            estateId={estateId}
            timeZone={timeZone}
            mayClear={CLEAR_ROLES.has(role)}
            staffNames={staffNames.status === "ready" ? staffNames.value : new Map()}
            onNotice={notice}
          />
        </>
      )}
      {tasks.status === "failed" && (
        <Alert type="error" showIcon title={t("calls.loadFailed", { message: tasks.message })} />
      )}
      {tasks.status === "ready" && (
        <>
          <Unreadable ids={tasks.value.unreadable} />
          <CallbackList
            tasks={tasks.value.records}
            estateId={estateId}
            timeZone={timeZone}
            onNotice={notice}
          />
        </>
      )}
      {imports.status === "failed" && (
        <Alert type="error" showIcon title={t("calls.loadFailed", { message: imports.message })} />
      )}
      {imports.status === "ready" && (
        <>
          <Unreadable ids={imports.value.unreadable} />
          <ImportList imports={imports.value.records} timeZone={timeZone} />
        </>
      )}
      {CLEAR_ROLES.has(role) && <CallSettingsCard estateId={estateId} />}
    </Space>
  );
}

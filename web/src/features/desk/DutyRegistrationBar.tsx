import { Alert, Button, message } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DutyRegistration } from "@domain/schema/dutyRegistration.js";
import type { RosterShiftRecord } from "@domain/schema/rosterShift.js";
import type { Records } from "../../firebase/firestore.js";
import { toLocalInput } from "./deskForm.js";
import { myShiftToRegister } from "./dutyRegistration.js";
import { loadDesk, useDeskLive, useNow } from "./useDeskLive.js";

const HOUR_MS = 3_600_000;

/**
 * Duty registration at the desk (B2.1, SPEC §3): one button registers the signed-in staff
 * member on duty now, for their rostered shift when there is one, and the same button
 * registers them off duty. The times are the server's.
 */
export function DutyRegistrationBar(props: {
  readonly estateId: string;
  readonly zone: string;
  readonly uid: string;
}) {
  const { t } = useTranslation();
  const { estateId, zone, uid } = props;
  const now = useNow();
  const [busy, setBusy] = useState(false);
  const [messages, holder] = message.useMessage();
  // The hour is the key: the window of shifts moves with the clock, not on every render.
  const hour = Math.floor(now.getTime() / HOUR_MS);
  const registration = useDeskLive<DutyRegistration | null>(
    `dutyRegistration/${estateId}`,
    (desk, onData, onError) => desk.watchMyOpenRegistration(estateId, onData, onError),
  );
  const shifts = useDeskLive<Records<RosterShiftRecord>>(
    `dutyShifts/${estateId}/${String(hour)}`,
    (desk, onData, onError) =>
      desk.watchShifts(
        estateId,
        new Date((hour - 24) * HOUR_MS),
        new Date((hour + 2) * HOUR_MS),
        onData,
        onError,
      ),
  );
  if (registration.status === "loading") return null;
  if (registration.status === "failed") {
    return (
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 12 }}
        title={t("desk.duty.failed", { message: registration.message })}
      />
    );
  }
  const open = registration.value;
  const shift =
    shifts.status === "ready" ? myShiftToRegister(shifts.value.records, now, uid) : null;

  const act = async () => {
    setBusy(true);
    try {
      const desk = await loadDesk();
      if (open === null) {
        await desk.registerOnDuty(estateId, shift?.id ?? null);
        void messages.success(t("desk.duty.onDutyDone"));
      } else {
        await desk.registerOffDuty(estateId, open.id);
        void messages.success(t("desk.duty.offDutyDone"));
      }
    } catch (error) {
      void messages.error(t("desk.duty.failed", { message: String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const time = (instant: Date) => toLocalInput(instant, zone).replace("T", " ");
  return (
    <>
      {holder}
      <Alert
        data-testid="duty-registration"
        type={open === null ? "warning" : "success"}
        showIcon
        style={{ marginBottom: 12 }}
        title={
          open === null
            ? t("desk.duty.notOnDuty")
            : t("desk.duty.onDutySince", { time: time(open.start) })
        }
        description={
          open === null && shift !== null
            ? t("desk.duty.yourShift", { start: time(shift.start), end: time(shift.end) })
            : undefined
        }
        action={
          <Button
            type={open === null ? "primary" : "default"}
            loading={busy}
            data-testid="duty-toggle"
            onClick={() => {
              void act();
            }}
          >
            {open === null ? t("desk.duty.registerOn") : t("desk.duty.registerOff")}
          </Button>
        }
      />
    </>
  );
}

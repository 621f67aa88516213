import { Card, Typography } from "antd";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { shiftsAt } from "@domain/duty.js";
import { MAX_SHIFT_HOURS, type RosterShiftRecord } from "@domain/schema/rosterShift.js";
import type { Records } from "../../firebase/firestore.js";
import { fromLocalInput } from "./deskForm.js";
import { useDeskLive } from "./useDeskLive.js";

const HOUR_MS = 3_600_000;

/**
 * "Who was on duty at 03:12 on 5 October?" (SPEC §3): the roster's answer for any instant in
 * the estate's zone, the same one B2.5a charges an unlogged call to.
 */
export function OnDutyAtLookup(props: {
  readonly estateId: string;
  readonly zone: string;
  readonly nameOf: (staffId: string) => string;
}) {
  const { t } = useTranslation();
  const inputId = useId();
  const [local, setLocal] = useState("");
  const instant = fromLocalInput(local, props.zone);
  const time = instant?.getTime() ?? 0;
  const shifts = useDeskLive<Records<RosterShiftRecord>>(
    `onDutyAt/${props.estateId}/${String(time)}`,
    (desk, onData, onError) =>
      instant === null
        ? () => undefined
        : desk.watchShifts(
            props.estateId,
            new Date(time - MAX_SHIFT_HOURS * HOUR_MS),
            new Date(time + 1),
            onData,
            onError,
          ),
  );
  const onDuty =
    instant !== null && shifts.status === "ready" ? shiftsAt(shifts.value.records, instant) : null;
  return (
    <Card size="small" title={t("desk.roster.lookupTitle")} style={{ marginBottom: 16 }}>
      <label htmlFor={inputId} style={{ display: "block", fontWeight: 600, marginBottom: 4 }}>
        {t("desk.roster.lookupAt")}
      </label>
      <input
        id={inputId}
        data-testid="on-duty-at-input"
        type="datetime-local"
        className="ant-input"
        value={local}
        onChange={(event) => {
          setLocal(event.target.value);
        }}
        style={{ height: 32, padding: "0 8px", border: "1px solid #d9d9d9", borderRadius: 6 }}
      />
      <Typography.Paragraph data-testid="on-duty-at" aria-live="polite" style={{ marginTop: 8 }}>
        {onDuty === null
          ? ""
          : onDuty.length === 0
            ? t("desk.roster.lookupNobody")
            : t("desk.roster.lookupAnswer", {
                names: onDuty
                  .map((shift) => `${props.nameOf(shift.staffId)} (${shift.dutyLine})`)
                  .join("、"),
              })}
      </Typography.Paragraph>
    </Card>
  );
}

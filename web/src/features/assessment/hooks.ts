/** Data hooks of the assessment screens. */
import type { Staff } from "@domain/schema/staff.js";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useEstate } from "../../app/EstateContext.js";
import { readStaff } from "../../firebase/assessment.js";

/** The estate's zone (Asia/Shanghai until the estate document is read). */
export function useEstateZone(): string {
  return useEstate().estate?.timeZone ?? "Asia/Shanghai";
}

/** The estate's staff and a name lookup (uid → name; team id → team name; else the id). */
export function useStaffNames(): { staff: Staff[]; nameOf: (id: string) => string } {
  const { estateId } = useEstate();
  const { t } = useTranslation();
  const [staff, setStaff] = useState<Staff[]>([]);
  useEffect(() => {
    let current = true;
    readStaff(estateId).then(
      (members) => {
        if (current) setStaff(members);
      },
      () => {
        if (current) setStaff([]);
      },
    );
    return () => {
      current = false;
    };
  }, [estateId]);
  const nameOf = useMemo(() => {
    const names = new Map(staff.map((member) => [member.id, member.name]));
    const teams: Record<string, string> = {
      customerService: t("roles.customerService"),
      environment: t("roles.environment"),
      order: t("roles.order"),
      maintenance: t("roles.maintenance"),
      office: t("assessment.office"),
    };
    return (id: string) => names.get(id) ?? teams[id] ?? id;
  }, [staff, t]);
  return { staff, nameOf };
}

/**
 * A subscription's latest value (undefined while loading) or its error, while `key` stays the
 * same; re-subscribes when `key` changes and never shows a value of the previous key.
 */
export function useSubscription<T>(
  key: string,
  subscribe: (onData: (value: T) => void, onError: (error: Error) => void) => () => void,
): { value: T | undefined; error: string | null } {
  const [state, setState] = useState<{ key: string; value: T | undefined; error: string | null }>({
    key,
    value: undefined,
    error: null,
  });
  useEffect(
    () =>
      subscribe(
        (value) => {
          setState({ key, value, error: null });
        },
        (error) => {
          setState({ key, value: undefined, error: error.message });
        },
      ),
    // `subscribe` is described by `key`: callers pass a fresh closure on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [key],
  );
  return state.key === key ? state : { value: undefined, error: null };
}

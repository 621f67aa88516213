/**
 * The closure dashboard's rows from the open-matters index: the domain's order (overdue
 * first, then oldest) with the escalation rung each record carries, and times in the estate's
 * zone. Pure, so it is tested without a browser.
 */
import { DateTime } from "luxon";
import type { EscalationLevel } from "@domain/followUp/escalation.js";
import { openMatterOf, type OpenMatterRecord } from "@domain/followUp/openMatterIndex.js";
import { closureDashboard, type OpenMatterRow } from "@domain/followUp/openMatters.js";

/** A dashboard row with its index id and escalation rung. */
export interface DashboardRow extends OpenMatterRow {
  key: string;
  escalatedTo: EscalationLevel | null;
  householdId: string | null;
}

/**
 * The rows of the index records at `now`: overdue (due time come, or escalated) first, then
 * the oldest first.
 */
export function dashboardRows(records: readonly OpenMatterRecord[], now: Date): DashboardRow[] {
  const byKey = new Map(records.map((record) => [`${record.kind}_${record.sourceId}`, record]));
  return closureDashboard(records.map(openMatterOf), now)
    .map((row): DashboardRow => {
      const record = byKey.get(`${row.kind}_${row.id}`);
      const escalatedTo = record?.escalatedTo ?? null;
      return {
        ...row,
        overdue: row.overdue || escalatedTo !== null,
        key: record?.id ?? `${row.kind}_${row.id}`,
        escalatedTo,
        householdId: record?.householdId ?? null,
      };
    })
    .sort((a, b) => Number(b.overdue) - Number(a.overdue));
}

/** `yyyy-MM-dd HH:mm` in the zone. */
export function formatInstant(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM-dd HH:mm");
}

/**
 * The instant of a `datetime-local` value (`yyyy-MM-ddTHH:mm`) read in the estate's zone, or
 * null when it is not a valid local time.
 */
export function instantOfLocal(value: string, zone: string): Date | null {
  const parsed = DateTime.fromISO(value, { zone });
  return parsed.isValid ? parsed.toJSDate() : null;
}

/** A `datetime-local` value for an instant in the zone. */
export function localOfInstant(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat("yyyy-MM-dd'T'HH:mm");
}

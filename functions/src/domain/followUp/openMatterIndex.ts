/**
 * The open-matters index (the closure dashboard's bounded read): one small document per open
 * matter of an estate, kept by triggers from the source records (promises, visits, meeting
 * items, tickets, rectification tasks) and deleted when the matter closes. The dashboard reads
 * a page of it ordered by `sortAt` (the due time, or the opening time for a matter without a
 * deadline), so 10,000 open matters cost a page of reads, not 10,000.
 * Path `estates/{estateId}/openMatters/{kind}_{source id}`. Written only by functions; read
 * by every staff member of the estate.
 */
import { z } from "zod";
import { docId, instant } from "../schema/common.js";
import { departmentSchema } from "../schema/role.js";
import { escalationLevelSchema } from "./escalation.js";
import { openMatterKinds, type OpenMatter } from "./openMatters.js";

export const openMatterRecordSchema = z.object({
  id: docId,
  estateId: docId,
  kind: z.enum(openMatterKinds),
  /** The id of the source record (for a meeting action `<meetingId>_<itemId>`). */
  sourceId: docId,
  title: z.string().max(1000),
  openedAt: instant,
  dueAt: instant.nullable(),
  /** `dueAt`, or `openedAt` when there is no deadline: the dashboard's order. */
  sortAt: instant,
  ownerId: docId.nullable(),
  department: departmentSchema.nullable(),
  householdId: docId.nullable(),
  /** The highest escalation rung reached; null when not escalated. */
  escalatedTo: escalationLevelSchema.nullable(),
  updatedAt: instant,
});
export type OpenMatterRecord = z.infer<typeof openMatterRecordSchema>;

/** The index document id of a matter. */
export function openMatterId(kind: OpenMatter["kind"], sourceId: string): string {
  return `${kind}_${sourceId}`;
}

/** The index record of an open matter. */
export function openMatterRecord(
  estateId: string,
  matter: OpenMatter,
  extra: { householdId: string | null; escalatedTo: OpenMatterRecord["escalatedTo"] },
  updatedAt: Date,
): OpenMatterRecord {
  return {
    id: openMatterId(matter.kind, matter.id),
    estateId,
    kind: matter.kind,
    sourceId: matter.id,
    title: matter.title,
    openedAt: matter.openedAt,
    dueAt: matter.dueAt,
    sortAt: matter.dueAt ?? matter.openedAt,
    ownerId: matter.ownerId,
    department: matter.department,
    householdId: extra.householdId,
    escalatedTo: extra.escalatedTo,
    updatedAt,
  };
}

/** The index record as the pure dashboard sees it. */
export function openMatterOf(record: OpenMatterRecord): OpenMatter {
  return {
    kind: record.kind,
    id: record.sourceId,
    title: record.title,
    openedAt: record.openedAt,
    dueAt: record.dueAt,
    ownerId: record.ownerId,
    department: record.department,
  };
}

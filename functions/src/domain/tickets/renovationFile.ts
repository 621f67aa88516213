/**
 * The renovation file (裝修檔案) of a household (B.1.8 "做好業主裝修裝飾管理與服務"; B2.9 "做到有
 * 裝修協議、裝修審批記錄、裝修公司及裝修人員登記及相關材料、日常巡查記錄及驗收手續等,按照每戶進行
 * 相關文件整理存檔、備查"): the agreement, the approval, the contractor and its workers, a
 * patrol record for every day of the works, and the acceptance. {@link missingParts} says what
 * the file still lacks; a patrol that finds a problem opens a renovation ticket.
 */
import { z } from "zod";
import { docId } from "../schema/common.js";
import type { Role } from "../schema/role.js";
import { addDays, dayOf, DEFAULT_TIME_ZONE } from "../time.js";
import { defaultDepartment } from "./defaultDepartment.js";
import type { Ticket } from "./ticket.js";

const text = (max: number) => z.string().trim().min(1, "must not be empty").max(max);
const storagePath = text(500).refine((path) => !path.includes(".."), "must not contain '..'");
const MAX_WORKS_DAYS = 366;

/** A worker of the contractor, registered with the management (裝修人員登記). */
export const renovationWorkerSchema = z
  .object({
    name: text(60),
    /** Mainland resident ID (18 or 15 characters) or another ID document's number. */
    idNumber: z
      .string()
      .trim()
      .regex(/^[0-9A-Za-z]{6,20}$/, "must be 6 to 20 letters or digits"),
    phone: z.string().trim().max(40),
    /** The period the worker may work in the household. */
    from: z.date(),
    until: z.date(),
  })
  .refine((worker) => worker.until.getTime() >= worker.from.getTime(), {
    path: ["until"],
    error: "ends before it starts",
  });
/** A registered worker. */
export type RenovationWorker = z.infer<typeof renovationWorkerSchema>;

/** A daily patrol (日常巡查) of the works. */
export const renovationPatrolSchema = z.object({
  id: docId,
  by: docId,
  at: z.date(),
  /** What was seen; "無" when nothing was wrong. */
  findings: text(2000),
  /** True when something must be dealt with (it opens a ticket). */
  problemFound: z.boolean(),
  photos: z.array(storagePath).max(20),
  /** The ticket the problem opened, once opened. */
  ticketId: docId.nullable(),
});
/** One patrol record. */
export type RenovationPatrol = z.infer<typeof renovationPatrolSchema>;

/** The renovation file of one household. */
export const renovationFileSchema = z
  .object({
    estateId: docId,
    householdId: docId,
    /** The approved works period; null until approved. */
    works: z.object({ start: z.date(), end: z.date() }).nullable(),
    /** 裝修協議: signed by the owner, scanned into storage. */
    agreement: z
      .object({ signedBy: text(60), signedAt: z.date(), documentPath: storagePath.nullable() })
      .nullable(),
    /** 裝修審批記錄. */
    approval: z
      .object({ approvedBy: docId, approvedAt: z.date(), note: z.string().trim().max(2000) })
      .nullable(),
    /** 裝修公司登記. */
    contractor: z
      .object({
        name: text(120),
        licenceNumber: z.string().trim().max(40),
        contactName: text(60),
        phone: text(40),
        registeredAt: z.date(),
      })
      .nullable(),
    workers: z.array(renovationWorkerSchema).max(200),
    patrols: z.array(renovationPatrolSchema),
    /** 驗收手續. */
    acceptance: z
      .object({ acceptedBy: docId, acceptedAt: z.date(), note: z.string().trim().max(2000) })
      .nullable(),
  })
  .superRefine((file, context) => {
    if (file.works === null) return;
    const days = (file.works.end.getTime() - file.works.start.getTime()) / 86_400_000;
    if (days < 0) {
      context.addIssue({
        code: "custom",
        path: ["works", "end"],
        message: "ends before it starts",
      });
    } else if (days > MAX_WORKS_DAYS) {
      context.addIssue({
        code: "custom",
        path: ["works", "end"],
        message: `a renovation lasts at most ${String(MAX_WORKS_DAYS)} days`,
      });
    }
  });
/** A household's renovation file. */
export type RenovationFile = z.infer<typeof renovationFileSchema>;

/** What a staff member records in the file: one of its parts, or a daily patrol. */
export type RenovationRecordKind =
  "works" | "agreement" | "approval" | "contractor" | "worker" | "acceptance" | "patrol";

/**
 * Who records what (least privilege): customer service, the director and admin keep the whole
 * file; order (security) staff, who meet the contractor's people at the gate and patrol the
 * works, register the contractor and the workers and record the patrols.
 */
export const renovationRecorders: Readonly<Record<RenovationRecordKind, readonly Role[]>> = {
  works: ["customerService", "director", "admin"],
  agreement: ["customerService", "director", "admin"],
  approval: ["customerService", "director", "admin"],
  contractor: ["customerService", "order", "director", "admin"],
  worker: ["customerService", "order", "director", "admin"],
  acceptance: ["customerService", "director", "admin"],
  patrol: ["order", "customerService", "director", "admin"],
};

/** A part the file lacks. */
export type MissingPart =
  | { part: "works" | "agreement" | "approval" | "contractor" | "workers" | "acceptance" }
  /** no patrol record on this local day of the works */
  | { part: "patrol"; day: string };

/**
 * What the file lacks at `now`, in the order of the seed's list: the works period, agreement,
 * approval, contractor, at least one worker; a patrol on every local day of the works up to
 * yesterday (today's patrol is not late yet), or to the works' last day once they ended; the
 * acceptance, once the works have ended.
 */
export function missingParts(
  file: RenovationFile,
  now: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): MissingPart[] {
  const missing: MissingPart[] = [];
  if (file.works === null) missing.push({ part: "works" });
  if (file.agreement === null) missing.push({ part: "agreement" });
  if (file.approval === null) missing.push({ part: "approval" });
  if (file.contractor === null) missing.push({ part: "contractor" });
  if (file.workers.length === 0) missing.push({ part: "workers" });
  if (file.works !== null) {
    const ended = now.getTime() > file.works.end.getTime();
    const patrolled = new Set(file.patrols.map((patrol) => dayOf(patrol.at, timeZone)));
    const lastDay = ended ? dayOf(file.works.end, timeZone) : addDays(dayOf(now, timeZone), -1);
    for (let day = dayOf(file.works.start, timeZone); day <= lastDay; day = addDays(day, 1)) {
      if (!patrolled.has(day)) missing.push({ part: "patrol", day });
    }
    if (ended && file.acceptance === null) missing.push({ part: "acceptance" });
  }
  return missing;
}

/**
 * An ID number as shown on screen: the first three and last four characters, the rest as
 * `*` (`110101199003071234` → `110***********1234`); numbers of fewer than eight characters
 * are masked whole.
 */
export function maskIdNumber(idNumber: string): string {
  const trimmed = idNumber.trim();
  if (trimmed.length < 8) return "*".repeat(trimmed.length);
  return `${trimmed.slice(0, 3)}${"*".repeat(trimmed.length - 7)}${trimmed.slice(-4)}`;
}

/** The fields of the renovation ticket a patrol's problem opens (the edge adds id, due time…). */
export type PatrolTicketDraft = Pick<
  Ticket,
  | "estateId"
  | "type"
  | "department"
  | "householdId"
  | "receptionId"
  | "title"
  | "description"
  | "openedBy"
  | "openedAt"
>;

/** The ticket a patrol that found a problem opens; null when it found none. */
export function patrolTicketDraft(
  file: Pick<RenovationFile, "estateId" | "householdId">,
  patrol: RenovationPatrol,
): PatrolTicketDraft | null {
  if (!patrol.problemFound) return null;
  return {
    estateId: file.estateId,
    type: "renovation",
    department: defaultDepartment("renovation"),
    householdId: file.householdId,
    receptionId: null,
    title: patrol.findings.slice(0, 200),
    description: patrol.findings,
    openedBy: patrol.by,
    openedAt: patrol.at,
  };
}

/**
 * Rectification task (整改, C3): from a low-scoring area or a common opinion, the director
 * gives a department a task with a deadline and an owner; its progress and overdue state show
 * on the report (C2) and on the committee's link (C5); a closed task records what was done.
 * Path `estates/{estateId}/surveyCampaigns/{campaignId}/rectifications/{id}`.
 * Created by the director and admin; progress written by them and by staff of the task's
 * department; read by every staff member of the estate. A done task is never edited.
 */
import { z } from "zod";
import { docId, instant, requiredText, writeStamp } from "./common.js";
import { departmentSchema } from "./role.js";
import { surveyAreaSchema } from "./surveyCampaign.js";

/** Where the task comes from: a low-scoring area, or a common opinion (topic). */
export const rectificationSourceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("area"), area: surveyAreaSchema }),
  z.object({ kind: z.literal("topic"), topic: requiredText(40) }),
]);
export type RectificationSource = z.infer<typeof rectificationSourceSchema>;

export const rectificationStatuses = ["open", "inProgress", "done"] as const;
export type RectificationStatus = (typeof rectificationStatuses)[number];

export const rectificationSchema = z
  .object({
    id: docId,
    estateId: docId,
    campaignId: docId,
    source: rectificationSourceSchema,
    title: requiredText(200),
    department: departmentSchema,
    /** Who answers for the task (a name; the staff uid when known). */
    ownerName: requiredText(60),
    ownerUid: docId.nullable(),
    deadline: instant,
    status: z.enum(rectificationStatuses),
    /** The latest progress note. */
    progressNote: z.string().trim().max(500),
    /** What was done (required once the task is done). */
    outcome: z.string().trim().max(1000).nullable(),
    closedAt: instant.nullable(),
    ...writeStamp,
  })
  .refine((task) => task.status !== "done" || (task.outcome !== null && task.outcome !== ""), {
    error: "a done task records what was done (outcome)",
    path: ["outcome"],
  })
  .refine((task) => (task.status === "done") === (task.closedAt !== null), {
    error: "closedAt is set exactly when the task is done",
    path: ["closedAt"],
  });
export type Rectification = z.infer<typeof rectificationSchema>;

/** Whether a task is overdue at `now`: not done and past its deadline. */
export function isOverdue(task: Pick<Rectification, "status" | "deadline">, now: Date): boolean {
  return task.status !== "done" && task.deadline.getTime() < now.getTime();
}

/** A task's progress summary for the report: how many are open, in progress, done, overdue. */
export interface RectificationProgress {
  total: number;
  open: number;
  inProgress: number;
  done: number;
  overdue: number;
}

/** Counts the tasks of a campaign by status, and the overdue ones, at `now`. */
export function rectificationProgress(
  tasks: readonly Pick<Rectification, "status" | "deadline">[],
  now: Date,
): RectificationProgress {
  const progress: RectificationProgress = {
    total: tasks.length,
    open: 0,
    inProgress: 0,
    done: 0,
    overdue: 0,
  };
  for (const task of tasks) {
    progress[task.status] += 1;
    if (isOverdue(task, now)) progress.overdue += 1;
  }
  return progress;
}

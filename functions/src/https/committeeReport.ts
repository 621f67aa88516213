/**
 * `committeeReport` (C5): the owners' committee opens its read-only link. Answers with the
 * campaign's figures, targets, extra questions' figures, common opinions (topics and counts, no quotes) and the
 * rectification progress — never an individual answer, a household or a quote. A revoked or
 * unknown link gets the same polite refusal.
 */
import type { Firestore } from "firebase-admin/firestore";
import { isOverdue, rectificationProgress } from "../domain/schema/rectification.js";
import { surveyTargetResults } from "../domain/survey/campaign.js";
import { tokenRequestSchema } from "../domain/survey/submission.js";
import { collections } from "../firestore/collections.js";
import { db } from "../firestore/db.js";
import { linkTokenHash } from "./linkTokens.js";
import { publicEndpoint, refusals } from "./publicEndpoint.js";

/** The committee's report for a valid link. */
export async function committeeReportFor(
  firestore: Firestore,
  body: unknown,
  now: Date = new Date(),
): Promise<Record<string, unknown>> {
  const parsed = tokenRequestSchema.safeParse(body);
  if (!parsed.success) throw refusals.unknownLink();
  const typed = collections(firestore);
  const link = (await typed.committeeLinks().doc(linkTokenHash(parsed.data.token)).get()).data();
  if (link?.revokedAt !== null) throw refusals.unknownLink();
  const [estate, campaign, aggregate, tasks] = await Promise.all([
    typed.estates().doc(link.estateId).get(),
    typed.surveyCampaigns(link.estateId).doc(link.campaignId).get(),
    typed.surveyAggregate(link.estateId, link.campaignId).get(),
    typed.rectifications(link.estateId, link.campaignId).orderBy("deadline").get(),
  ]);
  const settings = campaign.data();
  if (settings === undefined) throw refusals.unknownLink();
  const figures = aggregate.data();
  const rectifications = tasks.docs.map((snapshot) => snapshot.data());
  return {
    report: {
      estateName: estate.data()?.name ?? "",
      title: settings.title,
      opensAt: settings.opensAt.toISOString(),
      closesAt: settings.closesAt.toISOString(),
      areas: settings.areas,
      satisfiedLevels: settings.satisfiedLevels,
      targets: settings.targets,
      statistics: figures?.statistics ?? null,
      levelCounts: figures?.levelCounts ?? null,
      occupiedHouseholds: figures?.occupiedHouseholds ?? null,
      targetResults:
        figures === undefined
          ? null
          : surveyTargetResults(
              figures.statistics,
              figures.occupiedHouseholds,
              settings.targets,
              settings.areas,
            ),
      // C1 extra questions: the same figures as the director's report (counts, rate, mean).
      extraQuestions: settings.extraQuestions.map((question) => {
        const counted = figures?.extraQuestions[question.key];
        return {
          key: question.key,
          labels: question.labels,
          answered: counted?.answered ?? 0,
          satisfied: counted?.satisfied ?? 0,
          rate: counted?.rate ?? null,
          mean: counted?.mean ?? null,
        };
      }),
      commonOpinions: (figures?.commonOpinions ?? []).map((topic) => ({
        topic: topic.topic,
        count: topic.count,
        areas: topic.areas,
      })),
      computedAt: figures?.computedAt.toISOString() ?? null,
      rectification: {
        progress: rectificationProgress(rectifications, now),
        tasks: rectifications.map((task) => ({
          title: task.title,
          source: task.source,
          department: task.department,
          ownerName: task.ownerName,
          deadline: task.deadline.toISOString(),
          status: task.status,
          progressNote: task.progressNote,
          outcome: task.outcome,
          closedAt: task.closedAt?.toISOString() ?? null,
          overdue: isOverdue(task, now),
        })),
      },
    },
  };
}

/** The deployed endpoint. */
export const committeeReport = publicEndpoint("committeeReport", (body) =>
  committeeReportFor(db(), body),
);

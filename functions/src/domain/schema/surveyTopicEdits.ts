/**
 * The director's edits to a campaign's common opinions (共性意見, C2): merge, rename and hide
 * topics, applied in order by the statistics trigger, so the dashboard, the report and the
 * committee all see the edited topics. Path
 * `estates/{estateId}/surveyCampaigns/{campaignId}/topicEdits/current`.
 * Written by the director and admin; read by every staff member of the estate.
 */
import { z } from "zod";
import type { TopicEdit } from "../survey/commonOpinions.js";
import { docId, writeStamp } from "./common.js";

const topicName = z.string().trim().min(1, "a topic name must not be empty").max(40);

/** One edit; the same shape as the domain's `TopicEdit`. */
export const topicEditSchema = z.discriminatedUnion("action", [
  z.object({
    action: z.literal("merge"),
    topics: z.array(topicName).min(1).max(20),
    into: topicName,
  }),
  z.object({ action: z.literal("rename"), topic: topicName, to: topicName }),
  z.object({ action: z.literal("hide"), topic: topicName }),
]) satisfies z.ZodType<TopicEdit>;

/** At most this many edits are kept (they are replayed on every recomputation). */
export const MAX_TOPIC_EDITS = 200;

export const surveyTopicEditsSchema = z.object({
  id: z.literal("current"),
  estateId: docId,
  campaignId: docId,
  edits: z.array(topicEditSchema).max(MAX_TOPIC_EDITS),
  ...writeStamp,
});
export type SurveyTopicEdits = z.infer<typeof surveyTopicEditsSchema>;

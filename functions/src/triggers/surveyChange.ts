/**
 * The part of a Firestore write event the survey statistics need: which campaign, and when the
 * change was committed (the after-document's update time; the event time for a deletion).
 */
import type { DocumentSnapshot } from "firebase-admin/firestore";

/** A write event under `estates/{estateId}/surveyCampaigns/{campaignId}/…`. */
export interface SurveyChangeEvent {
  time: string;
  params: { estateId: string; campaignId: string };
  data?: { before: DocumentSnapshot; after: DocumentSnapshot } | undefined;
}

/** When the change was committed. */
export function changedAtOf(event: SurveyChangeEvent): Date {
  const updateTime = event.data?.after.exists === true ? event.data.after.updateTime : undefined;
  return updateTime?.toDate() ?? new Date(event.time);
}

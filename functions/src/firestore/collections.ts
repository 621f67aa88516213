/**
 * One typed accessor per collection; the paths come from `domain/paths.ts`, the only place
 * that spells them. Every reference carries its zod converter.
 */
import type { Firestore } from "firebase-admin/firestore";
import { paths } from "../domain/paths.js";
import { contactChangeSchema, type ContactChange } from "../domain/schema/contactChange.js";
import { estateSchema, type Estate } from "../domain/schema/estate.js";
import {
  assessmentSettingsSchema,
  type AssessmentSettings,
} from "../domain/schema/assessmentSettings.js";
import { feeMonthSchema, type FeeMonth } from "../domain/schema/feeMonth.js";
import { feeBillSchema, type StoredFeeBill } from "../domain/schema/feeBill.js";
import { arrearsReminderSchema, type ArrearsReminder } from "../domain/schema/arrearsReminder.js";
import { storedFindingSchema, type StoredFinding } from "../domain/schema/finding.js";
import { householdSchema, type Household } from "../domain/schema/household.js";
import { personSchema, type Person } from "../domain/schema/person.js";
import { scoreMonthSchema, type ScoreMonth } from "../domain/schema/scoreMonth.js";
import { storedScorecardSchema, type StoredScorecard } from "../domain/schema/scorecard.js";
import { staffSchema, type Staff } from "../domain/schema/staff.js";
import { dailyLogSchema, type DailyLog } from "../domain/schema/dailyLog.js";
import {
  dutyRegistrationSchema,
  type DutyRegistration,
} from "../domain/schema/dutyRegistration.js";
import { dutySettingsSchema, type DutySettings } from "../domain/schema/dutySettings.js";
import { handoverSchema, type Handover } from "../domain/schema/handover.js";
import { receptionSchema, type Reception } from "../domain/schema/reception.js";
import { rosterShiftSchema, type RosterShiftRecord } from "../domain/schema/rosterShift.js";
import { committeeLinkSchema, type CommitteeLink } from "../domain/schema/committeeLink.js";
import { rectificationSchema, type Rectification } from "../domain/schema/rectification.js";
import {
  surveyAggregateRecordSchema,
  type SurveyAggregateRecord,
} from "../domain/schema/surveyAggregateRecord.js";
import { surveyCampaignSchema, type SurveyCampaign } from "../domain/schema/surveyCampaign.js";
import { surveyLinkSchema, type SurveyLink } from "../domain/schema/surveyLink.js";
import {
  surveyResponseRecordSchema,
  type SurveyResponseRecord,
} from "../domain/schema/surveyResponse.js";
import { surveyRosterSchema, type SurveyRoster } from "../domain/schema/surveyRoster.js";
import {
  surveyTopicEditsSchema,
  type SurveyTopicEdits,
} from "../domain/schema/surveyTopicEdits.js";
import { callFlagSchema, type CallFlag } from "../domain/schema/callFlag.js";
import { callImportSchema, type CallImport } from "../domain/schema/callImport.js";
import { callSettingsSchema, type CallSettings } from "../domain/schema/callSettings.js";
import { callbackTaskSchema, type CallbackTask } from "../domain/schema/callbackTask.js";
import { carrierCallSchema, type StoredCarrierCall } from "../domain/schema/carrierCall.js";
import { imageRecordSchema, type ImageRecord } from "../domain/schema/image.js";
import {
  storedTicketSchema,
  ticketSettingsSchema,
  type StoredTicket,
  type TicketSettings,
} from "../domain/schema/ticket.js";
import { storedOnSiteVisitSchema, type StoredOnSiteVisit } from "../domain/schema/onSiteVisit.js";
import {
  storedRenovationFileSchema,
  type StoredRenovationFile,
} from "../domain/schema/renovationFile.js";
import { ownerCopyLinkSchema, type OwnerCopyLink } from "../domain/schema/ownerCopyLink.js";
import { noticeSchema, type Notice } from "../domain/schema/notice.js";
import { noticeReceiptSchema, type NoticeReceipt } from "../domain/schema/noticeReceipt.js";
import { householdLinkSchema, type HouseholdLink } from "../domain/schema/householdLink.js";
import { noticeBoardLinkSchema, type NoticeBoardLink } from "../domain/schema/noticeBoardLink.js";
import { storedPromiseSchema, type StoredPromise } from "../domain/schema/promise.js";
import { storedReturnVisitSchema, type StoredReturnVisit } from "../domain/schema/returnVisit.js";
import { notificationSchema, type Notification } from "../domain/schema/notification.js";
import { storedMeetingSchema, type StoredMeeting } from "../domain/schema/meeting.js";
import { storedOfferSchema, type StoredOffer } from "../domain/schema/offerRegister.js";
import { lastVisitsSchema, type LastVisits } from "../domain/schema/lastVisits.js";
import {
  conductAcknowledgementSchema,
  type StoredConductAcknowledgement,
} from "../domain/schema/conductAcknowledgement.js";
import {
  followUpSettingsSchema,
  type FollowUpSettings,
} from "../domain/schema/followUpSettings.js";
import {
  openMatterRecordSchema,
  type OpenMatterRecord,
} from "../domain/followUp/openMatterIndex.js";
import { zodConverter } from "./converters.js";

/** Converters of every collection, for snapshots that arrive without a reference (triggers). */
export const converters = {
  estate: zodConverter<Estate>(estateSchema, "estate"),
  household: zodConverter<Household>(householdSchema, "household"),
  person: zodConverter<Person>(personSchema, "person"),
  contactChange: zodConverter<ContactChange>(contactChangeSchema, "contact change"),
  staff: zodConverter<Staff>(staffSchema, "staff member"),
  reception: zodConverter<Reception>(receptionSchema, "reception"),
  rosterShift: zodConverter<RosterShiftRecord>(rosterShiftSchema, "roster shift"),
  dutyRegistration: zodConverter<DutyRegistration>(dutyRegistrationSchema, "duty registration"),
  handover: zodConverter<Handover>(handoverSchema, "handover"),
  dailyLog: zodConverter<DailyLog>(dailyLogSchema, "daily log"),
  dutySettings: zodConverter<DutySettings>(dutySettingsSchema, "duty settings"),
  finding: zodConverter<StoredFinding>(storedFindingSchema, "finding"),
  feeMonth: zodConverter<FeeMonth>(feeMonthSchema, "fee month"),
  feeBill: zodConverter<StoredFeeBill>(feeBillSchema, "fee bill"),
  arrearsReminder: zodConverter<ArrearsReminder>(arrearsReminderSchema, "arrears reminder"),
  scorecard: zodConverter<StoredScorecard>(storedScorecardSchema, "scorecard"),
  scoreMonth: zodConverter<ScoreMonth>(scoreMonthSchema, "score month"),
  assessmentSettings: zodConverter<AssessmentSettings>(
    assessmentSettingsSchema,
    "assessment settings",
  ),
  surveyCampaign: zodConverter<SurveyCampaign>(surveyCampaignSchema, "survey campaign"),
  surveyResponse: zodConverter<SurveyResponseRecord>(surveyResponseRecordSchema, "survey response"),
  surveyAggregate: zodConverter<SurveyAggregateRecord>(
    surveyAggregateRecordSchema,
    "survey statistics",
  ),
  surveyRoster: zodConverter<SurveyRoster>(surveyRosterSchema, "survey roster"),
  surveyTopicEdits: zodConverter<SurveyTopicEdits>(surveyTopicEditsSchema, "survey topic edits"),
  rectification: zodConverter<Rectification>(rectificationSchema, "rectification task"),
  surveyLink: zodConverter<SurveyLink>(surveyLinkSchema, "survey link"),
  committeeLink: zodConverter<CommitteeLink>(committeeLinkSchema, "committee link"),
  // Call reconciliation (B2.5a)
  callImport: zodConverter<CallImport>(callImportSchema, "call import"),
  carrierCall: zodConverter<StoredCarrierCall>(carrierCallSchema, "carrier call"),
  callFlag: zodConverter<CallFlag>(callFlagSchema, "call flag"),
  callbackTask: zodConverter<CallbackTask>(callbackTaskSchema, "call-back task"),
  callSettings: zodConverter<CallSettings>(callSettingsSchema, "call settings"),
  // Return visits, promises, the regular meeting, conduct (A, C4, C6–C9)
  promise: zodConverter<StoredPromise>(storedPromiseSchema, "promise"),
  returnVisit: zodConverter<StoredReturnVisit>(storedReturnVisitSchema, "return visit"),
  notification: zodConverter<Notification>(notificationSchema, "notification"),
  meeting: zodConverter<StoredMeeting>(storedMeetingSchema, "regular meeting"),
  offer: zodConverter<StoredOffer>(storedOfferSchema, "offers register entry"),
  conductAcknowledgement: zodConverter<StoredConductAcknowledgement>(
    conductAcknowledgementSchema,
    "conduct acknowledgement",
  ),
  followUpSettings: zodConverter<FollowUpSettings>(followUpSettingsSchema, "follow-up settings"),
  lastVisits: zodConverter<LastVisits>(lastVisitsSchema, "household's latest visits"),
  openMatter: zodConverter<OpenMatterRecord>(openMatterRecordSchema, "open matter"),
  // The owners' side (B.1.3, SPEC §12)
  notice: zodConverter<Notice>(noticeSchema, "notice"),
  noticeReceipt: zodConverter<NoticeReceipt>(noticeReceiptSchema, "notice receipt"),
  householdLink: zodConverter<HouseholdLink>(householdLinkSchema, "household link"),
  noticeBoardLink: zodConverter<NoticeBoardLink>(noticeBoardLinkSchema, "notice board link"),
  // Images kept as documents (signatures, photos, evidence; see imageStore.ts)
  image: zodConverter<ImageRecord>(imageRecordSchema, "image"),
  // Tickets, on-site service, renovation files (A, B.1.4, B.1.8, B2.5b–c, B2.7–9, B2.11, B2.13)
  ticket: zodConverter<StoredTicket>(storedTicketSchema, "ticket"),
  onSiteVisit: zodConverter<StoredOnSiteVisit>(storedOnSiteVisitSchema, "on-site visit"),
  renovationFile: zodConverter<StoredRenovationFile>(storedRenovationFileSchema, "renovation file"),
  ticketSettings: zodConverter<TicketSettings>(ticketSettingsSchema, "ticket settings"),
  ownerCopyLink: zodConverter<OwnerCopyLink>(ownerCopyLinkSchema, "owner-copy link"),
};

/** The typed collections of a Firestore instance. */
export function collections(db: Firestore) {
  return {
    estates: () => db.collection(paths.estates()).withConverter(converters.estate),
    households: (estateId: string) =>
      db.collection(paths.households(estateId)).withConverter(converters.household),
    people: (estateId: string) =>
      db.collection(paths.people(estateId)).withConverter(converters.person),
    contactChanges: (estateId: string) =>
      db.collection(paths.contactChanges(estateId)).withConverter(converters.contactChange),
    staff: (estateId: string) =>
      db.collection(paths.staff(estateId)).withConverter(converters.staff),
    receptions: (estateId: string) =>
      db.collection(paths.receptions(estateId)).withConverter(converters.reception),
    rosterShifts: (estateId: string) =>
      db.collection(paths.rosterShifts(estateId)).withConverter(converters.rosterShift),
    dutyRegistrations: (estateId: string) =>
      db.collection(paths.dutyRegistrations(estateId)).withConverter(converters.dutyRegistration),
    handovers: (estateId: string) =>
      db.collection(paths.handovers(estateId)).withConverter(converters.handover),
    dailyLogs: (estateId: string) =>
      db.collection(paths.dailyLogs(estateId)).withConverter(converters.dailyLog),
    dutySettings: (estateId: string) =>
      db.doc(paths.dutySettings(estateId)).withConverter(converters.dutySettings),
    findings: (estateId: string) =>
      db.collection(paths.findings(estateId)).withConverter(converters.finding),
    feeMonths: (estateId: string) =>
      db.collection(paths.feeMonths(estateId)).withConverter(converters.feeMonth),
    feeBills: (estateId: string) =>
      db.collection(paths.feeBills(estateId)).withConverter(converters.feeBill),
    arrearsReminders: (estateId: string) =>
      db.collection(paths.arrearsReminders(estateId)).withConverter(converters.arrearsReminder),
    scorecards: (estateId: string) =>
      db.collection(paths.scorecards(estateId)).withConverter(converters.scorecard),
    scoreMonths: (estateId: string) =>
      db.collection(paths.scoreMonths(estateId)).withConverter(converters.scoreMonth),
    assessmentSettings: (estateId: string) =>
      db.doc(paths.assessmentSettings(estateId)).withConverter(converters.assessmentSettings),
    surveyCampaigns: (estateId: string) =>
      db.collection(paths.surveyCampaigns(estateId)).withConverter(converters.surveyCampaign),
    surveyResponses: (estateId: string, campaignId: string) =>
      db
        .collection(paths.surveyResponses(estateId, campaignId))
        .withConverter(converters.surveyResponse),
    surveyAggregate: (estateId: string, campaignId: string) =>
      db.doc(paths.surveyAggregate(estateId, campaignId)).withConverter(converters.surveyAggregate),
    surveyRoster: (estateId: string, campaignId: string) =>
      db.doc(paths.surveyRoster(estateId, campaignId)).withConverter(converters.surveyRoster),
    surveyTopicEdits: (estateId: string, campaignId: string) =>
      db
        .doc(paths.surveyTopicEdits(estateId, campaignId))
        .withConverter(converters.surveyTopicEdits),
    rectifications: (estateId: string, campaignId: string) =>
      db
        .collection(paths.rectifications(estateId, campaignId))
        .withConverter(converters.rectification),
    surveyLinks: () => db.collection(paths.surveyLinks()).withConverter(converters.surveyLink),
    committeeLinks: () =>
      db.collection(paths.committeeLinks()).withConverter(converters.committeeLink),
    // Call reconciliation (B2.5a)
    callImports: (estateId: string) =>
      db.collection(paths.callImports(estateId)).withConverter(converters.callImport),
    carrierCalls: (estateId: string) =>
      db.collection(paths.carrierCalls(estateId)).withConverter(converters.carrierCall),
    callFlags: (estateId: string) =>
      db.collection(paths.callFlags(estateId)).withConverter(converters.callFlag),
    callbackTasks: (estateId: string) =>
      db.collection(paths.callbackTasks(estateId)).withConverter(converters.callbackTask),
    callSettings: (estateId: string) =>
      db.doc(paths.callSettings(estateId)).withConverter(converters.callSettings),
    // Return visits, promises, the regular meeting, conduct (A, C4, C6–C9)
    promises: (estateId: string) =>
      db.collection(paths.promises(estateId)).withConverter(converters.promise),
    returnVisits: (estateId: string) =>
      db.collection(paths.returnVisits(estateId)).withConverter(converters.returnVisit),
    notifications: (estateId: string) =>
      db.collection(paths.notifications(estateId)).withConverter(converters.notification),
    meetings: (estateId: string) =>
      db.collection(paths.meetings(estateId)).withConverter(converters.meeting),
    offerRegister: (estateId: string) =>
      db.collection(paths.offerRegister(estateId)).withConverter(converters.offer),
    conductAcknowledgements: (estateId: string) =>
      db
        .collection(paths.conductAcknowledgements(estateId))
        .withConverter(converters.conductAcknowledgement),
    lastVisits: (estateId: string) =>
      db.collection(paths.lastVisits(estateId)).withConverter(converters.lastVisits),
    followUpSettings: (estateId: string) =>
      db.doc(paths.followUpSettings(estateId)).withConverter(converters.followUpSettings),
    openMatters: (estateId: string) =>
      db.collection(paths.openMatters(estateId)).withConverter(converters.openMatter),
    // The owners' side (B.1.3, SPEC §12)
    notices: (estateId: string) =>
      db.collection(paths.notices(estateId)).withConverter(converters.notice),
    noticeReceipts: (estateId: string, noticeId: string) =>
      db
        .collection(paths.noticeReceipts(estateId, noticeId))
        .withConverter(converters.noticeReceipt),
    householdLinks: () =>
      db.collection(paths.householdLinks()).withConverter(converters.householdLink),
    noticeBoardLinks: () =>
      db.collection(paths.noticeBoardLinks()).withConverter(converters.noticeBoardLink),
    // Images kept as documents (signatures, photos, evidence; see imageStore.ts)
    images: (estateId: string) =>
      db.collection(paths.images(estateId)).withConverter(converters.image),
    // Tickets, on-site service, renovation files
    tickets: (estateId: string) =>
      db.collection(paths.tickets(estateId)).withConverter(converters.ticket),
    onSiteVisits: (estateId: string) =>
      db.collection(paths.onSiteVisits(estateId)).withConverter(converters.onSiteVisit),
    renovationFiles: (estateId: string) =>
      db.collection(paths.renovationFiles(estateId)).withConverter(converters.renovationFile),
    ticketSettings: (estateId: string) =>
      db.doc(paths.ticketSettings(estateId)).withConverter(converters.ticketSettings),
    ownerCopyLinks: () =>
      db.collection(paths.ownerCopyLinks()).withConverter(converters.ownerCopyLink),
  };
}

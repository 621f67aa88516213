/**
 * The only place that spells Firestore paths. Everything an estate owns lives under
 * `estates/{estateId}/…`, so rules grant per estate with one match and no query can
 * cross estates by accident.
 */
export const paths = {
  estates: () => "estates",
  estate: (estateId: string) => `estates/${estateId}`,
  households: (estateId: string) => `estates/${estateId}/households`,
  household: (estateId: string, householdId: string) =>
    `estates/${estateId}/households/${householdId}`,
  people: (estateId: string) => `estates/${estateId}/people`,
  person: (estateId: string, personId: string) => `estates/${estateId}/people/${personId}`,
  contactChanges: (estateId: string) => `estates/${estateId}/contactChanges`,
  contactChange: (estateId: string, changeId: string) =>
    `estates/${estateId}/contactChanges/${changeId}`,
  staff: (estateId: string) => `estates/${estateId}/staff`,
  staffMember: (estateId: string, uid: string) => `estates/${estateId}/staff/${uid}`,
  // Assessment (B2, SPEC §8): findings, the month's fee counts (B2.10), scorecards.
  findings: (estateId: string) => `estates/${estateId}/findings`,
  finding: (estateId: string, findingId: string) => `estates/${estateId}/findings/${findingId}`,
  feeMonths: (estateId: string) => `estates/${estateId}/feeMonths`,
  feeMonth: (estateId: string, month: string) => `estates/${estateId}/feeMonths/${month}`,
  /** Each household's bill per billing period as a month's import had it (B2.10). */
  feeBills: (estateId: string) => `estates/${estateId}/feeBills`,
  feeBill: (estateId: string, billId: string) => `estates/${estateId}/feeBills/${billId}`,
  /** Logged reminders of households in arrears (B2.10, feeding B2.8). */
  arrearsReminders: (estateId: string) => `estates/${estateId}/arrearsReminders`,
  arrearsReminder: (estateId: string, reminderId: string) =>
    `estates/${estateId}/arrearsReminders/${reminderId}`,
  scorecards: (estateId: string) => `estates/${estateId}/scorecards`,
  scorecard: (estateId: string, scorecardId: string) =>
    `estates/${estateId}/scorecards/${scorecardId}`,
  scoreMonths: (estateId: string) => `estates/${estateId}/scoreMonths`,
  scoreMonth: (estateId: string, month: string) => `estates/${estateId}/scoreMonths/${month}`,
  /** When the monthly recompute runs (`domain/schema/assessmentSettings.ts`). */
  assessmentSettings: (estateId: string) => `estates/${estateId}/settings/assessment`,
  // Reception desk and duty (B.1.1–4, B2.1, B2.2, B2.5)
  receptions: (estateId: string) => `estates/${estateId}/receptions`,
  reception: (estateId: string, receptionId: string) =>
    `estates/${estateId}/receptions/${receptionId}`,
  rosterShifts: (estateId: string) => `estates/${estateId}/rosterShifts`,
  rosterShift: (estateId: string, shiftId: string) => `estates/${estateId}/rosterShifts/${shiftId}`,
  dutyRegistrations: (estateId: string) => `estates/${estateId}/dutyRegistrations`,
  dutyRegistration: (estateId: string, registrationId: string) =>
    `estates/${estateId}/dutyRegistrations/${registrationId}`,
  handovers: (estateId: string) => `estates/${estateId}/handovers`,
  handover: (estateId: string, shiftId: string) => `estates/${estateId}/handovers/${shiftId}`,
  dailyLogs: (estateId: string) => `estates/${estateId}/dailyLogs`,
  dailyLog: (estateId: string, logId: string) => `estates/${estateId}/dailyLogs/${logId}`,
  settings: (estateId: string) => `estates/${estateId}/settings`,
  dutySettings: (estateId: string) => `estates/${estateId}/settings/duty`,
  // Call reconciliation (B2.5a): carrier exports, their calls, unlogged-call flags, call-backs
  callImports: (estateId: string) => `estates/${estateId}/callImports`,
  callImport: (estateId: string, importId: string) => `estates/${estateId}/callImports/${importId}`,
  carrierCalls: (estateId: string) => `estates/${estateId}/carrierCalls`,
  carrierCall: (estateId: string, callId: string) => `estates/${estateId}/carrierCalls/${callId}`,
  callFlags: (estateId: string) => `estates/${estateId}/callFlags`,
  callFlag: (estateId: string, callId: string) => `estates/${estateId}/callFlags/${callId}`,
  callbackTasks: (estateId: string) => `estates/${estateId}/callbackTasks`,
  callbackTask: (estateId: string, callId: string) => `estates/${estateId}/callbackTasks/${callId}`,
  callSettings: (estateId: string) => `estates/${estateId}/settings/calls`,
  // Owner satisfaction survey (C1–C5, SPEC §9)
  surveyCampaigns: (estateId: string) => `estates/${estateId}/surveyCampaigns`,
  surveyCampaign: (estateId: string, campaignId: string) =>
    `estates/${estateId}/surveyCampaigns/${campaignId}`,
  surveyResponses: (estateId: string, campaignId: string) =>
    `estates/${estateId}/surveyCampaigns/${campaignId}/responses`,
  surveyResponse: (estateId: string, campaignId: string, householdId: string) =>
    `estates/${estateId}/surveyCampaigns/${campaignId}/responses/${householdId}`,
  surveyAggregate: (estateId: string, campaignId: string) =>
    `estates/${estateId}/surveyCampaigns/${campaignId}/aggregate/current`,
  surveyRoster: (estateId: string, campaignId: string) =>
    `estates/${estateId}/surveyCampaigns/${campaignId}/aggregate/roster`,
  surveyTopicEdits: (estateId: string, campaignId: string) =>
    `estates/${estateId}/surveyCampaigns/${campaignId}/topicEdits/current`,
  rectifications: (estateId: string, campaignId: string) =>
    `estates/${estateId}/surveyCampaigns/${campaignId}/rectifications`,
  rectification: (estateId: string, campaignId: string, taskId: string) =>
    `estates/${estateId}/surveyCampaigns/${campaignId}/rectifications/${taskId}`,
  // Tickets, on-site service and case files (A, B.1.4, B.1.6, B.1.8, B2.5b–c, B2.7–9, B2.11, B2.13)
  tickets: (estateId: string) => `estates/${estateId}/tickets`,
  ticket: (estateId: string, ticketId: string) => `estates/${estateId}/tickets/${ticketId}`,
  onSiteVisits: (estateId: string) => `estates/${estateId}/onSiteVisits`,
  onSiteVisit: (estateId: string, visitId: string) => `estates/${estateId}/onSiteVisits/${visitId}`,
  renovationFiles: (estateId: string) => `estates/${estateId}/renovationFiles`,
  renovationFile: (estateId: string, householdId: string) =>
    `estates/${estateId}/renovationFiles/${householdId}`,
  /** Images (signatures, photos, evidence) kept as documents; see `firestore/imageStore.ts`. */
  images: (estateId: string) => `estates/${estateId}/images`,
  image: (estateId: string, imageId: string) => `estates/${estateId}/images/${imageId}`,
  ticketSettings: (estateId: string) => `estates/${estateId}/settings/tickets`,
  // Return visits, promises, the regular meeting, conduct (A, C4, C6–C9)
  returnVisits: (estateId: string) => `estates/${estateId}/returnVisits`,
  returnVisit: (estateId: string, visitId: string) => `estates/${estateId}/returnVisits/${visitId}`,
  promises: (estateId: string) => `estates/${estateId}/promises`,
  promise: (estateId: string, promiseId: string) => `estates/${estateId}/promises/${promiseId}`,
  meetings: (estateId: string) => `estates/${estateId}/meetings`,
  meeting: (estateId: string, meetingId: string) => `estates/${estateId}/meetings/${meetingId}`,
  notifications: (estateId: string) => `estates/${estateId}/notifications`,
  notification: (estateId: string, notificationId: string) =>
    `estates/${estateId}/notifications/${notificationId}`,
  offerRegister: (estateId: string) => `estates/${estateId}/offerRegister`,
  offerRegisterEntry: (estateId: string, entryId: string) =>
    `estates/${estateId}/offerRegister/${entryId}`,
  conductAcknowledgements: (estateId: string) => `estates/${estateId}/conductAcknowledgements`,
  conductAcknowledgement: (estateId: string, acknowledgementId: string) =>
    `estates/${estateId}/conductAcknowledgements/${acknowledgementId}`,
  followUpSettings: (estateId: string) => `estates/${estateId}/settings/followUp`,
  /** Each household's latest visit per channel: visit coverage read bounded (visitCoverage.ts). */
  lastVisits: (estateId: string) => `estates/${estateId}/lastVisits`,
  lastVisitsOf: (estateId: string, householdId: string) =>
    `estates/${estateId}/lastVisits/${householdId}`,
  /** The closure dashboard's index of open matters (`domain/followUp/openMatterIndex.ts`). */
  openMatters: (estateId: string) => `estates/${estateId}/openMatters`,
  openMatter: (estateId: string, matterId: string) => `estates/${estateId}/openMatters/${matterId}`,
  // The owners' side (B.1.3, SPEC §1, §10): notices and the household page
  notices: (estateId: string) => `estates/${estateId}/notices`,
  notice: (estateId: string, noticeId: string) => `estates/${estateId}/notices/${noticeId}`,
  noticeReceipts: (estateId: string, noticeId: string) =>
    `estates/${estateId}/notices/${noticeId}/receipts`,
  noticeReceipt: (estateId: string, noticeId: string, householdId: string) =>
    `estates/${estateId}/notices/${noticeId}/receipts/${householdId}`,
  // Top level, found from a token alone (the id is the token's SHA-256; no client reads them).
  surveyLinks: () => "surveyLinks",
  surveyLink: (tokenHash: string) => `surveyLinks/${tokenHash}`,
  committeeLinks: () => "committeeLinks",
  committeeLink: (tokenHash: string) => `committeeLinks/${tokenHash}`,
  householdLinks: () => "householdLinks",
  householdLink: (tokenHash: string) => `householdLinks/${tokenHash}`,
  noticeBoardLinks: () => "noticeBoardLinks",
  noticeBoardLink: (tokenHash: string) => `noticeBoardLinks/${tokenHash}`,
  ownerCopyLinks: () => "ownerCopyLinks",
  ownerCopyLink: (tokenHash: string) => `ownerCopyLinks/${tokenHash}`,
} as const;

/** Trigger document patterns (Cloud Functions path syntax). */
export const triggerPaths = {
  person: "estates/{estateId}/people/{personId}",
  handover: "estates/{estateId}/handovers/{shiftId}",
  surveyCampaign: "estates/{estateId}/surveyCampaigns/{campaignId}",
  surveyResponse: "estates/{estateId}/surveyCampaigns/{campaignId}/responses/{householdId}",
  surveyTopicEdits: "estates/{estateId}/surveyCampaigns/{campaignId}/topicEdits/{editsId}",
  reception: "estates/{estateId}/receptions/{receptionId}",
  onSiteVisit: "estates/{estateId}/onSiteVisits/{visitId}",
  ticket: "estates/{estateId}/tickets/{ticketId}",
  promise: "estates/{estateId}/promises/{promiseId}",
  returnVisit: "estates/{estateId}/returnVisits/{visitId}",
  meeting: "estates/{estateId}/meetings/{meetingId}",
  rectification: "estates/{estateId}/surveyCampaigns/{campaignId}/rectifications/{taskId}",
} as const;

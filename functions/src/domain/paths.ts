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
  scorecards: (estateId: string) => `estates/${estateId}/scorecards`,
  scorecard: (estateId: string, scorecardId: string) =>
    `estates/${estateId}/scorecards/${scorecardId}`,
  scoreMonths: (estateId: string) => `estates/${estateId}/scoreMonths`,
  scoreMonth: (estateId: string, month: string) => `estates/${estateId}/scoreMonths/${month}`,
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
  // Top level, found from a token alone (the id is the token's SHA-256; no client reads them).
  surveyLinks: () => "surveyLinks",
  surveyLink: (tokenHash: string) => `surveyLinks/${tokenHash}`,
  committeeLinks: () => "committeeLinks",
  committeeLink: (tokenHash: string) => `committeeLinks/${tokenHash}`,
} as const;

/** Trigger document patterns (Cloud Functions path syntax). */
export const triggerPaths = {
  person: "estates/{estateId}/people/{personId}",
  handover: "estates/{estateId}/handovers/{shiftId}",
  surveyCampaign: "estates/{estateId}/surveyCampaigns/{campaignId}",
  surveyResponse: "estates/{estateId}/surveyCampaigns/{campaignId}/responses/{householdId}",
  surveyTopicEdits: "estates/{estateId}/surveyCampaigns/{campaignId}/topicEdits/{editsId}",
  reception: "estates/{estateId}/receptions/{receptionId}",
} as const;

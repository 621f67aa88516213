/**
 * Every query Huiyin's clients and functions make, as data. Production Firestore refuses a
 * query without its composite index while the emulator runs it anyway, so
 * `queries.test.ts` checks each of these against `firestore.indexes.json`. Add a query here
 * before using it; build it from the description (collection from `paths`, then `where`
 * and `orderBy` in this order).
 */

/** Operators whose filter is an equality for index purposes. */
const equalityOperators = ["==", "in"] as const;
/** Operators that filter on the contents of an array field. */
const arrayOperators = ["array-contains", "array-contains-any"] as const;

export type FilterOperator =
  | (typeof equalityOperators)[number]
  | (typeof arrayOperators)[number]
  | "<"
  | "<="
  | ">"
  | ">="
  | "!="
  | "not-in";

export interface QueryFilter {
  field: string;
  op: FilterOperator;
}

export interface QueryOrder {
  field: string;
  direction: "asc" | "desc";
}

/** One query: which collection (the last segment of its path), filters, order. */
export interface QueryDescription {
  /** What the query is for, in the app's words. */
  purpose: string;
  /** The collection's path pattern, e.g. `estates/{estateId}/people`. */
  path: string;
  /** Its collection id, as `firestore.indexes.json` names it. */
  collectionGroup: string;
  /** Whether the query spans every estate's collection of that name (never, so far). */
  scope: "COLLECTION" | "COLLECTION_GROUP";
  where: readonly QueryFilter[];
  orderBy: readonly QueryOrder[];
}

function estateQuery(
  collectionGroup: string,
  purpose: string,
  where: readonly QueryFilter[] = [],
  orderBy: readonly QueryOrder[] = [],
): QueryDescription {
  return {
    purpose,
    path: `estates/{estateId}/${collectionGroup}`,
    collectionGroup,
    scope: "COLLECTION",
    where,
    orderBy,
  };
}

/** The queries of the app, by name. */
export const queries = {
  householdDirectory: estateQuery("households", "the household directory, searched on the device"),
  everyPerson: estateQuery("people", "every person, for instant search by name or phone"),
  peopleOfHousehold: estateQuery("people", "the people of one household", [
    { field: "householdId", op: "==" },
  ]),
  callerId: estateQuery("people", "caller-ID: whose phone is ringing", [
    { field: "phoneKeys", op: "array-contains" },
  ]),
  contactChangesOfHousehold: estateQuery(
    "contactChanges",
    "a household's contact history (sorted on the device)",
    [{ field: "householdId", op: "==" }],
  ),
  contactChangesOfHouseholdNewestFirst: estateQuery(
    "contactChanges",
    "a household's contact history, newest first, paged",
    [{ field: "householdId", op: "==" }],
    [{ field: "changedAt", direction: "desc" }],
  ),
  contactChangesOfPersonNewestFirst: estateQuery(
    "contactChanges",
    "one person's contact history, newest first, paged",
    [{ field: "personId", op: "==" }],
    [{ field: "changedAt", direction: "desc" }],
  ),
  staffList: estateQuery("staff", "the staff of an estate (names of who changed what)"),
  // Reception desk and duty (B.1.1–4, B2.1, B2.2, B2.5)
  receptionsOfDay: estateQuery(
    "receptions",
    "today's desk: the estate's receptions of one day, live, oldest first",
    [{ field: "day", op: "==" }],
    [{ field: "at", direction: "asc" }],
  ),
  receptionsBetween: estateQuery(
    "receptions",
    "the receptions of a shift or a period (archiving, duty check)",
    [
      { field: "at", op: ">=" },
      { field: "at", op: "<" },
    ],
    [{ field: "at", direction: "asc" }],
  ),
  amendmentsOf: estateQuery("receptions", "the amendments of one record", [
    { field: "amends", op: "==" },
  ]),
  receptionsWrittenSince: estateQuery(
    "receptions",
    "the receptions written or edited while a carrier import ran (B2.5a re-check)",
    [{ field: "updatedAt", op: ">=" }],
  ),
  receptionsOfStaffOnDay: estateQuery(
    "receptions",
    "the receptions one staff member served on a day (daily log prefill)",
    [
      { field: "staffId", op: "==" },
      { field: "day", op: "==" },
    ],
  ),
  rosterShiftsStartingBetween: estateQuery(
    "rosterShifts",
    "the roster of a week, and the shifts the duty check looks at",
    [
      { field: "start", op: ">=" },
      { field: "start", op: "<" },
    ],
    [{ field: "start", direction: "asc" }],
  ),
  handoversOfShiftsEndingBetween: estateQuery("handovers", "the handovers of a period", [
    { field: "shiftEnd", op: ">=" },
    { field: "shiftEnd", op: "<" },
  ]),
  dutyRegistrationsStartingBetween: estateQuery(
    "dutyRegistrations",
    "who registered on duty in a period",
    [
      { field: "start", op: ">=" },
      { field: "start", op: "<" },
    ],
  ),
  openDutyRegistrationOfStaff: estateQuery(
    "dutyRegistrations",
    "the desk's on/off duty button: the signed-in staff member's registration not yet ended",
    [
      { field: "staffId", op: "==" },
      { field: "end", op: "==" },
    ],
  ),
  dailyLogsOfDays: estateQuery("dailyLogs", "the daily logs of a period (duty check)", [
    { field: "day", op: ">=" },
    { field: "day", op: "<" },
  ]),
  // Assessment (B2, SPEC §8).
  findingsOfMonth: estateQuery(
    "findings",
    "a month's findings: the recompute and the director's list",
    [{ field: "month", op: "==" }],
  ),
  myFindingsOfMonth: estateQuery("findings", "the findings charged to one person in a month", [
    { field: "staffId", op: "==" },
    { field: "month", op: "==" },
  ]),
  findingsChangedSince: estateQuery(
    "findings",
    "a month's findings changed since its last computation (the director's banner)",
    [
      { field: "month", op: "==" },
      { field: "updatedAt", op: ">" },
    ],
  ),
  scorecardsOfMonth: estateQuery("scorecards", "a month's scorecards: the ranking, the recompute", [
    { field: "month", op: "==" },
  ]),
  scorecardsOfMonths: estateQuery("scorecards", "the scorecards of a range of months: the trend", [
    { field: "month", op: ">=" },
  ]),
  scoreMonths: estateQuery("scoreMonths", "the months computed, with their computation times"),
  // Fee bills and arrears reminders (B2.10, feeding B2.8)
  feeBillsOfMonth: estateQuery(
    "feeBills",
    "a month's bills: replaced by a new import of the month",
    [{ field: "month", op: "==" }],
  ),
  feeBillsInArrears: estateQuery("feeBills", "the arrears list: a month's unpaid bills", [
    { field: "month", op: "==" },
    { field: "inArrears", op: "==" },
  ]),
  feeBillsOfHousehold: estateQuery("feeBills", "what a household owed at a month's end", [
    { field: "month", op: "==" },
    { field: "household", op: "==" },
  ]),
  arrearsRemindersOfMonth: estateQuery(
    "arrearsReminders",
    "the arrears list: each household's reminders of the month",
    [{ field: "month", op: "==" }],
  ),
  // Return visits, promises, the regular meeting (A, C4, C6–C9; SPEC §10)
  openMattersOldestDue: estateQuery(
    "openMatters",
    "the closure dashboard: a page of the estate's open matters, earliest due first",
    [],
    [{ field: "sortAt", direction: "asc" }],
  ),
  openMattersOfDepartment: estateQuery(
    "openMatters",
    "the closure dashboard filtered by department",
    [{ field: "department", op: "==" }],
    [{ field: "sortAt", direction: "asc" }],
  ),
  openMattersOfOwner: estateQuery(
    "openMatters",
    "the closure dashboard filtered by person",
    [{ field: "ownerId", op: "==" }],
    [{ field: "sortAt", direction: "asc" }],
  ),
  openMattersOfKindDueBy: estateQuery(
    "openMatters",
    "the desk's promises due soon (and overdue), earliest first",
    [
      { field: "kind", op: "==" },
      { field: "sortAt", op: "<=" },
    ],
    [{ field: "sortAt", direction: "asc" }],
  ),
  openMattersDueBy: estateQuery(
    "openMatters",
    "how many open matters are overdue (a count, not read)",
    [{ field: "sortAt", op: "<=" }],
  ),
  openPromises: estateQuery("promises", "promises not answered: the scheduled check", [
    { field: "answer", op: "==" },
  ]),
  promisesDueSince: estateQuery(
    "promises",
    "promises due in a period: the promise-keeping rate per person and estate",
    [{ field: "answerDueAt", op: ">=" }],
  ),
  visitsNotMade: estateQuery("returnVisits", "visits planned and not made: the check, the form", [
    { field: "outcome", op: "==" },
  ]),
  visitsMade: estateQuery("returnVisits", "visits made: periodic planning and coverage", [
    { field: "outcome", op: "!=" },
  ]),
  meetingsNewestFirst: estateQuery(
    "meetings",
    "the regular meetings, newest first",
    [],
    [{ field: "scheduledFor", direction: "desc" }],
  ),
  notificationsOfRecipient: estateQuery(
    "notifications",
    "a staff member's notifications, newest first (the bell)",
    [{ field: "recipientUid", op: "==" }],
    [{ field: "createdAt", direction: "desc" }],
  ),
  offerRegisterNewestFirst: estateQuery(
    "offerRegister",
    "the offers register, newest first",
    [],
    [{ field: "offeredAt", direction: "desc" }],
  ),
  offerRegisterOfYear: estateQuery(
    "offerRegister",
    "the offers register of a year, newest first (director, admin; the kind filtered on the device)",
    [
      { field: "offeredAt", op: ">=" },
      { field: "offeredAt", op: "<" },
    ],
    [{ field: "offeredAt", direction: "desc" }],
  ),
  offerRegisterOfStaff: estateQuery(
    "offerRegister",
    "the offers a staff member declared (sorted on the device)",
    [{ field: "staffId", op: "==" }],
  ),
  conductAcknowledgementsSince: estateQuery(
    "conductAcknowledgements",
    "the conduct acknowledgements of a year (the director's roll)",
    [{ field: "acknowledgedAt", op: ">=" }],
  ),
  conductAcknowledgementsOfStaff: estateQuery(
    "conductAcknowledgements",
    "a staff member's own acknowledgements (the yearly prompt)",
    [{ field: "uid", op: "==" }],
  ),
  // Visit coverage counts households whose latest visit by any counted channel is recent: one
  // range filter on the counted channels' entry of `latestByChannelSet` (a single-field index).
  lastVisitsByDoorOrMeetingSince: estateQuery(
    "lastVisits",
    "visit coverage: households visited at the door or met since the window's start (count; the default counted channels, other sets alike)",
    [{ field: "latestByChannelSet.door_meeting", op: ">=" }],
  ),
  // Call reconciliation (B2.5a, SPEC §4)
  callImportsNewestFirst: estateQuery(
    "callImports",
    "the carrier exports uploaded, newest first",
    [],
    [{ field: "uploadedAt", direction: "desc" }],
  ),
  carrierCallsStartingBetween: estateQuery(
    "carrierCalls",
    "the carrier calls of a period (the reconciliation's window)",
    [
      { field: "start", op: ">=" },
      { field: "start", op: "<" },
    ],
    [{ field: "start", direction: "asc" }],
  ),
  callFlagsStartingBetween: estateQuery(
    "callFlags",
    "the flags of the calls of a period (reconciliation, an import's unlogged list)",
    [
      { field: "start", op: ">=" },
      { field: "start", op: "<" },
    ],
    [{ field: "start", direction: "asc" }],
  ),
  callFlagsByStatus: estateQuery(
    "callFlags",
    "the open unlogged calls, newest first, live",
    [{ field: "status", op: "==" }],
    [{ field: "start", direction: "desc" }],
  ),
  callbackTasksStartingBetween: estateQuery(
    "callbackTasks",
    "the call-back tasks of a period (reconciliation)",
    [
      { field: "start", op: ">=" },
      { field: "start", op: "<" },
    ],
  ),
  callbackTasksByStatus: estateQuery(
    "callbackTasks",
    "the open call-back tasks, newest first, live",
    [{ field: "status", op: "==" }],
    [{ field: "start", direction: "desc" }],
  ),
  // Owner satisfaction survey (C1–C5)
  surveyCampaigns: estateQuery(
    "surveyCampaigns",
    "the estate's survey campaigns (sorted on the device)",
  ),
  surveyResponsesOfCampaign: {
    purpose: "every answer of a campaign, for the statistics trigger",
    path: "estates/{estateId}/surveyCampaigns/{campaignId}/responses",
    collectionGroup: "responses",
    scope: "COLLECTION",
    where: [],
    orderBy: [],
  },
  rectificationsOfCampaign: {
    purpose: "a campaign's rectification tasks by deadline (dashboard, report, committee)",
    path: "estates/{estateId}/surveyCampaigns/{campaignId}/rectifications",
    collectionGroup: "rectifications",
    scope: "COLLECTION",
    where: [],
    orderBy: [{ field: "deadline", direction: "asc" }],
  },
  latestSurveyAnswers: {
    purpose:
      "a campaign's latest answers, one page, for the director to pick a misunderstanding to explain (C4)",
    path: "estates/{estateId}/surveyCampaigns/{campaignId}/responses",
    collectionGroup: "responses",
    scope: "COLLECTION",
    where: [],
    orderBy: [{ field: "submittedAt", direction: "desc" }],
  },
  surveyFollowUps: estateQuery(
    "returnVisits",
    "a campaign's follow-up visits: explanations of misunderstandings for the report (C4)",
    [{ field: "source.campaignId", op: "==" }],
  ),
  // Tickets and on-site service (A, B.1.4, B2.5b–c, B2.7–9, B2.11, B2.13)
  ticketQueueOfDepartment: estateQuery(
    "tickets",
    "a department's running tickets, soonest due first, one page at a time, live",
    [
      { field: "department", op: "==" },
      { field: "status", op: "in" },
    ],
    [{ field: "dueAt", direction: "asc" }],
  ),
  ticketQueueOfEstate: estateQuery(
    "tickets",
    "every running ticket of the estate by due time (customer service, director; overdue check)",
    [
      { field: "status", op: "in" },
      { field: "dueAt", op: "<=" },
    ],
    [{ field: "dueAt", direction: "asc" }],
  ),
  flaggedTickets: estateQuery(
    "tickets",
    "tickets with an unsigned, disputed or changed visit, latest first (director, live)",
    [{ field: "flagged", op: "==" }],
    [{ field: "updatedAt", direction: "desc" }],
  ),
  ticketsOfHousehold: estateQuery(
    "tickets",
    "a household's tickets, newest first (household page)",
    [{ field: "householdId", op: "==" }],
    [{ field: "openedAt", direction: "desc" }],
  ),
  visitsOfTicket: estateQuery("onSiteVisits", "a ticket's on-site visits (sorted on the device)", [
    { field: "ticketId", op: "==" },
  ]),
  visitsOfTicketInDepartment: estateQuery(
    "onSiteVisits",
    "a ticket's on-site visits as department staff may read them",
    [
      { field: "ticketId", op: "==" },
      { field: "department", op: "==" },
    ],
  ),
  ticketsOfHouseholdInDepartment: estateQuery(
    "tickets",
    "a household's tickets of one department (household page, department staff)",
    [
      { field: "householdId", op: "==" },
      { field: "department", op: "==" },
    ],
    [{ field: "openedAt", direction: "desc" }],
  ),
  visitsOfHousehold: estateQuery(
    "onSiteVisits",
    "a household's on-site visits, newest first (household page)",
    [{ field: "householdId", op: "==" }],
    [{ field: "updatedAt", direction: "desc" }],
  ),
  unsignedVisitsDoneBefore: estateQuery(
    "onSiteVisits",
    "visits done before the grace deadline and still unsigned (B2.5c check)",
    [
      { field: "signedHash", op: "==" },
      { field: "doneAt", op: "<=" },
    ],
    [{ field: "doneAt", direction: "asc" }],
  ),
  // The owners' side: notices and the household page (B.1.3, SPEC §12)
  noticesNewestFirst: estateQuery(
    "notices",
    "the estate's notices, newest first (staff list)",
    [],
    [{ field: "createdAt", direction: "desc" }],
  ),
  noticesNotEnded: estateQuery(
    "notices",
    "the notices that have not ended (household page, notice board)",
    [{ field: "endsAt", op: ">" }],
  ),
  noticeReceipts: {
    purpose: "the confirmations of one notice (who has not confirmed)",
    path: "estates/{estateId}/notices/{noticeId}/receipts",
    collectionGroup: "receipts",
    scope: "COLLECTION",
    where: [],
    orderBy: [],
  },
  householdRequestsNewestFirst: estateQuery(
    "receptions",
    "the requests a household sent from its page, newest first",
    [{ field: "householdRequest.householdId", op: "==" }],
    [{ field: "at", direction: "desc" }],
  ),
  householdRequestsOfDay: estateQuery(
    "receptions",
    "the online contacts, newest first: requests from household pages to answer",
    [{ field: "channel", op: "==" }],
    [{ field: "at", direction: "desc" }],
  ),
} as const satisfies Record<string, QueryDescription>;

/** One field of a composite index, as `firestore.indexes.json` writes it. */
export interface IndexField {
  fieldPath: string;
  order?: "ASCENDING" | "DESCENDING";
  arrayConfig?: "CONTAINS";
}

/** One composite index, as `firestore.indexes.json` writes it. */
export interface CompositeIndex {
  collectionGroup: string;
  queryScope: "COLLECTION" | "COLLECTION_GROUP";
  fields: readonly IndexField[];
}

const isEquality = (filter: QueryFilter) =>
  (equalityOperators as readonly string[]).includes(filter.op);

/**
 * Whether the query needs a composite index. Firestore serves from its automatic
 * single-field indexes (merged when needed) queries whose filters are all equalities, or
 * that filter or order on one field only; anything that mixes fields beyond that needs one.
 */
export function needsCompositeIndex(query: QueryDescription): boolean {
  const fields = new Set([...query.where, ...query.orderBy].map((part) => part.field));
  if (fields.size <= 1) return false;
  return query.orderBy.length > 0 || !query.where.every(isEquality);
}

/**
 * Whether a composite index serves the query: same collection and scope; the query's
 * equality fields first (in any order), then its array filter, range filter and order
 * fields in the query's order and direction.
 */
export function indexServes(index: CompositeIndex, query: QueryDescription): boolean {
  if (index.collectionGroup !== query.collectionGroup || index.queryScope !== query.scope) {
    return false;
  }
  const equalities = query.where.filter(isEquality).map((filter) => filter.field);
  const leading = index.fields.slice(0, equalities.length);
  if (
    leading.length !== equalities.length ||
    !leading.every((field) => field.order !== undefined && equalities.includes(field.fieldPath))
  ) {
    return false;
  }
  const rest = index.fields.slice(equalities.length);
  const expected: IndexField[] = [
    ...query.where
      .filter((filter) => !isEquality(filter))
      .map((filter): IndexField =>
        (arrayOperators as readonly string[]).includes(filter.op)
          ? { fieldPath: filter.field, arrayConfig: "CONTAINS" }
          : { fieldPath: filter.field, order: orderOf(query, filter.field) },
      ),
    ...query.orderBy
      .filter((order) => !query.where.some((filter) => filter.field === order.field))
      .map((order): IndexField => ({
        fieldPath: order.field,
        order: order.direction === "asc" ? "ASCENDING" : "DESCENDING",
      })),
  ];
  return (
    rest.length === expected.length &&
    rest.every(
      (field, position) =>
        field.fieldPath === expected[position]?.fieldPath &&
        field.order === expected[position].order &&
        field.arrayConfig === expected[position].arrayConfig,
    )
  );
}

/** A range-filtered field is ordered as the query orders it (ascending by default). */
function orderOf(query: QueryDescription, field: string): "ASCENDING" | "DESCENDING" {
  const order = query.orderBy.find((candidate) => candidate.field === field);
  return order?.direction === "desc" ? "DESCENDING" : "ASCENDING";
}

/**
 * Firebase access of the tickets and on-site service screens (SPEC §5; A, B.1.4, B2.5b–c,
 * B2.7–9, B2.11, B2.13): the department queue one page at a time, a ticket and its visits
 * live, the director's flagged tickets, a household's renovation file, and the callables
 * (every write goes through functions). It pulls in the full SDK: load it with
 * `import("./tickets.js")`.
 */
import {
  collection,
  doc,
  getDoc,
  limit,
  orderBy,
  query,
  where,
  type QueryConstraint,
} from "firebase/firestore";
import type { z } from "zod";
import { paths } from "@domain/paths.js";
import { imageRecordSchema, type ImageRecord } from "@domain/schema/image.js";
import { storedOnSiteVisitSchema, type StoredOnSiteVisit } from "@domain/schema/onSiteVisit.js";
import {
  storedRenovationFileSchema,
  type StoredRenovationFile,
} from "@domain/schema/renovationFile.js";
import type { Department } from "@domain/schema/role.js";
import {
  defaultTicketSettings,
  storedTicketSchema,
  ticketSettingsSchema,
  type StoredTicket,
  type TicketSettings,
} from "@domain/schema/ticket.js";
import { runningStatuses } from "@domain/tickets/dueTime.js";
import type { ServiceRating } from "@domain/tickets/onSiteVisit.js";
import type { ServiceCharge, TicketStatus, TicketType } from "@domain/tickets/ticket.js";
import { firestore, parseSnapshot, watchQuery, watchDocument, type Records } from "./firestore.js";
import { callFunction } from "./functions.js";

type Unsubscribe = () => void;

/** How many tickets one page of a queue reads. */
export const QUEUE_PAGE_SIZE = 30;

/**
 * The running tickets (open, assigned, in progress) soonest due first, live, reading at most
 * `pages × QUEUE_PAGE_SIZE` documents (`ticketQueueOfDepartment`; with no department,
 * every department's, for customer service and the director: `ticketQueueOfEstate`).
 */
export function watchTicketQueue(
  estateId: string,
  department: Department | null,
  pages: number,
  onData: (tickets: Records<StoredTicket>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  const constraints: QueryConstraint[] = [
    ...(department === null ? [] : [where("department", "==", department)]),
    where("status", "in", [...runningStatuses]),
    orderBy("dueAt", "asc"),
    limit(Math.max(1, pages) * QUEUE_PAGE_SIZE),
  ];
  return watchWhere(storedTicketSchema, paths.tickets(estateId), constraints, onData, onError);
}

/** Tickets with an unsigned, disputed or changed visit, latest first, live (`flaggedTickets`). */
export function watchFlaggedTickets(
  estateId: string,
  onData: (tickets: Records<StoredTicket>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchWhere(
    storedTicketSchema,
    paths.tickets(estateId),
    [where("flagged", "==", true), orderBy("updatedAt", "desc"), limit(QUEUE_PAGE_SIZE)],
    onData,
    onError,
  );
}

/**
 * A household's tickets, newest first (`ticketsOfHousehold`); department staff (who read their
 * department's tickets only, as the rules say) pass their department
 * (`ticketsOfHouseholdInDepartment`).
 */
export function watchTicketsOfHousehold(
  estateId: string,
  householdId: string,
  department: Department | null,
  onData: (tickets: Records<StoredTicket>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchWhere(
    storedTicketSchema,
    paths.tickets(estateId),
    [
      where("householdId", "==", householdId),
      ...(department === null ? [] : [where("department", "==", department)]),
      orderBy("openedAt", "desc"),
      limit(50),
    ],
    onData,
    onError,
  );
}

/** One ticket, live; null when it does not exist or cannot be read. */
export function watchTicket(
  estateId: string,
  ticketId: string,
  onData: (ticket: StoredTicket | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchDocument(paths.ticket(estateId, ticketId), storedTicketSchema, onData, onError);
}

/**
 * A ticket's on-site visits, live (`visitsOfTicket`; sorted here, oldest first). Department
 * staff pass their department: the rules let them read their department's visits only, and a
 * query must say so.
 */
export function watchVisitsOfTicket(
  estateId: string,
  ticketId: string,
  department: Department | null,
  onData: (visits: Records<StoredOnSiteVisit>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchWhere(
    storedOnSiteVisitSchema,
    paths.onSiteVisits(estateId),
    [
      where("ticketId", "==", ticketId),
      ...(department === null ? [] : [where("department", "==", department)]),
    ],
    (found) => {
      onData({
        ...found,
        records: [...found.records].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()),
      });
    },
    onError,
  );
}

/** A household's renovation file, live; null when it has none. */
export function watchRenovationFile(
  estateId: string,
  householdId: string,
  onData: (file: StoredRenovationFile | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchDocument(
    paths.renovationFile(estateId, householdId),
    storedRenovationFileSchema,
    onData,
    onError,
  );
}

/** A stored image (a signature) by its path; null when absent. */
export async function readImageAt(path: string): Promise<ImageRecord | null> {
  const snapshot = await getDoc(doc(firestore(), path));
  return parseSnapshot(imageRecordSchema, snapshot);
}

/** What `openTicket` takes. */
export interface OpenTicketRequest {
  estateId: string;
  type: TicketType;
  department?: Department;
  householdId: string | null;
  title: string;
  description: string;
  charge: ServiceCharge;
  assigneeId: string | null;
  fromReceptionId?: string | null;
}

/** Opens a ticket; resolves with its id. */
export function openTicket(request: OpenTicketRequest): Promise<{ ticketId: string }> {
  return callFunction("openTicket", request);
}

/** Moves a ticket one step. */
export function transitionTicket(request: {
  estateId: string;
  ticketId: string;
  to: TicketStatus;
  note: string;
  assigneeId?: string;
}): Promise<{ status: TicketStatus }> {
  return callFunction("transitionTicket", request);
}

/** Writes the record of the work done (unsigned). */
export function recordOnSiteVisit(request: {
  estateId: string;
  ticketId: string;
  visitId: string;
  workDone: string;
  photos: string[];
  done: boolean;
}): Promise<{ visitId: string }> {
  return callFunction("recordOnSiteVisit", request);
}

/** An owner-copy link as the functions answer it. */
export interface OwnerCopyLinkReply {
  visitId: string;
  token: string;
  path: string;
  expiresAt: string;
}

/** The owner signs and rates; resolves with the link to their copy. */
export function signOnSiteVisit(request: {
  estateId: string;
  visitId: string;
  signerName: string;
  signatureDataUrl: string;
  rating: ServiceRating;
}): Promise<OwnerCopyLinkReply> {
  return callFunction("signOnSiteVisit", request);
}

/** A fresh link to the owner's copy of a signed visit. */
export function issueOwnerCopyLink(estateId: string, visitId: string): Promise<OwnerCopyLinkReply> {
  return callFunction("issueOwnerCopyLink", { estateId, visitId });
}

/** Appends an amendment to a signed visit. */
export function amendOnSiteVisit(
  estateId: string,
  visitId: string,
  text: string,
): Promise<unknown> {
  return callFunction("amendOnSiteVisit", { estateId, visitId, text });
}
/**
 * The departments' leads from the estate's ticket settings (`settings/tickets.leads`), live;
 * empty when the estate has no settings. The screens show a lead the steps of a lead.
 */
export function watchTicketLeads(
  estateId: string,
  onData: (leads: TicketSettings["leads"]) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchDocument(
    paths.ticketSettings(estateId),
    ticketSettingsSchema,
    (settings) => {
      onData(settings?.leads ?? defaultTicketSettings.leads);
    },
    onError,
  );
}

/** Records the written process and result of a B2.7–9 case, with the drawn signature or not yet. */
export function recordCaseRecord(request: {
  estateId: string;
  ticketId: string;
  process: string;
  result: string;
  signerName?: string;
  signatureDataUrl?: string;
}): Promise<{ ticketId: string; signed: boolean }> {
  return callFunction("recordCaseRecord", request);
}

/** A director's inspection of a B2.7–9 case; resolves with the finding id when found unhandled. */
export function inspectCase(request: {
  estateId: string;
  ticketId: string;
  inspectionId: string;
  result: "handled" | "foundUnhandled";
  note: string;
}): Promise<{ inspectionId: string; findingId: string | null }> {
  return callFunction("inspectCase", request);
}

/** B2.11: marks the success with the supervisory committee's confirmation (+100 once). */
export function recordRightsProtection(request: {
  estateId: string;
  ticketId: string;
  confirmedBy: string;
  confirmedAt: string;
}): Promise<{ findingId: string }> {
  return callFunction("recordRightsProtection", request);
}

/** B2.11: the developer's reply (within warranty) or the owner's agreement (after it). */
export function recordHouseQuality(request: {
  estateId: string;
  ticketId: string;
  settlement:
    | { kind: "developerReply"; text: string; at: string }
    | { kind: "ownerAgreement"; repair: string; costYuan: number; agreedAt: string };
}): Promise<{ ticketId: string }> {
  return callFunction("recordHouseQuality", request);
}

/** B2.13: the ambulance guidance of an emergency ticket. */
export function recordAmbulanceGuidance(request: {
  estateId: string;
  ticketId: string;
  calledAt: string;
  arrivedAt: string | null;
  guidedBy: string | null;
}): Promise<{ ticketId: string }> {
  return callFunction("recordAmbulanceGuidance", request);
}

/** B2.13: the director records a verified complaint about the guidance (-20 once). */
export function recordAmbulanceComplaint(request: {
  estateId: string;
  ticketId: string;
  complaintId: string;
  text: string;
  receivedAt: string;
}): Promise<{ findingId: string }> {
  return callFunction("recordAmbulanceComplaint", request);
}

/** A collection filtered by `constraints`, live, read with its schema. */
function watchWhere<S extends z.ZodType>(
  schema: S,
  path: string,
  constraints: QueryConstraint[],
  onData: (records: Records<z.infer<S>>) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(query(collection(firestore(), path), ...constraints), schema, onData, onError);
}

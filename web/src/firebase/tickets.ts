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
import { storedTicketSchema, type StoredTicket } from "@domain/schema/ticket.js";
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

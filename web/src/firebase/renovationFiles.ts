/**
 * Firebase access of the renovation file and ticket settings screens (B.1.8, B2.9; SPEC §5):
 * the file live (`watchRenovationFile` of the tickets module), the estate's ticket settings and
 * staff live, and the callables that write them (every write goes through functions). It pulls
 * in the full SDK: load it with `import("./renovationFiles.js")`.
 */
import { collection } from "firebase/firestore";
import { paths } from "@domain/paths.js";
import { staffSchema, type Staff } from "@domain/schema/staff.js";
import {
  defaultTicketSettings,
  ticketSettingsSchema,
  type TicketSettings,
} from "@domain/schema/ticket.js";
import { firestore, watchDocument, watchQuery } from "./firestore.js";
import { callFunction } from "./functions.js";

export { watchRenovationFile } from "./tickets.js";

type Unsubscribe = () => void;

/** The estate's ticket settings, live; the defaults while none are stored. */
export function watchTicketSettings(
  estateId: string,
  onData: (settings: TicketSettings) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchDocument(
    paths.ticketSettings(estateId),
    ticketSettingsSchema,
    (settings) => {
      onData(settings ?? defaultTicketSettings);
    },
    onError,
  );
}

/** The estate's staff, live (the leads are picked from them). */
export function watchStaff(
  estateId: string,
  onData: (staff: readonly Staff[]) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return watchQuery(
    collection(firestore(), paths.staff(estateId)),
    staffSchema,
    ({ records }) => {
      onData(records);
    },
    onError,
  );
}

/** Saves the estate's ticket settings whole (`saveTicketSettings`; director or admin). */
export function saveTicketSettings(
  estateId: string,
  settings: Omit<TicketSettings, "id">,
): Promise<TicketSettings> {
  return callFunction("saveTicketSettings", { estateId, settings });
}

/** One part of a renovation file as `recordRenovationFile` takes it (dates as ISO text). */
export type RenovationPartRequest =
  | { part: "works"; start: string; end: string }
  | { part: "agreement"; signedBy: string; signedAt: string }
  | { part: "approval"; note: string }
  | {
      part: "contractor";
      name: string;
      licenceNumber: string;
      contactName: string;
      phone: string;
    }
  | { part: "worker"; name: string; idNumber: string; phone: string; from: string; until: string }
  | { part: "acceptance"; note: string };

/** Records one part of a household's renovation file. */
export function recordRenovationFile(
  estateId: string,
  householdId: string,
  record: RenovationPartRequest,
): Promise<{ householdId: string }> {
  return callFunction("recordRenovationFile", { estateId, householdId, record });
}

/** Records a daily patrol; a problem found opens a renovation ticket (its id is answered). */
export function recordRenovationPatrol(request: {
  estateId: string;
  householdId: string;
  patrolId: string;
  findings: string;
  problemFound: boolean;
  photos: string[];
}): Promise<{ patrolId: string; ticketId: string | null }> {
  return callFunction("recordRenovationPatrol", request);
}

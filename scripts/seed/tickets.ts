/**
 * Seeds the demo estate's tickets and on-site service (SPEC §5): tickets of every type in
 * every state (each built step by step through the domain's life cycle, so the timeline is
 * real), signed and unsigned visits, a dissatisfied unpaid service (its B2.5b finding and
 * return visit), a renovation file with daily patrols (one patrol found a problem and opened a
 * ticket), and a house-quality case within warranty arranged with the developer. Triggers are
 * paused while seeding, so the seed applies what the visit trigger would derive itself.
 * Deterministic for a given `now`.
 */
import type { Firestore } from "firebase-admin/firestore";
import { paths } from "../../functions/src/domain/paths.js";
import type { StoredOnSiteVisit } from "../../functions/src/domain/schema/onSiteVisit.js";
import type { StoredRenovationFile } from "../../functions/src/domain/schema/renovationFile.js";
import type { Role } from "../../functions/src/domain/schema/role.js";
import {
  defaultTicketSettings,
  type StoredTicket,
} from "../../functions/src/domain/schema/ticket.js";
import { defaultDepartment } from "../../functions/src/domain/tickets/defaultDepartment.js";
import { defaultDueAt } from "../../functions/src/domain/tickets/dueTime.js";
import { transition, type TicketActor } from "../../functions/src/domain/tickets/lifecycle.js";
import { signedVisit, type ServiceRating } from "../../functions/src/domain/tickets/onSiteVisit.js";
import {
  ticketStatuses,
  ticketTypes,
  type TicketStatus,
  type TicketType,
} from "../../functions/src/domain/tickets/ticket.js";
import { converters } from "../../functions/src/firestore/collections.js";
import { applyVisitAssessment } from "../../functions/src/triggers/onOnSiteVisitWritten.js";
import { pick, seededRandom } from "./random.js";

const ZONE = "Asia/Shanghai";
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const CS = "demo-cs";
const DIRECTOR = "demo-director";
/** The staff member each department's tickets go to. */
const WORKER: Record<string, string> = {
  maintenance: "demo-maint",
  environment: "demo-env",
  order: "demo-order",
  customerService: "demo-cs2",
};
/** A 1×1 PNG standing in for a drawn signature. */
const SIGNATURE =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

type Writer = (db: Firestore, documents: { path: string; data: object }[]) => Promise<void>;

const titles: Record<TicketType, string> = {
  repair: "廚房水管漏水",
  cleaning: "樓道垃圾未清",
  greening: "草坪枯黃需補種",
  security: "地下車庫門禁失靈",
  parking: "車位被外來車輛佔用",
  fire: "消防通道堆放雜物",
  developerLegacy: "外牆滲水(開發商遺留)",
  houseQuality: "臥室牆面裂縫",
  renovation: "裝修噪音超時",
  illegalConstruction: "頂樓私搭陽光房",
  covenantViolation: "陽台晾曬影響鄰居",
  ownerDispute: "樓上樓下漏水糾紛",
  arrearsReminder: "物業費欠交提醒",
  emergency: "老人突發疾病需救護車",
  other: "詢問公共收益公示",
};

const actor = (staffId: string, role: Role): TicketActor => ({ staffId, role, leads: [] });

/** The life cycle path to a status, as (to, by-role) steps after "open". */
function pathTo(status: TicketStatus): [TicketStatus, "dispatch" | "worker" | "cs"][] {
  const forward: [TicketStatus, "dispatch" | "worker" | "cs"][] = [
    ["assigned", "dispatch"],
    ["inProgress", "worker"],
    ["done", "worker"],
    ["followedUp", "cs"],
    ["closed", "cs"],
  ];
  if (status === "open") return [];
  if (status === "cancelled") return [["cancelled", "cs"]];
  const index = forward.findIndex(([to]) => to === status);
  return forward.slice(0, index + 1);
}

function build(
  estateId: string,
  id: string,
  type: TicketType,
  status: TicketStatus,
  householdId: string | null,
  openedAt: Date,
  charge: "paid" | "unpaid",
): StoredTicket {
  const department = defaultDepartment(type);
  const worker = WORKER[department] ?? CS;
  let ticket: StoredTicket = {
    id,
    estateId,
    type,
    department,
    householdId,
    receptionId: null,
    title: titles[type],
    description: "",
    charge,
    assigneeId: null,
    openedBy: CS,
    openedAt,
    dueAt: defaultDueAt(type, openedAt, { timeZone: ZONE }),
    status: "open",
    transitions: [],
    cancellationReason: null,
    caseRecord:
      status === "closed" &&
      ["illegalConstruction", "covenantViolation", "ownerDispute", "renovation"].includes(type)
        ? {
            process: "現場查看、拍照取證,書面通知業主限期整改",
            result: "業主已於期限內整改完畢",
            responsibleSignature: {
              image: { imagePath: paths.image(estateId, "seed-signature") },
              signerName: "林曉彤",
              signedAt: openedAt,
            },
          }
        : null,
    ambulanceGuidance:
      type === "emergency"
        ? {
            calledAt: new Date(openedAt.getTime() + 2 * MINUTE),
            arrivedAt: new Date(openedAt.getTime() + 14 * MINUTE),
            guidedBy: "demo-order",
          }
        : null,
    houseQuality:
      type === "houseQuality"
        ? {
            arrangement: "developer",
            developerReply: {
              text: "開發商同意於兩週內修補並承擔費用",
              at: new Date(openedAt.getTime() + 48 * HOUR),
            },
            ownerAgreement: null,
            rightsProtection: null,
          }
        : null,
    visitFlags: [],
    flagged: false,
    overdueAt: null,
    inspections: [],
    ambulanceComplaint: null,
    createdAt: openedAt,
    createdBy: CS,
    updatedAt: openedAt,
    updatedBy: CS,
  };
  let at = openedAt.getTime();
  for (const [to, who] of pathTo(status)) {
    at += 40 * MINUTE;
    const by =
      who === "worker"
        ? actor(worker, department)
        : who === "cs" &&
            to === "cancelled" &&
            ticket.caseRecord === null &&
            ["illegalConstruction", "covenantViolation", "ownerDispute", "renovation"].includes(
              type,
            )
          ? actor(DIRECTOR, "director")
          : actor(CS, "customerService");
    const note =
      to === "cancelled"
        ? "業主已自行處理,撤銷工單"
        : to === "followedUp"
          ? "電話回訪,業主滿意"
          : "";
    const result = transition(ticket, to, by, new Date(at), note, { assigneeId: worker });
    if (!result.ok) throw new Error(`seed ticket ${id}: ${result.refusal.reason}`);
    ticket = { ...ticket, ...result.ticket, updatedAt: new Date(at), updatedBy: by.staffId };
  }
  return ticket;
}

async function visitOf(
  ticket: StoredTicket,
  id: string,
  doneAt: Date,
  sign: { rating: ServiceRating; signer: string } | null,
): Promise<StoredOnSiteVisit> {
  const visit: StoredOnSiteVisit = {
    id,
    estateId: ticket.estateId,
    ticketId: ticket.id,
    householdId: ticket.householdId ?? "",
    department: ticket.department,
    staffId: ticket.assigneeId ?? CS,
    charge: ticket.charge,
    workDone: `${ticket.title}:已處理完畢`,
    photos: [],
    doneAt,
    signature: null,
    rating: null,
    signedHash: null,
    ownerResponse: null,
    amendments: [],
    createdAt: doneAt,
    createdBy: ticket.assigneeId ?? CS,
    updatedAt: doneAt,
    updatedBy: ticket.assigneeId ?? CS,
  };
  if (sign === null) return visit;
  const signed = await signedVisit(
    visit,
    {
      image: { imagePath: paths.image(ticket.estateId, `signature_${id}`) },
      signerName: sign.signer,
      signedAt: new Date(doneAt.getTime() + 3 * MINUTE),
    },
    sign.rating,
  );
  return { ...visit, ...signed };
}

/** The seed's documents (tickets, visits, images, the renovation file, settings) and visits. */
export async function ticketSeedDocuments(
  estateId: string,
  now: Date,
): Promise<{
  documents: { path: string; data: object }[];
  visits: StoredOnSiteVisit[];
  tickets: number;
}> {
  const random = seededRandom(20261104);
  const households = Array.from(
    { length: 40 },
    (_, index) =>
      `h-${String(1 + (index % 6))}-${String(1 + (index % 2))}-${String(2 + (index % 15))}0${String(1 + (index % 2))}`,
  );
  const documents: { path: string; data: object }[] = [
    {
      path: paths.ticketSettings(estateId),
      data: { ...defaultTicketSettings, leads: { maintenance: ["demo-maint"] } },
    },
    {
      path: paths.image(estateId, "seed-signature"),
      data: {
        id: "seed-signature",
        estateId,
        kind: "signature",
        mimeType: "image/png",
        dataUrl: SIGNATURE,
        bytes: 70,
        signerName: "林曉彤",
        subjectPath: null,
        createdAt: now,
        createdBy: "seed",
      },
    },
  ];
  const tickets: StoredTicket[] = [];
  let serial = 0;
  for (const type of ticketTypes) {
    for (const status of ticketStatuses) {
      serial += 1;
      const running = status === "open" || status === "assigned" || status === "inProgress";
      // Running tickets: some opened long ago (overdue), some just now.
      const hoursAgo = running ? pick(random, [1, 3, 30, 80]) : 24 * (2 + (serial % 20));
      const openedAt = new Date(now.getTime() - hoursAgo * HOUR);
      const household = type === "parking" || type === "fire" ? null : pick(random, households);
      tickets.push(
        build(
          estateId,
          `seed-t${String(serial).padStart(3, "0")}`,
          type,
          status,
          household,
          openedAt,
          serial % 4 === 0 ? "paid" : "unpaid",
        ),
      );
    }
  }
  // On-site visits: signed (satisfied, fair), one dissatisfied unpaid, one unsigned past the grace.
  const done = tickets.filter(
    (ticket) =>
      ticket.type === "repair" &&
      ticket.householdId !== null &&
      ["done", "followedUp", "closed"].includes(ticket.status),
  );
  const visits: StoredOnSiteVisit[] = [];
  const visitPlan: ({ rating: ServiceRating; signer: string } | null)[] = [
    { rating: "satisfied", signer: "王先生" },
    { rating: "dissatisfied", signer: "李女士" },
    null,
  ];
  for (const [index, ticket] of done.entries()) {
    const plan = visitPlan[index % visitPlan.length] ?? null;
    const doneAt = ticket.transitions.find((step) => step.to === "done")?.at ?? ticket.openedAt;
    const unpaid = { ...ticket, charge: "unpaid" as const };
    visits.push(await visitOf(unpaid, `seed-visit-${ticket.id}`, doneAt, plan));
    ticket.charge = "unpaid";
  }
  for (const visit of visits) {
    if (visit.signature !== null) {
      documents.push({
        path: paths.image(estateId, `signature_${visit.id}`),
        data: {
          id: `signature_${visit.id}`,
          estateId,
          kind: "signature",
          mimeType: "image/png",
          dataUrl: SIGNATURE,
          bytes: 70,
          signerName: visit.signature.signerName,
          subjectPath: paths.onSiteVisit(estateId, visit.id),
          createdAt: visit.signature.signedAt,
          createdBy: visit.staffId,
        },
      });
    }
  }
  // The renovation file: works under way for five days, patrols on three of them, one problem.
  const renovationHousehold = "h-2-1-801";
  const start = new Date(now.getTime() - 5 * 24 * HOUR);
  const problemTicket = build(
    estateId,
    "seed-renovation-patrol",
    "renovation",
    "assigned",
    renovationHousehold,
    new Date(start.getTime() + 2 * 24 * HOUR + 10 * HOUR),
    "unpaid",
  );
  problemTicket.title = "巡查發現:擅自拆除承重牆";
  tickets.push(problemTicket);
  const file: StoredRenovationFile = {
    id: renovationHousehold,
    estateId,
    householdId: renovationHousehold,
    works: { start, end: new Date(now.getTime() + 25 * 24 * HOUR) },
    agreement: { signedBy: "張先生", signedAt: start, documentPath: null },
    approval: { approvedBy: DIRECTOR, approvedAt: start, note: "同意按圖施工" },
    contractor: {
      name: "匠心裝飾工程有限公司",
      licenceNumber: "91110229MA01",
      contactName: "何經理",
      phone: "139 1000 2000",
      registeredAt: start,
    },
    workers: [
      {
        name: "孫大勇",
        idNumber: "110229198805061234",
        phone: "137 0000 1111",
        from: start,
        until: new Date(now.getTime() + 25 * 24 * HOUR),
      },
      {
        name: "周小龍",
        idNumber: "13062819900101453X",
        phone: "137 0000 2222",
        from: start,
        until: new Date(now.getTime() + 25 * 24 * HOUR),
      },
    ],
    patrols: [0, 2, 3].map((day) => ({
      id: `patrol-${String(day)}`,
      by: "demo-order",
      at: new Date(start.getTime() + day * 24 * HOUR + 10 * HOUR),
      findings: day === 2 ? "擅自拆除承重牆,已責令停工" : "無",
      problemFound: day === 2,
      photos: [],
      ticketId: day === 2 ? problemTicket.id : null,
    })),
    acceptance: null,
    createdAt: start,
    createdBy: CS,
    updatedAt: now,
    updatedBy: "demo-order",
  };
  for (const ticket of tickets)
    documents.push({
      path: paths.ticket(estateId, ticket.id),
      data: converters.ticket.toFirestore(ticket),
    });
  for (const visit of visits)
    documents.push({
      path: paths.onSiteVisit(estateId, visit.id),
      data: converters.onSiteVisit.toFirestore(visit),
    });
  documents.push({
    path: paths.renovationFile(estateId, file.householdId),
    data: converters.renovationFile.toFirestore(file),
  });
  return { documents, visits, tickets: tickets.length };
}

/** Seeds the tickets; returns what was written. */
export async function seedTickets(
  db: Firestore,
  estateId: string,
  now: Date,
  writeAll: Writer,
): Promise<Record<string, number>> {
  const { documents, visits, tickets } = await ticketSeedDocuments(estateId, now);
  await writeAll(db, documents);
  // What the paused visit trigger and the unsigned check would derive: flags, findings, return visits.
  for (const visit of visits) await applyVisitAssessment(db, visit, now, "seed");
  return { tickets, visits: visits.length, renovationFiles: 1 };
}

/**
 * B2.10 fee bills and arrears reminders on the emulator: the import stores each household's
 * bill per billing period and a re-import replaces them; a logged reminder opens the
 * household's one arrearsReminder ticket of the month (B2.8), also when the call is retried;
 * only customer service, the director and admins log reminders, only directors and admins import.
 */
import { randomUUID } from "node:crypto";
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import { beforeAll, describe, expect, it } from "vitest";
import { importFeesAs } from "../../../functions/src/callables/importFees.js";
import { logArrearsReminderAs } from "../../../functions/src/callables/logArrearsReminder.js";
import { paths } from "../../../functions/src/domain/paths.js";
import { arrearsTicketId } from "../../../functions/src/domain/schema/arrearsReminder.js";
import { collections } from "../../../functions/src/firestore/collections.js";
import { caller, seedStaff } from "./callers.js";

const PROJECT_ID = "demo-huiyin";
const ZONE = "Asia/Shanghai";
const NOW = new Date("2026-11-03T02:00:00Z");

let firestore: Firestore;
beforeAll(() => {
  const app = getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
  firestore = getFirestore(app);
});

const stamp = { createdAt: NOW, createdBy: "test", updatedAt: NOW, updatedBy: "test" };

/** An estate with household 1-102 on record (fee account A-102) and a customer-service member. */
async function scene() {
  const tag = randomUUID().slice(0, 8);
  const estateId = `fees-${tag}`;
  await firestore.doc(paths.estate(estateId)).set({ id: estateId, name: "翠湖", timeZone: ZONE });
  await firestore.doc(paths.household(estateId, "h-102")).set({
    id: "h-102",
    estateId,
    building: "1",
    unit: "",
    room: "102",
    floor: 1,
    locationDescription: "",
    mapPosition: null,
    areaSquareMetres: null,
    handoverDate: null,
    warrantyEnd: null,
    feeAccount: "A-102",
    ...stamp,
  });
  await seedStaff(firestore, estateId, "cs1", "customerService", {
    name: "客服一",
    email: "cs1@huiyin.test",
  });
  return {
    estateId,
    director: caller(estateId, "director", `director-${tag}`),
    customerService: caller(estateId, "customerService", "cs1"),
  };
}

function fileOf(estateId: string, lines: readonly string[]) {
  return {
    estateId,
    month: "2026-10",
    fileName: "fees.csv",
    contentBase64: Buffer.from(lines.join("\r\n"), "utf8").toString("base64"),
  };
}

const october = [
  "房號,計費期間,應收金額,實收金額",
  "1-101,2026-10,300.00,300.00",
  "A-102,2026-10,300.10,0.20",
  "A-102,2026-09,300.10,0",
  "1-103,2026-10,250,100.50",
  "1-104,2026-11,300,0",
];

async function billsOf(estateId: string) {
  const snapshot = await collections(firestore)
    .feeBills(estateId)
    .where("month", "==", "2026-10")
    .get();
  return Object.fromEntries(
    snapshot.docs.map((doc) => {
      const { household, householdId, period, dueFen, paidFen, arrearsFen, inArrears } = doc.data();
      return [doc.id, { household, householdId, period, dueFen, paidFen, arrearsFen, inArrears }];
    }),
  );
}

describe("B2.10 importFees stores each household's bill per billing period", () => {
  it("B2.10 import → bills in integer fen, the household record named by its fee account", async () => {
    const { estateId, director } = await scene();
    await importFeesAs(firestore, director, fileOf(estateId, october), NOW);
    expect(await billsOf(estateId)).toEqual({
      "2026-10_2026-10_1-101": {
        household: "1-101",
        householdId: null,
        period: "2026-10",
        dueFen: 30000,
        paidFen: 30000,
        arrearsFen: 0,
        inArrears: false,
      },
      "2026-10_2026-10_A-102": {
        household: "A-102",
        householdId: "h-102",
        period: "2026-10",
        dueFen: 30010,
        paidFen: 20,
        arrearsFen: 29990,
        inArrears: true,
      },
      "2026-10_2026-09_A-102": {
        household: "A-102",
        householdId: "h-102",
        period: "2026-09",
        dueFen: 30010,
        paidFen: 0,
        arrearsFen: 30010,
        inArrears: true,
      },
      "2026-10_2026-10_1-103": {
        household: "1-103",
        householdId: null,
        period: "2026-10",
        dueFen: 25000,
        paidFen: 10050,
        arrearsFen: 14950,
        inArrears: true,
      },
      // 1-104's November bill is after the month: neither counted nor stored for October.
    });
  });

  it("B2.10 re-import of the same file → the same bills; a changed file replaces them", async () => {
    const { estateId, director } = await scene();
    await importFeesAs(firestore, director, fileOf(estateId, october), NOW);
    const first = await billsOf(estateId);
    await importFeesAs(firestore, director, fileOf(estateId, october), NOW);
    expect(await billsOf(estateId)).toEqual(first);
    // 1-103 paid in full and the September line is gone from the new export.
    const corrected = october
      .filter((line) => !line.startsWith("A-102,2026-09"))
      .map((line) => (line.startsWith("1-103,") ? "1-103,2026-10,250,250" : line));
    await importFeesAs(firestore, director, fileOf(estateId, corrected), NOW);
    const replaced = await billsOf(estateId);
    expect(Object.keys(replaced).sort()).toEqual([
      "2026-10_2026-10_1-101",
      "2026-10_2026-10_1-103",
      "2026-10_2026-10_A-102",
    ]);
    expect(replaced["2026-10_2026-10_1-103"]?.inArrears).toBe(false);
  });

  it("B2.10 writes more than one batch of 500 for a large estate", async () => {
    const { estateId, director } = await scene();
    const lines = ["房號,計費期間,應收金額,實收金額"];
    for (let room = 1; room <= 620; room++) lines.push(`9-${String(room)},2026-10,100,0`);
    const result = await importFeesAs(firestore, director, fileOf(estateId, lines), NOW);
    expect(result.inArrears).toBe(620);
    expect(Object.keys(await billsOf(estateId))).toHaveLength(620);
  });

  it("B2.10 refuses customer service (only the director or an admin imports)", async () => {
    const { estateId, customerService } = await scene();
    await expect(
      importFeesAs(firestore, customerService, fileOf(estateId, october), NOW),
    ).rejects.toMatchObject({ code: "permission-denied" });
  });
});

describe("B2.10 logArrearsReminder → one arrearsReminder ticket (B2.8)", () => {
  const reminder = (estateId: string, reminderId: string) => ({
    estateId,
    reminderId,
    month: "2026-10",
    household: "A-102",
    channel: "phone" as const,
    note: "業主答應月底前繳清",
  });

  it("B2.8 a reminder stores who, when and how, and opens the household's ticket once, even when retried", async () => {
    const { estateId, director, customerService } = await scene();
    await importFeesAs(firestore, director, fileOf(estateId, october), NOW);
    const first = await logArrearsReminderAs(
      firestore,
      customerService,
      reminder(estateId, "r-1"),
      NOW,
    );
    const retried = await logArrearsReminderAs(
      firestore,
      customerService,
      reminder(estateId, "r-1"),
      NOW,
    );
    const ticketId = arrearsTicketId("2026-10", "A-102");
    expect(first).toEqual({ reminderId: "r-1", ticketId, created: true, ticketCreated: true });
    expect(retried).toEqual({ reminderId: "r-1", ticketId, created: false, ticketCreated: false });
    // A second reminder of the same household and month: a new record, the same ticket.
    const letter = await logArrearsReminderAs(
      firestore,
      director,
      { ...reminder(estateId, "r-2"), channel: "letter", remindedBy: "cs1" },
      NOW,
    );
    expect(letter).toMatchObject({ ticketId, created: true, ticketCreated: false });

    const tickets = await firestore
      .collection(paths.tickets(estateId))
      .where("type", "==", "arrearsReminder")
      .get();
    expect(tickets.docs.map((doc) => doc.id)).toEqual([ticketId]);
    expect(tickets.docs[0]?.data()).toMatchObject({
      householdId: "h-102",
      department: "customerService",
      status: "open",
      openedBy: "cs1",
    });
    const stored = (await firestore.doc(paths.arrearsReminder(estateId, "r-2")).get()).data();
    expect(stored).toMatchObject({
      household: "A-102",
      householdId: "h-102",
      owedFen: 60000,
      channel: "letter",
      remindedBy: "cs1",
      createdBy: director.uid,
      ticketId,
    });
  });

  it("B2.10 a household that owes nothing that month is not reminded", async () => {
    const { estateId, director, customerService } = await scene();
    await importFeesAs(firestore, director, fileOf(estateId, october), NOW);
    await expect(
      logArrearsReminderAs(
        firestore,
        customerService,
        { ...reminder(estateId, "r-paid"), household: "1-101" },
        NOW,
      ),
    ).rejects.toMatchObject({ code: "failed-precondition" });
    const stored = await firestore.doc(paths.arrearsReminder(estateId, "r-paid")).get();
    expect(stored.exists).toBe(false);
  });

  it.each(["order", "maintenance", "environment"] as const)(
    "B2.10 refuses %s staff, and staff of another estate",
    async (role) => {
      const { estateId, director } = await scene();
      await importFeesAs(firestore, director, fileOf(estateId, october), NOW);
      await expect(
        logArrearsReminderAs(
          firestore,
          caller(estateId, role, `x-${role}`),
          reminder(estateId, "r-x"),
          NOW,
        ),
      ).rejects.toMatchObject({ code: "permission-denied" });
      await expect(
        logArrearsReminderAs(
          firestore,
          caller("elsewhere", "customerService", "cs-elsewhere"),
          reminder(estateId, "r-y"),
          NOW,
        ),
      ).rejects.toMatchObject({ code: "permission-denied" });
      const tickets = await firestore.collection(paths.tickets(estateId)).get();
      expect(tickets.size).toBe(0);
    },
  );
});

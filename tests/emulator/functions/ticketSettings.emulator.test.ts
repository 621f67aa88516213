/**
 * The ticket settings on the emulator (SPEC §5 "due time (defaults per type and estate)"; B2.5c
 * grace period; department leads): only the director or an admin saves them, a lead must be
 * staff of that department, and a ticket opened afterwards is due as the saved override says.
 */
import { randomUUID } from "node:crypto";
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import { beforeAll, describe, expect, it } from "vitest";
import { openTicketAs } from "../../../functions/src/callables/openTicket.js";
import { saveTicketSettingsAs } from "../../../functions/src/callables/ticketSettings.js";
import { paths } from "../../../functions/src/domain/paths.js";
import type { TicketSettings } from "../../../functions/src/domain/schema/ticket.js";
import { defaultDueAt } from "../../../functions/src/domain/tickets/dueTime.js";
import { collections } from "../../../functions/src/firestore/collections.js";
import { caller } from "./callers.js";

const PROJECT_ID = "demo-huiyin";
let firestore: Firestore;
beforeAll(() => {
  const app = getApps()[0] ?? initializeApp({ projectId: PROJECT_ID });
  firestore = getFirestore(app);
});

const NOW = new Date("2026-03-05T10:00:00+08:00");

async function scene() {
  const estateId = `ticket-settings-${randomUUID().slice(0, 8)}`;
  const typed = collections(firestore);
  const stamp = new Date("2026-01-01T00:00:00Z");
  const stamps = { createdAt: stamp, createdBy: "seed", updatedAt: stamp, updatedBy: "seed" };
  await typed.estates().doc(estateId).set({
    id: estateId,
    name: "翠湖山莊",
    timeZone: "Asia/Shanghai",
    dutyPhone: "",
    address: "",
  });
  for (const [id, role, active] of [
    ["maint-zhang", "maintenance", true],
    ["maint-gone", "maintenance", false],
    ["env-li", "environment", true],
  ] as const) {
    await typed
      .staff(estateId)
      .doc(id)
      .set({
        id,
        estateId,
        name: id,
        email: `${id}@example.test`,
        role,
        teamId: role,
        badgeNumber: "",
        phone: "",
        active,
        ...stamps,
      });
  }
  return { estateId, typed };
}

const settings: Omit<TicketSettings, "id"> = {
  dueTimes: { repair: { kind: "within", minutes: 90 } },
  unsignedGraceMinutes: 120,
  leads: { maintenance: ["maint-zhang"] },
};

describe("SPEC §5 ticket settings: who saves them", () => {
  it.each([
    { role: "director", allowed: true },
    { role: "admin", allowed: true },
    { role: "customerService", allowed: false },
    { role: "maintenance", allowed: false },
    { role: "order", allowed: false },
  ] as const)("$role → allowed $allowed", async ({ role, allowed }) => {
    const { estateId } = await scene();
    const call = saveTicketSettingsAs(
      firestore,
      caller(estateId, role),
      { estateId, settings },
      NOW,
    );
    const stored = () => firestore.doc(paths.ticketSettings(estateId)).get();
    if (!allowed) {
      await expect(call).rejects.toThrow(/only director or admin/);
      expect((await stored()).exists).toBe(false);
      return;
    }
    await call;
    const data = (await stored()).data();
    expect(data).toMatchObject({ id: "tickets", ...settings, updatedBy: `uid-${role}` });
    expect((data?.updatedAt as { toDate(): Date }).toDate()).toEqual(NOW);
  });

  it.each([
    { case: "staff of another department", lead: "env-li" },
    { case: "an inactive staff member", lead: "maint-gone" },
    { case: "nobody of the estate", lead: "stranger" },
  ])("SPEC §5 a maintenance lead who is $case is refused", async ({ lead }) => {
    const { estateId } = await scene();
    await expect(
      saveTicketSettingsAs(
        firestore,
        caller(estateId, "director"),
        { estateId, settings: { ...settings, leads: { maintenance: [lead] } } },
        NOW,
      ),
    ).rejects.toThrow(new RegExp(`leads.maintenance: ${lead} is not an active maintenance`));
  });

  it("SPEC §5 a malformed due-time rule is refused naming the field", async () => {
    const { estateId } = await scene();
    await expect(
      saveTicketSettingsAs(
        firestore,
        caller(estateId, "director"),
        {
          estateId,
          settings: {
            ...settings,
            dueTimes: { cleaning: { kind: "byLocalTime", daysAfter: 0, time: "25:00" } },
          },
        },
        NOW,
      ),
    ).rejects.toThrow(/HH:mm/);
  });
});

describe("SPEC §5 due time defaults per type and estate: the saved override rules", () => {
  it("a repair opened after the director saved 'within 90 minutes' is due 90 minutes later", async () => {
    const { estateId, typed } = await scene();
    const opened = async () => {
      const { ticketId } = await openTicketAs(
        firestore,
        caller(estateId, "customerService"),
        { estateId, type: "repair", householdId: null, title: "水管漏水" },
        NOW,
      );
      return (await typed.tickets(estateId).doc(ticketId).get()).data()?.dueAt;
    };
    // Before: the domain default (24 hours for a repair).
    expect(await opened()).toEqual(defaultDueAt("repair", NOW, { timeZone: "Asia/Shanghai" }));
    await saveTicketSettingsAs(
      firestore,
      caller(estateId, "director"),
      { estateId, settings },
      NOW,
    );
    expect(await opened()).toEqual(new Date(NOW.getTime() + 90 * 60_000));
    // A type without an override keeps the default.
    const { ticketId } = await openTicketAs(
      firestore,
      caller(estateId, "customerService"),
      { estateId, type: "cleaning", householdId: null, title: "樓道垃圾" },
      NOW,
    );
    expect((await typed.tickets(estateId).doc(ticketId).get()).data()?.dueAt).toEqual(
      defaultDueAt("cleaning", NOW, { timeZone: "Asia/Shanghai" }),
    );
  });
});

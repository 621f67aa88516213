import { randomUUID } from "node:crypto";
import { getApps, initializeApp } from "firebase-admin/app";
import { getFirestore, type Firestore } from "firebase-admin/firestore";
import { beforeAll, describe, expect, it } from "vitest";
import { acknowledgeConductAs } from "../../../functions/src/callables/acknowledgeConduct.js";
import { saveFollowUpSettingsAs } from "../../../functions/src/callables/followUpSettings.js";
import { recordOfferAs } from "../../../functions/src/callables/recordOffer.js";
import { paths } from "../../../functions/src/domain/paths.js";
import { defaultFollowUpSettings } from "../../../functions/src/domain/schema/followUpSettings.js";
import { roles } from "../../../functions/src/domain/schema/role.js";
import { collections } from "../../../functions/src/firestore/collections.js";
import { recordLastVisit } from "../../../functions/src/firestore/lastVisits.js";
import { channelSetKey } from "../../../functions/src/domain/followUp/visitCoverage.js";
import type { VisitChannel } from "../../../functions/src/domain/followUp/returnVisit.js";
import { caller, seedStaff } from "./callers.js";

const PROJECT_ID = "demo-huiyin";
const ZONE = "Asia/Shanghai";
const CS = "cs-lin";
const WITNESS = "cs-chen";

let firestore: Firestore;
beforeAll(() => {
  firestore = getFirestore(getApps()[0] ?? initializeApp({ projectId: PROJECT_ID }));
});

/** A fresh estate in Shanghai with a colleague who can witness. */
async function freshEstate(): Promise<string> {
  const estateId = `conduct-${randomUUID().slice(0, 8)}`;
  await firestore
    .doc(paths.estate(estateId))
    .set({ id: estateId, name: "測試小區", timeZone: ZONE });
  await seedStaff(firestore, estateId, WITNESS, "customerService", {
    name: "陳嘉怡",
    email: "chen@example.test",
    badgeNumber: "012",
  });
  return estateId;
}

describe("A acknowledgeConduct: once per staff member, version and year in the estate's zone", () => {
  it("A a second acknowledgement the same year stores nothing more; the next year is new", async () => {
    const estateId = await freshEstate();
    const auth = caller(estateId, "customerService", CS);
    const input = { estateId, version: 1, language: "zh-Hant" as const };
    const first = await acknowledgeConductAs(
      firestore,
      auth,
      input,
      new Date("2026-03-01T02:00:00Z"),
    );
    expect(first).toEqual({ acknowledgementId: `${CS}_1_2026`, created: true });
    const again = await acknowledgeConductAs(
      firestore,
      auth,
      { ...input, language: "en" },
      new Date("2026-09-01T02:00:00Z"),
    );
    expect(again).toEqual({ acknowledgementId: `${CS}_1_2026`, created: false });
    const stored = (
      await collections(firestore).conductAcknowledgements(estateId).doc(`${CS}_1_2026`).get()
    ).data();
    expect(stored?.acknowledgedAt).toEqual(new Date("2026-03-01T02:00:00Z"));
    expect(stored?.language).toBe("zh-Hant");
    // 31 December 16:30 UTC is already 1 January 2027 in Shanghai.
    const next = await acknowledgeConductAs(
      firestore,
      auth,
      input,
      new Date("2026-12-31T16:30:00Z"),
    );
    expect(next).toEqual({ acknowledgementId: `${CS}_1_2027`, created: true });
  });

  it.each(roles.map((role) => ({ role })))(
    "A every staff role acknowledges: $role",
    async ({ role }) => {
      const estateId = await freshEstate();
      const result = await acknowledgeConductAs(firestore, caller(estateId, role, `u-${role}`), {
        estateId,
        version: 1,
        language: "zh-Hans",
      });
      expect(result.created).toBe(true);
    },
  );

  it("A staff of another estate, or an outdated version of the code, are refused", async () => {
    const estateId = await freshEstate();
    await expect(
      acknowledgeConductAs(firestore, caller("other-estate", "customerService", CS), {
        estateId,
        version: 1,
        language: "zh-Hant",
      }),
    ).rejects.toMatchObject({ code: "permission-denied" });
    await expect(
      acknowledgeConductAs(firestore, caller(estateId, "customerService", CS), {
        estateId,
        version: 2,
        language: "zh-Hant",
      }),
    ).rejects.toMatchObject({ code: "failed-precondition" });
  });
});

describe("A recordOffer: the offer, the refusal, the witness", () => {
  const offer = (estateId: string, requestId: string) => ({
    estateId,
    requestId,
    householdId: "h-3-2-501",
    offeredBy: "3-2-501 張先生",
    kind: "gift" as const,
    offer: "中秋月餅一盒",
    offeredAt: new Date("2026-10-05T10:00:00Z"),
    refused: true,
    refusal: "當面婉拒,說明公司紀律",
    witness: { staffId: WITNESS },
  });

  it("A the declarer is the caller, the staff witness's stored name is kept, a retry records once", async () => {
    const estateId = await freshEstate();
    const auth = caller(estateId, "maintenance", CS);
    const now = new Date("2026-10-05T11:00:00Z");
    expect(await recordOfferAs(firestore, auth, offer(estateId, "o-1"), now)).toEqual({
      entryId: "o-1",
      created: true,
    });
    expect(await recordOfferAs(firestore, auth, offer(estateId, "o-1"), now)).toEqual({
      entryId: "o-1",
      created: false,
    });
    const stored = (await collections(firestore).offerRegister(estateId).doc("o-1").get()).data();
    expect(stored).toMatchObject({
      staffId: CS,
      refused: true,
      witness: { name: "陳嘉怡", staffId: WITNESS },
      refusedAt: new Date("2026-10-05T10:00:00Z"),
      createdAt: now,
      createdBy: CS,
    });
    expect((await collections(firestore).offerRegister(estateId).get()).size).toBe(1);
  });

  it.each([
    {
      clause: "A the witness is another staff member of this estate",
      change: { witness: { staffId: "nobody" } },
      message: "witness.staffId",
    },
    {
      clause: "A the declarer is not their own witness",
      change: { witness: { staffId: WITNESS } },
      caller: WITNESS,
      message: "witness",
    },
    {
      clause: "A an offer is declared after it was made",
      change: { offeredAt: new Date("2026-10-06T10:00:00Z") },
      message: "offeredAt",
    },
  ])("$clause", async ({ change, caller: declarer, message }) => {
    const estateId = await freshEstate();
    await expect(
      recordOfferAs(
        firestore,
        caller(estateId, "customerService", declarer ?? CS),
        { ...offer(estateId, "o-bad"), ...change },
        new Date("2026-10-05T11:00:00Z"),
      ),
    ).rejects.toThrow(message);
  });

  it("A staff of another estate may not declare in this one", async () => {
    const estateId = await freshEstate();
    await expect(
      recordOfferAs(firestore, caller("other-estate", "director", CS), offer(estateId, "o-x")),
    ).rejects.toMatchObject({ code: "permission-denied" });
  });
});

describe("C6 saveFollowUpSettings: the director and admins set the estate's follow-up", () => {
  const settings = () => {
    const { ladder, leads, dueSoonHours, visitPlanning } = defaultFollowUpSettings();
    const rest = { ladder, leads, dueSoonHours, visitPlanning };
    return {
      ...rest,
      visitPlanning: {
        ...rest.visitPlanning,
        periodic: { ...rest.visitPlanning.periodic, everyMonths: 3 },
      },
    };
  };

  it.each([{ role: "director" as const }, { role: "admin" as const }])(
    "C6 $role saves, stamped with who and when",
    async ({ role }) => {
      const estateId = await freshEstate();
      const now = new Date("2026-11-27T02:00:00Z");
      await saveFollowUpSettingsAs(
        firestore,
        caller(estateId, role, "boss"),
        { estateId, settings: settings() },
        now,
      );
      const stored = (await collections(firestore).followUpSettings(estateId).get()).data();
      expect(stored?.visitPlanning.periodic.everyMonths).toBe(3);
      expect(stored).toMatchObject({ updatedAt: now, updatedBy: "boss" });
    },
  );

  it.each(["customerService", "environment", "order", "maintenance"] as const)(
    "C6 %s may not change the settings",
    async (role) => {
      const estateId = await freshEstate();
      await expect(
        saveFollowUpSettingsAs(firestore, caller(estateId, role, "u"), {
          estateId,
          settings: settings(),
        }),
      ).rejects.toMatchObject({ code: "permission-denied" });
    },
  );

  it("C6 a director of another estate is refused; a bad goal is refused naming the field", async () => {
    const estateId = await freshEstate();
    await expect(
      saveFollowUpSettingsAs(firestore, caller("other-estate", "director", "boss"), {
        estateId,
        settings: settings(),
      }),
    ).rejects.toMatchObject({ code: "permission-denied" });
    const bad = settings();
    bad.visitPlanning.periodic.everyMonths = 0;
    await expect(
      saveFollowUpSettingsAs(firestore, caller(estateId, "director", "boss"), {
        estateId,
        settings: bad,
      }),
    ).rejects.toThrow("visitPlanning.periodic.everyMonths");
    expect((await collections(firestore).followUpSettings(estateId).get()).exists).toBe(false);
  });
});

describe("A 不能太遠: a household's latest visit per channel, kept by the trigger's handler", () => {
  it("A a made visit is folded in once; a redelivery and an older visit change nothing", async () => {
    const estateId = await freshEstate();
    const visit = (id: string, doneAt: string | null) => ({
      id,
      estateId,
      householdId: "h-1",
      reason: "periodic",
      source: { kind: "household" },
      note: "",
      plannedFor: new Date("2026-10-01T00:00:00Z"),
      assigneeId: null,
      outcome:
        doneAt === null
          ? null
          : {
              channel: "door",
              doneAt: new Date(doneAt),
              doneBy: CS,
              heard: "一切安好",
              criticismAccepted: [],
              suggestionsAdopted: [],
              ownerSatisfaction: "satisfied",
              misunderstandingExplained: false,
              misunderstandingNote: null,
            },
      createdAt: new Date("2026-09-01T00:00:00Z"),
      createdBy: CS,
      updatedAt: new Date("2026-09-01T00:00:00Z"),
      updatedBy: CS,
    });
    await firestore.doc(paths.returnVisit(estateId, "v-planned")).set(visit("v-planned", null));
    expect(await recordLastVisit(firestore, estateId, "v-planned")).toBe(false);
    await firestore
      .doc(paths.returnVisit(estateId, "v-new"))
      .set(visit("v-new", "2026-10-02T02:00:00Z"));
    await firestore
      .doc(paths.returnVisit(estateId, "v-old"))
      .set(visit("v-old", "2026-08-02T02:00:00Z"));
    expect(await recordLastVisit(firestore, estateId, "v-new")).toBe(true);
    expect(await recordLastVisit(firestore, estateId, "v-new")).toBe(false);
    expect(await recordLastVisit(firestore, estateId, "v-old")).toBe(false);
    const summary = (await collections(firestore).lastVisits(estateId).doc("h-1").get()).data();
    expect(summary?.latest).toEqual({ door: new Date("2026-10-02T02:00:00Z") });
    // The count the coverage figure makes: one range filter on the counted channels' key.
    const countSince = async (channels: VisitChannel[]) =>
      (
        await firestore
          .collection(paths.lastVisits(estateId))
          .where(
            `latestByChannelSet.${channelSetKey(channels)}`,
            ">=",
            new Date("2026-05-01T00:00:00Z"),
          )
          .count()
          .get()
      ).data().count;
    expect(await countSince(["door", "meeting"])).toBe(1);
    expect(await countSince(["meeting", "door", "phone"])).toBe(1);
    expect(await countSince(["phone"])).toBe(0);
  });
});

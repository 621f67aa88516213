import {
  assertFails,
  assertSucceeds,
  type RulesTestEnvironment,
} from "@firebase/rules-unit-testing";
import { doc, getDoc, serverTimestamp, setDoc, updateDoc } from "firebase/firestore";
import { afterAll, beforeAll, describe, it } from "vitest";
import { paths } from "../../../functions/src/domain/paths.js";
import { functionsOnlySuite, notificationDocument } from "./followUpDocs.js";
import {
  ESTATE,
  EARLIER,
  anyStaff,
  arrange,
  firestoreAs,
  rulesEnvironment,
  uidOf,
} from "./rulesHarness.js";

// Each row's notification is addressed to the caller: every staff member reads their own.
functionsOnlySuite(
  "notifications-own",
  (id) => paths.notification(ESTATE, id),
  (id, row) => notificationDocument(id, uidOf(row.caller)),
  anyStaff,
  "SPEC §10: a staff member reads their own notifications",
);
// Addressed to a colleague: only the director and admin read it.
functionsOnlySuite(
  "notifications-colleague",
  (id) => paths.notification(ESTATE, id),
  (id) => notificationDocument(id, "uid-colleague"),
  ["director", "admin"],
  "SPEC §10: the director and admin read everyone's notifications",
);

let environment: RulesTestEnvironment;
beforeAll(async () => {
  environment = await rulesEnvironment("notifications-read");
});
afterAll(async () => {
  await environment.cleanup();
});

async function arrangeNotification(id: string, recipientUid: string, readAt: Date | null = null) {
  await arrange(environment, (admin) =>
    setDoc(doc(admin, paths.notification(ESTATE, id)), {
      ...notificationDocument(id, recipientUid),
      readAt,
    }),
  );
}

describe("marking a notification read", () => {
  it("the recipient may set readAt to the server time, once", async () => {
    await arrangeNotification("mine", uidOf("customerService"));
    const ref = doc(
      firestoreAs(environment, "customerService"),
      paths.notification(ESTATE, "mine"),
    );
    await assertSucceeds(updateDoc(ref, { readAt: serverTimestamp() }));
    await assertSucceeds(getDoc(ref));
    await assertFails(updateDoc(ref, { readAt: serverTimestamp() }));
  });

  it.each([
    { case: "someone else's", recipient: "uid-colleague", change: { readAt: serverTimestamp() } },
    {
      case: "with a client time",
      recipient: uidOf("customerService"),
      change: { readAt: EARLIER },
    },
    {
      case: "and its title",
      recipient: uidOf("customerService"),
      change: { readAt: serverTimestamp(), title: "changed" },
    },
  ])("refuses marking $case notification read", async ({ case: name, recipient, change }) => {
    const id = `refuse-${name.replace(/\W+/g, "-")}`;
    await arrangeNotification(id, recipient);
    const ref = doc(firestoreAs(environment, "customerService"), paths.notification(ESTATE, id));
    await assertFails(updateDoc(ref, change));
  });
});

import { describe, expect, it } from "vitest";
import { contactChangeId, contactChangeOf, contactDiff } from "./contactChange.js";
import type { Person } from "./person.js";

const monday = new Date("2026-03-02T09:00:00+08:00");
const tuesday = new Date("2026-03-03T10:30:00+08:00");

const version = (overrides: Partial<Person> = {}) => ({
  name: "王建國",
  kind: "owner" as const,
  phones: [{ number: "138 0013 8000", label: "手機" }],
  preferredContact: "phone" as const,
  wechat: "",
  householdId: "3-2-501",
  updatedAt: monday,
  updatedBy: "cs-li",
  ...overrides,
});

describe("B.1.5 every change of contact data keeps its history (who, what, when)", () => {
  it.each([
    {
      case: "creation records every contact field from null",
      before: null,
      after: version(),
      fields: ["name", "kind", "phones", "preferredContact", "wechat", "householdId"],
    },
    {
      case: "a new phone records the phones only",
      before: version(),
      after: version({
        phones: [
          { number: "138 0013 8000", label: "手機" },
          { number: "010-6914 2200", label: "家" },
        ],
        updatedAt: tuesday,
      }),
      fields: ["phones"],
    },
    {
      case: "rewriting the same data records nothing",
      before: version(),
      after: version({ updatedAt: tuesday, updatedBy: "cs-zhou" }),
      fields: [],
    },
    {
      case: "deletion records every contact field to null",
      before: version(),
      after: null,
      fields: ["name", "kind", "phones", "preferredContact", "wechat", "householdId"],
    },
  ])("contactDiff: $case", ({ before, after, fields }) => {
    expect(contactDiff(before, after).map((change) => change.field)).toEqual(fields);
  });

  it("keeps the value before and after", () => {
    expect(contactDiff(version(), version({ name: "王建华" }))).toEqual([
      { field: "name", before: "王建國", after: "王建华" },
    ]);
  });

  it("charges an edit to whoever stamped the new version, at that time", () => {
    const entry = contactChangeOf({
      eventId: "event-1",
      estateId: "cuihu",
      personId: "p1",
      before: version(),
      after: version({ wechat: "wjg_1960", updatedAt: tuesday, updatedBy: "cs-zhou" }),
    });
    expect(entry).toEqual({
      id: "p1_event-1",
      estateId: "cuihu",
      personId: "p1",
      householdId: "3-2-501",
      changes: [{ field: "wechat", before: "", after: "wjg_1960" }],
      changedBy: "cs-zhou",
      changedAt: tuesday,
    });
  });

  it("charges a deletion to the last version's stamp and keeps its household", () => {
    const entry = contactChangeOf({
      eventId: "event-2",
      estateId: "cuihu",
      personId: "p1",
      before: version(),
      after: null,
    });
    expect(entry).toMatchObject({ changedBy: "cs-li", changedAt: monday, householdId: "3-2-501" });
  });

  it("files a move under the new household", () => {
    const entry = contactChangeOf({
      eventId: "e",
      estateId: "cuihu",
      personId: "p1",
      before: version(),
      after: version({ householdId: "5-1-101" }),
    });
    expect(entry?.householdId).toBe("5-1-101");
  });

  it.each([
    { case: "no contact field changed", before: version(), after: version({ updatedBy: "x" }) },
    { case: "neither version exists", before: null, after: null },
  ])("records nothing when $case", ({ before, after }) => {
    expect(
      contactChangeOf({ eventId: "e", estateId: "cuihu", personId: "p1", before, after }),
    ).toBeNull();
  });

  it.each([
    { personId: "p1", eventId: "abc-123", expected: "p1_abc-123" },
    { personId: "p1", eventId: "a/b c", expected: "p1_a_b_c" },
  ])(
    "the same event always gives the same entry id ($eventId)",
    ({ personId, eventId, expected }) => {
      expect(contactChangeId(personId, eventId)).toBe(expected);
    },
  );
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  indexServes,
  needsCompositeIndex,
  queries,
  type CompositeIndex,
  type QueryDescription,
} from "./queries.js";

const indexFile = new URL("../../../firestore.indexes.json", import.meta.url);
const { indexes } = JSON.parse(readFileSync(indexFile, "utf8")) as { indexes: CompositeIndex[] };

const listed = Object.entries(queries).map(([name, query]) => ({ name, query }));

describe("every query of the app runs in production (the emulator does not need indexes)", () => {
  it.each(listed.filter(({ query }) => needsCompositeIndex(query)))(
    "$name has its composite index in firestore.indexes.json",
    ({ query }) => {
      expect(indexes.some((index) => indexServes(index, query))).toBe(true);
    },
  );

  it.each(
    indexes.map((index) => ({ index, label: index.fields.map((f) => f.fieldPath).join("+") })),
  )("the index $index.collectionGroup($label) serves a listed query", ({ index }) => {
    expect(listed.some(({ query }) => indexServes(index, query))).toBe(true);
  });

  it("every listed query stays inside one estate", () => {
    for (const { query } of listed) {
      expect(query.path.startsWith("estates/{estateId}/")).toBe(true);
      expect(query.scope).toBe("COLLECTION");
    }
  });
});

const query = (parts: Partial<QueryDescription>): QueryDescription => ({
  purpose: "test",
  path: "estates/{estateId}/people",
  collectionGroup: "people",
  scope: "COLLECTION",
  where: [],
  orderBy: [],
  ...parts,
});

describe("which queries need a composite index", () => {
  it.each([
    { case: "no filter", parts: {}, needs: false },
    { case: "one equality", parts: { where: [{ field: "a", op: "==" as const }] }, needs: false },
    {
      case: "equalities on two fields (merged single-field indexes)",
      parts: {
        where: [
          { field: "a", op: "==" as const },
          { field: "b", op: "in" as const },
        ],
      },
      needs: false,
    },
    {
      case: "array-contains alone",
      parts: { where: [{ field: "a", op: "array-contains" as const }] },
      needs: false,
    },
    {
      case: "a range and an order on the same field",
      parts: {
        where: [{ field: "a", op: ">=" as const }],
        orderBy: [{ field: "a", direction: "desc" as const }],
      },
      needs: false,
    },
    {
      case: "an equality and an order on another field",
      parts: {
        where: [{ field: "a", op: "==" as const }],
        orderBy: [{ field: "b", direction: "desc" as const }],
      },
      needs: true,
    },
    {
      case: "two orders",
      parts: {
        orderBy: [
          { field: "a", direction: "asc" as const },
          { field: "b", direction: "asc" as const },
        ],
      },
      needs: true,
    },
    {
      case: "an equality and a range on another field",
      parts: {
        where: [
          { field: "a", op: "==" as const },
          { field: "b", op: "<" as const },
        ],
      },
      needs: true,
    },
    {
      case: "array-contains with an equality",
      parts: {
        where: [
          { field: "a", op: "array-contains" as const },
          { field: "b", op: "==" as const },
        ],
      },
      needs: true,
    },
  ])("$case: $needs", ({ parts, needs }) => {
    expect(needsCompositeIndex(query(parts))).toBe(needs);
  });
});

describe("which index serves a query", () => {
  const newestFirst = query({
    collectionGroup: "contactChanges",
    where: [{ field: "personId", op: "==" }],
    orderBy: [{ field: "changedAt", direction: "desc" }],
  });
  const index = (fields: CompositeIndex["fields"], collectionGroup = "contactChanges") => ({
    collectionGroup,
    queryScope: "COLLECTION" as const,
    fields,
  });

  it.each([
    {
      case: "equality then order, as asked",
      index: index([
        { fieldPath: "personId", order: "ASCENDING" },
        { fieldPath: "changedAt", order: "DESCENDING" },
      ]),
      serves: true,
    },
    {
      case: "the order in the wrong direction",
      index: index([
        { fieldPath: "personId", order: "ASCENDING" },
        { fieldPath: "changedAt", order: "ASCENDING" },
      ]),
      serves: false,
    },
    {
      case: "another collection",
      index: index(
        [
          { fieldPath: "personId", order: "ASCENDING" },
          { fieldPath: "changedAt", order: "DESCENDING" },
        ],
        "people",
      ),
      serves: false,
    },
    {
      case: "the fields swapped",
      index: index([
        { fieldPath: "changedAt", order: "DESCENDING" },
        { fieldPath: "personId", order: "ASCENDING" },
      ]),
      serves: false,
    },
    {
      case: "a field too many",
      index: index([
        { fieldPath: "personId", order: "ASCENDING" },
        { fieldPath: "changedAt", order: "DESCENDING" },
        { fieldPath: "householdId", order: "ASCENDING" },
      ]),
      serves: false,
    },
  ])("$case: $serves", ({ index: candidate, serves }) => {
    expect(indexServes(candidate, newestFirst)).toBe(serves);
  });

  it("an array filter needs its CONTAINS field", () => {
    const byPhoneInHousehold = query({
      where: [
        { field: "householdId", op: "==" },
        { field: "phoneKeys", op: "array-contains" },
      ],
    });
    expect(
      indexServes(
        index(
          [
            { fieldPath: "householdId", order: "ASCENDING" },
            { fieldPath: "phoneKeys", arrayConfig: "CONTAINS" },
          ],
          "people",
        ),
        byPhoneInHousehold,
      ),
    ).toBe(true);
  });
});

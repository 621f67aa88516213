import { describe, expect, it } from "vitest";
import { roles } from "@domain/schema/role.js";
import { homeOf } from "./homeOf.js";

describe("C9 closure dashboard as the director's home; each role lands on its own work", () => {
  it.each([
    { role: "director" as const, home: "/follow-up" },
    { role: "admin" as const, home: "/follow-up" },
    { role: "customerService" as const, home: "/desk" },
    { role: "environment" as const, home: "/tickets" },
    { role: "order" as const, home: "/tickets" },
    { role: "maintenance" as const, home: "/tickets" },
  ])("$role → $home", ({ role, home }) => {
    expect(homeOf(role)).toBe(home);
  });

  it("every role has a home (no role falls through to the directory)", () => {
    expect(roles.map(homeOf).filter((home) => home === "/households")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import type { StoredTicket } from "@domain/schema/ticket.js";
import { queueDepartmentOf, queueOrder, standsOutOverdue } from "./ticketView.js";

const at = (text: string) => new Date(`${text}+08:00`);
const ticket = (id: string, status: StoredTicket["status"], dueAt: string) =>
  ({ id, status, dueAt: at(dueAt), overdueAt: null }) as unknown as StoredTicket;

describe("the department queue (SPEC §5: overdue tickets stand out)", () => {
  it.each([
    { case: "running and past due", status: "assigned" as const, overdue: true },
    { case: "done past due", status: "done" as const, overdue: false },
  ])("$case → overdue $overdue", ({ status, overdue }) => {
    expect(
      standsOutOverdue(ticket("a", status, "2026-03-01T09:00:00"), at("2026-03-02T09:00:00")),
    ).toBe(overdue);
  });

  it("orders overdue first, then soonest due", () => {
    const now = at("2026-03-02T12:00:00");
    const order = queueOrder(
      [
        ticket("later", "open", "2026-03-03T09:00:00"),
        ticket("soon", "open", "2026-03-02T13:00:00"),
        ticket("late", "inProgress", "2026-03-02T11:00:00"),
      ],
      now,
    ).map((item) => item.id);
    expect(order).toEqual(["late", "soon", "later"]);
  });

  it.each([
    { role: "maintenance" as const, department: "maintenance" },
    { role: "customerService" as const, department: null },
    { role: "director" as const, department: null },
  ])("$role sees the queue of $department", ({ role, department }) => {
    expect(queueDepartmentOf(role)).toBe(department);
  });
});

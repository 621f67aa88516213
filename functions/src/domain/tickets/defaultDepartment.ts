/**
 * Which department a new ticket goes to unless the opener chooses another (seed A: 客服 /
 * 環境 / 秩序 / 維修; B.1.4 repair, cleaning and greening, security). Everything the
 * assessment standard of article 2 charges to the reception (客服) — developer-legacy issues
 * (B.1.6), renovation (B.1.8, B2.9), house quality (B2.11), illegal construction, covenant,
 * disputes and arrears reminders (B2.7, B2.8) — stays with customer service; ambulance
 * guidance is the security guards' duty (B2.13 "不能盡此職的保安"), so emergencies go to order.
 */
import type { Department } from "../schema/role.js";
import type { TicketType } from "./ticket.js";

/** The default department of each ticket type. */
export const defaultDepartmentByType = {
  repair: "maintenance",
  cleaning: "environment",
  greening: "environment",
  security: "order",
  parking: "order",
  fire: "order",
  developerLegacy: "customerService",
  houseQuality: "customerService",
  renovation: "customerService",
  illegalConstruction: "customerService",
  covenantViolation: "customerService",
  ownerDispute: "customerService",
  arrearsReminder: "customerService",
  emergency: "order",
  other: "customerService",
} as const satisfies Record<TicketType, Department>;

/** The department a ticket of `type` goes to by default. */
export function defaultDepartment(type: TicketType): Department {
  return defaultDepartmentByType[type];
}

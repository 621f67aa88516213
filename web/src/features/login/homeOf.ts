import type { Role } from "@domain/schema/role.js";

/**
 * Each role's home screen, where signing in (or opening the app's root) lands: the director
 * and admins on the closure dashboard (issue 9: "This is the director's home screen"),
 * customer service on the reception desk, the other departments on their ticket queue.
 */
export function homeOf(role: Role): string {
  switch (role) {
    case "director":
    case "admin":
      return "/follow-up";
    case "customerService":
      return "/desk";
    case "environment":
    case "order":
    case "maintenance":
      return "/tickets";
  }
}

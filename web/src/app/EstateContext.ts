import type { Estate } from "@domain/schema/estate.js";
import type { Role } from "@domain/schema/role.js";
import { createContext, use } from "react";

/** The estate a signed-in staff member is working in. */
export interface EstateScope {
  readonly estateId: string;
  /** Its document (name, time zone); null until read or when unreadable. */
  readonly estate: Estate | null;
  readonly role: Role;
  readonly uid: string;
}

export const EstateContext = createContext<EstateScope | null>(null);

/** The current estate; only used below `StaffLayout`, which always provides it. */
export function useEstate(): EstateScope {
  const scope = use(EstateContext);
  if (scope === null) throw new Error("useEstate() is used outside StaffLayout.");
  return scope;
}

import {
  createContext,
  use,
  useCallback,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from "react";
import { watchSignedInUser, type SignedInUser } from "../firebase/app.js";
import { chosenEstate, membershipsOf, storeEstate, type Membership } from "./claims.js";

/** Who is signed in, their estates and the estate they are working in. */
export type Session =
  | { readonly status: "loading" }
  | { readonly status: "signedOut" }
  | {
      readonly status: "signedIn";
      readonly user: SignedInUser;
      readonly memberships: readonly Membership[];
      /** The estate being worked in; null when the account has no estate yet. */
      readonly estateId: string | null;
      readonly chooseEstate: (estateId: string) => void;
    };

const SessionContext = createContext<Session>({ status: "loading" });

/** The current session. */
export function useSession(): Session {
  return use(SessionContext);
}

/** Follows Firebase Auth and keeps the chosen estate (persisted on this device). */
export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [user, setUser] = useState<SignedInUser | null | undefined>(undefined);
  const [estateId, setEstateId] = useState<string | null>(null);

  useEffect(
    () =>
      watchSignedInUser(
        (signedIn) => {
          setUser(signedIn);
          setEstateId(
            signedIn === null
              ? null
              : chosenEstate(membershipsOf(signedIn.estatesClaim), globalThis.localStorage),
          );
        },
        () => {
          setUser(null);
        },
      ),
    [],
  );

  const chooseEstate = useCallback((chosen: string) => {
    storeEstate(globalThis.localStorage, chosen);
    setEstateId(chosen);
  }, []);

  const session = useMemo<Session>(() => {
    if (user === undefined) return { status: "loading" };
    if (user === null) return { status: "signedOut" };
    return {
      status: "signedIn",
      user,
      memberships: membershipsOf(user.estatesClaim),
      estateId,
      chooseEstate,
    };
  }, [user, estateId, chooseEstate]);

  return <SessionContext value={session}>{children}</SessionContext>;
}

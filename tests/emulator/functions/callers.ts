/**
 * What the functions emulator tests share: the auth a callable's handler sees, and a tiny image.
 * Handlers are called directly (`…As(firestore, auth, input)`), as firebase-functions-test
 * cannot wrap v2 callables; the auth carries the staff claims `{ estates: { id: role } }`.
 */
import type { AuthData } from "../../../functions/src/callables/validatedOnCall.js";
import type { Role } from "../../../functions/src/domain/schema/role.js";

/** The auth of a staff member holding `role` in `estateId` (uid `uid-<role>` by default). */
export const caller = (estateId: string, role: Role, uid = `uid-${role}`): AuthData =>
  ({ uid, rawToken: "", token: { uid, estates: { [estateId]: role } } }) as unknown as AuthData;

/** A 1×1 PNG data URL: a signature or a photo, as the phone would hand it over. */
export const TINY_PNG =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

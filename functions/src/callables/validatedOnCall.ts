/**
 * Every callable parses its input with zod and knows its caller: this wrapper turns a bad
 * input into `invalid-argument` with a message saying what, where and why, and refuses
 * unauthenticated calls. The role checks below read the custom claims of the ID token.
 */
import { HttpsError, onCall, type CallableRequest } from "firebase-functions/v2/https";
import type { z } from "zod";
import { roleIn, type Role } from "../domain/schema/role.js";
import { describeValidationError } from "../domain/validationMessage.js";

/** The verified identity of a caller: uid and the ID token's claims. */
export type AuthData = NonNullable<CallableRequest["auth"]>;

/** A callable request whose data passed the schema and whose caller is signed in. */
export interface ValidatedRequest<Input> {
  data: Input;
  auth: AuthData;
}

/** What a handler of `validated` is given: the part of a callable request it reads. */
export type CallerRequest = Pick<CallableRequest<unknown>, "data" | "auth">;

/**
 * The callable's handler with validation and authentication in front, as a plain function:
 * tests call it directly (firebase-functions-test 3.5 cannot wrap v2 callables).
 */
export function validated<Input, Output>(
  schema: z.ZodType<Input>,
  handler: (request: ValidatedRequest<Input>) => Promise<Output>,
): (request: CallerRequest) => Promise<Output> {
  return async (request) => {
    if (!request.auth) throw new HttpsError("unauthenticated", "sign in first");
    const parsed = schema.safeParse(request.data);
    if (!parsed.success) {
      throw new HttpsError("invalid-argument", describeValidationError("input", parsed.error));
    }
    return handler({ data: parsed.data, auth: request.auth });
  };
}

/**
 * A deployed callable: `onCall` around {@link validated}. The plain handler stays reachable
 * as `.handler` for tests.
 */
export function validatedOnCall<Input, Output>(
  schema: z.ZodType<Input>,
  handler: (request: ValidatedRequest<Input>) => Promise<Output>,
) {
  const plain = validated(schema, handler);
  return Object.assign(onCall(plain), { handler: plain });
}

/**
 * The caller's role in the estate, which must be one of `allowed`.
 *
 * @throws HttpsError `permission-denied` naming the estate and the roles that may act.
 */
export function requireRole(auth: AuthData, estateId: string, allowed: readonly Role[]): Role {
  const role = roleIn(auth.token, estateId);
  if (role === null || !allowed.includes(role)) {
    throw new HttpsError(
      "permission-denied",
      `only ${allowed.join(" or ")} of estate ${estateId} may do this` +
        (role === null ? "; you have no role there" : `; your role there is ${role}`),
    );
  }
  return role;
}

/**
 * The rules tests' shared cast: who asks (each of the six roles of the estate, an admin of
 * another estate, a signed-in user with no role, a signed-out visitor) and a Firestore
 * emulator loaded with `firestore.rules` from disk.
 */
import { readFileSync } from "node:fs";
import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestEnvironment,
} from "@firebase/rules-unit-testing";
import { setLogLevel, type Firestore } from "firebase/firestore";
import { roles, type Role } from "../../../functions/src/domain/schema/role.js";

/** The estate whose documents are tried. */
export const ESTATE = "cuihu";
/** Another estate, whose admin must get nothing in {@link ESTATE}. */
export const OTHER_ESTATE = "songtao";

/** Everyone who asks: the six roles of the estate and three outsiders. */
export const callers = [...roles, "otherEstateAdmin", "noRole", "unauthenticated"] as const;
export type Caller = (typeof callers)[number];

export const operations = ["read", "create", "update", "delete"] as const;
export type Operation = (typeof operations)[number];

/** Every role of an estate (all staff read the estate's records). */
export const anyStaff: readonly Role[] = roles;
/** Who keeps the household directory and its people. */
export const directoryKeepers: readonly Role[] = ["customerService", "director", "admin"];

/** The uid a caller signs in with ("anonymous" stands for the signed-out visitor's stamps). */
export function uidOf(caller: Caller): string {
  return caller === "unauthenticated" ? "anonymous" : `uid-${caller}`;
}

/**
 * A Firestore emulator environment of its own project, so that test files running in
 * parallel never clear each other's data. Fails when the emulator is absent.
 */
export async function rulesEnvironment(collection: string): Promise<RulesTestEnvironment> {
  const hostAndPort = process.env.FIRESTORE_EMULATOR_HOST;
  if (!hostAndPort) throw new Error("FIRESTORE_EMULATOR_HOST is not set: run `npm test`");
  const [host = "127.0.0.1", port = "8080"] = hostAndPort.split(":");
  const environment = await initializeTestEnvironment({
    projectId: `demo-huiyin-rules-${collection}`,
    firestore: { rules: readFileSync("firestore.rules", "utf8"), host, port: Number(port) },
  });
  await environment.clearFirestore();
  // Every refusal would otherwise be logged as a warning; the assertions say what matters.
  setLogLevel("silent");
  return environment;
}

const clients = new WeakMap<RulesTestEnvironment, Map<string, Firestore>>();

/**
 * The Firestore a caller sees, through the rules (one client per caller and environment).
 * The roles are held in `estateId`, {@link ESTATE} unless a case needs an estate of its own.
 */
export function firestoreAs(
  environment: RulesTestEnvironment,
  caller: Caller,
  estateId = ESTATE,
): Firestore {
  const known = clients.get(environment) ?? new Map<string, Firestore>();
  clients.set(environment, known);
  const key = `${caller}@${estateId}`;
  const existing = known.get(key);
  if (existing) return existing;
  const context =
    caller === "unauthenticated"
      ? environment.unauthenticatedContext()
      : environment.authenticatedContext(uidOf(caller), {
          estates:
            caller === "otherEstateAdmin"
              ? { [OTHER_ESTATE]: "admin" }
              : caller === "noRole"
                ? {}
                : { [estateId]: caller },
        });
  // The test context hands out the compat instance; the modular API accepts it at runtime
  // (as the library's own examples do), only the declared types differ.
  const firestore = context.firestore() as unknown as Firestore;
  known.set(key, firestore);
  return firestore;
}

/** The Firestore with rules off, to put the documents in place that a case starts from. */
export async function arrange(
  environment: RulesTestEnvironment,
  setUp: (firestore: Firestore) => Promise<unknown>,
): Promise<void> {
  await environment.withSecurityRulesDisabled(async (context) => {
    await setUp(context.firestore() as unknown as Firestore);
  });
}

/** One row per caller and operation, saying whether the rules must allow it. */
export interface Case {
  caller: Caller;
  operation: Operation;
  allowed: boolean;
  verdict: "may" | "may not";
}

/**
 * The full table for a collection: every caller tries every operation; `allowedRoles`
 * lists, per operation, the roles of the estate that may. Outsiders may never.
 */
export function roleMatrix(allowedRoles: Record<Operation, readonly Role[]>): Case[] {
  return callers.flatMap((caller) =>
    operations.map((operation) => {
      const allowed = (allowedRoles[operation] as readonly string[]).includes(caller);
      return { caller, operation, allowed, verdict: allowed ? "may" : "may not" } as const;
    }),
  );
}

/** A fresh document id for one case, so cases never share a document. */
export function caseId(row: Pick<Case, "caller" | "operation">, suffix = ""): string {
  return `${row.operation}-${row.caller}${suffix}`;
}

/** An instant in the past, for documents put in place before a case. */
export const EARLIER = new Date("2026-01-05T09:00:00+08:00");

/** Asserts that the rules allow the attempt, or refuse it, as the case says. */
export async function expectVerdict(allowed: boolean, attempt: Promise<unknown>): Promise<void> {
  if (allowed) await assertSucceeds(attempt);
  else await assertFails(attempt);
}

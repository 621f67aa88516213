/**
 * The public HTTPS endpoints of Huiyin (owners' survey page, committee report): no account,
 * a token in the body. Each request is size-limited, parsed as JSON, checked for App Check
 * in production when it writes, and answered with `{ ok: true, … }` or `{ ok: false, code, message, … }`
 * where `code` lets the page show a polite message in the owner's language.
 */
import { getAppCheck } from "firebase-admin/app-check";
import { logger } from "firebase-functions";
import { onRequest } from "firebase-functions/v2/https";
import { enforceAppCheck, isEmulated } from "../config.js";
import { needsAppCheck, type PublicFunction } from "../domain/publicFunctions.js";
import { MAX_SUBMISSION_BYTES } from "../domain/survey/submission.js";

/** Why a public request was refused; the page has a text for each in three languages. */
export type RefusalCode =
  | "unknownLink"
  | "notOpen"
  | "closed"
  | "invalid"
  | "tooLarge"
  | "method"
  | "appCheck"
  | "error"
  // The household page and notice board (SPEC §12):
  | "revoked"
  | "forbidden"
  | "notFound"
  | "rateLimited";

/** A refusal with its HTTP status, a polite English message and any details for the page. */
export class PublicRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: RefusalCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "PublicRefusal";
  }
}

/** The refusals every public endpoint may give. */
export const refusals = {
  unknownLink: () =>
    new PublicRefusal(
      404,
      "unknownLink",
      "This link is not valid. Please check the link or QR code, or ask the management office for a new one.",
    ),
  invalid: (reasons: string[]) =>
    new PublicRefusal(400, "invalid", "Some answers could not be accepted.", { reasons }),
};

/** The part of an HTTP request an endpoint reads (tests build it directly). */
export interface PublicRequest {
  method: string;
  rawBody: Buffer | undefined;
  /** The `X-Firebase-AppCheck` header, if any. */
  appCheckToken: string | undefined;
}

/** What an endpoint answers. */
export interface PublicReply {
  status: number;
  body: { ok: true } & Record<string, unknown>;
}

/** A refused request's reply. */
export interface PublicRefusalReply {
  status: number;
  body: { ok: false; code: RefusalCode; message: string } & Record<string, unknown>;
}

/** Options of an endpoint: whether App Check is required (production), and the body limit. */
export interface EndpointOptions {
  requireAppCheck: () => boolean;
  maxBytes: number;
}

/** A deployed endpoint's options: App Check on the writes (`domain/publicFunctions.ts`). */
const productionOptions = (name: PublicFunction): EndpointOptions => ({
  requireAppCheck: () => needsAppCheck(name) && !isEmulated() && enforceAppCheck.value(),
  maxBytes: MAX_SUBMISSION_BYTES,
});

async function checkAppCheck(token: string | undefined): Promise<void> {
  const refusal = new PublicRefusal(
    401,
    "appCheck",
    "This page could not be verified. Please reload it and try again.",
  );
  if (token === undefined || token === "") throw refusal;
  try {
    await getAppCheck().verifyToken(token);
  } catch {
    throw refusal;
  }
}

/**
 * The endpoint as a plain function of the request: method, size, JSON, App Check, then the
 * handler. Anything unexpected is logged and answered with a generic apology.
 */
export function publicHandler(
  name: string,
  handler: (body: unknown) => Promise<Record<string, unknown>>,
  options: EndpointOptions,
): (request: PublicRequest) => Promise<PublicReply | PublicRefusalReply> {
  return async (request) => {
    try {
      if (request.method !== "POST") {
        throw new PublicRefusal(405, "method", "Send the form with POST.");
      }
      const raw = request.rawBody ?? Buffer.alloc(0);
      if (raw.length > options.maxBytes) {
        throw new PublicRefusal(
          413,
          "tooLarge",
          `The form is too large (at most ${String(options.maxBytes)} bytes).`,
        );
      }
      if (options.requireAppCheck()) await checkAppCheck(request.appCheckToken);
      let body: unknown;
      try {
        body = JSON.parse(raw.toString("utf8"));
      } catch {
        throw refusals.invalid(["the body is not JSON"]);
      }
      return { status: 200, body: { ok: true, ...(await handler(body)) } };
    } catch (error) {
      if (error instanceof PublicRefusal) {
        return {
          status: error.status,
          body: { ok: false, code: error.code, message: error.message, ...error.details },
        };
      }
      logger.error(`${name}.failed`, { error: String(error) });
      return {
        status: 500,
        body: {
          ok: false,
          code: "error",
          message: "Sorry, something went wrong. Please try again in a moment.",
        },
      };
    }
  };
}

/**
 * A deployed public endpoint: `onRequest` (CORS open: the token is the only credential and no
 * cookie is read) around {@link publicHandler}. The plain handler stays reachable as `.handler`.
 */
export function publicEndpoint(
  name: PublicFunction,
  handler: (body: unknown) => Promise<Record<string, unknown>>,
  options: Partial<EndpointOptions> = {},
) {
  const plain = publicHandler(name, handler, { ...productionOptions(name), ...options });
  const deployed = onRequest({ cors: true }, async (request, response) => {
    const header = request.header("X-Firebase-AppCheck");
    const reply = await plain({
      method: request.method,
      rawBody: request.rawBody,
      appCheckToken: header,
    });
    response.status(reply.status).set("Cache-Control", "no-store").json(reply.body);
  });
  return Object.assign(deployed, { handler: plain, respond: handler });
}

import { describe, expect, it } from "vitest";
import { publicHandler, refusals, type EndpointOptions } from "./publicEndpoint.js";

const options = (requireAppCheck = false): EndpointOptions => ({
  requireAppCheck: () => requireAppCheck,
  maxBytes: 64,
});

const echo = publicHandler("echo", (body) => Promise.resolve({ echoed: body }), options());
const json = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8");

describe("C1 public endpoints: oversized or malformed requests are refused with a reason", () => {
  it.each([
    { case: "a GET", method: "GET", raw: json({}), status: 405, code: "method" },
    {
      case: "a body over the limit",
      method: "POST",
      raw: json({ text: "x".repeat(80) }),
      status: 413,
      code: "tooLarge",
    },
    {
      case: "a body that is not JSON",
      method: "POST",
      raw: Buffer.from("token=abc"),
      status: 400,
      code: "invalid",
    },
    { case: "no body at all", method: "POST", raw: undefined, status: 400, code: "invalid" },
  ])("$case → $status $code", async ({ method, raw, status, code }) => {
    const reply = await echo({ method, rawBody: raw, appCheckToken: undefined });
    expect(reply.status).toBe(status);
    expect(reply.body).toMatchObject({ ok: false, code });
  });

  it("passes a valid JSON body to the handler and answers ok", async () => {
    const reply = await echo({
      method: "POST",
      rawBody: json({ token: "t" }),
      appCheckToken: undefined,
    });
    expect(reply).toEqual({ status: 200, body: { ok: true, echoed: { token: "t" } } });
  });

  it("answers a refusal of the handler with its code, message and details", async () => {
    const refuse = publicHandler(
      "refuse",
      () => Promise.reject(refusals.invalid(["ratings.power: must be 1–5"])),
      options(),
    );
    const reply = await refuse({ method: "POST", rawBody: json({}), appCheckToken: undefined });
    expect(reply).toEqual({
      status: 400,
      body: {
        ok: false,
        code: "invalid",
        message: "Some answers could not be accepted.",
        reasons: ["ratings.power: must be 1–5"],
      },
    });
  });

  it("hides an unexpected failure behind a polite apology", async () => {
    const broken = publicHandler(
      "broken",
      () => Promise.reject(new Error("database exploded")),
      options(),
    );
    const reply = await broken({ method: "POST", rawBody: json({}), appCheckToken: undefined });
    expect(reply.status).toBe(500);
    expect(JSON.stringify(reply.body)).not.toContain("exploded");
  });

  it("requires an App Check token when enforced (production), before reading the body", async () => {
    let called = false;
    const guarded = publicHandler(
      "guarded",
      () => {
        called = true;
        return Promise.resolve({});
      },
      options(true),
    );
    const reply = await guarded({ method: "POST", rawBody: json({}), appCheckToken: undefined });
    expect(reply).toMatchObject({ status: 401, body: { ok: false, code: "appCheck" } });
    expect(called).toBe(false);
  });
});

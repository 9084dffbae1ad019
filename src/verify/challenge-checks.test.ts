import { describe, expect, it } from "vitest";
import { expectChallenge, fillPath } from "./challenge-checks.ts";
import { VerifyContext } from "./context.ts";
import { ExchangeRecorder } from "./exchange-recorder.ts";
import { type Exchange, ResponseValidator } from "./response-validator.ts";

function context(): VerifyContext {
  return new VerifyContext({
    target: "atlas",
    baseUrl: "http://127.0.0.1:1",
    operations: new Map(),
    recorder: new ExchangeRecorder(),
    validator: new ResponseValidator(),
    client: {},
    wrongClient: {},
    timeoutMs: 1000,
  });
}

function answer(status: number, challenge?: string): Exchange {
  return {
    method: "GET",
    url: "http://127.0.0.1:1/api/atlas/v1.0/groups/32b6e34b3d91647abb20e7b8/invites",
    authenticated: false,
    status,
    headers: challenge === undefined ? {} : { "www-authenticate": challenge },
    bodyText: "",
  };
}

const VENDOR = 'Digest realm="MMS Public API", domain="", nonce="abc", algorithm=MD5, qop="auth", stale=false';

describe("expectChallenge", () => {
  it.each([
    ["the vendor's challenge", VENDOR],
    ["SHA-256 among others", 'Basic realm="x", Digest realm="r", nonce="n", algorithm=SHA-256, qop="auth,auth-int"'],
  ])("accepts %s", (_name, header) => {
    const ctx = context();
    expectChallenge(ctx, answer(401, header));
    expect(ctx.violations).toEqual([]);
  });

  it.each([
    ["a 401 without WWW-Authenticate", answer(401), "challenge", /^a 401 without WWW-Authenticate/],
    ["a Basic challenge", answer(401, 'Basic realm="x"'), "challenge", /is not the spec's challenge/],
    ["Digest without qop", answer(401, 'Digest realm="r", nonce="n"'), "challenge", /is not the spec's challenge/],
    ["Digest without a realm", answer(401, 'Digest nonce="n", qop="auth"'), "challenge", /is not the spec's challenge/],
    ["a 200", answer(200), "unauthenticated", /^answered 200 to a request without credentials$/],
    ["a 403", answer(403), "challenge", /^answered 403 without credentials/],
  ])("fails %s", (_name, exchange, rule, message) => {
    const ctx = context();
    expectChallenge(ctx, exchange);
    expect(ctx.violations).toEqual([
      {
        request: `GET /api/atlas/v1.0/groups/32b6e34b3d91647abb20e7b8/invites → ${exchange.status}`,
        rule,
        message: expect.stringMatching(message),
      },
    ]);
  });
});

describe("fillPath", () => {
  it("puts the scope's id and an invitation id into a path template", () => {
    const scope = { kind: "org", id: "4888442a3354817a7320eb61" } as const;
    expect(fillPath("/api/public/v1.0/orgs/{orgId}/invites/{invitationId}", scope, "5f3a1c2b9d4e8f7a6b5c4d3e")).toBe(
      "/api/public/v1.0/orgs/4888442a3354817a7320eb61/invites/5f3a1c2b9d4e8f7a6b5c4d3e",
    );
    expect(fillPath("/api/public/v1.0/orgs/{orgId}/invites/{invitationId}", scope)).toMatch(/\/invites\/[a-f0-9]{24}$/);
  });
});

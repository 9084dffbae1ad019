/**
 * The service-account client through the public package, against a real token server on 127.0.0.1
 * (`test/support/oauth-server.ts`): one token per client, early refresh, expiry, revocation, and every failure of the
 * token endpoint as a typed error.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { json, startServer, type TestServer } from "../test/support/http-server.ts";
import {
  type OAuthServer,
  type OAuthServerOptions,
  SA_CLIENT_ID,
  SA_CLIENT_SECRET,
  startOAuthServer,
} from "../test/support/oauth-server.ts";
import {
  type AtlasClientOptions,
  createAtlasClient,
  createOpsManagerClient,
  isApiError,
  isAuthenticationError,
  isNetworkError,
  isTimeoutError,
  isUnexpectedResponseError,
  isValidationError,
  type MmsError,
} from "./index.ts";

const GROUP_ID = "32b6e34b3d91647abb20e7b8";
const invitation = (n: number) => n.toString(16).padStart(24, "0");
const SERVICE_ACCOUNT = { clientId: SA_CLIENT_ID, clientSecret: SA_CLIENT_SECRET };
const FAST_RETRY = { retries: 2, minDelayMs: 1, maxDelayMs: 5 };

const closers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(closers.splice(0).map((server) => server.close()));
});

async function oauthServer(options: OAuthServerOptions = {}): Promise<OAuthServer> {
  const server = await startOAuthServer(options);
  closers.push(server);
  return server;
}
async function plainServer(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const server = await startServer(...args);
  closers.push(server);
  return server;
}

function client(server: { url: string }, extra: AtlasClientOptions = {}) {
  return createAtlasClient({ baseUrl: server.url, ...SERVICE_ACCOUNT, retry: FAST_RETRY, ...extra });
}

async function rejection(promise: Promise<unknown>): Promise<MmsError> {
  try {
    await promise;
  } catch (error) {
    return error as MmsError;
  }
  throw new Error("expected the call to reject");
}

const remove = (atlas: ReturnType<typeof client>, n: number) =>
  atlas.deleteProjectInvitation({ groupId: GROUP_ID, invitationId: invitation(n) });

describe("service account: one token for all calls of a client", () => {
  it("makes exactly one token request and 64 API requests for 64 concurrent cold deletes", async () => {
    const server = await oauthServer();
    const atlas = client(server);
    const results = await Promise.all(Array.from({ length: 64 }, (_, n) => remove(atlas, n)));
    expect(results.every((result) => result.status === 204)).toBe(true);
    expect(server.tokenRequests).toHaveLength(1);
    expect(server.apiAuthorizations).toHaveLength(64);
    expect(new Set(server.apiAuthorizations)).toEqual(new Set([`Bearer ${server.issued[0]}`]));
  });

  it("asks for the token as RFC 6749 §4.4 and the vendor's page say", async () => {
    const server = await oauthServer();
    await remove(client(server, { userAgent: "tests/1" }), 1);
    const [request] = server.tokenRequests;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/api/oauth/token");
    expect(request?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${SA_CLIENT_ID}:${SA_CLIENT_SECRET}`).toString("base64")}`,
    );
    expect(request?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(request?.headers.accept).toBe("application/json");
    expect(request?.headers["user-agent"]).toMatch(/^tests\/1 mms-invites\//);
    expect([...(request?.form ?? [])]).toEqual([["grant_type", "client_credentials"]]);
  });

  it("reuses the token for later calls", async () => {
    const server = await oauthServer();
    const atlas = client(server);
    for (let n = 0; n < 5; n++) await remove(atlas, n);
    expect(server.tokenRequests).toHaveLength(1);
    expect(server.apiAuthorizations).toHaveLength(5);
  });

  it("sends the token through client.api as well", async () => {
    const server = await oauthServer();
    const atlas = client(server);
    const { response } = await atlas.api.DELETE("/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}", {
      params: { path: { groupId: GROUP_ID, invitationId: invitation(1) } },
    });
    expect(response.status).toBe(204);
    expect(server.apiAuthorizations).toEqual([`Bearer ${server.issued[0]}`]);
  });

  it("sends the token requests to tokenUrl, and the revocation to revoke beside it", async () => {
    const tokens = await oauthServer();
    const api = await plainServer((req, res) => {
      res.writeHead(req.headers.authorization === `Bearer ${tokens.issued[0]}` ? 204 : 401).end();
    });
    const atlas = client(api, { tokenUrl: `${tokens.url}/api/oauth/token` });
    await remove(atlas, 1);
    await atlas.close();
    expect(tokens.tokenRequests).toHaveLength(1);
    expect(tokens.revocations.map((request) => request.url)).toEqual(["/api/oauth/revoke"]);
    expect(api.requests.map((request) => request.method)).toEqual(["DELETE"]);
  });
});

describe("service account: expiry", () => {
  it("replaces the token by one request 10 s before expires_in runs out, and not earlier", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.now();
    const server = await oauthServer({ expiresIn: 3600 });
    const atlas = client(server);
    await remove(atlas, 0);
    vi.setSystemTime(start + 3_590_000 - 1_000);
    await remove(atlas, 1);
    expect(server.tokenRequests).toHaveLength(1);
    vi.setSystemTime(start + 3_590_000 + 1);
    await Promise.all(Array.from({ length: 8 }, (_, n) => remove(atlas, 2 + n)));
    expect(server.tokenRequests).toHaveLength(2);
    // Replaced before the server refused anything: no 401, no resend.
    expect(server.apiStatuses).toEqual({ 204: 10 });
    expect(server.apiAuthorizations.slice(2)).toEqual(Array(8).fill(`Bearer ${server.issued[1]}`));
  });

  it("replaces a token shorter than 20 s at half its lifetime", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = Date.now();
    const server = await oauthServer({ expiresIn: 4 });
    const atlas = client(server);
    await remove(atlas, 0);
    vi.setSystemTime(start + 1_900);
    await remove(atlas, 1);
    expect(server.tokenRequests).toHaveLength(1);
    vi.setSystemTime(start + 2_100);
    await remove(atlas, 2);
    expect(server.tokenRequests).toHaveLength(2);
  });

  it("pays one refresh and one resend for a token the server says has expired", async () => {
    const server = await oauthServer({ usesPerToken: 3 });
    const atlas = client(server);
    for (let n = 0; n < 4; n++) expect((await remove(atlas, n)).status).toBe(204);
    expect(server.tokenRequests).toHaveLength(2);
    expect(server.apiStatuses).toEqual({ 204: 4, 401: 1 });
  });

  it("shares one refresh among concurrent calls that all met the expired token", async () => {
    const server = await oauthServer();
    const atlas = client(server);
    await remove(atlas, 0);
    server.expire();
    const results = await Promise.all(Array.from({ length: 16 }, (_, n) => remove(atlas, 1 + n)));
    expect(results.every((result) => result.status === 204)).toBe(true);
    expect(server.tokenRequests).toHaveLength(2);
    expect(server.apiStatuses).toEqual({ 204: 17, 401: 16 });
  });

  it("gives an AuthenticationError after one fresh token is refused too, classified as a Bearer failure", async () => {
    const server = await oauthServer({ refuseAllTokens: true });
    const error = await rejection(remove(client(server), 1));
    expect(isAuthenticationError(error)).toBe(true);
    // The 401 carries a Digest challenge, as Atlas's do; a Bearer failure is not read as one.
    expect(error).toMatchObject({ status: 401, failure: "token-rejected", errorCode: "NOT_AUTHORIZED" });
    expect(error.message).toContain("refused a freshly issued access token");
    expect(server.tokenRequests).toHaveLength(2);
    expect(server.apiAuthorizations).toEqual(server.issued.map((token) => `Bearer ${token}`));
  });
});

describe("service account: close()", () => {
  it("revokes the token with Basic credentials and makes later calls fail before anything is sent", async () => {
    const server = await oauthServer();
    const atlas = client(server);
    await remove(atlas, 1);
    await atlas.close();
    const [revocation] = server.revocations;
    expect(revocation?.headers.authorization).toBe(server.tokenRequests[0]?.headers.authorization);
    expect(revocation?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(Object.fromEntries(revocation?.form ?? [])).toEqual({
      token: server.issued[0],
      token_type_hint: "access_token",
    });
    expect(server.revoked).toEqual(new Set(server.issued));

    const error = await rejection(remove(atlas, 2));
    expect(isValidationError(error)).toBe(true);
    expect(error).toMatchObject({ parameter: "client" });
    expect(error.message).toContain("this client was closed");
    expect(server.apiAuthorizations).toHaveLength(1);
    expect(server.tokenRequests).toHaveLength(1);
  });

  it("revokes once when closed twice, and sends nothing when no token was ever fetched", async () => {
    const server = await oauthServer();
    const used = client(server);
    await remove(used, 1);
    await Promise.all([used.close(), used.close()]);
    await used.close();
    const unused = client(server);
    await unused.close();
    expect(server.revocations).toHaveLength(1);
    expect(server.tokenRequests).toHaveLength(1);
  });

  it("closes a Digest client too: later calls fail before anything is sent", async () => {
    const server = await plainServer((_req, res) => res.writeHead(204).end());
    const atlas = createAtlasClient({ baseUrl: server.url, publicKey: "abcdefgh", privateKey: "k" });
    await atlas.close();
    const error = await rejection(remove(atlas as ReturnType<typeof client>, 1));
    expect(isValidationError(error)).toBe(true);
    expect(server.requests).toHaveLength(0);
  });

  it("resends a revocation after a network failure: revoking twice is harmless", async () => {
    const server = await oauthServer();
    let revocationsTried = 0;
    const flaky = (url: string, init: RequestInit): Promise<Response> => {
      if (new URL(url).pathname === "/api/oauth/revoke" && revocationsTried++ === 0) {
        return Promise.reject(new TypeError("fetch failed"));
      }
      return fetch(url, init);
    };
    const atlas = client(server, { fetch: flaky });
    await remove(atlas, 1);
    await atlas.close();
    expect(revocationsTried).toBe(2);
    expect(server.revocations).toHaveLength(1);
    expect(server.revoked).toEqual(new Set(server.issued));
  });

  it("rejects with a typed error when the revocation fails", async () => {
    const server = await oauthServer();
    const atlas = client(server, { retry: false });
    await remove(atlas, 1);
    await server.close();
    const error = await rejection(atlas.close());
    expect(isNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ method: "POST", path: "/api/oauth/revoke" });
  });
});

describe("service account: token endpoint failures", () => {
  it("reads 401 invalid_client as refused client credentials", async () => {
    const server = await oauthServer({ clientSecret: "mdb_sa_sk_another-secret-entirely" });
    const error = await rejection(remove(client(server), 1));
    expect(isAuthenticationError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, failure: "client-refused", errorCode: "invalid_client" });
    expect(error.message).toContain("POST /api/oauth/token → 401 invalid_client");
    expect(error.message).toContain("refused the service account's client id or secret");
    expect(server.apiAuthorizations).toHaveLength(0);
  });

  it("reads 400 invalid_client the same way (RFC 6749 §5.2 allows both)", async () => {
    const server = await oauthServer({
      fault: (_i, _req, res) => {
        json(res, 400, { error: "invalid_client", error_description: "Client authentication failed." });
        return true;
      },
    });
    expect(await rejection(remove(client(server), 1))).toMatchObject({ status: 400, failure: "client-refused" });
  });

  it("says the token limit was reached and what to do", async () => {
    const server = await oauthServer({ maxActive: 2 });
    await remove(client(server), 1);
    await remove(client(server), 2);
    const error = await rejection(remove(client(server), 3));
    expect(isAuthenticationError(error)).toBe(true);
    expect(error).toMatchObject({ status: 403, failure: "token-limit", errorCode: "access_denied" });
    expect(error.message).toContain("Access Token limit reached");
    expect(error.message).toContain("share one client per service account");
    expect(error.message).toContain("close()");
  });

  it("retries a 429 after its Retry-After, and a 503 with Retry-After, by the retry rules for a POST", async () => {
    const server = await oauthServer({
      fault: (index, _req, res) => {
        if (index === 0) json(res, 429, { error: "rate_limited" }, { "Retry-After": "0" });
        else if (index === 1) json(res, 503, { error: "temporarily_unavailable" }, { "Retry-After": "0" });
        else return false;
        return true;
      },
    });
    expect((await remove(client(server), 1)).status).toBe(204);
    expect(server.tokenRequests).toHaveLength(3);
  });

  it("does not resend a token request after a 500: it may have created a token that counts towards the limit", async () => {
    const server = await oauthServer({
      fault: (index, _req, res) => {
        if (index > 0) return false;
        json(res, 500, { error: "server_error" });
        return true;
      },
    });
    const error = await rejection(remove(client(server), 1));
    expect(error).toMatchObject({ code: "ERR_MMS_API", status: 500, errorCode: "server_error" });
    expect(server.tokenRequests).toHaveLength(1);
  });

  it("fails at once with retryAfter when a 429 asks for longer than maxRetryAfterMs", async () => {
    const server = await oauthServer({
      fault: (_i, _req, res) => {
        json(res, 429, { error: "rate_limited" }, { "Retry-After": "120" });
        return true;
      },
    });
    const error = await rejection(remove(client(server), 1));
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 429, retryAfter: 120, errorCode: "rate_limited" });
    expect(server.tokenRequests).toHaveLength(1);
  });

  it("gives the last 503 as an ApiError once the retries are spent", async () => {
    const server = await oauthServer({
      fault: (_i, _req, res) => {
        json(res, 503, { error: "temporarily_unavailable" }, { "Retry-After": "0" });
        return true;
      },
    });
    const error = await rejection(remove(client(server), 1));
    expect(error).toMatchObject({ code: "ERR_MMS_API", status: 503, errorCode: "temporarily_unavailable" });
    expect(server.tokenRequests).toHaveLength(3);
  });

  it.each([
    ["an HTML 502", 502, "text/html", "<html><h1>Bad Gateway</h1></html>"],
    ["an HTML 200", 200, "text/html", "<html>Sign in</html>"],
    ["a 200 without access_token", 200, "application/json", '{"token_type":"Bearer","expires_in":3600}'],
    ["a 200 whose token_type is not Bearer", 200, "application/json", '{"access_token":"abc","token_type":"mac"}'],
    ["a truncated JSON 200", 200, "application/json", '{"access_token":"abc'],
    ["a 302 redirect", 302, "text/plain", ""],
  ])("reads %s as an UnexpectedResponseError", async (_name, status, type, body) => {
    const elsewhere = await plainServer((_req, res) => res.writeHead(204).end());
    const server = await oauthServer({
      fault: (_i, _req, res) => {
        res.writeHead(status, { "Content-Type": type, Location: `${elsewhere.url}/token` }).end(body);
        return true;
      },
    });
    const error = await rejection(remove(client(server), 1));
    expect(isUnexpectedResponseError(error)).toBe(true);
    expect(error).toMatchObject({ method: "POST", path: "/api/oauth/token", status });
    expect(server.apiAuthorizations).toHaveLength(0);
    expect(elsewhere.requests).toHaveLength(0);
    // A token response is never quoted: a malformed one may still hold a token.
    if (status === 200) expect((error as { bodySnippet?: string }).bodySnippet).toBeUndefined();
  });

  it("gives a TimeoutError within the call's timeout when the token endpoint hangs, and stops waiting for it", async () => {
    let closedByClient = false;
    const server = await oauthServer({
      fault: (_i, req) => {
        req.socket.on("close", () => {
          closedByClient = true;
        });
        return true;
      },
    });
    const error = await rejection(remove(client(server, { timeoutMs: 300 }), 1));
    expect(isTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ timeoutMs: 300 });
    await vi.waitFor(() => expect(closedByClient).toBe(true));
  });

  it("gives a NetworkError for a reset, and does not resend the POST that may have created a token", async () => {
    const server = await oauthServer({
      fault: (_i, req) => {
        req.socket.destroy();
        return true;
      },
    });
    const error = await rejection(remove(client(server), 1));
    expect(isNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ method: "POST", path: "/api/oauth/token" });
    expect(server.tokenRequests).toHaveLength(1);
  });

  it("rejects with the caller's reason when the call is aborted while the token is on its way", async () => {
    const server = await oauthServer({ fault: () => true });
    const controller = new AbortController();
    const atlas = client(server);
    const call = atlas.deleteProjectInvitation(
      { groupId: GROUP_ID, invitationId: invitation(1) },
      { signal: controller.signal },
    );
    await vi.waitFor(() => expect(server.tokenRequests).toHaveLength(1));
    controller.abort(new Error("stop"));
    await expect(call).rejects.toThrow("stop");
  });
});

describe("service account: options", () => {
  const counting = () => {
    let sent = 0;
    return {
      fetch: async () => {
        sent++;
        return new Response(null, { status: 204 });
      },
      sent: () => sent,
    };
  };

  it.each([
    ["a client id with an API key pair", { ...SERVICE_ACCOUNT, publicKey: "abcdefgh", privateKey: "k" }, "clientId"],
    ["a client id without a secret", { clientId: SA_CLIENT_ID }, "clientSecret"],
    ["a secret without a client id", { clientSecret: SA_CLIENT_SECRET }, "clientId"],
    ["an empty secret", { clientId: SA_CLIENT_ID, clientSecret: "" }, "clientSecret"],
    ["an empty client id", { clientId: "", clientSecret: SA_CLIENT_SECRET }, "clientId"],
    ["a secret with a newline", { clientId: SA_CLIENT_ID, clientSecret: `${SA_CLIENT_SECRET}\n` }, "clientSecret"],
    ["an auth strategy beside a service account", { ...SERVICE_ACCOUNT, auth: { wrapFetch: (n) => n } }, "auth"],
    ["a plain-http tokenUrl to a remote host", { ...SERVICE_ACCOUNT, tokenUrl: "http://t.example.com/t" }, "tokenUrl"],
    ["a tokenUrl with credentials", { ...SERVICE_ACCOUNT, tokenUrl: `https://a:b@t.example.com/t` }, "tokenUrl"],
    ["a tokenUrl that is no URL", { ...SERVICE_ACCOUNT, tokenUrl: "token" }, "tokenUrl"],
  ] as [string, AtlasClientOptions, string][])("refuses %s before any request", (_name, options, parameter) => {
    const transport = counting();
    let error: unknown;
    try {
      createAtlasClient({ ...options, fetch: transport.fetch });
    } catch (caught) {
      error = caught;
    }
    expect(isValidationError(error)).toBe(true);
    expect(error).toMatchObject({ parameter });
    expect(String((error as Error).message)).not.toContain(SA_CLIENT_SECRET);
    expect(transport.sent()).toBe(0);
  });

  it.each([
    ["a client id and secret", SERVICE_ACCOUNT, "clientId"],
    ["a client secret alone", { clientSecret: SA_CLIENT_SECRET }, "clientSecret"],
    ["a token URL", { tokenUrl: "https://cloud.mongodb.com/api/oauth/token" }, "tokenUrl"],
    ["a client id beside the API keys", { clientId: SA_CLIENT_ID, publicKey: "abcdefgh", privateKey: "k" }, "clientId"],
  ] as [string, object, string][])("refuses %s for Ops Manager before any request", (_name, options, parameter) => {
    const transport = counting();
    let error: unknown;
    try {
      createOpsManagerClient({ baseUrl: "https://om.example.com:8443", ...options, fetch: transport.fetch });
    } catch (caught) {
      error = caught;
    }
    expect(isValidationError(error)).toBe(true);
    expect(error).toMatchObject({ parameter });
    expect((error as Error).message).toContain("Ops Manager, which takes programmatic API keys only");
    expect((error as Error).message).not.toContain(SA_CLIENT_SECRET);
    expect(transport.sent()).toBe(0);
  });

  it("sends a plain-http tokenUrl to a remote host only with allowInsecureHttp (through an injected fetch)", async () => {
    const sent: string[] = [];
    const atlas = createAtlasClient({
      ...SERVICE_ACCOUNT,
      tokenUrl: "http://t.example.com/oauth/token",
      allowInsecureHttp: true,
      fetch: async (url) => {
        sent.push(url);
        return url.endsWith("/token")
          ? Response.json({ access_token: "t0ken", token_type: "bearer", expires_in: 60 })
          : new Response(null, { status: 204 });
      },
    });
    await atlas.deleteProjectInvitation({ groupId: GROUP_ID, invitationId: invitation(1) });
    expect(sent).toEqual([
      "http://t.example.com/oauth/token",
      `https://cloud.mongodb.com/api/atlas/v1.0/groups/${GROUP_ID}/invites/${invitation(1)}`,
    ]);
  });
});

/**
 * Faults of the network and of the servers and proxies in front of the API, each played by a real server on
 * 127.0.0.1 against the real client with real keys (the Digest strategy sees no challenge and passes requests on).
 *
 * Faults src/clients.test.ts already covers are not repeated here: a server that never answers (TimeoutError), a
 * refused connection, a 429 with `Retry-After: 0`, a 503 with a past HTTP date, a 500 that recovers, an HTML 502,
 * a 2xx with an unexpected JSON body, and a 307 to another origin.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  type ApiError,
  createAtlasClient,
  createOpsManagerClient,
  isApiError,
  isNetworkError,
  isTimeoutError,
  isUnexpectedResponseError,
  isValidationError,
  type TimeoutError,
  type UnexpectedResponseError,
} from "../../src/index.ts";
import {
  type FaultHandler,
  type FaultServer,
  resetAfter,
  resetMidResponse,
  respond,
  respondJson,
  startFaultServer,
  trickle,
} from "../support/fault-server.ts";
import { rejection } from "../support/rejection.ts";
import {
  ATLAS_PATH_TEMPLATE,
  CANARY_PRIVATE_KEY,
  CANARY_PUBLIC_KEY,
  FAST_RETRY,
  GROUP_ID,
  INVITATION_ID,
  ORG_ID,
} from "../support/samples.ts";
import { expectTypedAndClean } from "../support/secrets.ts";

const servers: FaultServer[] = [];
async function serve(handler: FaultHandler): Promise<FaultServer> {
  const server = await startFaultServer(handler);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

type AtlasOptions = Parameters<typeof createAtlasClient>[0];

function atlasAt(server: FaultServer, extra: AtlasOptions = {}) {
  return createAtlasClient({
    baseUrl: server.url,
    publicKey: CANARY_PUBLIC_KEY,
    privateKey: CANARY_PRIVATE_KEY,
    retry: FAST_RETRY,
    ...extra,
  });
}

function deleteVia(server: FaultServer, extra: AtlasOptions = {}) {
  return atlasAt(server, extra).deleteProjectInvitation({ groupId: GROUP_ID, invitationId: INVITATION_ID });
}

const apiError = (status: number, errorCode: string) => ({
  detail: `detail of ${errorCode}`,
  error: status,
  errorCode,
  parameters: [],
  reason: "Reason",
});

describe("connection reset", () => {
  it("turns a reset before any answer into a NetworkError with its cause, after the bounded retries", async () => {
    const server = await serve((_request, socket) => resetAfter(socket, ""));
    const error = await rejection(deleteVia(server));
    expect(isNetworkError(error)).toBe(true);
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.message).toContain("ECONNRESET");
    expect(server.requests).toHaveLength(1 + FAST_RETRY.retries);
    expectTypedAndClean(error);
  });

  it("resends after a reset on the first attempt and succeeds when the next attempt is answered", async () => {
    const server = await serve((_request, socket, index) =>
      index === 0 ? resetAfter(socket, "") : respond(socket, 204),
    );
    await expect(deleteVia(server)).resolves.toMatchObject({ status: 204 });
    expect(server.requests).toHaveLength(2);
  });

  it("never reports success when the connection resets in the middle of a 200 envelope", async () => {
    const server = await serve((_request, socket) =>
      resetMidResponse(socket, 200, { "Content-Type": "application/json" }, '{"status":204,"con'),
    );
    const error = await rejection(deleteVia(server));
    expect(isNetworkError(error)).toBe(true);
    expect(error.message).toContain("terminated");
    expectTypedAndClean(error);
  });

  it("turns a reset in the middle of an error body into a NetworkError, not a half-read ApiError", async () => {
    const server = await serve((_request, socket) =>
      resetMidResponse(socket, 404, { "Content-Type": "application/json" }, '{"detail":"Invitation 5f3a'),
    );
    const error = await rejection(deleteVia(server));
    expect(isNetworkError(error)).toBe(true);
    expect(isApiError(error)).toBe(false);
    expectTypedAndClean(error);
  });

  it("turns a body cut short by a clean close (Content-Length not reached) into a NetworkError", async () => {
    const server = await serve((_request, socket) => {
      socket.end('HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 80\r\n\r\n{"error":40');
    });
    const error = await rejection(deleteVia(server));
    expect(isNetworkError(error)).toBe(true);
    expectTypedAndClean(error);
  });

  it("turns a reset on the Ops Manager client into the same NetworkError", async () => {
    const server = await serve((_request, socket) => resetAfter(socket, ""));
    const om = createOpsManagerClient({
      baseUrl: server.url,
      publicKey: CANARY_PUBLIC_KEY,
      privateKey: CANARY_PRIVATE_KEY,
      retry: FAST_RETRY,
    });
    const error = await rejection(om.deleteOrganizationInvitation({ orgId: ORG_ID, invitationId: INVITATION_ID }));
    expect(isNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ method: "DELETE", path: "/api/public/v1.0/orgs/{orgId}/invites/{invitationId}" });
    expectTypedAndClean(error);
  });
});

describe("a server that accepts and never answers", () => {
  it("rejects with a TimeoutError and closes the connection it used", { timeout: 5000 }, async () => {
    const server = await serve(() => {
      // Read the request, answer nothing.
    });
    const error = (await rejection(deleteVia(server, { timeoutMs: 200 }))) as TimeoutError;
    expect(isTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ timeoutMs: 200, method: "DELETE", path: ATLAS_PATH_TEMPLATE });
    expect(server.requests).toHaveLength(1);
    expect(await server.settledSockets()).toBe(0);
    expectTypedAndClean(error);
  });

  it("times out the same way when the headers arrived but the body never ends", { timeout: 5000 }, async () => {
    const server = await serve((_request, socket) => {
      socket.write('HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nContent-Length: 80\r\n\r\n{"err');
    });
    const error = await rejection(deleteVia(server, { timeoutMs: 200 }));
    expect(isTimeoutError(error)).toBe(true);
    expect(await server.settledSockets()).toBe(0);
    expectTypedAndClean(error);
  });

  it("does not pile up connections over repeated timeouts", { timeout: 10_000 }, async () => {
    const server = await serve(() => {});
    const atlas = atlasAt(server, { timeoutMs: 100 });
    for (let call = 0; call < 8; call++) {
      const error = await rejection(atlas.deleteProjectInvitation({ groupId: GROUP_ID, invitationId: INVITATION_ID }));
      expect(isTimeoutError(error)).toBe(true);
    }
    expect(server.requests).toHaveLength(8);
    expect(await server.settledSockets()).toBe(0);
    // What may remain are undici's idle spares (two at most here, whatever the number of calls); they carry no
    // request and close on their own after undici's keep-alive timeout.
    expect(server.openSockets()).toBeLessThanOrEqual(2);
  });
});

describe("slow headers", () => {
  it("waits for a status line that arrives one byte at a time, within the timeout", async () => {
    const server = await serve((_request, socket) =>
      trickle(socket, "HTTP/1.1 204 No Content\r\nRateLimit-Remaining: 7\r\n\r\n", 3),
    );
    await expect(deleteVia(server, { timeoutMs: 10_000 })).resolves.toEqual({
      status: 204,
      enveloped: false,
      rateLimit: { remaining: 7 },
    });
  });

  it("gives up with a TimeoutError when the headers never finish, and closes the connection", async () => {
    const server = await serve((_request, socket) =>
      trickle(socket, `HTTP/1.1 204 No Content\r\nX-Padding: ${"a".repeat(10_000)}\r\n\r\n`, 10),
    );
    const error = await rejection(deleteVia(server, { timeoutMs: 250 }));
    expect(isTimeoutError(error)).toBe(true);
    expect(server.requests).toHaveLength(1);
    expect(await server.settledSockets()).toBe(0);
    expectTypedAndClean(error);
  });
});

describe("Retry-After on 429 and 503", () => {
  const inThePast = new Date(Date.now() - 60_000).toUTCString();

  it.each([
    [503, "seconds", "0"],
    [429, "an HTTP date", inThePast],
    [503, "an HTTP date", inThePast],
  ])(
    "retries a persistent %i with Retry-After as %s within bounds, then surfaces an ApiError",
    async (status, _form, value) => {
      const server = await serve((_request, socket) =>
        respondJson(socket, status, apiError(status, status === 429 ? "RATE_LIMITED" : "SERVICE_UNAVAILABLE"), {
          "Retry-After": value,
        }),
      );
      const error = (await rejection(deleteVia(server))) as ApiError;
      expect(isApiError(error)).toBe(true);
      expect(error).toMatchObject({ status, retryAfter: 0 });
      expect(server.requests).toHaveLength(1 + FAST_RETRY.retries);
      expectTypedAndClean(error);
    },
  );

  it("waits the Retry-After it was given before resending", { timeout: 5000 }, async () => {
    const arrivals: number[] = [];
    const server = await serve((_request, socket, index) => {
      arrivals.push(Date.now());
      if (index === 0) respondJson(socket, 429, apiError(429, "RATE_LIMITED"), { "Retry-After": "1" });
      else respond(socket, 204);
    });
    await expect(deleteVia(server)).resolves.toMatchObject({ status: 204 });
    const [first = 0, second = 0] = arrivals;
    // A lower bound only: the client may wait longer, never less (timer slack allowed).
    expect(second - first).toBeGreaterThanOrEqual(950);
  });

  it("does not wait for a Retry-After beyond maxRetryAfterMs, in seconds or as an HTTP date", async () => {
    const inAnHour = new Date(Date.now() + 3_600_000).toUTCString();
    for (const value of ["2", inAnHour]) {
      const server = await serve((_request, socket) =>
        respondJson(socket, 503, apiError(503, "SERVICE_UNAVAILABLE"), { "Retry-After": value }),
      );
      const error = (await rejection(
        deleteVia(server, { retry: { ...FAST_RETRY, maxRetryAfterMs: 1000 } }),
      )) as ApiError;
      expect(error.status).toBe(503);
      expect(server.requests).toHaveLength(1);
      if (value === "2") expect(error.retryAfter).toBe(2);
      else expect(error.retryAfter).toBeGreaterThan(3590);
    }
  });

  it("falls back to backoff when Retry-After is not a number or a date", async () => {
    const server = await serve((_request, socket) =>
      respondJson(socket, 429, apiError(429, "RATE_LIMITED"), { "Retry-After": "soon" }),
    );
    const error = (await rejection(deleteVia(server))) as ApiError;
    expect(error.status).toBe(429);
    expect(error.retryAfter).toBeUndefined();
    expect(server.requests).toHaveLength(1 + FAST_RETRY.retries);
  });

  it("stops a Retry-After wait when the call's timeout runs out", { timeout: 5000 }, async () => {
    const server = await serve((_request, socket) =>
      respondJson(socket, 429, apiError(429, "RATE_LIMITED"), { "Retry-After": "30" }),
    );
    const error = await rejection(deleteVia(server, { timeoutMs: 300 }));
    expect(isTimeoutError(error)).toBe(true);
    expect(server.requests).toHaveLength(1);
  });

  it("retries an HTML 503 maintenance page, then reports it as an unexpected response", async () => {
    const server = await serve((_request, socket) =>
      respond(socket, 503, { "Content-Type": "text/html", "Retry-After": "0" }, "<h1>Down for maintenance</h1>"),
    );
    const error = (await rejection(deleteVia(server))) as UnexpectedResponseError;
    expect(isUnexpectedResponseError(error)).toBe(true);
    expect(error).toMatchObject({ status: 503, contentType: "text/html" });
    expect(server.requests).toHaveLength(1 + FAST_RETRY.retries);
  });
});

describe("5xx", () => {
  it("retries a persistent 500, then surfaces it as an ApiError with the body's fields", async () => {
    const server = await serve((_request, socket) => respondJson(socket, 500, apiError(500, "UNEXPECTED_ERROR")));
    const error = (await rejection(deleteVia(server))) as ApiError;
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 500, errorCode: "UNEXPECTED_ERROR", detail: "detail of UNEXPECTED_ERROR" });
    expect(server.requests).toHaveLength(1 + FAST_RETRY.retries);
    expectTypedAndClean(error);
  });

  it.each([502, 504])("retries a persistent JSON %i the same way", async (status) => {
    const server = await serve((_request, socket) => respondJson(socket, status, apiError(status, "GATEWAY")));
    const error = (await rejection(deleteVia(server))) as ApiError;
    expect(error.status).toBe(status);
    expect(server.requests).toHaveLength(1 + FAST_RETRY.retries);
  });

  it("sends a 500 once when retries are off", async () => {
    const server = await serve((_request, socket) => respondJson(socket, 500, apiError(500, "UNEXPECTED_ERROR")));
    const error = (await rejection(deleteVia(server, { retry: false }))) as ApiError;
    expect(error.status).toBe(500);
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry a 501, which no retry can fix", async () => {
    const server = await serve((_request, socket) => respondJson(socket, 501, apiError(501, "NOT_IMPLEMENTED")));
    const error = (await rejection(deleteVia(server))) as ApiError;
    expect(error.status).toBe(501);
    expect(server.requests).toHaveLength(1);
  });
});

describe("truncated or non-JSON error bodies", () => {
  it("reports a truncated JSON error body as an unexpected response with a snippet of it", async () => {
    const server = await serve((_request, socket) =>
      respond(socket, 404, { "Content-Type": "application/json" }, '{"detail":"Invitation 5f3a1c2b not fo'),
    );
    const error = (await rejection(deleteVia(server))) as UnexpectedResponseError;
    expect(isUnexpectedResponseError(error)).toBe(true);
    expect(error).toMatchObject({ status: 404, contentType: "application/json" });
    expect(error.bodySnippet).toBe('{"detail":"Invitation 5f3a1c2b not fo');
    expectTypedAndClean(error);
  });

  it("keeps only the first 200 characters of a huge non-JSON body", async () => {
    const server = await serve((_request, socket) =>
      respond(socket, 400, { "Content-Type": "text/plain" }, "x".repeat(100_000)),
    );
    const error = (await rejection(deleteVia(server))) as UnexpectedResponseError;
    expect(isUnexpectedResponseError(error)).toBe(true);
    expect(error.bodySnippet).toHaveLength(200);
    expect(error.message.length).toBeLessThan(500);
  });

  it.each([
    ["an array", "[1,2,3]"],
    ["a string", '"Not Found"'],
    ["a number", "404"],
  ])("reports a JSON error body that is %s, not an ApiError object, as an unexpected response", async (_, body) => {
    const server = await serve((_request, socket) =>
      respond(socket, 404, { "Content-Type": "application/json" }, body),
    );
    const error = (await rejection(deleteVia(server))) as UnexpectedResponseError;
    expect(isUnexpectedResponseError(error)).toBe(true);
    expect(error.status).toBe(404);
    expect(error.bodySnippet).toContain(String(JSON.parse(body)));
  });

  it("turns an empty error body into an ApiError with errorCode UNKNOWN", async () => {
    const server = await serve((_request, socket) => respond(socket, 404));
    const error = (await rejection(deleteVia(server))) as ApiError;
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 404, errorCode: "UNKNOWN", parameters: [] });
    expect(error.message).toContain("no detail given");
  });

  it("ignores ApiError fields of the wrong type instead of trusting them", async () => {
    const server = await serve((_request, socket) =>
      respondJson(socket, 404, { errorCode: 42, detail: { nested: true }, parameters: "x", reason: null }),
    );
    const error = (await rejection(deleteVia(server))) as ApiError;
    expect(error).toMatchObject({ status: 404, errorCode: "UNKNOWN", parameters: [] });
    expect(error.detail).toBeUndefined();
    expect(error.reason).toBeUndefined();
  });
});

describe("a 2xx with an unexpected body", () => {
  it.each([
    ["a truncated envelope", 200, "application/json", '{"status":204,"cont'],
    ["an HTML page", 200, "text/html", "<html><body>Welcome</body></html>"],
    ["a 201 with a JSON object", 201, "application/json", '{"id":"5f3a1c2b9d4e8f7a6b5c4d3e"}'],
    ["an envelope whose status is not a status", 200, "application/json", '{"status":"ok","content":{}}'],
  ])("does not claim success for %s", async (_, status, contentType, body) => {
    const server = await serve((_request, socket) => respond(socket, status, { "Content-Type": contentType }, body));
    const error = (await rejection(deleteVia(server))) as UnexpectedResponseError;
    expect(isUnexpectedResponseError(error)).toBe(true);
    expect(error.status).toBe(status);
    expect(error.message).toContain("may have taken effect");
    expect(server.requests).toHaveLength(1);
  });
});

describe("redirects", () => {
  it.each([301, 302, 303, 307, 308])("does not follow a %i to another origin, nor retry it", async (status) => {
    const elsewhere = await serve((_request, socket) => respond(socket, 204));
    const server = await serve((request, socket) =>
      respond(socket, status, { Location: `${elsewhere.url}${request.url}` }),
    );
    const error = (await rejection(deleteVia(server))) as UnexpectedResponseError;
    expect(isUnexpectedResponseError(error)).toBe(true);
    expect(error.status).toBe(status);
    expect(error.message).toContain("not followed");
    expect(server.requests).toHaveLength(1);
    expect(elsewhere.connections()).toBe(0);
  });

  it("does not follow a redirect to the same origin either", async () => {
    const server = await serve((request, socket) =>
      request.url.startsWith("/moved")
        ? respond(socket, 204)
        : respond(socket, 308, { Location: `/moved${request.url}` }),
    );
    const error = await rejection(deleteVia(server));
    expect(isUnexpectedResponseError(error)).toBe(true);
    expect(server.requests.map((request) => request.url.startsWith("/moved"))).toEqual([false]);
  });

  it("does not repeat credentials a Location carries", async () => {
    const server = await serve((_request, socket) =>
      respond(socket, 302, {
        Location: `http://admin:${CANARY_PRIVATE_KEY}@127.0.0.1:1/login?token=${CANARY_PRIVATE_KEY}`,
      }),
    );
    const error = await rejection(deleteVia(server));
    expect(error.message).toContain("http://127.0.0.1:1/login");
    expectTypedAndClean(error);
  });
});

describe("ids refused before sending", () => {
  const bad: [string, string][] = [
    ["a slash", "5f3a1c2b9d4e/f7a6b5c4d3e"],
    ["an encoded slash", "5f3a1c2b9d4e%2F7a6b5c4d3"],
    ["dot segments", "../../../../../../../.."],
    ["unicode", "5f3a1c2b9d4e8f7a6b5c4d3é"],
    ["25 digits", "5f3a1c2b9d4e8f7a6b5c4d3e0"],
  ];
  const cases = bad.flatMap(([what, id]) =>
    [
      ["Atlas", "groupId"],
      ["Atlas", "invitationId"],
      ["Ops Manager", "orgId"],
      ["Ops Manager", "invitationId"],
    ].map(([target, parameter]) => [target, parameter, what, id] as [string, string, string, string]),
  );

  it.each(cases)("%s refuses a %s with %s before anything reaches the wire", async (target, parameter, _what, id) => {
    const server = await serve((_request, socket) => respond(socket, 204));
    let fetched = 0;
    const counting = (url: string, init: RequestInit) => {
      fetched++;
      return fetch(url, init);
    };
    const options = {
      baseUrl: server.url,
      publicKey: CANARY_PUBLIC_KEY,
      privateKey: CANARY_PRIVATE_KEY,
      fetch: counting,
    };
    const call =
      target === "Atlas"
        ? createAtlasClient(options).deleteProjectInvitation({
            groupId: GROUP_ID,
            invitationId: INVITATION_ID,
            [parameter]: id,
          })
        : createOpsManagerClient(options).deleteOrganizationInvitation({
            orgId: ORG_ID,
            invitationId: INVITATION_ID,
            [parameter]: id,
          });
    const error = await rejection(call);
    expect(isValidationError(error)).toBe(true);
    expect(error).toMatchObject({ parameter });
    expect(fetched).toBe(0);
    expect(server.connections()).toBe(0);
  });
});

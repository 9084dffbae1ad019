import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { json, startServer, type TestServer } from "../test/support/http-server.ts";
import { rejection } from "../test/support/rejection.ts";
import {
  ATLAS_PATH,
  GROUP_ID as groupId,
  INVITATION_ID as invitationId,
  ORG_ID as orgId,
  CANARY_PRIVATE_KEY as privateKey,
} from "../test/support/samples.ts";
import type { AuthStrategy } from "./auth.ts";
import { createAtlasClient, createOpsManagerClient } from "./clients.ts";
import {
  type ApiError,
  isApiError,
  isAuthenticationError,
  isNetworkError,
  isTimeoutError,
  isUnexpectedResponseError,
  isValidationError,
} from "./errors.ts";
import type { ClientFetch } from "./transport.ts";

/** Sends requests untouched: these tests are about everything but Digest, which src/auth.test.ts covers. */
const noAuth: AuthStrategy = { wrapFetch: (next) => next };

const servers: TestServer[] = [];
async function serve(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const server = await startServer(...args);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function atlasAt(server: TestServer, extra: Parameters<typeof createAtlasClient>[0] = {}) {
  return createAtlasClient({ baseUrl: server.url, auth: noAuth, retry: { minDelayMs: 1, maxDelayMs: 5 }, ...extra });
}

const apiError404 = {
  detail: `Invitation ${invitationId} not found.`,
  error: 404,
  errorCode: "INVITATION_NOT_FOUND",
  parameters: [invitationId],
  reason: "Not Found",
};

describe("deleteProjectInvitation", () => {
  it("sends DELETE to the invites path and resolves on 204", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(204).end();
    });
    await expect(atlasAt(server).deleteProjectInvitation({ groupId, invitationId })).resolves.toEqual({
      status: 204,
      enveloped: false,
    });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ method: "DELETE", url: ATLAS_PATH });
    expect(server.requests[0]?.headers.accept).toBe("application/json");
    expect(server.requests[0]?.headers["user-agent"]).toMatch(/^mms-invites\/\d+\.\d+\.\d+$/);
  });

  it.each([
    ["23 digits", "5f3a1c2b9d4e8f7a6b5c4d3"],
    ["25 digits", "5f3a1c2b9d4e8f7a6b5c4d3e0"],
    ["upper case", "5F3A1C2B9D4E8F7A6B5C4D3E"],
    ["a slash", "5f3a1c2b9d4e/f7a6b5c4d3e"],
    ["an encoded slash", "5f3a1c2b9d4e%2F7a6b5c4d3"],
    ["dot segments", "../../../../orgs/4888442a"],
    ["unicode digits", "５f3a1c2b9d4e8f7a6b5c4d3e"],
    ["an empty string", ""],
  ])("rejects an invitation id with %s before any request is sent", async (_, bad) => {
    const server = await serve((_req, res) => {
      res.writeHead(204).end();
    });
    const error = await rejection(atlasAt(server).deleteProjectInvitation({ groupId, invitationId: bad }));
    expect(isValidationError(error)).toBe(true);
    expect(error).toMatchObject({ parameter: "invitationId" });
    expect(error.message).toContain("invitationId must be 24 hexadecimal digits");
    expect(server.requests).toHaveLength(0);
  });

  it("rejects a missing groupId, an unknown parameter and a non-boolean envelope before sending", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(204).end();
    });
    const atlas = atlasAt(server);
    const missing = await rejection(atlas.deleteProjectInvitation({ invitationId } as never));
    expect(missing).toMatchObject({ code: "ERR_MMS_VALIDATION", parameter: "groupId" });
    const unknown = await rejection(atlas.deleteProjectInvitation({ groupId, invitationId, orgId } as never));
    expect(unknown.message).toBe(
      'deleteProjectInvitation takes no parameter "orgId"; it takes groupId and invitationId',
    );
    const envelope = await rejection(
      atlas.deleteProjectInvitation({ groupId, invitationId }, { envelope: "yes" as never }),
    );
    expect(envelope).toMatchObject({ parameter: "envelope", rule: "true or false" });
    expect(server.requests).toHaveLength(0);
  });

  it("sends envelope=true and pretty=true only when asked, and unwraps the 200 envelope", async () => {
    const server = await serve((_req, res) => json(res, 200, { status: 204, content: {} }));
    const result = await atlasAt(server).deleteProjectInvitation(
      { groupId, invitationId },
      { envelope: true, pretty: true },
    );
    expect(result).toEqual({ status: 204, enveloped: true });
    expect(server.requests[0]?.url).toBe(`${ATLAS_PATH}?pretty=true&envelope=true`);
  });

  it("accepts a 200 envelope it did not ask for", async () => {
    const server = await serve((_req, res) => json(res, 200, { status: 204, content: {} }));
    await expect(atlasAt(server).deleteProjectInvitation({ groupId, invitationId })).resolves.toEqual({
      status: 204,
      enveloped: true,
    });
  });

  it("turns an ApiError body into an ApiError with every field and a readable message", async () => {
    const server = await serve((_req, res) => json(res, 404, apiError404));
    const error = (await rejection(atlasAt(server).deleteProjectInvitation({ groupId, invitationId }))) as ApiError;
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({
      name: "ApiError",
      code: "ERR_MMS_API",
      status: 404,
      errorCode: "INVITATION_NOT_FOUND",
      detail: apiError404.detail,
      reason: "Not Found",
      parameters: [invitationId],
      method: "DELETE",
      path: "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}",
      enveloped: false,
    });
    expect(error.message).toBe(
      `DELETE /api/atlas/v1.0/groups/{groupId}/invites/{invitationId} → 404 INVITATION_NOT_FOUND: ${apiError404.detail}`,
    );
  });

  it("rejects an enveloped 404 with the same ApiError as a plain 404", async () => {
    const plain = await serve((_req, res) => json(res, 404, apiError404));
    const wrapped = await serve((_req, res) => json(res, 200, { status: 404, content: apiError404 }));
    const a = (await rejection(atlasAt(plain).deleteProjectInvitation({ groupId, invitationId }))) as ApiError;
    const b = (await rejection(
      atlasAt(wrapped).deleteProjectInvitation({ groupId, invitationId }, { envelope: true }),
    )) as ApiError;
    expect(b.constructor).toBe(a.constructor);
    expect({ ...b.toJSON(), enveloped: false }).toEqual(a.toJSON());
    expect(b.enveloped).toBe(true);
  });

  it("retries a 429 after Retry-After, then surfaces it with retryAfter when it persists", async () => {
    const server = await serve((_req, res) =>
      json(
        res,
        429,
        { error: 429, errorCode: "RATE_LIMITED", detail: "slow down" },
        { "Retry-After": "0", "RateLimit-Limit": "100", "RateLimit-Remaining": "0" },
      ),
    );
    const error = (await rejection(
      atlasAt(server, { retry: { retries: 2 } }).deleteProjectInvitation({ groupId, invitationId }),
    )) as ApiError;
    expect(error).toMatchObject({ status: 429, errorCode: "RATE_LIMITED", retryAfter: 0 });
    expect(server.requests).toHaveLength(3);
  });

  it("reads Retry-After given as an HTTP date", async () => {
    const server = await serve((_req, res, i) =>
      i === 0
        ? json(res, 503, { error: 503, errorCode: "SERVICE_UNAVAILABLE" }, { "Retry-After": new Date(0).toUTCString() })
        : res.writeHead(204).end(),
    );
    await expect(atlasAt(server).deleteProjectInvitation({ groupId, invitationId })).resolves.toMatchObject({
      status: 204,
    });
    expect(server.requests).toHaveLength(2);
  });

  it("does not wait for a Retry-After longer than maxRetryAfterMs: it fails at once with retryAfter", async () => {
    const server = await serve((_req, res) =>
      json(res, 429, { error: 429, errorCode: "RATE_LIMITED" }, { "Retry-After": "3600" }),
    );
    const error = (await rejection(atlasAt(server).deleteProjectInvitation({ groupId, invitationId }))) as ApiError;
    expect(error).toMatchObject({ status: 429, retryAfter: 3600 });
    expect(server.requests).toHaveLength(1);
  });

  it("retries a 500 with backoff and succeeds when the server recovers", async () => {
    const server = await serve((_req, res, i) =>
      i < 2 ? json(res, 500, { error: 500, errorCode: "UNEXPECTED_ERROR" }) : res.writeHead(204).end(),
    );
    await expect(atlasAt(server).deleteProjectInvitation({ groupId, invitationId })).resolves.toMatchObject({
      status: 204,
    });
    expect(server.requests).toHaveLength(3);
  });

  it("does not retry a 404, a 403 or a 400", async () => {
    for (const status of [400, 403, 404]) {
      const server = await serve((_req, res) => json(res, status, { error: status, errorCode: "X" }));
      const error = (await rejection(atlasAt(server).deleteProjectInvitation({ groupId, invitationId }))) as ApiError;
      expect(error.status).toBe(status);
      expect(server.requests).toHaveLength(1);
    }
  });

  it("surfaces an HTML 502 page from a proxy as an unexpected response after retrying", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(502, { "Content-Type": "text/html" }).end("<html><body>Bad Gateway</body></html>");
    });
    const error = await rejection(atlasAt(server).deleteProjectInvitation({ groupId, invitationId }));
    expect(isUnexpectedResponseError(error)).toBe(true);
    expect(error).toMatchObject({ status: 502, contentType: "text/html" });
    expect(server.requests).toHaveLength(3);
  });

  it("reports a 2xx with an unexpected body instead of claiming success", async () => {
    const server = await serve((_req, res) => json(res, 200, { deleted: true }));
    const error = await rejection(atlasAt(server).deleteProjectInvitation({ groupId, invitationId }));
    expect(isUnexpectedResponseError(error)).toBe(true);
    expect(error.message).toContain("may have taken effect");
  });

  it("does not follow a redirect to another origin", async () => {
    const elsewhere = await serve((_req, res) => {
      res.writeHead(204).end();
    });
    const server = await serve((_req, res) => {
      res.writeHead(307, { Location: `${elsewhere.url}${ATLAS_PATH}` }).end();
    });
    const error = await rejection(atlasAt(server).deleteProjectInvitation({ groupId, invitationId }));
    expect(isUnexpectedResponseError(error)).toBe(true);
    expect(error.message).toContain("not followed");
    expect(elsewhere.requests).toHaveLength(0);
  });

  it("times out with a TimeoutError when the server never answers", async () => {
    const server = await serve(() => {
      // Accept the request and never answer.
    });
    const error = await rejection(
      atlasAt(server, { timeoutMs: 150 }).deleteProjectInvitation({ groupId, invitationId }),
    );
    expect(isTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ timeoutMs: 150, path: "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}" });
  });

  it("rejects with the caller's abort reason when the caller aborts", async () => {
    const server = await serve(() => {});
    const controller = new AbortController();
    const call = atlasAt(server).deleteProjectInvitation({ groupId, invitationId }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("user cancelled")), 20);
    await expect(call).rejects.toThrow("user cancelled");
  });

  it("turns a refused connection into a NetworkError with its cause, after retrying", async () => {
    const server = await serve(() => {});
    const { url } = server;
    await server.close();
    servers.splice(servers.indexOf(server), 1);
    let attempts = 0;
    const counting: ClientFetch = (url, init) => {
      attempts++;
      return fetch(url, init);
    };
    const error = await rejection(
      createAtlasClient({
        baseUrl: url,
        auth: noAuth,
        fetch: counting,
        retry: { minDelayMs: 1 },
      }).deleteProjectInvitation({ groupId, invitationId }),
    );
    expect(isNetworkError(error)).toBe(true);
    expect(error.cause).toBeInstanceOf(Error);
    expect(error.message).toContain("ECONNREFUSED");
    expect(attempts).toBe(3);
  });

  it("reports the rate-limit budget the server sent", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(204, { "RateLimit-Limit": "100", "RateLimit-Remaining": "41" }).end();
    });
    await expect(atlasAt(server).deleteProjectInvitation({ groupId, invitationId })).resolves.toEqual({
      status: 204,
      enveloped: false,
      rateLimit: { limit: 100, remaining: 41 },
    });
  });

  it("types a 401 as an AuthenticationError", async () => {
    const server = await serve((_req, res) =>
      json(res, 401, { error: 401, errorCode: "NOT_AUTHORIZED" }, { "WWW-Authenticate": 'Basic realm="x"' }),
    );
    const error = await rejection(atlasAt(server).deleteProjectInvitation({ groupId, invitationId }));
    expect(isAuthenticationError(error)).toBe(true);
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, failure: "unsupported-challenge", errorCode: "NOT_AUTHORIZED" });
  });
});

describe("deleteOrganizationInvitation", () => {
  it("sends DELETE to the Ops Manager path under the base URL's mount path", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(204, { "X-MongoDB-Service-Version": "gitHash=abc; versionString=8.0.0" }).end();
    });
    const om = createOpsManagerClient({ baseUrl: `${server.url}/opsmanager/`, auth: noAuth });
    await expect(om.deleteOrganizationInvitation({ orgId, invitationId })).resolves.toMatchObject({ status: 204 });
    expect(server.requests[0]?.url).toBe(`/opsmanager/api/public/v1.0/orgs/${orgId}/invites/${invitationId}`);
  });

  it("gives both targets MongoDB's twelve v1 method names, with the Ops Manager prefix stripped", () => {
    const om = createOpsManagerClient({ baseUrl: "https://om.example.com:8443", publicKey: "p", privateKey });
    const atlas = createAtlasClient({ publicKey: "p", privateKey });
    const names = (client: object) =>
      Object.keys(client)
        .filter((k) => typeof (client as Record<string, unknown>)[k] === "function" && k !== "close")
        .sort();
    const expected = ["Project", "Organization"]
      .flatMap((scope) => [
        `list${scope}Invitations`,
        `get${scope}Invitation`,
        `create${scope}Invitation`,
        `update${scope}Invitation`,
        `update${scope}InvitationById`,
        `delete${scope}Invitation`,
      ])
      .sort();
    expect(names(atlas)).toEqual(expected);
    expect(names(om)).toEqual(expected);
  });
});

describe("client options", () => {
  it("defaults Atlas to https://cloud.mongodb.com and strips a pasted API prefix", () => {
    expect(createAtlasClient({ publicKey: "p", privateKey }).baseUrl).toBe("https://cloud.mongodb.com");
    expect(
      createAtlasClient({ publicKey: "p", privateKey, baseUrl: "https://cloud.mongodb.com/api/atlas/v1.0/" }).baseUrl,
    ).toBe("https://cloud.mongodb.com");
    expect(
      createOpsManagerClient({ publicKey: "p", privateKey, baseUrl: "https://om.example.com:8443/api/public/v1.0" })
        .baseUrl,
    ).toBe("https://om.example.com:8443");
  });

  it("requires a base URL for Ops Manager", () => {
    expect(() => createOpsManagerClient({ publicKey: "p", privateKey } as never)).toThrow(
      "baseUrl is required for Ops Manager",
    );
  });

  it("refuses plain http to a remote host unless allowInsecureHttp is set, before any request", async () => {
    let sent = 0;
    const counting: ClientFetch = async () => {
      sent++;
      return new Response(null, { status: 204 });
    };
    expect(() => createAtlasClient({ baseUrl: "http://cloud.mongodb.com", publicKey: "p", privateKey })).toThrow(
      /plain http to a host that is not loopback/,
    );
    const allowed = createAtlasClient({
      baseUrl: "http://atlas.internal.example",
      auth: noAuth,
      fetch: counting,
      allowInsecureHttp: true,
    });
    await allowed.deleteProjectInvitation({ groupId, invitationId });
    expect(sent).toBe(1);
    for (const loopback of ["http://127.0.0.1:1", "http://localhost:1", "http://[::1]:1"]) {
      expect(createAtlasClient({ baseUrl: loopback, publicKey: "p", privateKey }).baseUrl).toBe(loopback);
    }
  });

  it("refuses credentials inside the base URL without repeating them", () => {
    const error = (() => {
      try {
        createAtlasClient({ baseUrl: `https://p:${privateKey}@cloud.mongodb.com`, publicKey: "p", privateKey });
      } catch (e) {
        return e as Error;
      }
      throw new Error("expected a throw");
    })();
    expect(isValidationError(error)).toBe(true);
    expect(inspect(error)).not.toContain(privateKey);
  });

  it("names a missing key without showing the other one", () => {
    expect(() => createAtlasClient({ publicKey: "", privateKey })).toThrow("publicKey is required");
    expect(() => createAtlasClient({ publicKey: "p" })).toThrow("privateKey is required");
  });

  it("calls an injected fetch exactly as fetch is called, (url, init), from the methods and from api alike", async () => {
    const challenge =
      'Digest realm="MMS Public API", nonce="0123456789abcdef0123456789abcdef", algorithm=MD5, qop="auth", stale=false';
    const calls: { url: unknown; init: RequestInit }[] = [];
    const transport: ClientFetch = async (url, init) => {
      calls.push({ url, init });
      const headers = init.headers as Record<string, string>;
      if (headers.authorization === undefined) {
        return new Response("{}", { status: 401, headers: { "www-authenticate": challenge } });
      }
      return init.method === "POST"
        ? Response.json({ id: invitationId }, { status: 201 })
        : new Response(null, { status: 204 });
    };
    const atlas = createAtlasClient({
      baseUrl: "https://atlas.example.test/mount",
      publicKey: "p",
      privateKey,
      fetch: transport,
    });
    await atlas.deleteProjectInvitation(
      { groupId, invitationId },
      { headers: { "X-Trace": "1", "User-Agent": "mine" } },
    );
    await atlas.createProjectInvitation({ groupId, username: "jane.doe@example.com", roles: ["GROUP_READ_ONLY"] });
    await atlas.api.DELETE("/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}", {
      params: { path: { groupId, invitationId } },
    });
    // The challenge, the signed resend, then one request per call.
    expect(calls.map(({ url, init }) => [init.method, url])).toEqual([
      ["DELETE", `https://atlas.example.test/mount/api/atlas/v1.0/groups/${groupId}/invites/${invitationId}`],
      ["DELETE", `https://atlas.example.test/mount/api/atlas/v1.0/groups/${groupId}/invites/${invitationId}`],
      ["POST", `https://atlas.example.test/mount/api/atlas/v1.0/groups/${groupId}/invites`],
      ["DELETE", `https://atlas.example.test/mount/api/atlas/v1.0/groups/${groupId}/invites/${invitationId}`],
    ]);
    for (const { url, init } of calls) {
      expect(typeof url).toBe("string");
      expect(init).not.toBeInstanceOf(Request);
      expect(init.signal).toBeInstanceOf(AbortSignal);
      expect(init.redirect).toBe("manual");
      expect(Object.getPrototypeOf(init.headers)).toBe(Object.prototype);
      for (const name of Object.keys(init.headers as object)) expect(name).toBe(name.toLowerCase());
    }
    const [challenged, signed, created] = calls.map(
      ({ init }) => init as RequestInit & { headers: Record<string, string> },
    );
    expect(Object.keys(challenged ?? {}).sort()).toEqual(["headers", "method", "redirect", "signal"]);
    expect(challenged?.headers).toEqual({ accept: "application/json", "user-agent": "mine", "x-trace": "1" });
    expect(signed?.headers.authorization).toMatch(/^Digest username="p", /);
    expect(JSON.parse(String(created?.body))).toEqual({ username: "jane.doe@example.com", roles: ["GROUP_READ_ONLY"] });
    expect(created?.headers["content-type"]).toBe("application/json");
  });

  it("rejects a bad timeout, retry setting or user agent", () => {
    expect(() => createAtlasClient({ publicKey: "p", privateKey, timeoutMs: -1 })).toThrow("timeoutMs");
    expect(() => createAtlasClient({ publicKey: "p", privateKey, retry: { retries: 1.5 } })).toThrow("retry.retries");
    expect(() => createAtlasClient({ publicKey: "p", privateKey, userAgent: "a\r\nX-Evil: 1" })).toThrow("userAgent");
  });
});

describe("errors", () => {
  it("never contain the private key, whatever the failure", async () => {
    const server = await serve((req, res, i) => {
      if (i % 3 === 0) return json(res, 404, apiError404);
      if (i % 3 === 1) return res.writeHead(502, { "Content-Type": "text/html" }).end("<h1>502</h1>");
      return json(res, 401, { error: 401, errorCode: "NOT_AUTHORIZED" }, { "WWW-Authenticate": req.url ?? "" });
    });
    const atlas = createAtlasClient({ baseUrl: server.url, publicKey: "pub", privateKey, retry: false });
    const failures: unknown[] = [];
    for (let i = 0; i < 3; i++)
      failures.push(await rejection(atlas.deleteProjectInvitation({ groupId, invitationId })));
    for (const error of failures) {
      for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 10, showHidden: true })]) {
        expect(text).not.toContain(privateKey);
      }
    }
    expect(failures).toHaveLength(3);
  });
});

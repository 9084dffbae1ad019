import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type DigestServer, type DigestServerOptions, startDigestServer } from "../test/support/digest-server.ts";
import { ATLAS_PATH as INVITE_PATH, TEST_PRIVATE_KEY, TEST_PUBLIC_KEY } from "../test/support/samples.ts";
import { type AuthStrategy, type DigestAuthOptions, digestAuth, type FetchLike } from "./auth.ts";
import { classifyChallenge, parseAuthorization } from "./digest.ts";
import { isValidationError } from "./errors.ts";

const CREDENTIALS = { publicKey: TEST_PUBLIC_KEY, privateKey: TEST_PRIVATE_KEY };

const servers: DigestServer[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function server(options: DigestServerOptions = {}): Promise<DigestServer> {
  const started = await startDigestServer(options);
  servers.push(started);
  return started;
}

/** The strategy wrapped around the global fetch, as the client wires it. */
function authedFetch(options?: DigestAuthOptions, credentials = CREDENTIALS): FetchLike {
  return digestAuth(credentials, options).wrapFetch((request) => fetch(request));
}

function deleteInvite(base: DigestServer, init: RequestInit = {}): Request {
  return new Request(`${base.url}${INVITE_PATH}`, { method: "DELETE", ...init });
}

/** The Digest parameters of every Authorization header the server received. */
function sentParams(base: DigestServer): Record<string, string>[] {
  return base.authorizations().map((header) => parseAuthorization(header) ?? {});
}

describe("digestAuth: one round trip per call after the first", () => {
  it("takes 11 requests for 10 sequential deletes", async () => {
    const api = await server();
    const send = authedFetch();
    for (let call = 0; call < 10; call++) {
      expect((await send(deleteInvite(api))).status).toBe(204);
    }
    expect(api.requests).toHaveLength(11);
    expect(api.verdicts()).toEqual({ "no-credentials": 1, authorized: 10 });
  });

  it("counts nc per nonce in lower-case hex from 00000001", async () => {
    const api = await server();
    const send = authedFetch();
    for (let call = 0; call < 12; call++) await send(deleteInvite(api));
    const params = sentParams(api);
    expect(params.map((p) => p.nc)).toEqual([
      "00000001",
      "00000002",
      "00000003",
      "00000004",
      "00000005",
      "00000006",
      "00000007",
      "00000008",
      "00000009",
      "0000000a",
      "0000000b",
      "0000000c",
    ]);
    expect(new Set(params.map((p) => p.nonce)).size).toBe(1);
  });

  it("draws a fresh 128-bit cnonce for every request", async () => {
    const api = await server();
    const send = authedFetch();
    for (let call = 0; call < 5; call++) await send(deleteInvite(api));
    const cnonces = sentParams(api).map((p) => p.cnonce);
    expect(new Set(cnonces).size).toBe(5);
    for (const cnonce of cnonces) expect(cnonce).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe("digestAuth: concurrency", () => {
  it("gives each of 32 parallel requests on a known nonce its own nc, one request each", async () => {
    const api = await server({ ncCheck: "replay" });
    const send = authedFetch();
    await send(deleteInvite(api));
    api.reset();
    const statuses = await Promise.all(Array.from({ length: 32 }, () => send(deleteInvite(api)).then((r) => r.status)));
    expect(statuses).toEqual(Array(32).fill(204));
    expect(api.requests).toHaveLength(32);
    const ncs = sentParams(api).map((p) => Number.parseInt(p.nc ?? "", 16));
    expect(ncs.sort((a, b) => a - b)).toEqual(Array.from({ length: 32 }, (_, index) => index + 2));
  });

  it("sends no (nonce, nc) pair twice for 100 calls at concurrency 32, in 101 requests", async () => {
    const api = await server({ ncCheck: "replay" });
    const send = authedFetch();
    let next = 0;
    const worker = async (): Promise<number[]> => {
      const statuses: number[] = [];
      while (next < 100) {
        next++;
        statuses.push((await send(deleteInvite(api))).status);
      }
      return statuses;
    };
    const statuses = (await Promise.all(Array.from({ length: 32 }, worker))).flat();
    expect(statuses).toHaveLength(100);
    expect(statuses.every((status) => status === 204)).toBe(true);
    // The first call learns the challenge while the 31 others wait for it: one challenge for the whole batch.
    expect(api.requests).toHaveLength(101);
    const pairs = sentParams(api).map((p) => `${p.nonce} ${p.nc}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(api.verdicts()["replayed-nc"]).toBeUndefined();
  });
});

describe("digestAuth: one challenge shared by concurrent calls", () => {
  it("pays one challenge for 32 first calls started at once", async () => {
    const api = await server();
    const send = authedFetch();
    const statuses = await Promise.all(Array.from({ length: 32 }, async () => (await send(deleteInvite(api))).status));
    expect(statuses).toEqual(Array(32).fill(204));
    expect(api.requests).toHaveLength(33);
    expect(api.verdicts()).toEqual({ "no-credentials": 1, authorized: 32 });
  });

  it("pays one challenge when its own use limit retires a nonce under concurrency", async () => {
    const api = await server();
    const send = authedFetch({ nonceMaxUses: 50 });
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < 200) {
        next++;
        expect((await send(deleteInvite(api))).status).toBe(204);
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    // 200 deletes over nonces retired after 50 uses: 4 challenges, not 16 per retirement.
    expect(api.verdicts()["no-credentials"]).toBe(4);
    expect(api.requests).toHaveLength(204);
  });

  it("completes every call at concurrency 32 on a server that forgets each nonce after 100 uses", async () => {
    // The first call's resend once went out after the calls it woke had used the nonce up: a lost delete.
    const api = await server({ nonceMaxUses: 100 });
    const send = authedFetch();
    let next = 0;
    const statuses: number[] = [];
    const worker = async (): Promise<void> => {
      while (next < 1000) {
        next++;
        statuses.push((await send(deleteInvite(api))).status);
      }
    };
    await Promise.all(Array.from({ length: 32 }, worker));
    expect(statuses.filter((status) => status !== 204)).toEqual([]);
    expect(api.verdicts()["no-credentials"]).toBe(1);
  });

  it("does not hold calls back on a server that answers without a challenge", async () => {
    let inFlight = 0;
    let most = 0;
    const open: FetchLike = async () => {
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 10));
      inFlight--;
      return new Response(null, { status: 204 });
    };
    const send = digestAuth(CREDENTIALS).wrapFetch(open);
    await send(new Request("http://127.0.0.1:9/x", { method: "DELETE" }));
    await Promise.all(Array.from({ length: 8 }, () => send(new Request("http://127.0.0.1:9/x", { method: "DELETE" }))));
    expect(most).toBe(8);
  });

  it("lets a waiting call be aborted", async () => {
    let answer = (_: Response): void => {};
    const slow: FetchLike = () => new Promise<Response>((resolve) => (answer = resolve));
    const send = digestAuth(CREDENTIALS).wrapFetch(slow);
    const leader = send(new Request("http://127.0.0.1:9/x", { method: "DELETE" }));
    const controller = new AbortController();
    const waiting = send(new Request("http://127.0.0.1:9/x", { method: "DELETE", signal: controller.signal }));
    controller.abort(new Error("gave up"));
    await expect(waiting).rejects.toThrow("gave up");
    answer(new Response(null, { status: 204 }));
    expect((await leader).status).toBe(204);
  });
});

describe("digestAuth: stale and expired nonces", () => {
  it("refreshes a nonce the server calls stale and resends silently", async () => {
    const api = await server({ nonceMaxUses: 3 });
    const send = authedFetch();
    const statuses: number[] = [];
    for (let call = 0; call < 5; call++) statuses.push((await send(deleteInvite(api))).status);
    expect(statuses).toEqual([204, 204, 204, 204, 204]);
    // 2 (challenge) + 1 + 1 + 2 (stale, then the new nonce) + 1
    expect(api.requests).toHaveLength(7);
    expect(api.verdicts()).toEqual({ "no-credentials": 1, authorized: 5, stale: 1 });
    const params = sentParams(api);
    expect(params[4]?.nonce).not.toBe(params[3]?.nonce);
    expect(params[4]?.nc).toBe("00000001");
  });

  it("stops after maxStaleRefreshes when the server answers stale=true for ever, and returns that 401", async () => {
    const api = await server({ staleForever: true });
    const response = await authedFetch()(deleteInvite(api));
    expect(response.status).toBe(401);
    // The first request, the resend, then 2 refreshes.
    expect(api.requests).toHaveLength(4);
    expect(classifyChallenge(response.headers.get("www-authenticate"))).toBe("stale-loop");
  });

  it("does not refresh at all with maxStaleRefreshes: 0", async () => {
    const api = await server({ staleForever: true });
    const response = await authedFetch({ maxStaleRefreshes: 0 })(deleteInvite(api));
    expect(response.status).toBe(401);
    expect(api.requests).toHaveLength(2);
  });

  it("drops a cached nonce after nonceMaxUses requests and pays a fresh challenge", async () => {
    const api = await server();
    const send = authedFetch({ nonceMaxUses: 2 });
    for (let call = 0; call < 3; call++) await send(deleteInvite(api));
    // 2 requests, 1 request (nc 2, the last use), then a bare request and a new challenge.
    expect(api.requests.map((request) => request.verdict)).toEqual([
      "no-credentials",
      "authorized",
      "authorized",
      "no-credentials",
      "authorized",
    ]);
  });

  it("drops a cached nonce older than nonceMaxAgeMs", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-01-01T00:00:00Z"));
    const api = await server();
    const send = authedFetch({ nonceMaxAgeMs: 60_000 });
    await send(deleteInvite(api));
    vi.setSystemTime(new Date("2026-01-01T00:00:59Z"));
    await send(deleteInvite(api));
    expect(api.requests).toHaveLength(3);
    vi.setSystemTime(new Date("2026-01-01T00:01:01Z"));
    await send(deleteInvite(api));
    expect(api.requests).toHaveLength(5);
    expect(api.requests[3]?.authorization).toBeUndefined();
  });

  it("drops a nonce the server no longer knows and answers its fresh challenge once", async () => {
    const api = await server();
    const send = authedFetch();
    await send(deleteInvite(api));
    api.forgetNonces();
    api.reset();
    expect((await send(deleteInvite(api))).status).toBe(204);
    expect(api.requests.map((request) => request.verdict)).toEqual(["unknown-nonce", "authorized"]);
    expect((await send(deleteInvite(api))).status).toBe(204);
    expect(api.requests).toHaveLength(3);
  });
});

describe("digestAuth: refused credentials and challenges it cannot answer", () => {
  it("returns the 401 after exactly two requests when the password is wrong", async () => {
    const api = await server();
    const send = authedFetch(undefined, { publicKey: TEST_PUBLIC_KEY, privateKey: "wrong" });
    const response = await send(deleteInvite(api));
    expect(response.status).toBe(401);
    expect(api.requests).toHaveLength(2);
    expect(api.verdicts()).toEqual({ "no-credentials": 1, "bad-response": 1 });
    expect(classifyChallenge(response.headers.get("www-authenticate"))).toBe("rejected");
    expect(await response.json()).toMatchObject({ error: 401 });
  });

  it("does not reuse a refused nonce: the next call with wrong keys again takes two requests", async () => {
    const api = await server();
    const send = authedFetch(undefined, { publicKey: TEST_PUBLIC_KEY, privateKey: "wrong" });
    await send(deleteInvite(api));
    await send(deleteInvite(api));
    expect(api.requests).toHaveLength(4);
    expect(api.requests[2]?.authorization).toBeUndefined();
  });

  it("never sends a credential in answer to a Basic challenge", async () => {
    const api = await server({ scheme: "basic" });
    const send = authedFetch();
    const response = await send(deleteInvite(api));
    await send(deleteInvite(api));
    expect(response.status).toBe(401);
    expect(api.requests).toHaveLength(2);
    expect(api.requests.every((request) => request.headers.authorization === undefined)).toBe(true);
    expect(classifyChallenge(response.headers.get("www-authenticate"))).toBe("unsupported-challenge");
  });

  it("never sends a credential when only auth-int is offered", async () => {
    const api = await server({ qop: "auth-int" });
    const response = await authedFetch()(deleteInvite(api));
    expect(response.status).toBe(401);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]?.authorization).toBeUndefined();
    expect(classifyChallenge(response.headers.get("www-authenticate"))).toBe("unsupported-challenge");
  });

  it("never sends a credential for an unknown algorithm", async () => {
    const api = await server({ algorithms: ["SHA-512-256"] });
    const response = await authedFetch()(deleteInvite(api));
    expect(response.status).toBe(401);
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]?.authorization).toBeUndefined();
  });

  it("returns a 401 without WWW-Authenticate as it is", async () => {
    const api = await server({ scheme: "none" });
    const response = await authedFetch()(deleteInvite(api));
    expect(response.status).toBe(401);
    expect(api.requests).toHaveLength(1);
    expect(classifyChallenge(response.headers.get("www-authenticate"))).toBe("no-challenge");
  });
});

describe("digestAuth: what is signed and resent", () => {
  it("hashes DELETE as DELETE (the server checks the hash with the request's method)", async () => {
    const api = await server();
    const response = await authedFetch()(deleteInvite(api));
    expect(response.status).toBe(204);
    expect(api.requests.map((request) => request.method)).toEqual(["DELETE", "DELETE"]);
    expect(api.verdicts().authorized).toBe(1);
  });

  it("signs the path and the query string as the uri", async () => {
    const api = await server();
    const url = `${api.url}${INVITE_PATH}?pretty=true&envelope=false`;
    const response = await authedFetch()(new Request(url, { method: "DELETE" }));
    expect(response.status).toBe(204);
    expect(sentParams(api)[0]?.uri).toBe(`${INVITE_PATH}?pretty=true&envelope=false`);
  });

  it("keeps the request's own headers on the resend", async () => {
    const api = await server();
    await authedFetch()(deleteInvite(api, { headers: { accept: "application/json", "x-request-id": "r-1" } }));
    expect(api.requests).toHaveLength(2);
    for (const request of api.requests) {
      expect(request.headers.accept).toBe("application/json");
      expect(request.headers["x-request-id"]).toBe("r-1");
    }
  });

  it("resends the request body intact", async () => {
    const api = await server();
    const body = JSON.stringify({ note: "resent" });
    const response = await authedFetch()(
      new Request(`${api.url}/api/echo`, { method: "POST", body, headers: { "content-type": "application/json" } }),
    );
    expect(response.status).toBe(204);
    expect(api.requests.map((request) => request.body)).toEqual([body, body]);
  });

  it.each(["MD5", "MD5-sess", "SHA-256", "SHA-256-sess"] as const)("answers a %s challenge", async (algorithm) => {
    const api = await server({ algorithms: [algorithm] });
    const send = authedFetch();
    expect((await send(deleteInvite(api))).status).toBe(204);
    expect((await send(deleteInvite(api))).status).toBe(204);
    expect(api.requests).toHaveLength(3);
    expect(sentParams(api).map((p) => p.algorithm)).toEqual([algorithm, algorithm]);
  });

  it("picks SHA-256 when the server offers MD5 first and SHA-256 second", async () => {
    const api = await server({ algorithms: ["MD5", "SHA-256"] });
    expect((await authedFetch()(deleteInvite(api))).status).toBe(204);
    expect(sentParams(api)[0]?.algorithm).toBe("SHA-256");
  });

  it('reads the vendor\'s op="auth" typo as qop=auth', async () => {
    const api = await server({ qopTypo: true });
    expect((await authedFetch()(deleteInvite(api))).status).toBe(204);
    expect(sentParams(api)[0]?.qop).toBe("auth");
  });

  it("answers an RFC 2069 server that sends no qop", async () => {
    const api = await server({ qop: "none" });
    expect((await authedFetch()(deleteInvite(api))).status).toBe(204);
    expect(sentParams(api)[0]).not.toHaveProperty("qop");
  });

  it("sends a hashed username when the server asks for userhash", async () => {
    const api = await server({ userhash: true, algorithms: ["SHA-256"] });
    expect((await authedFetch()(deleteInvite(api))).status).toBe(204);
    const params = sentParams(api)[0];
    expect(params?.userhash).toBe("true");
    expect(params?.username).toMatch(/^[0-9a-f]{64}$/);
  });

  it("never sends one origin's Authorization to another origin", async () => {
    const first = await server();
    const second = await server();
    const send = authedFetch();
    await send(deleteInvite(first));
    await send(deleteInvite(second));
    expect(second.requests[0]?.authorization).toBeUndefined();
    expect(second.requests).toHaveLength(2);
    const [firstParams, secondParams] = [sentParams(first)[0], sentParams(second)[0]];
    expect(secondParams?.nonce).not.toBe(firstParams?.nonce);
  });
});

describe("digestAuth: signals and secrets", () => {
  it("passes the caller's abort signal through to the resend", async () => {
    const api = await server();
    const controller = new AbortController();
    const send = digestAuth(CREDENTIALS).wrapFetch(async (request) => {
      const response = await fetch(request);
      controller.abort();
      return response;
    });
    await expect(send(deleteInvite(api, { signal: controller.signal }))).rejects.toMatchObject({ name: "AbortError" });
    expect(api.requests).toHaveLength(1);
  });

  it("sends nothing when the signal is already aborted", async () => {
    const api = await server();
    const request = deleteInvite(api, { signal: AbortSignal.abort() });
    await expect(authedFetch()(request)).rejects.toMatchObject({ name: "AbortError" });
    expect(api.requests).toHaveLength(0);
  });

  it("keeps the private key out of the strategy object", () => {
    const strategy: AuthStrategy = digestAuth(CREDENTIALS);
    expect(Object.keys(strategy)).toEqual(["classifyUnauthorized", "wrapFetch"]);
    expect(JSON.stringify(strategy)).not.toContain(TEST_PRIVATE_KEY);
    expect(inspect(strategy, { depth: 10, showHidden: true })).not.toContain(TEST_PRIVATE_KEY);
  });

  it("never puts the private key on the wire", async () => {
    const api = await server();
    await authedFetch()(deleteInvite(api));
    for (const request of api.requests) expect(JSON.stringify(request)).not.toContain(TEST_PRIVATE_KEY);
  });

  it("refuses empty or non-string keys up front without echoing them", () => {
    const cases: unknown[] = [
      { publicKey: "", privateKey: TEST_PRIVATE_KEY },
      { publicKey: TEST_PUBLIC_KEY, privateKey: "" },
      { publicKey: TEST_PUBLIC_KEY },
      { publicKey: `${TEST_PUBLIC_KEY}\n`, privateKey: TEST_PRIVATE_KEY },
      undefined,
    ];
    for (const credentials of cases) {
      let thrown: unknown;
      try {
        digestAuth(credentials as Parameters<typeof digestAuth>[0]);
      } catch (error) {
        thrown = error;
      }
      expect(isValidationError(thrown)).toBe(true);
      expect(`${String(thrown)} ${JSON.stringify(thrown)} ${inspect(thrown)}`).not.toContain(TEST_PRIVATE_KEY);
    }
  });

  it("refuses out-of-range options", () => {
    expect(() => digestAuth(CREDENTIALS, { maxStaleRefreshes: -1 })).toThrow(
      expect.objectContaining({ code: "ERR_MMS_VALIDATION", parameter: "maxStaleRefreshes" }),
    );
    expect(() => digestAuth(CREDENTIALS, { nonceMaxUses: 0 })).toThrow(
      expect.objectContaining({ parameter: "nonceMaxUses" }),
    );
  });
});

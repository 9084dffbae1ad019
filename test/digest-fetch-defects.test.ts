/**
 * Why mms-invites has its own Digest module instead of digest-fetch: one test per defect of digest-fetch 3.1.1
 * (listed in API-FACTS.md), each run against the RFC 7616 test server.
 *
 * Every test here PASSES WHILE THE DEFECT EXISTS. A failure means a digest-fetch release fixed that defect: read its
 * changelog, then either delete the test or reconsider the dependency. These tests never exercise our own code.
 */
import { createHash } from "node:crypto";
import DigestClient from "digest-fetch";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type DigestServer, type DigestServerOptions, startDigestServer } from "./support/digest-server.ts";
import { ATLAS_PATH as INVITE_PATH, TEST_PRIVATE_KEY, TEST_PUBLIC_KEY } from "./support/samples.ts";

const servers: DigestServer[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function server(options: DigestServerOptions = {}): Promise<DigestServer> {
  const started = await startDigestServer(options);
  servers.push(started);
  return started;
}

function client(): DigestClient {
  return new DigestClient(TEST_PUBLIC_KEY, TEST_PRIVATE_KEY);
}

/** digest-fetch's `fetch` is typed loosely (it may return node-fetch's Response); it returns the global one here. */
async function send(digest: DigestClient, input: string | Request, init: RequestInit = {}): Promise<Response> {
  return (await digest.fetch(input, init)) as Response;
}

/** Reads `k=v, k="v"` pairs with a plain regular expression, independent of src/digest.ts. */
function params(header: string | undefined): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of (header ?? "").matchAll(/([a-z0-9*-]+)=(?:"([^"]*)"|([^\s,]*))/gi)) {
    const key = (match[1] ?? "").toLowerCase();
    found[key] ??= match[2] ?? match[3] ?? "";
  }
  return found;
}

function md5(data: string): string {
  return createHash("md5").update(data).digest("hex");
}

describe("digest-fetch 3.1.1 defects (each test passes while the defect exists; a failure means a fixed release)", () => {
  it("hashes a DELETE given as a Request as GET, so the server refuses it", async () => {
    const api = await server();
    const response = await send(client(), new Request(`${api.url}${INVITE_PATH}`, { method: "DELETE" }));

    expect(response.status).toBe(401);
    expect(api.requests.map((request) => request.method)).toEqual(["DELETE", "DELETE"]);
    expect(api.requests[1]?.verdict).toBe("bad-response");
    const sent = params(api.requests[1]?.authorization);
    const ha1 = md5(`${TEST_PUBLIC_KEY}:${sent.realm}:${TEST_PRIVATE_KEY}`);
    const asGet = md5(`${ha1}:${sent.nonce}:${sent.nc}:${sent.cnonce}:${sent.qop}:${md5(`GET:${sent.uri}`)}`);
    expect(sent.response).toBe(asGet);
  });

  it("drops the request's own headers on the retry", async () => {
    const api = await server();
    const request = new Request(`${api.url}${INVITE_PATH}`, {
      headers: { accept: "application/json", "x-request-id": "r-1" },
    });
    const response = await send(client(), request);

    expect(response.status).toBe(204);
    expect(api.requests[0]?.headers["x-request-id"]).toBe("r-1");
    expect(api.requests[1]?.authorization).toBeDefined();
    expect(api.requests[1]?.headers["x-request-id"]).toBeUndefined();
  });

  it("writes nc in decimal: the 10th request says 00000010, not 0000000a", async () => {
    const api = await server({ ncCheck: "off" });
    const digest = client();
    for (let call = 0; call < 10; call++) await send(digest, `${api.url}${INVITE_PATH}`, { method: "DELETE" });

    const ncs = api.authorizations().map((header) => params(header).nc);
    expect(ncs).toHaveLength(10);
    expect(ncs[9]).toBe("00000010");
  });

  it("never restarts nc at 00000001 for a new nonce", async () => {
    const api = await server({ nonceMaxUses: 3 });
    const digest = client();
    for (let call = 0; call < 4; call++) await send(digest, `${api.url}${INVITE_PATH}`, { method: "DELETE" });

    expect(api.verdicts().stale).toBe(1);
    const sent = api.authorizations().map(params);
    const firstNonce = sent[0]?.nonce;
    const firstOfNewNonce = sent.find((p) => p.nonce !== firstNonce);
    expect(firstOfNewNonce).toBeDefined();
    expect(firstOfNewNonce?.nc).not.toBe("00000001");
  });

  it("sends the same nc from concurrent calls, and the server refuses the replays", async () => {
    const api = await server({ ncCheck: "replay" });
    const digest = client();
    await send(digest, `${api.url}${INVITE_PATH}`, { method: "DELETE" });
    api.reset();
    await Promise.all(Array.from({ length: 10 }, () => send(digest, `${api.url}${INVITE_PATH}`, { method: "DELETE" })));

    const pairs = api.authorizations().map((header) => `${params(header).nonce} ${params(header).nc}`);
    // Every nc is read before any answer arrives, so most of the 10 calls send the very same (nonce, nc).
    expect(new Set(pairs).size).toBeLessThan(pairs.length);
    expect(api.verdicts()["replayed-nc"]).toBeGreaterThan(0);
    expect(api.requests.length).toBeGreaterThan(10);
  });

  it("draws cnonce from Math.random", async () => {
    const api = await server();
    const random = vi.spyOn(Math, "random").mockReturnValue(0);
    await send(client(), `${api.url}${INVITE_PATH}`, { method: "DELETE" });

    expect(random).toHaveBeenCalled();
    expect(params(api.requests[1]?.authorization).cnonce).toBe("a".repeat(32));
  });

  it("takes the algorithm from its constructor, not from the challenge", async () => {
    const api = await server({ algorithms: ["SHA-256"] });
    const response = await send(client(), `${api.url}${INVITE_PATH}`, { method: "DELETE" });

    expect(response.status).toBe(401);
    expect(api.requests[0]?.verdict).toBe("no-credentials");
    expect(params(api.requests[1]?.authorization).algorithm).toBe("MD5");
  });

  it("reads nonce out of a cnonce= parameter that comes first", async () => {
    const api = await server({ challengePrefix: 'cnonce="decoy"' });
    const response = await send(client(), `${api.url}${INVITE_PATH}`, { method: "DELETE" });

    expect(response.status).toBe(401);
    expect(params(api.requests[1]?.authorization).nonce).toBe("decoy");
    expect(api.requests[1]?.verdict).toBe("unknown-nonce");
  });

  it("falls back to RFC 2069 hashing when the challenge says op= instead of qop=", async () => {
    const api = await server({ qopTypo: true });
    const response = await send(client(), `${api.url}${INVITE_PATH}`, { method: "DELETE" });

    expect(response.status).toBe(401);
    const sent = params(api.requests[1]?.authorization);
    expect(sent.qop).toBeUndefined();
    const ha1 = md5(`${TEST_PUBLIC_KEY}:${sent.realm}:${TEST_PRIVATE_KEY}`);
    expect(sent.response).toBe(md5(`${ha1}:${sent.nonce}:${md5(`DELETE:${sent.uri}`)}`));
  });

  it("answers a Basic challenge with a Digest-shaped credential under the Basic scheme", async () => {
    const api = await server({ scheme: "basic" });
    await send(client(), `${api.url}${INVITE_PATH}`, { method: "DELETE" });

    const answer = api.requests[1]?.authorization;
    expect(answer).toMatch(/^Basic /);
    expect(params(answer).username).toBe(TEST_PUBLIC_KEY);
    expect(params(answer).response).toMatch(/^[0-9a-f]{32}$/);
  });

  it("sends one server's Digest header up front to another origin", async () => {
    const first = await server();
    const second = await server();
    const digest = client();
    await send(digest, `${first.url}${INVITE_PATH}`, { method: "DELETE" });
    await send(digest, `${second.url}${INVITE_PATH}`, { method: "DELETE" });

    const leaked = second.requests[0]?.authorization;
    expect(leaked).toBeDefined();
    expect(params(leaked).nonce).toBe(params(first.requests[1]?.authorization).nonce);
  });
});

import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { type DigestServer, type DigestServerOptions, startDigestServer } from "../test/support/digest-server.ts";
import { TEST_PRIVATE_KEY, TEST_PUBLIC_KEY } from "../test/support/samples.ts";
import { parseAuthorization } from "./digest.ts";
import { createDigestFetch, type DigestFetchOptions } from "./digest-fetch.ts";
import { isValidationError } from "./errors.ts";

const GROUP_ID = "5f1d0a2b3c4d5e6f7a8b9c0d";
const COLLECTION = `/api/atlas/v1.0/groups/${GROUP_ID}/invites`;
const ONE = `${COLLECTION}/0a1b2c3d4e5f60718293a4b5`;
const KEYS = { publicKey: TEST_PUBLIC_KEY, privateKey: TEST_PRIVATE_KEY };

const servers: DigestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function server(options: DigestServerOptions = {}): Promise<DigestServer> {
  const started = await startDigestServer(options);
  servers.push(started);
  return started;
}

/** A server that answers every authorized request with what it received, so a test sees what arrived. */
function echo(): DigestServerOptions {
  return {
    respond: (request, response, body) => {
      response.writeHead(200, { "content-type": "application/json" }).end(
        JSON.stringify({
          method: request.method,
          url: request.url,
          body,
          type: request.headers["content-type"] ?? null,
          trace: request.headers["x-trace"] ?? null,
        }),
      );
    },
  };
}

function ncs(api: DigestServer): string[] {
  return api.authorizations().map((header) => parseAuthorization(header)?.nc ?? "");
}

describe("createDigestFetch: a standard fetch with Digest inside", () => {
  it("signs a Request input with its own method, keeping its headers on the resend", async () => {
    const api = await server(echo());
    const digestFetch = createDigestFetch(KEYS);
    const response = await digestFetch(
      new Request(`${api.url}${ONE}`, { method: "DELETE", headers: { "x-trace": "t1" } }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ method: "DELETE", url: ONE, trace: "t1" });
    expect(api.verdicts()).toEqual({ "no-credentials": 1, authorized: 1 });
  });

  it("takes a URL input with init, as fetch does", async () => {
    const api = await server(echo());
    const digestFetch = createDigestFetch(KEYS);
    const response = await digestFetch(new URL(`${api.url}${ONE}?pretty=true`), { method: "PATCH", body: "{}" });
    expect(await response.json()).toMatchObject({ method: "PATCH", url: `${ONE}?pretty=true`, body: "{}" });
    expect(api.verdicts()).toEqual({ "no-credentials": 1, authorized: 1 });
  });

  it.each([
    [
      "a JSON string",
      JSON.stringify({ username: "jane.doe@example.com", roles: ["GROUP_READ_ONLY"] }),
      "text/plain;charset=UTF-8",
    ],
    ["bytes", new TextEncoder().encode('{"roles":["GROUP_OWNER"]}'), null],
    [
      "form fields",
      new URLSearchParams({ username: "jane.doe@example.com" }),
      "application/x-www-form-urlencoded;charset=UTF-8",
    ],
  ] as const)("replays an init body given as %s on the authenticated resend", async (_, body, type) => {
    const api = await server(echo());
    const digestFetch = createDigestFetch(KEYS);
    const response = await digestFetch(`${api.url}${COLLECTION}`, { method: "POST", body });
    const text = body instanceof Uint8Array ? new TextDecoder().decode(body) : String(body);
    expect(await response.json()).toEqual({ method: "POST", url: COLLECTION, body: text, type, trace: null });
    expect(api.requests.map((request) => request.body)).toEqual([text, text]);
    expect(api.verdicts()).toEqual({ "no-credentials": 1, authorized: 1 });
  });

  it("reuses the nonce across calls: 6 requests for 5 sequential calls, nc 1 to 5", async () => {
    const api = await server();
    const digestFetch = createDigestFetch(KEYS);
    for (let call = 0; call < 5; call++) {
      expect((await digestFetch(`${api.url}${ONE}`, { method: "DELETE" })).status).toBe(204);
    }
    expect(api.requests).toHaveLength(6);
    expect(ncs(api)).toEqual(["00000001", "00000002", "00000003", "00000004", "00000005"]);
  });

  it("gives concurrent calls one challenge and a distinct nc each, which a server refusing replays accepts", async () => {
    const api = await server({ ncCheck: "replay" });
    const digestFetch = createDigestFetch(KEYS);
    const statuses = await Promise.all(
      Array.from({ length: 10 }, () => digestFetch(`${api.url}${ONE}`, { method: "DELETE" }).then((r) => r.status)),
    );
    expect(statuses).toEqual(Array(10).fill(204));
    expect(api.verdicts()).toEqual({ "no-credentials": 1, authorized: 10 });
    const sent = ncs(api);
    expect(new Set(sent).size).toBe(10);
    expect([...sent].sort()).toEqual(Array.from({ length: 10 }, (_, i) => (i + 1).toString(16).padStart(8, "0")));
  });

  it("answers stale=true with the new nonce, starting its nc at 1", async () => {
    const api = await server({ nonceMaxUses: 2 });
    const digestFetch = createDigestFetch(KEYS);
    for (let call = 0; call < 4; call++) {
      expect((await digestFetch(`${api.url}${ONE}`, { method: "DELETE" })).status).toBe(204);
    }
    expect(api.verdicts()).toEqual({ "no-credentials": 1, authorized: 4, stale: 1 });
    expect(ncs(api)).toEqual(["00000001", "00000002", "00000003", "00000001", "00000002"]);
  });

  it("returns a Basic-only challenge's 401 as it came, without sending any credential", async () => {
    const api = await server({ scheme: "basic" });
    const response = await createDigestFetch(KEYS)(`${api.url}${ONE}`, { method: "DELETE" });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Basic /);
    expect(api.requests).toHaveLength(1);
    expect(api.authorizations()).toEqual([]);
  });

  it("returns a 401 offering only an unknown algorithm as it came, without sending any credential", async () => {
    const api = await server({ algorithms: ["SHA-999"] });
    const response = await createDigestFetch(KEYS)(`${api.url}${ONE}`, { method: "DELETE" });
    expect(response.status).toBe(401);
    expect(api.requests).toHaveLength(1);
    expect(api.authorizations()).toEqual([]);
  });

  it("returns the 401 after one resend when the keys are wrong", async () => {
    const api = await server();
    const response = await createDigestFetch({ ...KEYS, privateKey: "wrong" })(`${api.url}${ONE}`, {
      method: "DELETE",
    });
    expect(response.status).toBe(401);
    expect(api.verdicts()).toEqual({ "no-credentials": 1, "bad-response": 1 });
  });

  it("sends through the given fetch", async () => {
    const api = await server();
    const seen: string[] = [];
    const digestFetch = createDigestFetch({
      ...KEYS,
      fetch: (input, init) => {
        seen.push(input instanceof Request ? input.method : String(init?.method));
        return fetch(input, init);
      },
    });
    expect((await digestFetch(`${api.url}${ONE}`, { method: "DELETE" })).status).toBe(204);
    expect(seen).toEqual(["DELETE", "DELETE"]);
  });

  it.each([
    ["publicKey", { privateKey: TEST_PRIVATE_KEY }],
    ["privateKey", { publicKey: TEST_PUBLIC_KEY, privateKey: "" }],
    ["fetch", { ...KEYS, fetch: "https://example.com" }],
  ] as const)("refuses a bad %s with a ValidationError naming it, before any request", (parameter, options) => {
    let thrown: unknown;
    try {
      createDigestFetch(options as unknown as DigestFetchOptions);
    } catch (error) {
      thrown = error;
    }
    expect(isValidationError(thrown)).toBe(true);
    expect(thrown).toMatchObject({ parameter });
  });

  it("never shows the private key in the function it returns", () => {
    const digestFetch = createDigestFetch(KEYS);
    for (const rendering of [String(digestFetch), inspect(digestFetch, { showHidden: true, depth: null })]) {
      expect(rendering).not.toContain(TEST_PRIVATE_KEY);
    }
  });
});

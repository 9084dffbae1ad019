/**
 * Keys must never leak: not in any error (message, fields, JSON, util.inspect with hidden fields, the cause chain),
 * not in any log, over every failure path the other reliability tests drive; plain HTTP to a remote host is refused
 * before anything is sent; and every nonce, on either side, comes from `node:crypto`, not `Math.random`.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import {
  type ClientFetch,
  createAtlasClient,
  createOpsManagerClient,
  isMmsError,
  isValidationError,
} from "../../src/index.ts";
import { DigestVerifier } from "../../src/sandbox/digest-verifier.ts";
import { defaultSeed, startSandbox } from "../../src/sandbox/index.ts";
import { type DigestServerOptions, startDigestServer } from "../support/digest-server.ts";
import { resetAfter, respondJson, startFaultServer } from "../support/fault-server.ts";
import {
  CANARY_PRIVATE_KEY,
  CANARY_PUBLIC_KEY,
  FAST_RETRY,
  GROUP_ID,
  INVITATION_ID,
  ORG_ID,
} from "../support/samples.ts";
import { expectNoSecret, renderings, secretForms } from "../support/secrets.ts";

const closers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((server) => server.close()));
});

async function digestServer(options: DigestServerOptions = {}): Promise<string> {
  const server = await startDigestServer({ users: { [CANARY_PUBLIC_KEY]: CANARY_PRIVATE_KEY }, ...options });
  closers.push(server);
  return server.url;
}
async function faultServer(...args: Parameters<typeof startFaultServer>): Promise<string> {
  const server = await startFaultServer(...args);
  closers.push(server);
  return server.url;
}

const keys = { publicKey: CANARY_PUBLIC_KEY, privateKey: CANARY_PRIVATE_KEY };
const atlasDelete = (baseUrl: string, extra: object = {}) =>
  createAtlasClient({ baseUrl, ...keys, retry: FAST_RETRY, ...extra }).deleteProjectInvitation({
    groupId: GROUP_ID,
    invitationId: INVITATION_ID,
  });
const opsManagerDelete = (baseUrl: string, extra: object = {}) =>
  createOpsManagerClient({ baseUrl, ...keys, retry: FAST_RETRY, ...extra }).deleteOrganizationInvitation({
    orgId: ORG_ID,
    invitationId: INVITATION_ID,
  });

/** Every failure path of the reliability tests, each ending in the error the caller would get. */
const failurePaths: [string, () => Promise<unknown>][] = [
  // Authentication.
  ["wrong keys", async () => atlasDelete(await digestServer({ users: { [CANARY_PUBLIC_KEY]: "not-the-key" } }))],
  ["a 401 without a challenge", async () => atlasDelete(await digestServer({ scheme: "none" }))],
  ["a Basic-only challenge", async () => opsManagerDelete(await digestServer({ scheme: "basic" }))],
  ["an unknown algorithm", async () => atlasDelete(await digestServer({ algorithms: ["SHA3-512"] }))],
  ["auth-int only", async () => atlasDelete(await digestServer({ qop: "auth-int" }))],
  ["stale=true forever", async () => opsManagerDelete(await digestServer({ staleForever: true }))],
  // Answers after a successful authentication, so a signed request was on the wire each time.
  ...(
    [
      ["an ApiError 404", (res) => res.writeHead(404, { "Content-Type": "application/json" }).end('{"error":404}')],
      ["a persistent 429", (res) => res.writeHead(429, { "Retry-After": "0" }).end('{"errorCode":"RATE_LIMITED"}')],
      ["a persistent 500", (res) => res.writeHead(500).end('{"error":500,"errorCode":"UNEXPECTED_ERROR"}')],
      ["an HTML 502", (res) => res.writeHead(502, { "Content-Type": "text/html" }).end("<h1>Bad Gateway</h1>")],
      ["a truncated JSON body", (res) => res.writeHead(400).end('{"detail":"cut')],
      ["a 2xx with an unexpected body", (res) => res.writeHead(200).end('{"deleted":true}')],
      ["a redirect to another origin", (res) => res.writeHead(307, { Location: "http://127.0.0.1:1/x" }).end()],
      ["a reset mid-response", (res) => res.socket?.resetAndDestroy()],
      [
        "a server that echoes the Authorization header back",
        (res, req) =>
          res
            .writeHead(403, { "Content-Type": "application/json", "X-Echo": req.headers.authorization ?? "" })
            .end(JSON.stringify({ error: 403, errorCode: "ECHO", detail: req.headers.authorization })),
      ],
    ] as [string, (res: ServerResponse, req: IncomingMessage) => void][]
  ).map(([name, answer]): [string, () => Promise<unknown>] => [
    `${name} after authentication`,
    async () => atlasDelete(await digestServer({ respond: (req, res) => answer(res, req) })),
  ]),
  [
    "a signed request never answered",
    async () => atlasDelete(await digestServer({ respond: () => {} }), { timeoutMs: 200 }),
  ],
  // Transport.
  ["a reset before any answer", async () => atlasDelete(await faultServer((_r, socket) => resetAfter(socket, "")))],
  [
    "a refused connection",
    async () => {
      const server = await startFaultServer(() => {});
      await server.close();
      return opsManagerDelete(server.url);
    },
  ],
  [
    "a challenge echoing the private key's shape back",
    async () =>
      atlasDelete(
        await faultServer((request, socket) =>
          respondJson(
            socket,
            401,
            { error: 401, detail: request.headers.authorization ?? "none" },
            {
              "WWW-Authenticate": `Digest realm="${request.headers.authorization ?? "x"}", nonce="n", qop="auth"`,
            },
          ),
        ),
      ),
  ],
  // Refused before sending.
  [
    "a malformed id",
    async () =>
      createAtlasClient({ baseUrl: "http://127.0.0.1:1", ...keys }).deleteProjectInvitation({
        groupId: GROUP_ID,
        invitationId: "../../orgs",
      }),
  ],
  ["plain http to a remote host", async () => atlasDelete("http://cloud.mongodb.com")],
  [
    "credentials in the base URL",
    async () => atlasDelete(`https://${CANARY_PUBLIC_KEY}:${CANARY_PRIVATE_KEY}@cloud.mongodb.com`),
  ],
  ["an invalid retry setting", async () => atlasDelete("http://127.0.0.1:1", { retry: { retries: -1 } })],
];

describe("no private key in any error", () => {
  // The client must log nothing at all; any console call is captured here and checked.
  const logged: unknown[][] = [];
  const methods = ["log", "info", "warn", "error", "debug", "trace"] as const;
  beforeAll(() => {
    for (const method of methods) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(args);
      });
    }
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it.each(failurePaths)(
    "%s: the error is typed and holds the key in no rendering, down its cause chain",
    async (_name, run) => {
      let error: unknown;
      try {
        await run();
      } catch (caught) {
        error = caught;
      }
      expect(error, "the failure path did not fail").toBeDefined();
      expect(isMmsError(error)).toBe(true);
      expectNoSecret(error);
    },
  );

  it("the client logged nothing over all of these failures", () => {
    expect(logged).toEqual([]);
  });

  it("the check itself finds the key in any of its forms", () => {
    // A control: an error that does carry the key, deep in its cause chain, is caught by the same check.
    for (const form of secretForms(CANARY_PUBLIC_KEY, CANARY_PRIVATE_KEY)) {
      const leaky = new Error("outer", { cause: new Error("inner", { cause: { header: form } }) });
      expect(renderings(leaky).some((text) => text.includes(form))).toBe(true);
    }
  });
});

describe("plain HTTP", () => {
  const remote = [
    "http://cloud.mongodb.com",
    "http://om.example.com:8080",
    "http://10.0.0.5:8080",
    "http://192.168.1.10",
    "http://localhost.example.com",
    "http://127.0.0.1.nip.io",
    "http://[2001:db8::1]:8080",
  ];

  function counting(): { fetch: ClientFetch; sent: () => number } {
    let sent = 0;
    return {
      fetch: async () => {
        sent++;
        return new Response(null, { status: 204 });
      },
      sent: () => sent,
    };
  }

  it.each(remote)("refuses %s for both targets before anything is sent", (baseUrl) => {
    const transport = counting();
    for (const create of [createAtlasClient, createOpsManagerClient]) {
      let error: unknown;
      try {
        create({ baseUrl, ...keys, fetch: transport.fetch });
      } catch (caught) {
        error = caught;
      }
      expect(isValidationError(error)).toBe(true);
      expect(error).toMatchObject({ parameter: "baseUrl" });
      expectNoSecret(error);
    }
    expect(transport.sent()).toBe(0);
  });

  it.each(remote)("sends to %s only when allowInsecureHttp is set (through an injected fetch)", async (baseUrl) => {
    const transport = counting();
    await createAtlasClient({
      baseUrl,
      ...keys,
      fetch: transport.fetch,
      allowInsecureHttp: true,
    }).deleteProjectInvitation({ groupId: GROUP_ID, invitationId: INVITATION_ID });
    await createOpsManagerClient({
      baseUrl,
      ...keys,
      fetch: transport.fetch,
      allowInsecureHttp: true,
    }).deleteOrganizationInvitation({ orgId: ORG_ID, invitationId: INVITATION_ID });
    expect(transport.sent()).toBe(2);
  });

  it("sends over https without the flag (through an injected fetch)", async () => {
    const transport = counting();
    await createAtlasClient({ ...keys, fetch: transport.fetch }).deleteProjectInvitation({
      groupId: GROUP_ID,
      invitationId: INVITATION_ID,
    });
    expect(transport.sent()).toBe(1);
  });
});

describe("nonces come from node:crypto", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("the client's cnonces on the wire all differ while Math.random is stuck on one value", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const server = await startDigestServer({ users: { [CANARY_PUBLIC_KEY]: CANARY_PRIVATE_KEY } });
    closers.push(server);
    const atlas = createAtlasClient({ baseUrl: server.url, ...keys });
    for (let call = 0; call < 20; call++) {
      await atlas.deleteProjectInvitation({ groupId: GROUP_ID, invitationId: INVITATION_ID });
    }
    const cnonces = server.authorizations().map((header) => /cnonce="([^"]*)"/.exec(header)?.[1]);
    expect(cnonces).toHaveLength(20);
    expect(new Set(cnonces).size).toBe(20);
    for (const cnonce of cnonces) expect(cnonce).toMatch(/^[0-9a-f]{32}$/);
  });

  it("the sandbox's server nonces all differ while Math.random is stuck on one value", async () => {
    vi.spyOn(Math, "random").mockReturnValue(0.5);
    const sandbox = await startSandbox();
    closers.push(sandbox);
    const nonces = new Set<string>();
    for (let request = 0; request < 20; request++) {
      const response = await fetch(`${sandbox.url}/api/atlas/v1.0/groups/${GROUP_ID}/invites/${INVITATION_ID}`, {
        method: "DELETE",
      });
      await response.arrayBuffer();
      nonces.add(/nonce="([^"]*)"/.exec(response.headers.get("www-authenticate") ?? "")?.[1] ?? "");
    }
    expect(nonces.size).toBe(20);
    for (const nonce of nonces) expect(nonce).toMatch(/^[0-9a-f]{32}$/);
    const verifier = new DigestVerifier({ password: () => defaultSeed.keys[0]?.privateKey });
    const direct = new Set(Array.from({ length: 1000 }, () => verifier.challenge(false)[0]));
    expect(direct.size).toBe(1000);
  });
});

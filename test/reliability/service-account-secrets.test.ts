/**
 * A service account's client secret and every access token it was issued must never leak: not in any error of any
 * failure path (message, fields, JSON, util.inspect with hidden fields, the cause chain), not in the client or the
 * strategy objects, not in any log. The same checks as `secrets.test.ts`, with the tokens added to what must not
 * appear.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { inspect } from "node:util";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createAtlasClient, isMmsError, serviceAccountAuth } from "../../src/index.ts";
import { json } from "../support/http-server.ts";
import {
  type OAuthServer,
  type OAuthServerOptions,
  SA_CLIENT_ID,
  SA_CLIENT_SECRET,
  startOAuthServer,
} from "../support/oauth-server.ts";
import { FAST_RETRY, GROUP_ID, INVITATION_ID } from "../support/samples.ts";
import { renderings, secretForms } from "../support/secrets.ts";

const servers: OAuthServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const SERVICE_ACCOUNT = { clientId: SA_CLIENT_ID, clientSecret: SA_CLIENT_SECRET };
/** The tokens every server of this file issued: none may appear in any error. */
const issued: string[] = [];

async function server(options: OAuthServerOptions = {}): Promise<OAuthServer> {
  const started = await startOAuthServer(options);
  servers.push(started);
  return started;
}

async function deleteWith(options: OAuthServerOptions, extra: object = {}): Promise<unknown> {
  const at = await server(options);
  const atlas = createAtlasClient({ baseUrl: at.url, ...SERVICE_ACCOUNT, retry: FAST_RETRY, ...extra });
  try {
    return await atlas.deleteProjectInvitation({ groupId: GROUP_ID, invitationId: INVITATION_ID });
  } finally {
    issued.push(...at.issued);
  }
}

/** Answers a token request by echoing what the client sent (its Authorization header and body). */
const echoToken =
  (status: number, type: string) =>
  (_index: number, req: IncomingMessage, res: ServerResponse): boolean => {
    const echoed = `${req.headers.authorization ?? ""} ${Buffer.from(req.headers.authorization?.slice(6) ?? "", "base64").toString()}`;
    if (type === "application/json") json(res, status, { error: "invalid_request", error_description: echoed });
    else res.writeHead(status, { "Content-Type": type }).end(`<html><pre>${echoed}</pre></html>`);
    return true;
  };

/** Answers an API request with an error body that echoes its Authorization header. */
const echoApi = (status: number) => (req: IncomingMessage, res: ServerResponse) =>
  json(res, status, { error: status, errorCode: "ECHO", detail: req.headers.authorization ?? "" });

const failurePaths: [string, () => Promise<unknown>][] = [
  ["a wrong secret", () => deleteWith({ clientSecret: "mdb_sa_sk_not-the-one-the-client-has" })],
  ["the token limit", () => deleteWith({ maxActive: 0 })],
  ["a fresh token refused too", () => deleteWith({ refuseAllTokens: true })],
  [
    "a token endpoint that echoes the credentials in an OAuth error",
    () => deleteWith({ fault: echoToken(400, "application/json") }),
  ],
  [
    "a token endpoint that echoes the credentials in an HTML 502",
    () => deleteWith({ fault: echoToken(502, "text/html") }),
  ],
  ["a token endpoint that echoes them in an HTML 200", () => deleteWith({ fault: echoToken(200, "text/html") })],
  ["an API that echoes the Bearer token in a 403", () => deleteWith({ api: echoApi(403) })],
  ["an API that echoes the Bearer token in a 500", () => deleteWith({ api: echoApi(500) })],
  ["an API that echoes it in a 200 that is no envelope", () => deleteWith({ api: echoApi(200) })],
  [
    "an API that echoes it in a non-JSON 400",
    () => deleteWith({ api: (req, res) => res.writeHead(400).end(`token: ${req.headers.authorization}`) }),
  ],
  ["a token endpoint that hangs", () => deleteWith({ fault: () => true }, { timeoutMs: 200 })],
  [
    "a reset on the token request",
    () =>
      deleteWith({
        fault: (_i, req) => {
          req.socket.destroy();
          return true;
        },
      }),
  ],
  [
    "a closed client",
    async () => {
      const at = await server();
      const atlas = createAtlasClient({ baseUrl: at.url, ...SERVICE_ACCOUNT });
      await atlas.deleteProjectInvitation({ groupId: GROUP_ID, invitationId: INVITATION_ID });
      issued.push(...at.issued);
      await atlas.close();
      return atlas.deleteProjectInvitation({ groupId: GROUP_ID, invitationId: INVITATION_ID });
    },
  ],
  [
    "a revocation that fails",
    async () => {
      const at = await server();
      const atlas = createAtlasClient({ baseUrl: at.url, ...SERVICE_ACCOUNT, retry: false });
      await atlas.deleteProjectInvitation({ groupId: GROUP_ID, invitationId: INVITATION_ID });
      issued.push(...at.issued);
      await at.close();
      return atlas.close();
    },
  ],
  [
    "a secret with a newline",
    async () => createAtlasClient({ clientId: SA_CLIENT_ID, clientSecret: `${SA_CLIENT_SECRET}\n` }),
  ],
  [
    "a secret beside an API key pair",
    async () => createAtlasClient({ ...SERVICE_ACCOUNT, publicKey: "abcdefgh", privateKey: "k" }),
  ],
  [
    "a token URL carrying the secret",
    async () => createAtlasClient({ ...SERVICE_ACCOUNT, tokenUrl: `https://id:${SA_CLIENT_SECRET}@t.example.com/t` }),
  ],
];

/** Every form of the secret, plus every token issued so far. */
function forbidden(): string[] {
  return [...secretForms(SA_CLIENT_ID, SA_CLIENT_SECRET), ...issued];
}

describe("no client secret and no access token in any error", () => {
  const logged: unknown[][] = [];
  beforeAll(() => {
    for (const method of ["log", "info", "warn", "error", "debug", "trace"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(args);
      });
    }
  });
  afterAll(() => {
    vi.restoreAllMocks();
  });

  it.each(failurePaths)("%s: the error is typed and holds no secret in any rendering", async (_name, run) => {
    let error: unknown;
    try {
      await run();
    } catch (caught) {
      error = caught;
    }
    expect(error, "the failure path did not fail").toBeDefined();
    expect(isMmsError(error)).toBe(true);
    for (const text of renderings(error)) {
      for (const form of forbidden()) expect(text).not.toContain(form);
    }
  });

  it("issued tokens on the paths that got that far, so the token checks above had something to find", () => {
    expect(issued.length).toBeGreaterThanOrEqual(6);
  });

  it("the client logged nothing over all of these failures", () => {
    expect(logged).toEqual([]);
  });

  it("the check itself finds a token and the Basic credential deep in a cause chain", () => {
    for (const form of forbidden().slice(-1).concat(secretForms(SA_CLIENT_ID, SA_CLIENT_SECRET))) {
      const leaky = new Error("outer", { cause: new Error("inner", { cause: { header: form } }) });
      expect(renderings(leaky).some((text) => text.includes(form))).toBe(true);
    }
  });
});

describe("no client secret and no access token in the client or the strategy", () => {
  it("renders neither, before and after a token was fetched", async () => {
    const at = await server();
    const strategy = serviceAccountAuth(SERVICE_ACCOUNT, { tokenUrl: `${at.url}/api/oauth/token` });
    const atlas = createAtlasClient({ baseUrl: at.url, auth: strategy });
    const check = () => {
      for (const value of [strategy, atlas]) {
        const texts = [
          JSON.stringify(value) ?? "",
          inspect(value, { showHidden: true, depth: Number.POSITIVE_INFINITY, getters: true }),
        ];
        for (const text of texts) for (const form of [...forbidden(), ...at.issued]) expect(text).not.toContain(form);
      }
    };
    check();
    await atlas.deleteProjectInvitation({ groupId: GROUP_ID, invitationId: INVITATION_ID });
    expect(at.issued).toHaveLength(1);
    check();
    expect(Object.keys(strategy).sort()).toEqual(["classifyUnauthorized", "close", "wrapFetch"]);
  });
});

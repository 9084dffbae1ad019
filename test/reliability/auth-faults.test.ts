/**
 * Authentication faults against a real RFC 7616 server (test/support/digest-server.ts, which shares no code with
 * src/digest.ts), through both public factories with real keys: challenges the client must not answer, a server
 * that never stops saying `stale=true`, keys the server refuses, and a redirect after authentication.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  type AuthenticationError,
  createAtlasClient,
  createOpsManagerClient,
  digestAuth,
  isAuthenticationError,
  isTimeoutError,
  isUnexpectedResponseError,
} from "../../src/index.ts";
import { type DigestServer, type DigestServerOptions, startDigestServer } from "../support/digest-server.ts";
import { type FaultServer, respond, respondJson, startFaultServer } from "../support/fault-server.ts";
import { rejection } from "../support/rejection.ts";
import {
  ATLAS_PATH,
  CANARY_PRIVATE_KEY,
  CANARY_PUBLIC_KEY,
  FAST_RETRY,
  GROUP_ID,
  INVITATION_ID,
  ORG_ID,
} from "../support/samples.ts";
import { expectTypedAndClean } from "../support/secrets.ts";

const closers: { close(): Promise<void> }[] = [];
async function digestServer(options: DigestServerOptions = {}): Promise<DigestServer> {
  const server = await startDigestServer({ users: { [CANARY_PUBLIC_KEY]: CANARY_PRIVATE_KEY }, ...options });
  closers.push(server);
  return server;
}
async function faultServer(...args: Parameters<typeof startFaultServer>): Promise<FaultServer> {
  const server = await startFaultServer(...args);
  closers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(closers.splice(0).map((server) => server.close()));
});

const keys = { publicKey: CANARY_PUBLIC_KEY, privateKey: CANARY_PRIVATE_KEY, retry: FAST_RETRY };

/** Deletes through the Atlas and the Ops Manager factory in turn, with real keys (the default Digest strategy). */
const targets = [
  [
    "Atlas",
    (url: string, extra: object = {}) =>
      createAtlasClient({ baseUrl: url, ...keys, ...extra }).deleteProjectInvitation({
        groupId: GROUP_ID,
        invitationId: INVITATION_ID,
      }),
  ],
  [
    "Ops Manager",
    (url: string, extra: object = {}) =>
      createOpsManagerClient({ baseUrl: url, ...keys, ...extra }).deleteOrganizationInvitation({
        orgId: ORG_ID,
        invitationId: INVITATION_ID,
      }),
  ],
] as const;

describe.each(targets)("%s: challenges the client must not answer", (_target, deleteAt) => {
  it("fails a 401 without WWW-Authenticate as an AuthenticationError no-challenge, after one request", async () => {
    const server = await digestServer({ scheme: "none" });
    const error = (await rejection(deleteAt(server.url))) as AuthenticationError;
    expect(isAuthenticationError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, failure: "no-challenge", errorCode: "NOT_ATLAS_ADMIN" });
    expect(server.requests).toHaveLength(1);
    expect(server.authorizations()).toEqual([]);
    expectTypedAndClean(error);
  });

  it("never sends a credential in answer to a Basic-only challenge", async () => {
    const server = await digestServer({ scheme: "basic" });
    const error = (await rejection(deleteAt(server.url))) as AuthenticationError;
    expect(error).toMatchObject({ status: 401, failure: "unsupported-challenge" });
    expect(server.requests).toHaveLength(1);
    expect(server.authorizations()).toEqual([]);
    expectTypedAndClean(error);
  });

  it.each([
    ["SHA-512-256", "an algorithm of RFC 7616 the client does not implement"],
    ["SHA3-512", "an algorithm no RFC defines"],
  ])("refuses a challenge with only %s (%s), sending no credential", async (algorithm) => {
    const server = await digestServer({ algorithms: [algorithm] });
    const error = (await rejection(deleteAt(server.url))) as AuthenticationError;
    expect(error).toMatchObject({ status: 401, failure: "unsupported-challenge" });
    expect(server.requests).toHaveLength(1);
    expect(server.authorizations()).toEqual([]);
  });

  it("refuses a challenge offering only qop=auth-int, sending no credential", async () => {
    const server = await digestServer({ qop: "auth-int" });
    const error = (await rejection(deleteAt(server.url))) as AuthenticationError;
    expect(error).toMatchObject({ status: 401, failure: "unsupported-challenge" });
    expect(server.requests).toHaveLength(1);
    expect(server.authorizations()).toEqual([]);
  });

  it("answers with qop=auth when auth-int is offered next to it", async () => {
    const server = await digestServer({ qop: "auth,auth-int" });
    await expect(deleteAt(server.url)).resolves.toMatchObject({ status: 204 });
    expect(server.verdicts()).toEqual({ "no-credentials": 1, authorized: 1 });
  });

  it("stops after a bounded number of resends when the server answers stale=true forever", async () => {
    const server = await digestServer({ staleForever: true });
    const error = (await rejection(deleteAt(server.url))) as AuthenticationError;
    expect(isAuthenticationError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, failure: "stale-loop" });
    // The unsigned first request, the signed resend, then the strategy's default of two stale refreshes.
    expect(server.requests).toHaveLength(4);
    expect(server.verdicts()).toEqual({ "no-credentials": 1, stale: 3 });
    expectTypedAndClean(error);
  });

  it("fails wrong keys as an AuthenticationError rejected after exactly two requests", async () => {
    const server = await digestServer({ users: { [CANARY_PUBLIC_KEY]: "another-private-key" } });
    const error = (await rejection(deleteAt(server.url))) as AuthenticationError;
    expect(error).toMatchObject({ status: 401, failure: "rejected" });
    expect(server.verdicts()).toEqual({ "no-credentials": 1, "bad-response": 1 });
    expectTypedAndClean(error);
  });
});

describe("mixed and hostile challenges", () => {
  it("sends nothing when Basic comes with a Digest challenge it cannot answer", async () => {
    const server = await faultServer((_request, socket) =>
      respondJson(
        socket,
        401,
        { error: 401, errorCode: "NOT_AUTHORIZED" },
        {
          "WWW-Authenticate": 'Basic realm="proxy", Digest realm="MMS Public API", nonce="n1", algorithm=SHA3-512',
        },
      ),
    );
    const error = (await rejection(targets[0][1](server.url))) as AuthenticationError;
    expect(error.failure).toBe("unsupported-challenge");
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([undefined]);
  });

  it("keeps a server that answers stale=true forever to the same bound on every call", async () => {
    const server = await digestServer({ staleForever: true });
    const atlas = createAtlasClient({ baseUrl: server.url, ...keys });
    for (let call = 1; call <= 3; call++) {
      const error = (await rejection(
        atlas.deleteProjectInvitation({ groupId: GROUP_ID, invitationId: INVITATION_ID }),
      )) as AuthenticationError;
      expect(error.failure).toBe("stale-loop");
      expect(server.requests).toHaveLength(4 * call);
    }
  });

  it("times out when the server challenges, then never answers the signed request", { timeout: 5000 }, async () => {
    const server = await faultServer((request, socket) => {
      if (request.headers.authorization !== undefined) return;
      respondJson(
        socket,
        401,
        { error: 401, errorCode: "NOT_AUTHORIZED" },
        { "WWW-Authenticate": 'Digest realm="MMS Public API", domain="", nonce="abc", algorithm=MD5, qop="auth"' },
      );
    });
    const error = await rejection(targets[0][1](server.url, { timeoutMs: 300 }));
    expect(isTimeoutError(error)).toBe(true);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.headers.authorization).toMatch(/^Digest /);
    expect(await server.settledSockets()).toBe(0);
    expectTypedAndClean(error);
  });
});

describe("redirects to another origin", () => {
  it("does not follow a redirect sent after authentication, and sends nothing to the other origin", async () => {
    const elsewhere = await faultServer((_request, socket) => respond(socket, 204));
    const server = await digestServer({
      respond: (request, response) => {
        response.writeHead(307, { Location: `${elsewhere.url}${request.url}` }).end();
      },
    });
    const error = await rejection(targets[0][1](server.url));
    expect(isUnexpectedResponseError(error)).toBe(true);
    expect(error).toMatchObject({ status: 307 });
    expect(server.verdicts()).toEqual({ "no-credentials": 1, authorized: 1 });
    expect(elsewhere.connections()).toBe(0);
    expectTypedAndClean(error);
  });

  it("does not follow a redirect sent instead of the challenge, so no credential is ever computed", async () => {
    const elsewhere = await digestServer();
    const server = await faultServer((request, socket) =>
      respond(socket, 302, { Location: `${elsewhere.url}${request.url}` }),
    );
    const error = await rejection(targets[1][1](server.url));
    expect(isUnexpectedResponseError(error)).toBe(true);
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([undefined]);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it("never sends one origin's nonce to another, even through one shared Digest strategy", async () => {
    const first = await digestServer();
    const second = await digestServer();
    const auth = digestAuth({ publicKey: CANARY_PUBLIC_KEY, privateKey: CANARY_PRIVATE_KEY });
    for (const server of [first, second, first, second]) {
      const atlas = createAtlasClient({ baseUrl: server.url, auth });
      await expect(
        atlas.deleteProjectInvitation({ groupId: GROUP_ID, invitationId: INVITATION_ID }),
      ).resolves.toMatchObject({ status: 204 });
    }
    // Each origin paid its own challenge once, then reused its own nonce; no nonce crossed over.
    for (const server of [first, second]) {
      expect(server.verdicts()).toEqual({ "no-credentials": 1, authorized: 2 });
      expect(server.requests[0]?.url).toBe(ATLAS_PATH);
    }
  });
});

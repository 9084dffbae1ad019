import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  createDefaultSeed,
  SAMPLE_GROUP_ID,
  SAMPLE_ORG_ID,
  type Sandbox,
  type SandboxOptions,
  startSandbox,
} from "../src/sandbox/index.ts";
import { DigestSession, parseChallenges, sign, type TestKey } from "./support/sandbox-signer.ts";

const OWNER: TestKey = { publicKey: "ownerkey", privateKey: "00000000-0000-4000-8000-0000000000a1" };
const NOBODY: TestKey = { publicKey: "nobodykey", privateKey: "00000000-0000-4000-8000-0000000000b2" };

const atlas = (invitationId: string, groupId = SAMPLE_GROUP_ID) =>
  `/api/atlas/v1.0/groups/${groupId}/invites/${invitationId}`;
const opsManager = (invitationId: string, orgId = SAMPLE_ORG_ID) =>
  `/api/public/v1.0/orgs/${orgId}/invites/${invitationId}`;

const CHALLENGE =
  /^Digest realm="MMS Public API", domain="", nonce="[0-9a-f]{32}", algorithm=MD5, qop="auth", stale=(true|false)$/;

let sandbox: Sandbox | undefined;

afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function start(options: SandboxOptions = {}): Promise<Sandbox> {
  sandbox = await startSandbox(options);
  return sandbox;
}

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

describe("sandbox: Digest authentication", () => {
  it("answers a request without credentials with the vendor's challenge and an ISO-8859-1 ApiError", async () => {
    const { url } = await start();
    const response = await fetch(url + atlas("aaaa00000000000000000001"), { method: "DELETE" });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(CHALLENGE);
    expect(response.headers.get("www-authenticate")).toContain("stale=false");
    expect(response.headers.get("content-type")).toBe("application/json;charset=ISO-8859-1");
    expect(await json(response)).toEqual({
      detail: "You are not authorized for this resource.",
      error: 401,
      errorCode: "NOT_AUTHORIZED",
      parameters: [],
      reason: "Unauthorized",
    });
  });

  it("issues a different nonce with every challenge", async () => {
    const { url } = await start();
    const nonces = new Set<string>();
    for (let i = 0; i < 5; i += 1) {
      const response = await fetch(url + atlas("aaaa00000000000000000001"), { method: "DELETE" });
      nonces.add(parseChallenges(response.headers.get("www-authenticate"))[0]?.nonce ?? "");
    }
    expect(nonces.size).toBe(5);
  });

  it("refuses a wrong password, and an unknown key, with a fresh stale=false challenge", async () => {
    const { url } = await start();
    for (const key of [
      { ...OWNER, privateKey: "wrong" },
      { publicKey: "nosuchkey", privateKey: "x" },
    ]) {
      const response = await new DigestSession(url, key).send("DELETE", atlas("aaaa00000000000000000001"));
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(CHALLENGE);
      expect(response.headers.get("www-authenticate")).toContain("stale=false");
      expect(response.headers.get("x-sandbox-auth-failure")).toBe("bad-credentials");
    }
    expect(sandbox?.invitationState("aaaa00000000000000000001")).toBe("pending");
  });

  it("refuses a replayed nc under the same nonce", async () => {
    const { url } = await start();
    const session = new DigestSession(url, OWNER);
    const challenge = await session.refresh();
    const target = atlas("aaaa00000000000000000001");
    const header = sign({ ...keyOf(OWNER), method: "DELETE", uri: target, challenge, nc: 1 });
    const first = await fetch(url + target, { method: "DELETE", headers: { Authorization: header } });
    expect(first.status).toBe(204);
    const replay = await fetch(url + target, { method: "DELETE", headers: { Authorization: header } });
    expect(replay.status).toBe(401);
    expect(replay.headers.get("x-sandbox-auth-failure")).toBe("nonce-count-replayed");
    expect(replay.headers.get("www-authenticate")).toContain("stale=false");
  });

  it("accepts nc values that arrive out of order, each once", async () => {
    const { url } = await start();
    const challenge = await new DigestSession(url, OWNER).refresh();
    const statuses: number[] = [];
    for (const nc of [3, 1, 2, 1]) {
      const target = atlas("ffff00000000000000000000");
      const header = sign({ ...keyOf(OWNER), method: "DELETE", uri: target, challenge, nc });
      statuses.push((await fetch(url + target, { method: "DELETE", headers: { Authorization: header } })).status);
    }
    expect(statuses).toEqual([400, 400, 400, 401]);
  });

  it("answers stale=true once a nonce is older than nonceTtlMs, and accepts the new nonce", async () => {
    const clock = fakeClock();
    const { url } = await start({ nonceTtlMs: 1_000, clock: clock.now });
    const session = new DigestSession(url, OWNER);
    const challenge = await session.refresh();
    clock.advance(1_000);
    const target = atlas("aaaa00000000000000000001");
    const header = sign({ ...keyOf(OWNER), method: "DELETE", uri: target, challenge, nc: 1 });
    const stale = await fetch(url + target, { method: "DELETE", headers: { Authorization: header } });
    expect(stale.status).toBe(401);
    expect(stale.headers.get("www-authenticate")).toMatch(CHALLENGE);
    expect(stale.headers.get("www-authenticate")).toContain("stale=true");
    const [fresh] = parseChallenges(stale.headers.get("www-authenticate"));
    const retry = sign({ ...keyOf(OWNER), method: "DELETE", uri: target, challenge: fresh ?? challenge, nc: 1 });
    expect((await fetch(url + target, { method: "DELETE", headers: { Authorization: retry } })).status).toBe(204);
  });

  it("answers stale=true after nonceMaxUses uses of one nonce", async () => {
    const { url } = await start({ nonceMaxUses: 2 });
    const challenge = await new DigestSession(url, OWNER).refresh();
    const statuses: number[] = [];
    for (const nc of [1, 2, 3]) {
      const target = atlas("ffff00000000000000000000");
      const header = sign({ ...keyOf(OWNER), method: "DELETE", uri: target, challenge, nc });
      const response = await fetch(url + target, { method: "DELETE", headers: { Authorization: header } });
      statuses.push(response.status);
      if (response.status === 401) expect(response.headers.get("www-authenticate")).toContain("stale=true");
    }
    expect(statuses).toEqual([400, 400, 401]);
  });

  it("refuses a response signed for another uri, or for another method", async () => {
    const { url } = await start();
    const challenge = await new DigestSession(url, OWNER).refresh();
    const target = atlas("aaaa00000000000000000001");
    const otherUri = sign({
      ...keyOf(OWNER),
      method: "DELETE",
      uri: atlas("aaaa00000000000000000002"),
      challenge,
      nc: 1,
    });
    const uriAnswer = await fetch(url + target, { method: "DELETE", headers: { Authorization: otherUri } });
    expect(uriAnswer.status).toBe(401);
    expect(uriAnswer.headers.get("x-sandbox-auth-failure")).toBe("uri-mismatch");
    const otherMethod = sign({ ...keyOf(OWNER), method: "GET", uri: target, challenge, nc: 2 });
    const methodAnswer = await fetch(url + target, { method: "DELETE", headers: { Authorization: otherMethod } });
    expect(methodAnswer.status).toBe(401);
    expect(methodAnswer.headers.get("x-sandbox-auth-failure")).toBe("bad-credentials");
    expect(sandbox?.invitationState("aaaa00000000000000000001")).toBe("pending");
  });

  it("refuses a nonce it never issued", async () => {
    const { url } = await start();
    const target = atlas("aaaa00000000000000000001");
    const header = sign({
      ...keyOf(OWNER),
      method: "DELETE",
      uri: target,
      challenge: { realm: "MMS Public API", nonce: "0123456789abcdef0123456789abcdef" },
      nc: 1,
    });
    const response = await fetch(url + target, { method: "DELETE", headers: { Authorization: header } });
    expect(response.status).toBe(401);
    expect(sandbox?.invitationState("aaaa00000000000000000001")).toBe("pending");
  });

  it("offers and accepts SHA-256 when configured, and refuses SHA-256 when only MD5 is offered", async () => {
    const sha = await start({ algorithms: ["SHA-256", "MD5"] });
    const first = await fetch(sha.url + atlas("aaaa00000000000000000001"), { method: "DELETE" });
    const offered = parseChallenges(first.headers.get("www-authenticate"));
    expect(offered.map((challenge) => challenge.algorithm)).toEqual(["SHA-256", "MD5"]);
    const target = atlas("aaaa00000000000000000001");
    const challenge = offered[0] ?? { realm: "", nonce: "" };
    const header = sign({ ...keyOf(OWNER), method: "DELETE", uri: target, challenge, nc: 1, algorithm: "SHA-256" });
    expect((await fetch(sha.url + target, { method: "DELETE", headers: { Authorization: header } })).status).toBe(204);
    await sha.close();

    const md5 = await start();
    const md5Challenge = await new DigestSession(md5.url, OWNER).refresh();
    const refused = sign({
      ...keyOf(OWNER),
      method: "DELETE",
      uri: target,
      challenge: md5Challenge,
      nc: 1,
      algorithm: "SHA-256",
    });
    const answer = await fetch(md5.url + target, { method: "DELETE", headers: { Authorization: refused } });
    expect(answer.status).toBe(401);
    expect(answer.headers.get("x-sandbox-auth-failure")).toBe("unsupported-algorithm");
  });
});

describe("sandbox: deleting invitations", () => {
  it("deletes a pending Atlas project invitation once: 204, then 400 INVALID_INVITATION_ID", async () => {
    const { url } = await start();
    const session = new DigestSession(url, OWNER);
    const first = await session.send("DELETE", atlas("aaaa00000000000000000001"));
    expect(first.status).toBe(204);
    expect(await first.text()).toBe("");
    expect(first.headers.get("x-mongodb-service-version")).toBeNull();
    expect(sandbox?.invitationState("aaaa00000000000000000001")).toBe("deleted");
    const second = await session.send("DELETE", atlas("aaaa00000000000000000001"));
    expect(second.status).toBe(400);
    expect(await json(second)).toEqual({
      detail: "The invitation you tried to delete does not exist or has already been accepted.",
      error: 400,
      errorCode: "INVALID_INVITATION_ID",
      parameters: ["aaaa00000000000000000001"],
      reason: "Bad Request",
    });
  });

  it("deletes a pending Ops Manager organization invitation with X-MongoDB-Service-Version, then 404", async () => {
    const { url } = await start({ serviceVersion: "8.0.4.500.20250107T1621Z" });
    const session = new DigestSession(url, OWNER);
    const first = await session.send("DELETE", opsManager("bbbb00000000000000000001"));
    expect(first.status).toBe(204);
    expect(first.headers.get("x-mongodb-service-version")).toMatch(
      /^gitHash=[0-9a-f]{40}; versionString=8\.0\.4\.500\.20250107T1621Z$/,
    );
    const second = await session.send("DELETE", opsManager("bbbb00000000000000000001"));
    expect(second.status).toBe(404);
    expect(await json(second)).toEqual({
      detail: "Cannot find resource invitation bbbb00000000000000000001.",
      error: 404,
      errorCode: "RESOURCE_NOT_FOUND",
      parameters: ["bbbb00000000000000000001"],
      reason: "Not Found",
    });
  });

  it("refuses to delete an accepted or expired invitation and leaves it as it was", async () => {
    const { url } = await start();
    const session = new DigestSession(url, OWNER);
    for (const [target, id, status, state] of [
      [atlas("aaaa000000000000acce97ed"), "aaaa000000000000acce97ed", 400, "accepted"],
      [atlas("aaaa0000000000000000dead"), "aaaa0000000000000000dead", 400, "expired"],
      [opsManager("bbbb000000000000acce97ed"), "bbbb000000000000acce97ed", 404, "accepted"],
      [opsManager("bbbb0000000000000000dead"), "bbbb0000000000000000dead", 404, "expired"],
    ] as const) {
      const response = await session.send("DELETE", target);
      expect(response.status, target).toBe(status);
      expect((await json(response)).errorCode).toBe(status === 400 ? "INVALID_INVITATION_ID" : "RESOURCE_NOT_FOUND");
      expect(sandbox?.invitationState(id)).toBe(state);
    }
  });

  it("keeps targets and projects apart: another project's or target's invitation is not there", async () => {
    const { url } = await start({
      seed: {
        keys: [
          { ...OWNER, projectOwner: [SAMPLE_GROUP_ID, "111111111111111111111111"], orgUserAdmin: [SAMPLE_ORG_ID] },
        ],
        invitations: [
          { id: "aaaa00000000000000000001", groupId: SAMPLE_GROUP_ID },
          { id: "bbbb00000000000000000001", orgId: SAMPLE_ORG_ID },
        ],
      },
    });
    const session = new DigestSession(url, OWNER);
    for (const [target, status] of [
      [atlas("cccc00000000000000000001"), 400],
      [atlas("aaaa00000000000000000001", "111111111111111111111111"), 400],
      // An Ops Manager invitation does not exist on Atlas at all.
      [atlas("bbbb00000000000000000001"), 400],
      [opsManager("aaaa00000000000000000001"), 404],
    ] as const) {
      const response = await session.send("DELETE", target);
      expect(response.status, target).toBe(status);
    }
    expect(sandbox?.invitationState("aaaa00000000000000000001")).toBe("pending");
    expect(sandbox?.invitationState("bbbb00000000000000000001")).toBe("pending");
  });

  it("answers a delete through the other scope's path with CANNOT_DELETE_*_INVITATION on Atlas, 404 on Ops Manager", async () => {
    const { url } = await start();
    const session = new DigestSession(url, OWNER);
    const cases = [
      [atlas("a0a000000000000000000001"), 400, "CANNOT_DELETE_ORG_INVITATION"],
      [`/api/atlas/v1.0/orgs/${SAMPLE_ORG_ID}/invites/aaaa00000000000000000001`, 400, "CANNOT_DELETE_GROUP_INVITATION"],
      [`/api/public/v1.0/groups/${SAMPLE_GROUP_ID}/invites/bbbb00000000000000000001`, 404, "RESOURCE_NOT_FOUND"],
      [opsManager("b0b000000000000000000001"), 404, "RESOURCE_NOT_FOUND"],
    ] as const;
    for (const [target, status, errorCode] of cases) {
      const response = await session.send("DELETE", target);
      expect(response.status, target).toBe(status);
      expect((await json(response)).errorCode).toBe(errorCode);
    }
    for (const id of ["a0a000000000000000000001", "aaaa00000000000000000001", "bbbb00000000000000000001"]) {
      expect(sandbox?.invitationState(id)).toBe("pending");
    }
  });

  it("answers 400 INVALID_ATTRIBUTE naming the parameter for a malformed id", async () => {
    const { url } = await start();
    const session = new DigestSession(url, OWNER);
    const cases: Array<[string, string]> = [
      [atlas("AAAA00000000000000000001"), "invitationId"],
      [atlas("aaaa0000000000000000001"), "invitationId"],
      [atlas("aaaa000000000000000000001"), "invitationId"],
      [atlas("aaaa%2F0000000000000000001"), "invitationId"],
      [atlas("aaaa%zz0000000000000000001"), "invitationId"],
      [atlas("aaaa00000000000000000001", "not-a-project"), "groupId"],
      [opsManager("bbbb00000000000000000001", "4888442a3354817a7320eb6"), "orgId"],
    ];
    for (const [target, parameter] of cases) {
      const response = await session.send("DELETE", target);
      expect(response.status, target).toBe(400);
      expect(await json(response)).toEqual({
        detail: `Invalid attribute ${parameter} specified.`,
        error: 400,
        errorCode: "INVALID_ATTRIBUTE",
        parameters: [parameter],
        reason: "Bad Request",
      });
    }
  });

  it("answers 400 for a pretty or envelope that is not a boolean", async () => {
    const { url } = await start();
    const session = new DigestSession(url, OWNER);
    for (const [query, parameter] of [
      ["pretty=yes", "pretty"],
      ["envelope=1", "envelope"],
      ["envelope=true&envelope=false", "envelope"],
      ["pretty=", "pretty"],
    ]) {
      const response = await session.send("DELETE", `${atlas("aaaa00000000000000000001")}?${query}`);
      expect(response.status, query).toBe(400);
      expect((await json(response)).parameters).toEqual([parameter]);
    }
    expect(sandbox?.invitationState("aaaa00000000000000000001")).toBe("pending");
  });

  it("answers 404 GROUP_NOT_FOUND or ORG_NOT_FOUND for a project or organization that does not exist", async () => {
    const { url } = await start();
    const session = new DigestSession(url, OWNER);
    const missing = "ffffffffffffffffffffffff";
    const group = await session.send("DELETE", atlas("aaaa00000000000000000001", missing));
    expect(group.status).toBe(404);
    expect(await json(group)).toMatchObject({ errorCode: "GROUP_NOT_FOUND", parameters: [missing] });
    const org = await session.send("GET", `/api/public/v1.0/orgs/${missing}/invites`);
    expect(org.status).toBe(404);
    expect(await json(org)).toMatchObject({ errorCode: "ORG_NOT_FOUND", parameters: [missing] });
  });

  it("answers 403 USER_UNAUTHORIZED to a valid key without the operation's role", async () => {
    const { url } = await start();
    const session = new DigestSession(url, NOBODY);
    for (const target of [atlas("aaaa00000000000000000001"), opsManager("bbbb00000000000000000001")]) {
      const response = await session.send("DELETE", target);
      expect(response.status).toBe(403);
      expect(await json(response)).toEqual({
        detail: "The currently logged in user does not have the required role for this resource.",
        error: 403,
        errorCode: "USER_UNAUTHORIZED",
        parameters: [],
        reason: "Forbidden",
      });
    }
    expect(sandbox?.invitationState("aaaa00000000000000000001")).toBe("pending");
    expect(sandbox?.invitationState("bbbb00000000000000000001")).toBe("pending");
  });

  it.each([
    ["projectOwner", "Atlas project", "aaaa00000000000000000001"],
    ["orgOwner", "Atlas organization", "a0a000000000000000000001"],
    ["projectUserAdmin", "Ops Manager project", "b0b000000000000000000001"],
    ["orgUserAdmin", "Ops Manager organization", "bbbb00000000000000000001"],
  ] as const)("needs the role of the target and scope: %s deletes only %s invitations", async (field, _scope, own) => {
    const seed = createDefaultSeed(Date.now());
    const { url } = await start({
      seed: { ...seed, keys: [{ ...OWNER, [field]: [field.startsWith("project") ? SAMPLE_GROUP_ID : SAMPLE_ORG_ID] }] },
    });
    const session = new DigestSession(url, OWNER);
    const paths: Record<string, string> = {
      aaaa00000000000000000001: atlas("aaaa00000000000000000001"),
      a0a000000000000000000001: `/api/atlas/v1.0/orgs/${SAMPLE_ORG_ID}/invites/a0a000000000000000000001`,
      b0b000000000000000000001: `/api/public/v1.0/groups/${SAMPLE_GROUP_ID}/invites/b0b000000000000000000001`,
      bbbb00000000000000000001: opsManager("bbbb00000000000000000001"),
    };
    for (const [id, path] of Object.entries(paths)) {
      expect((await session.send("DELETE", path)).status, path).toBe(id === own ? 204 : 403);
    }
  });

  it("answers the vendor docs' /invitations/ path with 404, even when signed", async () => {
    const { url } = await start();
    const session = new DigestSession(url, OWNER);
    for (const target of [
      `/api/atlas/v1.0/groups/${SAMPLE_GROUP_ID}/invitations/aaaa00000000000000000001`,
      `/api/public/v1.0/orgs/${SAMPLE_ORG_ID}/invitations/bbbb00000000000000000001`,
    ]) {
      const response = await session.send("DELETE", target);
      expect(response.status).toBe(404);
      expect(await json(response)).toMatchObject({ error: 404, errorCode: "RESOURCE_NOT_FOUND", parameters: [target] });
    }
    expect(sandbox?.invitationState("aaaa00000000000000000001")).toBe("pending");
  });

  it("answers methods a path does not declare with 405 and Allow naming those it does", async () => {
    const { url } = await start();
    for (const [method, path, allow] of [
      ["POST", atlas("aaaa00000000000000000001"), "GET, PATCH, DELETE"],
      ["PUT", atlas("aaaa00000000000000000001"), "GET, PATCH, DELETE"],
      ["PUT", `/api/public/v1.0/orgs/${SAMPLE_ORG_ID}/invites`, "GET, POST, PATCH"],
      ["DELETE", `/api/atlas/v1.0/groups/${SAMPLE_GROUP_ID}/invites`, "GET, POST, PATCH"],
    ] as const) {
      const response = await fetch(url + path, { method });
      expect(response.status).toBe(405);
      expect(response.headers.get("allow")).toBe(allow);
      expect(await json(response)).toMatchObject({
        error: 405,
        errorCode: "METHOD_NOT_ALLOWED",
        reason: "Method Not Allowed",
      });
    }
  });
});

describe("sandbox: envelope and pretty", () => {
  it("wraps a success in a 200 envelope {status: 204, content: {}}", async () => {
    const { url } = await start();
    const session = new DigestSession(url, OWNER);
    const response = await session.send("DELETE", `${opsManager("bbbb00000000000000000001")}?envelope=true`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("x-mongodb-service-version")).toMatch(/^gitHash=/);
    expect(await json(response)).toEqual({ status: 204, content: {} });
    expect(sandbox?.invitationState("bbbb00000000000000000001")).toBe("deleted");
  });

  it("wraps every error in a 200 envelope with the ApiError as content", async () => {
    const { url } = await start({ rateLimit: { limit: 2, windowMs: 60_000 } });
    const owner = new DigestSession(url, OWNER);
    const nobody = new DigestSession(url, NOBODY);
    const expectEnveloped = async (response: Response, status: number, errorCode: string) => {
      expect(response.status).toBe(200);
      const body = await json(response);
      expect(body.status).toBe(status);
      expect(body.content).toMatchObject({ error: status, errorCode });
    };
    await expectEnveloped(await owner.send("DELETE", `${atlas("AAAA")}?envelope=true`), 400, "INVALID_ATTRIBUTE");
    await expectEnveloped(
      await owner.send("DELETE", `${atlas("aaaa00000000000000000001")}?envelope=true&pretty=x`),
      400,
      "INVALID_ATTRIBUTE",
    );
    await expectEnveloped(
      await nobody.send("DELETE", `${atlas("aaaa00000000000000000001")}?envelope=true`),
      403,
      "USER_UNAUTHORIZED",
    );
    await expectEnveloped(
      await owner.send("DELETE", `${atlas("cccc00000000000000000001")}?envelope=true`),
      400,
      "INVALID_INVITATION_ID",
    );
    await expectEnveloped(
      await owner.send("DELETE", `${atlas("cccc00000000000000000002")}?envelope=true`),
      400,
      "INVALID_INVITATION_ID",
    );
    const limited = await owner.send("DELETE", `${atlas("aaaa00000000000000000001")}?envelope=true`);
    expect(limited.headers.get("retry-after")).toMatch(/^[1-9][0-9]*$/);
    await expectEnveloped(limited, 429, "RATE_LIMITED");
    await expectEnveloped(
      await owner.send("DELETE", `${opsManager("cccc00000000000000000002")}?envelope=true`),
      404,
      "RESOURCE_NOT_FOUND",
    );
    await expectEnveloped(await fetch(`${url}/api/atlas/v1.0/nothing?envelope=true`), 404, "RESOURCE_NOT_FOUND");
    await expectEnveloped(
      await fetch(`${url}${atlas("aaaa00000000000000000001")}?envelope=true`, { method: "PUT" }),
      405,
      "METHOD_NOT_ALLOWED",
    );
  });

  it("never wraps the Digest challenge", async () => {
    const { url } = await start();
    const response = await fetch(`${url}${atlas("aaaa00000000000000000001")}?envelope=true`, { method: "DELETE" });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(CHALLENGE);
    expect((await json(response)).errorCode).toBe("NOT_AUTHORIZED");
  });

  it("indents JSON with pretty=true and sends it compact otherwise", async () => {
    const { url } = await start();
    const session = new DigestSession(url, OWNER);
    const pretty = await (await session.send("DELETE", `${atlas("cccc00000000000000000001")}?pretty=true`)).text();
    expect(pretty).toContain('\n  "errorCode": "INVALID_INVITATION_ID"');
    const compact = await (await session.send("DELETE", `${atlas("cccc00000000000000000001")}?pretty=false`)).text();
    expect(compact).not.toContain("\n");
    expect(JSON.parse(compact)).toEqual(JSON.parse(pretty));
    const both = await (
      await session.send("DELETE", `${atlas("aaaa00000000000000000001")}?pretty=true&envelope=true`)
    ).text();
    expect(both).toBe('{\n  "status": 204,\n  "content": {}\n}');
  });
});

describe("sandbox: rate limit", () => {
  it("answers 429 RATE_LIMITED with Retry-After and RateLimit-* once a project has used its limit", async () => {
    const { url } = await start({ rateLimit: { limit: 3, windowMs: 60_000 } });
    const session = new DigestSession(url, OWNER);
    const remaining: Array<string | null> = [];
    for (const id of ["aaaa00000000000000000001", "cccc00000000000000000001", "aaaa00000000000000000002"]) {
      const response = await session.send("DELETE", atlas(id));
      expect(response.status).not.toBe(429);
      expect(response.headers.get("ratelimit-limit")).toBe("3");
      remaining.push(response.headers.get("ratelimit-remaining"));
    }
    expect(remaining).toEqual(["2", "1", "0"]);
    const limited = await session.send("DELETE", atlas("aaaa00000000000000000003"));
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(limited.headers.get("ratelimit-limit")).toBe("3");
    expect(limited.headers.get("ratelimit-remaining")).toBe("0");
    const resource = `/api/atlas/v1.0/groups/${SAMPLE_GROUP_ID}/invites`;
    expect(await json(limited)).toEqual({
      detail: `Resource ${resource} is limited to 3 requests every 1 minutes.`,
      error: 429,
      errorCode: "RATE_LIMITED",
      parameters: [resource, 3, 1],
      reason: "Too Many Requests",
    });
    expect(sandbox?.invitationState("aaaa00000000000000000003")).toBe("pending");
    // The organization has its own budget.
    expect((await session.send("DELETE", opsManager("bbbb00000000000000000001"))).status).toBe(204);
  });

  it("does not count challenges, refused credentials or requests from a key without the role", async () => {
    const { url } = await start({ rateLimit: { limit: 1, windowMs: 60_000 } });
    for (let i = 0; i < 3; i += 1) {
      expect((await fetch(url + atlas("aaaa00000000000000000001"), { method: "DELETE" })).status).toBe(401);
    }
    expect(
      (
        await new DigestSession(url, { ...OWNER, privateKey: "wrong" }).send(
          "DELETE",
          atlas("aaaa00000000000000000001"),
        )
      ).status,
    ).toBe(401);
    expect((await new DigestSession(url, NOBODY).send("DELETE", atlas("aaaa00000000000000000001"))).status).toBe(403);
    expect((await new DigestSession(url, OWNER).send("DELETE", atlas("aaaa00000000000000000001"))).status).toBe(204);
    expect((await new DigestSession(url, OWNER).send("DELETE", atlas("aaaa00000000000000000002"))).status).toBe(429);
  });

  it("lets exactly limit requests through when they arrive concurrently (10 of 30)", async () => {
    const { url } = await start({ rateLimit: { limit: 10, windowMs: 60_000 } });
    const challenge = await new DigestSession(url, OWNER).refresh();
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, index) => {
        const target = atlas(`dddd${index.toString(16).padStart(20, "0")}`);
        const header = sign({ ...keyOf(OWNER), method: "DELETE", uri: target, challenge, nc: index + 1 });
        return fetch(url + target, { method: "DELETE", headers: { Authorization: header } });
      }),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 400)).toHaveLength(10);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20);
  });

  it("opens a new window once windowMs has passed", async () => {
    const clock = fakeClock();
    const { url } = await start({ rateLimit: { limit: 1, windowMs: 1_000 }, clock: clock.now });
    const session = new DigestSession(url, OWNER);
    expect((await session.send("DELETE", atlas("aaaa00000000000000000001"))).status).toBe(204);
    clock.advance(999);
    const limited = await session.send("DELETE", atlas("aaaa00000000000000000002"));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("1");
    clock.advance(1);
    expect((await session.send("DELETE", atlas("aaaa00000000000000000002"))).status).toBe(204);
  });
});

describe("sandbox: server", () => {
  it("counts every request in stats, by the status line sent", async () => {
    const started = await start();
    const session = new DigestSession(started.url, OWNER);
    await session.send("DELETE", atlas("aaaa00000000000000000001"));
    await session.send("DELETE", atlas("aaaa00000000000000000001"));
    await session.send("DELETE", `${atlas("aaaa00000000000000000002")}?envelope=true`);
    await fetch(`${started.url}/nowhere`);
    expect(started.stats).toEqual({ requests: 5, byStatus: { 401: 1, 204: 1, 400: 1, 404: 1, 200: 1 } });
    started.resetStats();
    expect(started.stats).toEqual({ requests: 0, byStatus: {} });
  });

  it("binds 127.0.0.1 on a free port by default", async () => {
    const started = await start();
    expect(started.url).toBe(`http://127.0.0.1:${started.port}`);
    expect(started.port).toBeGreaterThan(0);
  });

  it("describes itself at GET /", async () => {
    const { url } = await start();
    const response = await fetch(`${url}/`);
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(body).toMatchObject({ name: "mms-invites sandbox", docs: "/docs" });
    expect(body.operations).toHaveLength(24);
    expect(body.operations).toContainEqual(
      expect.objectContaining({ operationId: "opsManagerDeleteOrganizationInvitation", method: "DELETE" }),
    );
  });

  describe("GET /docs", () => {
    let dir = "";
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "sandbox-docs-"));
      await writeFile(join(dir, "index.html"), "<!doctype html><title>docs</title>");
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it("serves the docs file when it exists", async () => {
      const { url } = await start({ docsFile: join(dir, "index.html") });
      const response = await fetch(`${url}/docs`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await response.text()).toBe("<!doctype html><title>docs</title>");
    });

    it("says to run npm run docs when the file is missing", async () => {
      const { url } = await start({ docsFile: join(dir, "missing.html") });
      const response = await fetch(`${url}/docs`);
      expect(response.status).toBe(404);
      expect((await json(response)).detail).toContain("npm run docs");
    });
  });

  it("closes with keep-alive connections open", async () => {
    const started = await start();
    await (await fetch(`${started.url}/`)).text();
    await started.close();
    sandbox = undefined;
    await expect(fetch(`${started.url}/`)).rejects.toThrow();
  });
});

function fakeClock(): { now: () => number; advance(ms: number): void } {
  let time = 1_700_000_000_000;
  return {
    now: () => time,
    advance(ms) {
      time += ms;
    },
  };
}

function keyOf(key: TestKey): { username: string; password: string } {
  return { username: key.publicKey, password: key.privateKey };
}

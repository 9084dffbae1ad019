/**
 * The sandbox conforms to spec/openapi.yaml, proven by Prism: sessions go through `prism proxy`, which validates
 * every answer the sandbox gives against the spec and reports violations in `sl-violations`. Every one of the 24
 * operations is called, with its success, its envelope and at least one of its errors.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prism } from "../scripts/prism.ts";
import { operations } from "../src/api.ts";
import { SAMPLE_GROUP_ID, SAMPLE_ORG_ID, type Sandbox, startSandbox } from "../src/sandbox/index.ts";
import {
  isDigestFalsePositive,
  requestViolations,
  responseViolations,
  startPrismProxy,
  violationsOf,
} from "./support/prism-proxy.ts";
import { DigestSession, parseChallenges, type SendInit, type TestKey } from "./support/sandbox-signer.ts";

const OWNER: TestKey = { publicKey: "ownerkey", privateKey: "00000000-0000-4000-8000-0000000000a1" };
const NOBODY: TestKey = { publicKey: "nobodykey", privateKey: "00000000-0000-4000-8000-0000000000b2" };
const UNKNOWN_ID = "cccc00000000000000000001";

/** One of the four groups of six operations, and what its answers look like. */
interface Group {
  readonly title: string;
  readonly collection: string;
  readonly pending: string;
  readonly role: string;
  readonly otherRole: string;
  readonly created: number;
  readonly missing: { status: number; errorCode: string };
  readonly badRole: string;
}

const groups: readonly Group[] = [
  {
    title: "Atlas project",
    collection: `/api/atlas/v1.0/groups/${SAMPLE_GROUP_ID}/invites`,
    pending: "aaaa00000000000000000002",
    role: "GROUP_READ_ONLY",
    otherRole: "GROUP_DATA_ACCESS_READ_WRITE",
    created: 200,
    missing: { status: 400, errorCode: "INVALID_INVITATION_ID" },
    badRole: "CANNOT_ADD_ORG_ROLE",
  },
  {
    title: "Atlas organization",
    collection: `/api/atlas/v1.0/orgs/${SAMPLE_ORG_ID}/invites`,
    pending: "a0a000000000000000000002",
    role: "ORG_MEMBER",
    otherRole: "ORG_BILLING_READ_ONLY",
    created: 200,
    missing: { status: 400, errorCode: "INVALID_INVITATION_ID" },
    badRole: "CANNOT_ADD_GROUP_ROLE",
  },
  {
    title: "Ops Manager project",
    collection: `/api/public/v1.0/groups/${SAMPLE_GROUP_ID}/invites`,
    pending: "b0b000000000000000000002",
    role: "GROUP_READ_ONLY",
    otherRole: "GROUP_AUTOMATION_ADMIN",
    created: 201,
    missing: { status: 404, errorCode: "RESOURCE_NOT_FOUND" },
    badRole: "INVALID_ROLE_FOR_GROUP",
  },
  {
    title: "Ops Manager organization",
    collection: `/api/public/v1.0/orgs/${SAMPLE_ORG_ID}/invites`,
    pending: "bbbb00000000000000000002",
    role: "ORG_MEMBER",
    otherRole: "ORG_READ_ONLY",
    created: 201,
    missing: { status: 404, errorCode: "RESOURCE_NOT_FOUND" },
    badRole: "INVALID_ATTRIBUTE",
  },
];

let sandbox: Sandbox | undefined;
let prism: Prism | undefined;
/** `METHOD path-template` of every exchange that conformed, to prove all 24 operations were covered. */
const covered = new Set<string>();

beforeAll(async () => {
  sandbox = await startSandbox({
    rateLimit: { limit: 40, windowMs: 60_000 },
    invitationRateLimit: { limit: 6, windowMs: 60_000 },
  });
  prism = await startPrismProxy(sandbox.url);
}, 30_000);

afterAll(async () => {
  // Each is stopped even when starting the other, or a test, failed: no Prism is left running.
  await Promise.allSettled([prism?.close(), sandbox?.close()]);
});

function proxyUrl(): string {
  if (prism === undefined) throw new Error("Prism did not start");
  return prism.url;
}

/** Asserts the answer came from the sandbox through Prism and that Prism found nothing wrong with it. */
async function expectConforming(response: Response, status: number): Promise<unknown> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.has("sl-violations") || response.headers.has("access-control-allow-origin")).toBe(true);
  expect(responseViolations(response), text).toEqual([]);
  return text === "" ? undefined : JSON.parse(text);
}

/** Sends through Prism, checks the answer conforms with `status`, and records the operation as covered. */
async function call(
  session: DigestSession,
  method: string,
  target: string,
  status: number,
  init: SendInit = {},
): Promise<Record<string, unknown> & unknown[]> {
  const response = await session.send(method, target, init);
  const body = await expectConforming(response, status);
  const path = target.split("?")[0] ?? "";
  const operation = Object.values(operations).find(
    (candidate) =>
      candidate.method === method && new RegExp(`^${candidate.path.replace(/\{[^}]+\}/g, "[^/]+")}$`).test(path),
  );
  if (operation !== undefined) covered.add(operation.operationId);
  return body as Record<string, unknown> & unknown[];
}

describe("sandbox conformance through prism proxy", () => {
  it("answers the challenge and refused credentials with conforming 401s", async () => {
    const url = proxyUrl();
    const [first] = groups;
    const challenge = await fetch(`${url}${first?.collection}`);
    await expectConforming(challenge, 401);
    expect(challenge.headers.get("content-type")).toBe("application/json;charset=ISO-8859-1");
    expect(parseChallenges(challenge.headers.get("www-authenticate"))).toHaveLength(1);
    // The only request-side report for a request without credentials is the Digest false positive.
    const requestSide = violationsOf(challenge).filter((violation) => violation.location[0] === "request");
    expect(requestSide).toEqual([expect.objectContaining({ code: 401, message: "Invalid security scheme used" })]);
    expect(requestSide.every(isDigestFalsePositive)).toBe(true);
    const refused = await new DigestSession(url, { ...OWNER, privateKey: "wrong" }).send("GET", `${first?.collection}`);
    await expectConforming(refused, 401);
  });

  for (const group of groups) {
    it(`${group.title}: runs all six operations, their envelopes and their errors with no response violation`, async () => {
      const owner = new DigestSession(proxyUrl(), OWNER);
      const item = (id: string) => `${group.collection}/${id}`;
      const username = `conformance.${group.title.replace(/\W/g, "").toLowerCase()}@example.com`;

      // list, plain, filtered and enveloped
      const all = await call(owner, "GET", group.collection, 200);
      expect(all.map((invitation) => (invitation as { id: string }).id)).toContain(group.pending);
      expect(await call(owner, "GET", `${group.collection}?username=nobody.here%40example.com`, 200)).toEqual([]);
      const envelopedList = await call(owner, "GET", `${group.collection}?envelope=true&pretty=true`, 200);
      expect(envelopedList).toMatchObject({ status: 200, content: expect.any(Array) });
      await call(owner, "GET", `${group.collection}?username=not-an-email`, 400);

      // create, plain and enveloped, and a role the scope does not take
      const created = await call(owner, "POST", group.collection, group.created, {
        body: { username, roles: [group.role] },
      });
      expect(created).toMatchObject({ username, roles: [group.role] });
      const id = String(created.id);
      const envelopedCreate = await call(owner, "POST", `${group.collection}?envelope=true`, 200, {
        body: { username: `enveloped.${username}`, roles: [group.role] },
      });
      expect(envelopedCreate).toMatchObject({ status: group.created, content: { username: `enveloped.${username}` } });
      const wrongRole = group.role.startsWith("GROUP_") ? "ORG_OWNER" : "GROUP_OWNER";
      const refusedRole = await call(owner, "POST", group.collection, 400, { body: { username, roles: [wrongRole] } });
      expect(refusedRole.errorCode).toBe(group.badRole);
      await call(owner, "POST", group.collection, 400, { body: { username } });

      // get, plain and enveloped, and one that is not there
      expect(await call(owner, "GET", item(id), 200)).toMatchObject({ id, username });
      expect(await call(owner, "GET", `${item(id)}?envelope=true`, 200)).toMatchObject({
        status: 200,
        content: { id },
      });
      const missing = await call(owner, "GET", item(UNKNOWN_ID), group.missing.status);
      expect(missing.errorCode).toBe(group.missing.errorCode);

      // update by username, plain and enveloped, and a username with no invitation
      const byUsername = await call(owner, "PATCH", group.collection, 200, {
        body: { username, roles: [group.otherRole] },
      });
      expect(byUsername).toMatchObject({ id, roles: [group.otherRole] });
      await call(owner, "PATCH", `${group.collection}?envelope=true`, 200, { body: { username, roles: [group.role] } });
      await call(owner, "PATCH", group.collection, 404, {
        body: { username: "nobody.here@example.com", roles: [group.role] },
      });

      // update by id, plain and enveloped, and a body without roles
      expect(
        await call(owner, "PATCH", item(id), 200, { body: { roles: [group.otherRole, group.role] } }),
      ).toMatchObject({ id, roles: [group.otherRole, group.role] });
      await call(owner, "PATCH", `${item(id)}?envelope=true`, 200, { body: { roles: [group.role] } });
      await call(owner, "PATCH", item(id), 400, { body: {} });

      // delete, plain and enveloped, then again
      expect(await call(owner, "DELETE", item(id), 204)).toBeUndefined();
      const again = await call(owner, "DELETE", item(id), group.missing.status);
      expect(again.errorCode).toBe(group.missing.errorCode);
      expect(await call(owner, "DELETE", `${item(group.pending)}?envelope=true`, 200)).toEqual({
        status: 204,
        content: {},
      });
      expect(await call(owner, "DELETE", `${item(group.pending)}?envelope=true`, 200)).toMatchObject({
        status: group.missing.status,
        content: { errorCode: group.missing.errorCode },
      });

      // 403 to a key without the role, 404 to a project or organization that does not exist
      await call(new DigestSession(proxyUrl(), NOBODY), "GET", group.collection, 403);
      await call(owner, "GET", group.collection.replace(/[a-f0-9]{24}/, "ffffffffffffffffffffffff"), 404);
    });
  }

  it("answers a delete through the other scope's path with Atlas's codes", async () => {
    const owner = new DigestSession(proxyUrl(), OWNER);
    const [project, organization] = groups;
    const orgInvitation = await call(owner, "DELETE", `${project?.collection}/a0a000000000000000000001`, 400);
    expect(orgInvitation.errorCode).toBe("CANNOT_DELETE_ORG_INVITATION");
    const projectInvitation = await call(owner, "DELETE", `${organization?.collection}/aaaa00000000000000000001`, 400);
    expect(projectInvitation.errorCode).toBe("CANNOT_DELETE_GROUP_INVITATION");
  });

  it("answers Atlas's per-IP invitation limit with a conforming 400 RATE_LIMITED_IP", async () => {
    const owner = new DigestSession(proxyUrl(), OWNER);
    const [project] = groups;
    // Each Atlas group test created two invitations; the limit is 6.
    await call(owner, "POST", `${project?.collection}`, 200, {
      body: { username: "a@example.com", roles: ["GROUP_OWNER"] },
    });
    await call(owner, "POST", `${project?.collection}`, 200, {
      body: { username: "b@example.com", roles: ["GROUP_OWNER"] },
    });
    const limited = await call(owner, "POST", `${project?.collection}`, 400, {
      body: { username: "c@example.com", roles: ["GROUP_OWNER"] },
    });
    expect(limited).toMatchObject({ errorCode: "RATE_LIMITED_IP", parameters: [6, 1] });
  });

  it("answers the project's rate limit with a conforming 429, plain and enveloped", async () => {
    const owner = new DigestSession(proxyUrl(), OWNER);
    const [, , opsManagerProject] = groups;
    const collection = opsManagerProject?.collection ?? "";
    let response = await owner.send("GET", collection);
    while (response.status === 200) {
      await response.arrayBuffer();
      response = await owner.send("GET", collection);
    }
    await expectConforming(response, 429);
    expect(response.headers.get("retry-after")).toMatch(/^[1-9][0-9]*$/);
    expect(response.headers.get("ratelimit-limit")).toBe("40");
    expect(response.headers.get("ratelimit-remaining")).toBe("0");
    expect(await call(owner, "GET", `${collection}?envelope=true`, 200)).toMatchObject({
      status: 429,
      content: { errorCode: "RATE_LIMITED" },
    });
  });

  it("answers a malformed id with a 400 that conforms to the spec", async () => {
    const owner = new DigestSession(proxyUrl(), OWNER);
    const response = await owner.send(
      "DELETE",
      `/api/public/v1.0/orgs/${SAMPLE_ORG_ID}/invites/BBBB00000000000000000002`,
    );
    await expectConforming(response, 400);
    // Prism reports the pattern violation on the request (naming the parameter in lower case), as it should; the
    // answer itself conforms.
    expect(requestViolations(response).map((violation) => violation.location.join(".").toLowerCase())).toContain(
      "request.path.invitationid",
    );
  });

  it("called every operation of the spec", () => {
    expect([...covered].sort()).toEqual(Object.keys(operations).sort());
  });
});

/**
 * The sandbox's invitations resource over HTTP, driven with raw signed requests: what each of the six operations
 * does on each target and scope, the input checks in the API's own codes, expiry, the per-IP invitation limit, and
 * the headers every answer carries.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  SAMPLE_GROUP_ID,
  SAMPLE_GROUP_IDS,
  SAMPLE_ORG_ID,
  SAMPLE_TEAM_ID,
  type Sandbox,
  type SandboxOptions,
  startSandbox,
} from "../src/sandbox/index.ts";
import { SANDBOX_OWNER as OWNER } from "./support/samples.ts";
import { DigestSession } from "./support/sandbox-signer.ts";

const DAY = 86_400_000;

const collections = {
  atlasProject: `/api/atlas/v1.0/groups/${SAMPLE_GROUP_ID}/invites`,
  atlasOrg: `/api/atlas/v1.0/orgs/${SAMPLE_ORG_ID}/invites`,
  opsManagerProject: `/api/public/v1.0/groups/${SAMPLE_GROUP_ID}/invites`,
  opsManagerOrg: `/api/public/v1.0/orgs/${SAMPLE_ORG_ID}/invites`,
} as const;

let sandbox: Sandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

async function start(options: SandboxOptions = {}): Promise<{ sandbox: Sandbox; owner: DigestSession }> {
  sandbox = await startSandbox(options);
  return { sandbox, owner: new DigestSession(sandbox.url, OWNER) };
}

type Json = Record<string, unknown>;

async function answer(response: Response): Promise<{ status: number; body: Json & Json[] }> {
  const text = await response.text();
  return { status: response.status, body: (text === "" ? undefined : JSON.parse(text)) as Json & Json[] };
}

function fakeClock(start = Date.parse("2026-12-01T12:00:00Z")): { now: () => number; advance(ms: number): void } {
  let time = start;
  return {
    now: () => time,
    advance(ms) {
      time += ms;
    },
  };
}

describe("sandbox invitations: list and get", () => {
  it("lists only pending, unexpired invitations, oldest first, as the spec's Atlas project invitation", async () => {
    const { sandbox: started, owner } = await start();
    const { status, body } = await answer(await owner.send("GET", collections.atlasProject));
    expect(status).toBe(200);
    expect(body.map((invitation) => invitation.id)).toEqual([
      "aaaa00000000000000000004",
      "aaaa00000000000000000003",
      "aaaa00000000000000000005",
      "aaaa00000000000000000002",
      "aaaa00000000000000000006",
      "aaaa00000000000000000001",
    ]);
    const newest = body[5] as Json;
    expect(newest).toEqual({
      id: "aaaa00000000000000000001",
      username: "jane.doe@example.com",
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      expiresAt: expect.any(String),
      inviterUsername: "owner@example.com",
      roles: ["GROUP_READ_ONLY"],
      groupId: SAMPLE_GROUP_ID,
      groupName: "Project0",
      links: [{ href: `${started.url}${collections.atlasProject}/aaaa00000000000000000001`, rel: "self" }],
    });
    expect(Date.parse(String(newest.expiresAt)) - Date.parse(String(newest.createdAt))).toBe(30 * DAY);
  });

  it("filters by username, ignoring case, and answers an empty array when nobody matches", async () => {
    const { owner } = await start();
    for (const collection of Object.values(collections)) {
      const { body } = await answer(await owner.send("GET", `${collection}?username=Jane.Doe%40example.com`));
      expect(
        body.map((invitation) => invitation.username),
        collection,
      ).toEqual(["jane.doe@example.com"]);
      expect((await answer(await owner.send("GET", `${collection}?username=x%40example.com`))).body).toEqual([]);
    }
  });

  it("writes each scope's own fields: teams and project roles on Atlas organization invitations, no links on Ops Manager", async () => {
    const { owner } = await start();
    const atlasOrg = (await answer(await owner.send("GET", `${collections.atlasOrg}/a0a000000000000000000001`))).body;
    expect(atlasOrg).toMatchObject({
      orgId: SAMPLE_ORG_ID,
      orgName: "SampleOrg",
      teamIds: [SAMPLE_TEAM_ID],
      groupRoleAssignments: [{ groupId: SAMPLE_GROUP_ID, groupRole: "GROUP_READ_ONLY" }],
      links: [expect.objectContaining({ rel: "self" })],
    });
    const omOrg = (await answer(await owner.send("GET", `${collections.opsManagerOrg}/bbbb00000000000000000002`))).body;
    expect(Object.keys(omOrg).sort()).toEqual(
      ["createdAt", "expiresAt", "id", "inviterUsername", "orgId", "orgName", "roles", "teamIds", "username"].sort(),
    );
    const omProject = (
      await answer(await owner.send("GET", `${collections.opsManagerProject}/b0b000000000000000000001`))
    ).body;
    expect(omProject).not.toHaveProperty("links");
    expect(omProject).toMatchObject({ groupId: SAMPLE_GROUP_ID, groupName: "Project0" });
  });

  it("does not find an accepted, expired or unknown invitation: Atlas 400 INVALID_INVITATION_ID, Ops Manager 404", async () => {
    const { owner } = await start();
    for (const id of ["aaaa000000000000acce97ed", "aaaa0000000000000000dead", "cccc00000000000000000001"]) {
      const { status, body } = await answer(await owner.send("GET", `${collections.atlasProject}/${id}`));
      expect([status, body.errorCode], id).toEqual([400, "INVALID_INVITATION_ID"]);
    }
    for (const id of ["bbbb000000000000acce97ed", "bbbb0000000000000000dead", "cccc00000000000000000001"]) {
      const { status, body } = await answer(await owner.send("GET", `${collections.opsManagerOrg}/${id}`));
      expect([status, body.errorCode, body.parameters], id).toEqual([404, "RESOURCE_NOT_FOUND", [id]]);
    }
  });

  it("keeps each project's invitations to itself", async () => {
    const { owner } = await start();
    const second = `/api/public/v1.0/groups/${SAMPLE_GROUP_IDS[1]}/invites`;
    expect((await answer(await owner.send("GET", second))).body.map((invitation) => invitation.id)).toEqual([
      "b0b000000000000000000003",
    ]);
    expect((await answer(await owner.send("GET", `${second}/b0b000000000000000000001`))).status).toBe(404);
    expect(
      (await answer(await owner.send("GET", `/api/atlas/v1.0/groups/${SAMPLE_GROUP_IDS[2]}/invites`))).body,
    ).toEqual([]);
  });
});

describe("sandbox invitations: create, update, expire", () => {
  it("creates with an id from node:crypto, the key's user as inviter, 200 on Atlas and 201 on Ops Manager", async () => {
    const clock = fakeClock();
    const { owner } = await start({ clock: clock.now });
    const ids = new Set<string>();
    for (const [collection, status, role] of [
      [collections.atlasProject, 200, "GROUP_READ_ONLY"],
      [collections.atlasOrg, 200, "ORG_MEMBER"],
      [collections.opsManagerProject, 201, "GROUP_USER_ADMIN"],
      [collections.opsManagerOrg, 201, "ORG_MEMBER"],
    ] as const) {
      const created = await answer(
        await owner.send("POST", collection, { body: { username: "new.user@example.com", roles: [role] } }),
      );
      expect(created.status, collection).toBe(status);
      expect(created.body).toMatchObject({
        id: expect.stringMatching(/^[0-9a-f]{24}$/),
        username: "new.user@example.com",
        roles: [role],
        inviterUsername: "owner@example.com",
        createdAt: "2026-12-01T12:00:00Z",
        expiresAt: "2026-12-31T12:00:00Z",
      });
      ids.add(String(created.body.id));
      const listed = await answer(await owner.send("GET", `${collection}?username=new.user%40example.com`));
      expect(listed.body.map((invitation) => invitation.id)).toEqual([created.body.id]);
    }
    expect(ids.size).toBe(4);
  });

  it("replaces a user's pending invitation when the same user is invited again", async () => {
    const { sandbox: started, owner } = await start();
    const again = await answer(
      await owner.send("POST", collections.atlasProject, {
        body: { username: "jane.doe@example.com", roles: ["GROUP_OWNER"] },
      }),
    );
    expect(again.status).toBe(200);
    expect(started.invitationState("aaaa00000000000000000001")).toBe("deleted");
    const { body } = await answer(
      await owner.send("GET", `${collections.atlasProject}?username=jane.doe%40example.com`),
    );
    expect(body).toEqual([expect.objectContaining({ id: again.body.id, roles: ["GROUP_OWNER"] })]);
  });

  it("replaces roles by username and by id, and an Atlas organization invitation's teams and project roles", async () => {
    const { owner } = await start();
    const byUsername = await answer(
      await owner.send("PATCH", collections.opsManagerProject, {
        body: { username: "sam.lee@example.com", roles: ["GROUP_OWNER"] },
      }),
    );
    expect(byUsername).toEqual({
      status: 200,
      body: expect.objectContaining({ id: "b0b000000000000000000002", roles: ["GROUP_OWNER"] }),
    });
    const byId = await answer(
      await owner.send("PATCH", `${collections.atlasOrg}/a0a000000000000000000001`, {
        body: {
          roles: ["ORG_READ_ONLY"],
          teamIds: [],
          groupRoleAssignments: [{ groupId: SAMPLE_GROUP_IDS[2], roles: ["GROUP_OWNER", "GROUP_READ_ONLY"] }],
        },
      }),
    );
    expect(byId.body).toMatchObject({
      roles: ["ORG_READ_ONLY"],
      teamIds: [],
      groupRoleAssignments: [
        { groupId: SAMPLE_GROUP_IDS[2], groupRole: "GROUP_OWNER" },
        { groupId: SAMPLE_GROUP_IDS[2], groupRole: "GROUP_READ_ONLY" },
      ],
    });
    const roleOnly = await answer(
      await owner.send("PATCH", `${collections.atlasOrg}/a0a000000000000000000001`, { body: { roles: ["ORG_OWNER"] } }),
    );
    expect(roleOnly.body).toMatchObject({ roles: ["ORG_OWNER"], teamIds: [] });
    const nobody = await answer(
      await owner.send("PATCH", collections.atlasProject, {
        body: { username: "nobody.here@example.com", roles: ["GROUP_OWNER"] },
      }),
    );
    expect(nobody).toMatchObject({ status: 404, body: { errorCode: "RESOURCE_NOT_FOUND" } });
  });

  it("lets an invitation expire 30 days after it was sent: no longer listed, found, updated or deleted", async () => {
    const clock = fakeClock();
    const { sandbox: started, owner } = await start({ clock: clock.now });
    const created = await answer(
      await owner.send("POST", collections.opsManagerOrg, {
        body: { username: "late@example.com", roles: ["ORG_MEMBER"] },
      }),
    );
    const id = String(created.body.id);
    clock.advance(30 * DAY - 1_000);
    expect((await answer(await owner.send("GET", `${collections.opsManagerOrg}/${id}`))).status).toBe(200);
    clock.advance(1_000);
    expect(started.invitationState(id)).toBe("expired");
    expect(
      (await answer(await owner.send("GET", `${collections.opsManagerOrg}?username=late%40example.com`))).body,
    ).toEqual([]);
    for (const [method, path, body] of [
      ["GET", `${collections.opsManagerOrg}/${id}`, undefined],
      ["PATCH", `${collections.opsManagerOrg}/${id}`, { roles: ["ORG_OWNER"] }],
      ["DELETE", `${collections.opsManagerOrg}/${id}`, undefined],
    ] as const) {
      expect((await answer(await owner.send(method, path, body === undefined ? {} : { body }))).status).toBe(404);
    }
  });
});

describe("sandbox invitations: input checked as the API checks it", () => {
  it.each([
    [collections.atlasProject, "ORG_OWNER", "CANNOT_ADD_ORG_ROLE", []],
    [collections.atlasProject, "GROUP_USER_ADMIN", "INVALID_ROLE_FOR_GROUP", ["GROUP_USER_ADMIN", SAMPLE_GROUP_ID]],
    [collections.atlasOrg, "GROUP_OWNER", "CANNOT_ADD_GROUP_ROLE", []],
    [collections.atlasOrg, "ORG_USER_ADMIN", "INVALID_ROLE_FOR_ORG", ["ORG_USER_ADMIN", SAMPLE_ORG_ID]],
    [
      collections.opsManagerProject,
      "GROUP_SEARCH_INDEX_EDITOR",
      "INVALID_ROLE_FOR_GROUP",
      ["GROUP_SEARCH_INDEX_EDITOR", SAMPLE_GROUP_ID],
    ],
    [collections.opsManagerOrg, "ORG_BILLING_READ_ONLY", "INVALID_ATTRIBUTE", ["roles"]],
  ])("%s refuses role %s with 400 %s", async (collection, role, errorCode, parameters) => {
    const { owner } = await start();
    const refused = await answer(
      await owner.send("POST", collection, { body: { username: "x@example.com", roles: [role] } }),
    );
    expect(refused).toEqual({ status: 400, body: expect.objectContaining({ errorCode, parameters }) });
    const updated = await answer(
      await owner.send("PATCH", collection, { body: { username: "jane.doe@example.com", roles: [role] } }),
    );
    expect(updated).toEqual(refused);
  });

  it("refuses a project role of the wrong kind inside an Atlas organization invitation's project roles", async () => {
    const { owner } = await start();
    const refused = await answer(
      await owner.send("POST", collections.atlasOrg, {
        body: {
          username: "x@example.com",
          roles: ["ORG_MEMBER"],
          groupRoleAssignments: [{ groupId: SAMPLE_GROUP_ID, roles: ["NOT_A_ROLE"] }],
        },
      }),
    );
    expect(refused.body).toMatchObject({
      errorCode: "INVALID_ROLE_FOR_GROUP",
      parameters: ["NOT_A_ROLE", SAMPLE_GROUP_ID],
    });
  });

  it.each([
    ["no roles", { username: "x@example.com" }, "MISSING_ATTRIBUTE", ["roles"]],
    ["no username", { roles: ["GROUP_OWNER"] }, "MISSING_ATTRIBUTE", ["username"]],
    ["a bad email", { username: "x@", roles: ["GROUP_OWNER"] }, "INVALID_EMAIL_ADDRESS", []],
    ["empty roles", { username: "x@example.com", roles: [] }, "INVALID_ATTRIBUTE", ["roles"]],
    [
      "a role twice",
      { username: "x@example.com", roles: ["GROUP_OWNER", "GROUP_OWNER"] },
      "INVALID_ATTRIBUTE",
      ["roles"],
    ],
    [
      "an unknown field",
      { username: "x@example.com", roles: ["GROUP_OWNER"], teamIds: [] },
      "INVALID_ATTRIBUTE",
      ["teamIds"],
    ],
    ["malformed JSON", "{ username: ", "INVALID_JSON", []],
    ["an array", [], "INVALID_JSON", []],
  ])("refuses a create with %s, and creates nothing", async (_case, body, errorCode, parameters) => {
    const { owner } = await start();
    const refused = await answer(await owner.send("POST", collections.atlasProject, { body }));
    expect(refused).toEqual({ status: 400, body: expect.objectContaining({ errorCode, parameters }) });
    expect((await answer(await owner.send("GET", collections.atlasProject))).body).toHaveLength(6);
  });

  it("refuses a malformed username filter, and teams and projects the organization does not have", async () => {
    const { owner } = await start();
    const filter = await answer(await owner.send("GET", `${collections.opsManagerOrg}?username=nobody`));
    expect(filter).toMatchObject({ status: 400, body: { errorCode: "INVALID_EMAIL_ADDRESS" } });
    const team = await answer(
      await owner.send("POST", collections.opsManagerOrg, {
        body: { username: "x@example.com", roles: ["ORG_MEMBER"], teamIds: ["eeeeeeeeeeeeeeeeeeeeeeee"] },
      }),
    );
    expect(team).toMatchObject({ status: 404, body: { errorCode: "INVALID_TEAM_ID" } });
    const project = await answer(
      await owner.send("POST", collections.atlasOrg, {
        body: {
          username: "x@example.com",
          roles: ["ORG_MEMBER"],
          groupRoleAssignments: [{ groupId: "eeeeeeeeeeeeeeeeeeeeeeee", roles: ["GROUP_OWNER"] }],
        },
      }),
    );
    expect(project).toMatchObject({ status: 404, body: { errorCode: "GROUP_NOT_FOUND" } });
  });
});

describe("sandbox invitations: limits and headers", () => {
  it("answers Atlas's 400 RATE_LIMITED_IP past the per-IP invitation limit, counting only invitations made", async () => {
    const clock = fakeClock();
    const { owner } = await start({ invitationRateLimit: { limit: 2, windowMs: 60_000 }, clock: clock.now });
    const invite = (collection: string, username: string, role: string) =>
      owner.send("POST", collection, { body: { username, roles: [role] } });
    expect((await answer(await invite(collections.atlasProject, "bad-email", "GROUP_OWNER"))).status).toBe(400);
    expect((await answer(await invite(collections.atlasProject, "a@example.com", "GROUP_OWNER"))).status).toBe(200);
    expect((await answer(await invite(collections.atlasOrg, "b@example.com", "ORG_MEMBER"))).status).toBe(200);
    const limited = await answer(await invite(collections.atlasProject, "c@example.com", "GROUP_OWNER"));
    expect(limited).toEqual({
      status: 400,
      body: {
        detail: "Rate limit of 2 invitations per 1 minutes exceeded.",
        error: 400,
        errorCode: "RATE_LIMITED_IP",
        parameters: [2, 1],
        reason: "Bad Request",
      },
    });
    // Ops Manager documents no such limit.
    expect((await answer(await invite(collections.opsManagerProject, "c@example.com", "GROUP_OWNER"))).status).toBe(
      201,
    );
    clock.advance(60_000);
    expect((await answer(await invite(collections.atlasProject, "c@example.com", "GROUP_OWNER"))).status).toBe(200);
  });

  it("counts every operation against the scope's rate limit, and says what remains on each answer", async () => {
    const { owner } = await start({ rateLimit: { limit: 3, windowMs: 60_000 } });
    const remaining: Array<string | null> = [];
    for (const [method, path] of [
      ["GET", collections.atlasOrg],
      ["GET", `${collections.atlasOrg}/a0a000000000000000000001`],
      ["DELETE", `${collections.atlasOrg}/a0a000000000000000000001`],
      ["GET", collections.atlasOrg],
    ] as const) {
      const response = await owner.send(method, path);
      await response.arrayBuffer();
      remaining.push(`${response.status} ${response.headers.get("ratelimit-remaining")}`);
    }
    expect(remaining).toEqual(["200 2", "200 1", "204 0", "429 0"]);
  });

  it("sends Deprecation and Sunset on every operation's answer, and Ops Manager's service version on its own", async () => {
    const { owner } = await start();
    for (const [collection, ops] of [
      [collections.atlasProject, false],
      [collections.opsManagerProject, true],
    ] as const) {
      for (const [method, path, body] of [
        ["GET", collection, undefined],
        ["GET", `${collection}/cccc00000000000000000001`, undefined],
        ["POST", collection, { username: "h@example.com", roles: ["GROUP_OWNER"] }],
        ["PATCH", collection, { username: "h@example.com", roles: ["GROUP_READ_ONLY"] }],
      ] as const) {
        const response = await owner.send(method, path, body === undefined ? {} : { body });
        await response.arrayBuffer();
        expect(response.headers.get("deprecation"), `${method} ${path}`).toBe("@1735689600");
        expect(response.headers.get("sunset")).toBe("Thu, 01 Jul 2027 00:00:00 GMT");
        expect(response.headers.get("x-mongodb-service-version") !== null).toBe(ops);
      }
    }
  });
});

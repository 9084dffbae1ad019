/**
 * The generic call behind every method, on operations that send a body and answer one: what goes on the wire,
 * what `data` holds, which input is refused before sending, which failures are retried, and how deprecation is
 * surfaced. Real node:http servers on 127.0.0.1; Digest is src/auth.test.ts's subject.
 */
import type { IncomingMessage } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { json, startServer, type TestServer } from "../test/support/http-server.ts";
import type { AuthStrategy } from "./auth.ts";
import { createAtlasClient, createOpsManagerClient } from "./clients.ts";
import {
  isApiError,
  isNetworkError,
  isUnexpectedResponseError,
  type MmsError,
  type ValidationError,
} from "./errors.ts";

const groupId = "32b6e34b3d91647abb20e7b8";
const orgId = "4888442a3354817a7320eb61";
const invitationId = "5f3a1c2b9d4e8f7a6b5c4d3e";
const teamId = "5e9a8b7c6d5e4f3a2b1c0d9e";
const noAuth: AuthStrategy = { wrapFetch: (next) => next };
const invitation = {
  id: invitationId,
  username: "jane.doe@example.com",
  createdAt: "2021-02-18T18:51:46Z",
  expiresAt: "2021-03-20T18:51:46Z",
  inviterUsername: "admin@example.com",
  roles: ["GROUP_READ_ONLY"],
  groupId,
  groupName: "Project0",
};

interface Seen {
  method: string;
  url: string;
  contentType: string | undefined;
  body: string;
}

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A server that records each request with its body, then answers through `answer`. */
async function serve(
  answer: (
    seen: Seen,
    res: Parameters<Parameters<typeof startServer>[0]>[1],
    index: number,
    req: IncomingMessage,
  ) => void,
): Promise<{ server: TestServer; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = await startServer(async (req, res, index) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const entry = {
      method: req.method ?? "",
      url: req.url ?? "",
      contentType: req.headers["content-type"],
      body: Buffer.concat(chunks).toString("utf8"),
    };
    seen.push(entry);
    answer(entry, res, index, req);
  });
  servers.push(server);
  return { server, seen };
}

const atlasAt = (server: TestServer, extra: object = {}) =>
  createAtlasClient({ baseUrl: server.url, auth: noAuth, retry: { minDelayMs: 1, maxDelayMs: 5 }, ...extra });

async function rejection(promise: Promise<unknown>): Promise<MmsError> {
  try {
    await promise;
  } catch (error) {
    return error as MmsError;
  }
  throw new Error("expected the call to reject");
}

describe("listProjectInvitations", () => {
  it("sends the username filter as a query parameter and resolves the array as data", async () => {
    const { server, seen } = await serve((_s, res) => json(res, 200, [invitation]));
    const result = await atlasAt(server).listProjectInvitations({ groupId, username: "jane.doe@example.com" });
    expect(result).toEqual({ status: 200, enveloped: false, data: [invitation] });
    expect(seen[0]?.url).toBe(`/api/atlas/v1.0/groups/${groupId}/invites?username=jane.doe%40example.com`);
    expect(seen[0]?.body).toBe("");
  });

  it("unwraps an enveloped list", async () => {
    const { server, seen } = await serve((_s, res) => json(res, 200, { status: 200, content: [invitation] }));
    const result = await atlasAt(server).listProjectInvitations({ groupId }, { envelope: true });
    expect(result).toEqual({ status: 200, enveloped: true, data: [invitation] });
    expect(seen[0]?.url).toBe(`/api/atlas/v1.0/groups/${groupId}/invites?envelope=true`);
  });

  it("reports an object where the spec declares an array instead of handing it over as data", async () => {
    const { server } = await serve((_s, res) => json(res, 200, invitation));
    const error = await rejection(atlasAt(server).listProjectInvitations({ groupId }));
    expect(isUnexpectedResponseError(error)).toBe(true);
    expect(error).toMatchObject({ status: 200, reason: expect.stringContaining("an object, not an array") });
  });

  it("reports a 200 without the body the spec declares", async () => {
    const { server } = await serve((_s, res) => res.writeHead(200, { "Content-Length": "0" }).end());
    const error = await rejection(atlasAt(server).getProjectInvitation({ groupId, invitationId }));
    expect(isUnexpectedResponseError(error)).toBe(true);
    expect(error).toMatchObject({ reason: expect.stringContaining("without the body the spec declares") });
  });

  it("refuses a username that is not an email address before sending", async () => {
    const { server, seen } = await serve((_s, res) => json(res, 200, []));
    const error = (await rejection(
      atlasAt(server).listProjectInvitations({ groupId, username: "jane.doe" }),
    )) as ValidationError;
    expect(error).toMatchObject({ code: "ERR_MMS_VALIDATION", parameter: "username", value: "jane.doe" });
    expect(error.rule).toContain("an email address");
    expect(seen).toHaveLength(0);
  });
});

describe("createProjectInvitation", () => {
  it("sends the body fields as JSON and resolves the invitation from a 201", async () => {
    const { server, seen } = await serve((_s, res) => json(res, 201, invitation));
    const result = await atlasAt(server).createProjectInvitation({
      groupId,
      username: "jane.doe@example.com",
      roles: ["GROUP_READ_ONLY"],
    });
    expect(result).toEqual({ status: 201, enveloped: false, data: invitation });
    expect(seen[0]).toMatchObject({
      method: "POST",
      url: `/api/atlas/v1.0/groups/${groupId}/invites`,
      contentType: "application/json",
    });
    expect(JSON.parse(seen[0]?.body ?? "")).toEqual({ username: "jane.doe@example.com", roles: ["GROUP_READ_ONLY"] });
  });

  it("accepts a 200 as well, the status MongoDB's v1 spec declares", async () => {
    const { server } = await serve((_s, res) => json(res, 200, invitation));
    const result = await atlasAt(server).createProjectInvitation({
      groupId,
      username: "jane.doe@example.com",
      roles: ["GROUP_OWNER"],
    });
    expect(result).toMatchObject({ status: 200, data: { id: invitationId } });
  });

  it.each([
    [{ username: "jane.doe@example.com" }, "roles", "is required"],
    [{ username: "jane.doe@example.com", roles: [] }, "roles", "at least 1"],
    [{ username: "jane.doe@example.com", roles: ["GROUP_OWNER", "GROUP_OWNER"] }, "roles", "without duplicates"],
    [{ username: "jane.doe@example.com", roles: ["ORG_OWNER"] }, "roles[0]", "one of GROUP_BACKUP_MANAGER"],
    [{ username: "not-an-email", roles: ["GROUP_OWNER"] }, "username", "an email address"],
    [{ roles: ["GROUP_OWNER"] }, "username", "is required"],
    [{ username: "jane.doe@example.com", roles: ["GROUP_OWNER"], teamIds: [teamId] }, "teamIds", "takes no parameter"],
  ])("refuses %j before sending, naming %s", async (fields, parameter, words) => {
    const { server, seen } = await serve((_s, res) => json(res, 201, invitation));
    const client = atlasAt(server) as unknown as {
      createProjectInvitation(input: object): Promise<unknown>;
    };
    const error = (await rejection(client.createProjectInvitation({ groupId, ...fields }))) as ValidationError;
    expect(error.code).toBe("ERR_MMS_VALIDATION");
    expect(error.parameter).toBe(parameter);
    expect(error.message).toContain(words);
    expect(seen).toHaveLength(0);
  });

  it("is never resent after the connection is reset once the request reached the server", async () => {
    const { server, seen } = await serve((_s, _res, _i, req) => req.socket.destroy());
    const error = await rejection(
      atlasAt(server).createProjectInvitation({ groupId, username: "jane.doe@example.com", roles: ["GROUP_OWNER"] }),
    );
    expect(isNetworkError(error)).toBe(true);
    expect(seen.map((s) => s.method)).toEqual(["POST"]);
  });

  it("is not resent after a 500, which may come after the server acted", async () => {
    const { server, seen } = await serve((_s, res) => json(res, 500, { error: 500, errorCode: "UNEXPECTED_ERROR" }));
    const error = await rejection(
      atlasAt(server).createProjectInvitation({ groupId, username: "jane.doe@example.com", roles: ["GROUP_OWNER"] }),
    );
    expect(isApiError(error) && error.status).toBe(500);
    expect(seen).toHaveLength(1);
  });

  it("is resent after a 429 with Retry-After, since the server refused it, with the same body", async () => {
    const { server, seen } = await serve((_s, res, index) =>
      index === 0
        ? json(res, 429, { error: 429, errorCode: "RATE_LIMITED" }, { "Retry-After": "0" })
        : json(res, 201, invitation),
    );
    const result = await atlasAt(server).createProjectInvitation({
      groupId,
      username: "jane.doe@example.com",
      roles: ["GROUP_OWNER"],
    });
    expect(result.status).toBe(201);
    expect(seen.map((s) => s.body)).toEqual([seen[0]?.body, seen[0]?.body]);
    expect(JSON.parse(seen[1]?.body ?? "")).toEqual({ username: "jane.doe@example.com", roles: ["GROUP_OWNER"] });
  });
});

describe("idempotent operations", () => {
  it("resends a GET after the connection is reset", async () => {
    const { server, seen } = await serve((_s, res, index, req) =>
      index === 0 ? req.socket.destroy() : json(res, 200, invitation),
    );
    const result = await atlasAt(server).getProjectInvitation({ groupId, invitationId });
    expect(result.data).toEqual(invitation);
    expect(seen.map((s) => s.method)).toEqual(["GET", "GET"]);
  });

  it("resends a PATCH update after a 502, with its body", async () => {
    const { server, seen } = await serve((_s, res, index) =>
      index === 0 ? res.writeHead(502).end() : json(res, 200, { ...invitation, roles: ["GROUP_OWNER"] }),
    );
    const result = await atlasAt(server).updateProjectInvitationById({ groupId, invitationId, roles: ["GROUP_OWNER"] });
    expect(result.data.roles).toEqual(["GROUP_OWNER"]);
    expect(seen.map((s) => `${s.method} ${s.body}`)).toEqual([
      `PATCH {"roles":["GROUP_OWNER"]}`,
      `PATCH {"roles":["GROUP_OWNER"]}`,
    ]);
  });
});

describe("organization invitations", () => {
  it("checks teamIds and groupRoleAssignments against the spec before sending", async () => {
    const { server, seen } = await serve((_s, res) => json(res, 201, {}));
    const atlas = atlasAt(server);
    const badTeam = (await rejection(
      atlas.createOrganizationInvitation({
        orgId,
        username: "jane.doe@example.com",
        roles: ["ORG_MEMBER"],
        teamIds: ["not-a-team"],
      }),
    )) as ValidationError;
    expect(badTeam).toMatchObject({ parameter: "teamIds[0]", value: "not-a-team" });
    expect(badTeam.rule).toContain("24 hexadecimal digits");
    const badAssignment = (await rejection(
      atlas.createOrganizationInvitation({
        orgId,
        username: "jane.doe@example.com",
        roles: ["ORG_MEMBER"],
        groupRoleAssignments: [{ groupId: "32B6E34B3D91647ABB20E7B8", roles: ["GROUP_READ_ONLY"] }],
      }),
    )) as ValidationError;
    expect(badAssignment).toMatchObject({ parameter: "groupRoleAssignments[0].groupId" });
    expect(seen).toHaveLength(0);
  });

  it("updates an Ops Manager organization invitation by username with a PATCH on the collection", async () => {
    const { server, seen } = await serve((_s, res) => json(res, 200, { ...invitation, orgId, orgName: "Acme" }));
    const om = createOpsManagerClient({ baseUrl: server.url, auth: noAuth });
    const result = await om.updateOrganizationInvitation({
      orgId,
      username: "jane.doe@example.com",
      roles: ["ORG_READ_ONLY"],
    });
    expect(result.data).toMatchObject({ orgId, orgName: "Acme" });
    expect(seen[0]).toMatchObject({ method: "PATCH", url: `/api/public/v1.0/orgs/${orgId}/invites` });
    expect(JSON.parse(seen[0]?.body ?? "")).toEqual({ username: "jane.doe@example.com", roles: ["ORG_READ_ONLY"] });
  });

  it("refuses a role of the other target: ORG_BILLING_READ_ONLY is Atlas's, not Ops Manager's", async () => {
    const { server, seen } = await serve((_s, res) => json(res, 201, {}));
    const om = createOpsManagerClient({ baseUrl: server.url, auth: noAuth }) as unknown as {
      createOrganizationInvitation(input: object): Promise<unknown>;
    };
    const error = (await rejection(
      om.createOrganizationInvitation({ orgId, username: "jane.doe@example.com", roles: ["ORG_BILLING_READ_ONLY"] }),
    )) as ValidationError;
    expect(error).toMatchObject({ parameter: "roles[0]", value: "ORG_BILLING_READ_ONLY" });
    expect(seen).toHaveLength(0);
  });
});

describe("deprecation", () => {
  const headers = { Deprecation: "@1735689600", Sunset: "Thu, 01 Jul 2027 00:00:00 GMT" };

  it("surfaces Deprecation and Sunset on the result, and reports them once per operation", async () => {
    const { server } = await serve((s, res) =>
      s.method === "DELETE" ? res.writeHead(204, headers).end() : json(res, 200, [invitation], headers),
    );
    const notices: unknown[] = [];
    const atlas = atlasAt(server, { onDeprecation: (notice: unknown) => notices.push(notice) });
    const first = await atlas.deleteProjectInvitation({ groupId, invitationId });
    await atlas.deleteProjectInvitation({ groupId, invitationId });
    await atlas.listProjectInvitations({ groupId });
    await atlas.listProjectInvitations({ groupId });
    expect(first.deprecation).toEqual({ deprecation: "@1735689600", sunset: "Thu, 01 Jul 2027 00:00:00 GMT" });
    expect(notices).toEqual([
      {
        operation: "deleteProjectInvitation",
        method: "DELETE",
        path: "/api/atlas/v1.0/groups/{groupId}/invites/{invitationId}",
        ...first.deprecation,
      },
      {
        operation: "listProjectInvitations",
        method: "GET",
        path: "/api/atlas/v1.0/groups/{groupId}/invites",
        ...first.deprecation,
      },
    ]);
  });

  it("leaves the result without deprecation when the server sends neither header", async () => {
    const { server } = await serve((_s, res) => res.writeHead(204).end());
    const result = await atlasAt(server).deleteProjectInvitation({ groupId, invitationId });
    expect(result).not.toHaveProperty("deprecation");
  });

  it("does not turn a success into a failure when the listener throws", async () => {
    const { server } = await serve((_s, res) => res.writeHead(204, headers).end());
    const atlas = atlasAt(server, {
      onDeprecation: () => {
        throw new Error("listener failed");
      },
    });
    await expect(atlas.deleteProjectInvitation({ groupId, invitationId })).resolves.toMatchObject({ status: 204 });
  });
});

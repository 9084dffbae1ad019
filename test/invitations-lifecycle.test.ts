/**
 * The whole lifecycle of an invitation through the public package entry, with real Digest, against the sandbox, on
 * both targets and both scopes: create → list (filtered by username) → get → update by id → delete → delete again,
 * each result's `data` checked against the spec's own response schema. Bad input is refused before any request,
 * and a create whose connection is reset after the server acted is not sent twice.
 */
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  type AtlasClient,
  createAtlasClient,
  createOpsManagerClient,
  type DeprecationNotice,
  isApiError,
  isNetworkError,
  isValidationError,
  type OpsManagerClient,
} from "../src/index.ts";
import { SAMPLE_GROUP_ID, SAMPLE_ORG_ID, type Sandbox, startSandbox } from "../src/sandbox/index.ts";
import { type FaultServer, resetAfter, respond, startFaultServer } from "./support/fault-server.ts";

const OWNER = { publicKey: "ownerkey", privateKey: "00000000-0000-4000-8000-0000000000a1" };
const SPEC = parse(readFileSync(new URL("../spec/openapi.yaml", import.meta.url), "utf8")) as object;
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addSchema(SPEC, "spec");

/** Asserts `data` is valid against the spec's component schema `name`. */
function expectSchema(name: string, data: unknown): void {
  const validate = ajv.getSchema(`spec#/components/schemas/${name}`);
  if (validate === undefined) throw new Error(`the spec has no schema ${name}`);
  expect(validate(data) ? [] : validate.errors, name).toEqual([]);
}

let sandbox: Sandbox | undefined;
let proxy: FaultServer | undefined;
afterEach(async () => {
  await Promise.allSettled([sandbox?.close(), proxy?.close()]);
  sandbox = undefined;
  proxy = undefined;
});

async function clients(onDeprecation?: (notice: DeprecationNotice) => void) {
  sandbox = await startSandbox();
  const options = { baseUrl: sandbox.url, ...OWNER, ...(onDeprecation === undefined ? {} : { onDeprecation }) };
  return { sandbox, atlas: createAtlasClient(options), opsManager: createOpsManagerClient(options) };
}

/** Rejections as values, so that a test asserts on the error itself. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to reject");
}

const DAY = 86_400_000;

describe("an invitation's lifecycle through the package, against the sandbox", () => {
  it("Atlas project: create, list by username, get, update by id, delete, then 400 INVALID_INVITATION_ID", async () => {
    const { atlas } = await clients();
    const groupId = SAMPLE_GROUP_ID;
    const username = "lifecycle.atlas.project@example.com";

    const created = await atlas.createProjectInvitation({ groupId, username, roles: ["GROUP_READ_ONLY"] });
    expect(created).toMatchObject({
      status: 200,
      enveloped: false,
      data: { username, groupId, roles: ["GROUP_READ_ONLY"] },
    });
    expectSchema("AtlasProjectInvitation", created.data);
    expect(Date.parse(created.data.expiresAt) - Date.parse(created.data.createdAt)).toBe(30 * DAY);
    const invitationId = created.data.id;

    const listed = await atlas.listProjectInvitations({ groupId, username });
    expect(listed.data).toEqual([created.data]);
    for (const invitation of listed.data) expectSchema("AtlasProjectInvitation", invitation);

    const found = await atlas.getProjectInvitation({ groupId, invitationId });
    expect(found.data).toEqual(created.data);

    const updated = await atlas.updateProjectInvitationById({ groupId, invitationId, roles: ["GROUP_OWNER"] });
    expect(updated).toMatchObject({ status: 200, data: { id: invitationId, roles: ["GROUP_OWNER"] } });
    expectSchema("AtlasProjectInvitation", updated.data);

    const deleted = await atlas.deleteProjectInvitation({ groupId, invitationId });
    expect(deleted).toMatchObject({ status: 204, enveloped: false, data: undefined });

    const again = await rejection(atlas.deleteProjectInvitation({ groupId, invitationId }));
    expect(isApiError(again) && [again.status, again.errorCode]).toEqual([400, "INVALID_INVITATION_ID"]);
    expect((await atlas.listProjectInvitations({ groupId, username })).data).toEqual([]);
  });

  it("Atlas organization: the same, with teams and project roles, then 400 INVALID_INVITATION_ID", async () => {
    const { atlas } = await clients();
    const orgId = SAMPLE_ORG_ID;
    const username = "lifecycle.atlas.org@example.com";

    const created = await atlas.createOrganizationInvitation({
      orgId,
      username,
      roles: ["ORG_MEMBER"],
      groupRoleAssignments: [{ groupId: SAMPLE_GROUP_ID, roles: ["GROUP_READ_ONLY"] }],
    });
    expect(created.status).toBe(200);
    expect(created.data.groupRoleAssignments).toEqual([{ groupId: SAMPLE_GROUP_ID, groupRole: "GROUP_READ_ONLY" }]);
    expectSchema("AtlasOrganizationInvitation", created.data);
    const invitationId = created.data.id;

    expect((await atlas.listOrganizationInvitations({ orgId, username })).data).toEqual([created.data]);
    expect((await atlas.getOrganizationInvitation({ orgId, invitationId })).data).toEqual(created.data);
    const updated = await atlas.updateOrganizationInvitationById({ orgId, invitationId, roles: ["ORG_READ_ONLY"] });
    expect(updated.data.roles).toEqual(["ORG_READ_ONLY"]);
    expectSchema("AtlasOrganizationInvitation", updated.data);
    expect(await atlas.deleteOrganizationInvitation({ orgId, invitationId })).toMatchObject({ status: 204 });
    const again = await rejection(atlas.deleteOrganizationInvitation({ orgId, invitationId }));
    expect(isApiError(again) && [again.status, again.errorCode]).toEqual([400, "INVALID_INVITATION_ID"]);
  });

  it("Ops Manager project: create (201), list, get, update by id, delete, then 404 RESOURCE_NOT_FOUND", async () => {
    const { opsManager } = await clients();
    const groupId = SAMPLE_GROUP_ID;
    const username = "lifecycle.om.project@example.com";

    const created = await opsManager.createProjectInvitation({ groupId, username, roles: ["GROUP_USER_ADMIN"] });
    expect(created).toMatchObject({ status: 201, data: { username, groupId } });
    expectSchema("OpsManagerProjectInvitation", created.data);
    const invitationId = created.data.id;

    expect((await opsManager.listProjectInvitations({ groupId, username })).data).toEqual([created.data]);
    expect((await opsManager.getProjectInvitation({ groupId, invitationId })).data).toEqual(created.data);
    const updated = await opsManager.updateProjectInvitationById({ groupId, invitationId, roles: ["GROUP_READ_ONLY"] });
    expect(updated.data.roles).toEqual(["GROUP_READ_ONLY"]);
    expectSchema("OpsManagerProjectInvitation", updated.data);
    expect(await opsManager.deleteProjectInvitation({ groupId, invitationId })).toMatchObject({ status: 204 });
    const again = await rejection(opsManager.deleteProjectInvitation({ groupId, invitationId }));
    expect(isApiError(again) && [again.status, again.errorCode]).toEqual([404, "RESOURCE_NOT_FOUND"]);
  });

  it("Ops Manager organization: the same, enveloped, then 404 RESOURCE_NOT_FOUND", async () => {
    const { opsManager } = await clients();
    const orgId = SAMPLE_ORG_ID;
    const username = "lifecycle.om.org@example.com";
    const envelope = { envelope: true };

    const created = await opsManager.createOrganizationInvitation({ orgId, username, roles: ["ORG_MEMBER"] }, envelope);
    expect(created).toMatchObject({ status: 201, enveloped: true, data: { username, orgId, teamIds: [] } });
    expectSchema("OpsManagerOrganizationInvitation", created.data);
    const invitationId = created.data.id;

    const listed = await opsManager.listOrganizationInvitations({ orgId, username }, envelope);
    expect(listed).toMatchObject({ enveloped: true, data: [created.data] });
    expect((await opsManager.getOrganizationInvitation({ orgId, invitationId }, envelope)).data).toEqual(created.data);
    const updated = await opsManager.updateOrganizationInvitationById(
      { orgId, invitationId, roles: ["ORG_OWNER"] },
      envelope,
    );
    expect(updated.data.roles).toEqual(["ORG_OWNER"]);
    expect(await opsManager.deleteOrganizationInvitation({ orgId, invitationId }, envelope)).toMatchObject({
      status: 204,
      enveloped: true,
      data: undefined,
    });
    const again = await rejection(opsManager.deleteOrganizationInvitation({ orgId, invitationId }, envelope));
    expect(isApiError(again) && [again.status, again.errorCode, again.enveloped]).toEqual([
      404,
      "RESOURCE_NOT_FOUND",
      true,
    ]);
  });

  it("reports the rate limit and the deprecation on results, and each deprecated operation once", async () => {
    const notices: DeprecationNotice[] = [];
    const { atlas } = await clients((notice) => notices.push(notice));
    const first = await atlas.listProjectInvitations({ groupId: SAMPLE_GROUP_ID });
    expect(first.rateLimit).toEqual({ limit: 100, remaining: 99 });
    expect(first.deprecation).toEqual({ deprecation: "@1735689600", sunset: "Thu, 01 Jul 2027 00:00:00 GMT" });
    await atlas.listProjectInvitations({ groupId: SAMPLE_GROUP_ID });
    await atlas.getProjectInvitation({ groupId: SAMPLE_GROUP_ID, invitationId: "aaaa00000000000000000001" });
    expect(notices.map((notice) => notice.operation)).toEqual(["listProjectInvitations", "getProjectInvitation"]);
  });
});

describe("refused before any request", () => {
  it.each([
    ["a bad email", { username: "jane.doe@", roles: ["GROUP_READ_ONLY"] }, "username"],
    ["a role the project does not take", { username: "jane.doe@example.com", roles: ["ORG_OWNER"] }, "roles[0]"],
    ["no role at all", { username: "jane.doe@example.com", roles: [] }, "roles"],
  ])("refuses %s on both targets, naming %s, and sends nothing", async (_case, fields, parameter) => {
    const { sandbox: started, atlas, opsManager } = await clients();
    for (const client of [atlas, opsManager] as const) {
      const create = (client as AtlasClient | OpsManagerClient).createProjectInvitation as (
        input: object,
      ) => Promise<unknown>;
      const error = await rejection(create({ groupId: SAMPLE_GROUP_ID, ...fields }));
      expect(isValidationError(error) && error.parameter).toBe(parameter);
    }
    expect(started.stats.requests).toBe(0);
  });
});

describe("a create whose connection is reset after the server acted", () => {
  it("is not sent again: one invitation exists, and the call fails with a NetworkError", async () => {
    sandbox = await startSandbox();
    const upstream = sandbox.url;
    // A proxy that passes every exchange through, but resets the connection instead of passing on the answer to
    // a signed POST: the sandbox has created the invitation, the client never hears of it.
    proxy = await startFaultServer(async (request, socket) => {
      const headers: Record<string, string> = {};
      for (const name of ["authorization", "content-type", "accept", "user-agent"]) {
        const value = request.headers[name];
        if (value !== undefined) headers[name] = value;
      }
      const answer = await fetch(upstream + request.url, {
        method: request.method,
        headers,
        ...(request.body === "" ? {} : { body: request.body }),
      });
      const text = await answer.text();
      if (request.method === "POST" && request.headers.authorization !== undefined) {
        resetAfter(socket, "");
        return;
      }
      const passed: Record<string, string> = {};
      for (const [name, value] of answer.headers) {
        if (!["content-length", "connection", "keep-alive", "transfer-encoding", "date"].includes(name))
          passed[name] = value;
      }
      respond(socket, answer.status, passed, text);
    });
    const atlas = createAtlasClient({ baseUrl: proxy.url, ...OWNER });
    const username = "reset.once@example.com";

    const error = await rejection(
      atlas.createProjectInvitation({ groupId: SAMPLE_GROUP_ID, username, roles: ["GROUP_OWNER"] }),
    );
    expect(isNetworkError(error)).toBe(true);
    // The unsigned POST (answered 401) and the signed one (reset): no third attempt.
    expect(proxy.requests.map((request) => [request.method, request.headers.authorization !== undefined])).toEqual([
      ["POST", false],
      ["POST", true],
    ]);
    const listed = await createAtlasClient({ baseUrl: sandbox.url, ...OWNER }).listProjectInvitations({
      groupId: SAMPLE_GROUP_ID,
      username,
    });
    expect(listed.data).toHaveLength(1);
    expect(sandbox.stats.byStatus).toMatchObject({ 401: 2, 200: 2 });
  });
});
